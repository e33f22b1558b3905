/// A terminal for tests: replays a script of input events and records every frame drawn.
///
/// A resize event changes `size` when it is read, as a real terminal does. When the script
/// runs out, `readKey` returns nil (a timeout) and counts it in `timeouts`, so a loop under
/// test can be stopped with a scripted quit key or a `.signal` event.
public final class ScriptedTerminal: Terminal {
    /// One scripted input event.
    public enum Event: Hashable, Sendable {
        /// `readKey` returns this key.
        case key(Key)
        /// The terminal takes this size and `readKey` returns `.resize`.
        case resize(Size)
        /// `readKey` returns nil once (a tick with no input).
        case timeout
        /// A stop signal arrives: `readKey` returns nil and `pendingSignal` is set.
        case signal(TerminalSignal)
    }

    public private(set) var size: Size
    public var colorCount: Int
    public var supportsUnicode: Bool
    public private(set) var pendingSignal: TerminalSignal?

    /// Events still to be read, first first.
    public private(set) var script: [Event]
    /// Every grid passed to `draw` that differed from the previous one (what the screen showed).
    public private(set) var frames: [Grid] = []
    /// Every call to `draw`, including ones skipped because nothing changed.
    public private(set) var drawCalls = 0
    public private(set) var bells = 0
    public private(set) var flashes = 0
    public private(set) var timeouts = 0
    public private(set) var theme: Theme = .builtinDefault
    public private(set) var isRestored = false
    /// Set by `invalidate` and cleared by the next `draw`.
    public private(set) var needsFullRepaint = false

    public init(size: Size, script: [Event] = [], colorCount: Int = 256, supportsUnicode: Bool = true) {
        self.size = size
        self.script = script
        self.colorCount = colorCount
        self.supportsUnicode = supportsUnicode
    }

    /// Adds events to the end of the script.
    public func enqueue(_ events: Event...) {
        script.append(contentsOf: events)
    }

    /// Adds one `.key` event per key.
    public func enqueue(keys: [Key]) {
        script.append(contentsOf: keys.map(Event.key))
    }

    /// The last frame drawn, if any.
    public var lastFrame: Grid? { frames.last }

    public func draw(_ grid: Grid) {
        drawCalls += 1
        if grid != frames.last || needsFullRepaint {
            frames.append(grid)
        }
        needsFullRepaint = false
    }

    public func invalidate() {
        needsFullRepaint = true
    }

    public func setTheme(_ theme: Theme) {
        self.theme = theme
        needsFullRepaint = true
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard !script.isEmpty else {
            timeouts += 1
            return nil
        }
        switch script.removeFirst() {
        case .key(let key):
            return key
        case .resize(let newSize):
            size = newSize
            return .resize
        case .timeout:
            timeouts += 1
            return nil
        case .signal(let signal):
            pendingSignal = signal
            return nil
        }
    }

    public func bell() {
        bells += 1
    }

    public func flash() {
        flashes += 1
    }

    public func restore() {
        isRestored = true
    }
}
