import Glibc

/// Whether the terminal paints text on a pale or a dark page, so that a user who never chose a theme
/// gets one that is legible there. Read from `COLORFGBG` (rxvt, Konsole) or by asking the terminal
/// (`OSC 11`, which xterm, VTE, kitty, iTerm2 and tmux answer); unknown when neither says.
public enum TerminalBackground: Equatable, Sendable {
    case light
    case dark

    /// `COLORFGBG` is "fg;bg" (sometimes "fg;default;bg"): the last field is the background's
    /// basic colour number. 7 and 9–15 are pale; 0–6 and 8 are dark.
    public static func fromColorFGBG(_ value: String) -> TerminalBackground? {
        guard let last = value.split(separator: ";").last, let number = Int(last), (0...15).contains(number) else { return nil }
        return number == 7 || number >= 9 ? .light : .dark
    }

    /// The reply to `ESC ] 11 ; ? BEL`: `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ended by BEL or `ESC \`, each
    /// channel 1–4 hex digits. Pale when the colour's luminance is past the middle.
    public static func fromOSC11Reply(_ reply: String) -> TerminalBackground? {
        guard let start = reply.firstRange(of: "]11;rgb:") else { return nil }
        let channels = reply[start.upperBound...].prefix { $0.isHexDigit || $0 == "/" }.split(separator: "/")
        guard channels.count == 3 else { return nil }
        var levels: [Double] = []
        for channel in channels {
            guard (1...4).contains(channel.count), let value = UInt32(channel, radix: 16) else { return nil }
            levels.append(Double(value) / Double((1 << (4 * channel.count)) - 1))
        }
        let luminance = 0.2126 * levels[0] + 0.7152 * levels[1] + 0.0722 * levels[2]
        return luminance > 0.5 ? .light : .dark
    }

    /// `COLORFGBG` if set, else the terminal's answer on `/dev/tty`. The question is followed by a
    /// device-attributes request that every terminal answers, so a terminal that ignores `OSC 11`
    /// costs no wait; one that answers nothing at all costs `timeoutMilliseconds`. Unknown when
    /// standard input or output is not a terminal.
    public static func detect(environment: [String: String], timeoutMilliseconds: Int32 = 200) -> TerminalBackground? {
        if let value = environment["COLORFGBG"], let known = fromColorFGBG(value) { return known }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return nil }
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        guard tcsetattr(fd, TCSANOW, &raw) == 0 else { return nil }
        defer { tcsetattr(fd, TCSANOW, &saved) }
        let question = Array("\u{1B}]11;?\u{07}\u{1B}[c".utf8)
        guard write(fd, question, question.count) == question.count else { return nil }
        var reply: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while reply.count < 1024 {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, timeoutMilliseconds) > 0 else { break }
            let count = read(fd, &buffer, buffer.count)
            guard count > 0 else { break }
            reply += buffer[0..<count]
            if answeredDeviceAttributes(reply) { break }
        }
        // A reply cut short by the timeout must not reach the dashboard as keys.
        tcflush(fd, TCIFLUSH)
        return fromOSC11Reply(String(decoding: reply, as: UTF8.self))
    }

    /// Whether the bytes hold the device-attributes answer (`ESC [ ? ... c`), which comes last.
    static func answeredDeviceAttributes(_ bytes: [UInt8]) -> Bool {
        guard let start = bytes.indices.last(where: { $0 + 2 < bytes.count && bytes[$0] == 0x1B && bytes[$0 + 1] == UInt8(ascii: "[") && bytes[$0 + 2] == UInt8(ascii: "?") }) else { return false }
        return bytes[(start + 3)...].contains(UInt8(ascii: "c"))
    }
}
