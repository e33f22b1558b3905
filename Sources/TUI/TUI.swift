// TUI
