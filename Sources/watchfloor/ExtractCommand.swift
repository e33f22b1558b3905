import ArgumentParser
import Foundation
import IncidentCore

/// `watchfloor extract`: what ingest would extract from an article, with the evidence of each field.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what would be extracted from an article file, with the evidence text of each field.",
        discussion: """
            Reads one article file (.txt, .md, .json or .ndjson) and prints every incident found: each field \
            with how it was found (explicit, inferred or default) and the text it came from. Nothing is stored: \
            for checking an article before ingesting it, and for bug reports.
            """
    )

    @Option(help: ArgumentHelp("Publication date when the article carries none (YYYY-MM-DD).", valueName: "date"))
    var published: String?

    @Argument(help: ArgumentHelp("The article file.", valueName: "file"))
    var file: String

    func validate() throws {
        if let published { _ = try parseDay(published, option: "--published") }
    }

    func run() throws {
        let reader = ArticleReader(defaultPublished: try published.map { try parseDay($0, option: "--published") })
        let read: ArticleReader.Result
        do {
            read = try reader.read(path: file)
        } catch {
            printError(String(describing: error))
            throw ExitCode.failure
        }
        if let warning = read.warning { printWarning(warning) }
        let extractor = Extractor()
        for (n, article) in read.articles.enumerated() {
            if n > 0 { print("\n────────\n") }
            let extraction = extractor.extract(title: article.title, body: article.body, published: article.published,
                                               language: article.language)
            print(ExtractionReport.text(title: article.title, body: article.body, published: article.published,
                                        extraction: extraction), terminator: "")
        }
    }
}
