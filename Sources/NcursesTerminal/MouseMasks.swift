import CNcursesw

/// The `mmask_t` bits the decoder looks for, kept as values so decoding stays pure.
public struct MouseMasks: Hashable, Sendable {
    public var press: UInt64
    public var release: UInt64
    public var click: UInt64
    public var wheelUp: UInt64
    public var wheelDown: UInt64

    public init(press: UInt64, release: UInt64, click: UInt64, wheelUp: UInt64, wheelDown: UInt64) {
        self.press = press
        self.release = release
        self.click = click
        self.wheelUp = wheelUp
        self.wheelDown = wheelDown
    }

    /// ncurses' own values: button 1 for press/release/click, buttons 4 and 5 for the wheel.
    public static let ncurses = MouseMasks(
        press: UInt64(wf_button1_pressed()), release: UInt64(wf_button1_released()),
        click: UInt64(wf_button1_clicked()), wheelUp: UInt64(wf_button4_pressed()),
        wheelDown: UInt64(wf_button5_pressed()))

    /// Everything the terminal is asked to report.
    public var all: UInt64 { press | release | click | wheelUp | wheelDown }
}
