import CNcursesw
import Glibc
import Synchronization
import TUI

/// The real terminal, through ncursesw. One per process, used from one thread.
///
/// Create it, draw grids and read keys, and call `restore()` before exiting (it also runs
/// from `deinit` and, as a last resort, from an `atexit` handler).
public final class NcursesTerminal: Terminal {
    /// Choices made at start-up.
    public struct Options: Sendable {
        /// Report mouse clicks and the wheel.
        public var mouse: Bool
        /// How roles look until `setTheme` is called.
        public var theme: Theme
        /// How long to wait after Esc for the rest of an escape sequence.
        public var escapeDelayMilliseconds: Int
        /// Whether to use colours at all; false (for `NO_COLOR`) sends no colour escape.
        public var colors: Bool

        public init(mouse: Bool = true, theme: Theme = .builtinDefault, escapeDelayMilliseconds: Int = 25, colors: Bool = true) {
            self.mouse = mouse
            self.theme = theme
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.colors = colors
        }
    }

    /// Whether some NcursesTerminal has the screen (read by the `atexit` backstop).
    static let isScreenActive = Atomic<Bool>(false)
    static let isBackstopRegistered = Atomic<Bool>(false)

    public let supportsUnicode: Bool
    public let colorCount: Int
    private let window: UnsafeMutablePointer<WINDOW>
    private let savedSignals: SignalMonitor.SavedActions
    private let defaultColorsAvailable: Bool
    private var isActive = true
    private var writer: ScreenWriter
    private var currentTimeout: Int32?

    public init(options: Options = Options()) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw NcursesTerminalError.notATerminal }
        try NcursesTerminal.checkTerminalType()
        guard NcursesTerminal.isScreenActive.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged else {
            throw NcursesTerminalError.alreadyActive
        }

        setlocale(LC_ALL, "")
        let codeset = String(cString: wf_codeset())
        supportsUnicode = codeset.uppercased().filter { $0 != "-" } == "UTF8"

        // Our handlers go in before initscr so ncurses does not install its own for these;
        // SIGTSTP and SIGWINCH stay at their defaults so ncurses handles them.
        savedSignals = SignalMonitor.install()
        NcursesTerminal.registerExitBackstop()

        guard let window = initscr() else {
            SignalMonitor.uninstall(savedSignals)
            NcursesTerminal.isScreenActive.store(false, ordering: .sequentiallyConsistent)
            throw NcursesTerminalError.initializationFailed
        }
        self.window = window
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(Int32(clamping: options.escapeDelayMilliseconds))
        curs_set(0)

        var colors = 0
        var defaults = false
        if options.colors && has_colors() {
            start_color()
            defaults = use_default_colors() == OK
            colors = Int(wf_colors())
        }
        colorCount = colors
        defaultColorsAvailable = defaults

        if options.mouse {
            mousemask(mmask_t(truncatingIfNeeded: MouseMasks.ncurses.all), nil)
        }

        writer = ScreenWriter(window: window, supportsUnicode: supportsUnicode)
        applyTheme(options.theme)
    }

    deinit {
        restore()
    }

    public var size: Size {
        Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    public var pendingSignal: TerminalSignal? {
        SignalMonitor.pendingSignal
    }

    public func draw(_ grid: Grid) {
        guard isActive else { return }
        if SignalMonitor.takeContinued() { writer.invalidate() }
        writer.draw(grid, screen: size)
    }

    public func invalidate() {
        writer.invalidate()
    }

    public func setTheme(_ theme: Theme) {
        guard isActive else { return }
        applyTheme(theme)
    }

    /// Longest single wait inside `readKey`. After Ctrl-Z and `fg`, ncurses resumes a blocking
    /// read without returning, so a resize made while stopped would go unnoticed until the
    /// next key; waiting in slices lets `readKey` look at the signal flags in between. One slice
    /// per default refresh tick, so an idle dashboard wakes once a second, not twice.
    static let waitSliceMilliseconds = 1000

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard isActive else { return nil }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds < 0 ? nil : clock.now.advanced(by: .milliseconds(timeoutMilliseconds))
        while true {
            if SignalMonitor.takeContinued() { return resumed() }
            if SignalMonitor.pendingSignal != nil { return nil }

            var slice = NcursesTerminal.waitSliceMilliseconds
            if let deadline {
                let left = clock.now.duration(to: deadline).components
                let leftMilliseconds = Int(left.seconds) * 1000 + Int(left.attoseconds / 1_000_000_000_000_000)
                slice = max(0, min(slice, leftMilliseconds))
            }
            setInputTimeout(Int32(slice))
            var code: wint_t = 0
            let asked = clock.now
            let status = wget_wch(window, &code)
            switch KeyDecoder.decode(status: status, code: UInt32(code)) {
            case .key(let key):
                return key
            case .mouse:
                var event = MEVENT()
                guard getmouse(&event) == OK else { return .unknown(Int(KEY_MOUSE)) }
                return KeyDecoder.decodeMouse(x: event.x, y: event.y, buttons: UInt64(event.bstate))
            case .nothing:
                // No key long before the timeout: either a signal, or the terminal is gone (a
                // closed pty answers every read at once). Treat the latter as a hangup instead of
                // spinning on it.
                if slice >= 20, asked.duration(to: clock.now) < .milliseconds(slice / 2), Self.inputHungUp() {
                    SignalMonitor.pendingSignalNumber.store(SIGHUP, ordering: .sequentiallyConsistent)
                    return nil
                }
                if let deadline, slice == 0 || clock.now >= deadline { return nil }
            }
        }
    }

    /// True when standard input reports a hangup or an error (the terminal was closed).
    static func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// After `fg`: repaint everything on the next draw, and have the caller lay out again.
    private func resumed() -> Key {
        writer.invalidate()
        return .resize
    }

    private func setInputTimeout(_ milliseconds: Int32) {
        if milliseconds != currentTimeout {
            wtimeout(window, milliseconds)
            currentTimeout = milliseconds
        }
    }

    public func bell() {
        guard isActive else { return }
        beep()
    }

    public func flash() {
        guard isActive else { return }
        _ = CNcursesw.flash()
    }

    public func restore() {
        guard isActive else { return }
        isActive = false
        curs_set(1)
        endwin()
        SignalMonitor.uninstall(savedSignals)
        NcursesTerminal.isScreenActive.store(false, ordering: .sequentiallyConsistent)
    }

    private func applyTheme(_ theme: Theme) {
        let plan = ColorPairPlan(theme: theme, colorCount: colorCount, pairLimit: Int(wf_color_pairs()),
                                 defaultColorsAvailable: defaultColorsAvailable)
        for pair in plan.pairs {
            init_extended_pair(pair.number, pair.foreground, pair.background)
        }
        writer.plan = plan
        writer.invalidate()
    }

    /// Rejects TERM values that cannot work, before `initscr` (which would exit on them).
    private static func checkTerminalType() throws {
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
            throw NcursesTerminalError.termUnset
        }
        if term == "dumb" { throw NcursesTerminalError.unsupportedTerminal(term) }
        var status: Int32 = 0
        if wf_setupterm(STDOUT_FILENO, &status) != OK {
            switch status {
            case -1: throw NcursesTerminalError.noTerminfoDatabase
            case 1: throw NcursesTerminalError.unsupportedTerminal(term)
            default: throw NcursesTerminalError.unknownTerminal(term)
            }
        }
        let cursorAddress = tigetstr("cup")
        if cursorAddress == nil || Int(bitPattern: cursorAddress) == -1 {
            throw NcursesTerminalError.unsupportedTerminal(term)
        }
    }

    /// Restores the terminal at exit if the program forgot to (or exited from elsewhere).
    private static func registerExitBackstop() {
        guard isBackstopRegistered.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged else { return }
        atexit {
            if NcursesTerminal.isScreenActive.load(ordering: .sequentiallyConsistent) && !isendwin() {
                endwin()
            }
        }
    }
}
