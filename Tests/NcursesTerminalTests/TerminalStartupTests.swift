import Glibc
@testable import NcursesTerminal
import Testing
import TUI

@Suite struct TerminalStartupTests {
    @Test(.enabled(if: isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0))
    func refusesWithoutATTY() {
        #expect(throws: NcursesTerminalError.notATerminal) {
            _ = try NcursesTerminal()
        }
    }

    @Test func errorMessagesAreOneLine() {
        let errors: [NcursesTerminalError] = [
            .notATerminal, .termUnset, .unsupportedTerminal("dumb"), .unknownTerminal("vt999"),
            .noTerminfoDatabase, .alreadyActive, .initializationFailed,
        ]
        for error in errors {
            #expect(!error.description.isEmpty && !error.description.contains("\n"))
        }
        #expect(NcursesTerminalError.unknownTerminal("vt999").description.contains("TERM=vt999"))
    }
}

@Suite struct WideCharactersTests {
    private func text(_ scalars: [wchar_t]) -> String {
        String(String.UnicodeScalarView(scalars.dropLast().compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    }

    @Test func asciiLocaleGetsPlaceholdersForNonASCII() {
        #expect(text(WideCharacters.scalars(for: "a", supportsUnicode: false, fitsWide: true)) == "a")
        #expect(text(WideCharacters.scalars(for: "é", supportsUnicode: false, fitsWide: true)) == "e")
        #expect(text(WideCharacters.scalars(for: "│", supportsUnicode: false, fitsWide: true)) == "|")
        #expect(text(WideCharacters.scalars(for: "中", supportsUnicode: false, fitsWide: true)) == "?")
    }

    @Test func wideGraphemeAtTheScreenEdgeIsReplaced() {
        #expect(text(WideCharacters.scalars(for: "中", supportsUnicode: true, fitsWide: false)) == "?")
    }

    @Test func tooManyScalarsAreReplaced() {
        #expect(text(WideCharacters.scalars(for: "👨‍👩‍👧‍👦", supportsUnicode: true, fitsWide: true)) == "?")
    }

    @Test func resultIsNulTerminated() {
        #expect(WideCharacters.scalars(for: "x", supportsUnicode: true, fitsWide: true).last == 0)
        #expect(WideCharacters.placeholder.last == 0)
    }
}
