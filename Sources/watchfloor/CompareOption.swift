import ArgumentParser

/// `--compare Iraq,Syria`: the countries the chart and the report set side by side.
struct CompareOption: ParsableArguments {
    @Option(name: .customLong("compare"), help: ArgumentHelp(
        "Countries to chart side by side, comma-separated (default: Iraq,Syria).", valueName: "list"))
    var text: String = "Iraq,Syria"

    var countries: [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        guard (1...4).contains(countries.count) else { throw ValidationError("--compare takes one to four countries, e.g. --compare Iraq,Syria") }
    }
}
