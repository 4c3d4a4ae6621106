import ArgumentParser
import Foundation
import HearsayCore
import HearsayStorage

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Print the quotations, speakers and actors of articles.",
        discussion: """
            JSON offsets are Unicode code points into the text, end exclusive; a \
            quotation's span includes its marks. Several files give one JSON document \
            per line (JSON Lines). See docs/analysis-format.md.

            Examples:
              hearsay analyze article.txt
              hearsay analyze --format table article.txt
              cat article.txt | hearsay analyze -
              hearsay analyze corpus/*.txt > analyses.jsonl

            Exit status: 0 when every file was analysed, 1 when a file could not be \
            read or is not text (with a one-line reason on standard error).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, table }

    @Argument(help: "Articles to analyse; - reads standard input.")
    var files: [String]

    @Option(help: "Output format: json (JSON Lines for several files) or table.")
    var format: Format = .json

    @Flag(help: "Indent the JSON (one file only).")
    var pretty = false

    func run() throws {
        var failed = false
        for file in files {
            let loaded: DocumentLoader.Loaded
            do {
                loaded = try DocumentLoader.load(path: file)
            } catch {
                Stderr.print("hearsay: \(error)")
                failed = true
                continue
            }
            for w in loaded.warnings { Stderr.print("hearsay: warning: \(w)") }
            let analysis = Analyzer.analyze(loaded.document)
            switch format {
            case .json:
                let value = AnalysisJSON.value(analysis, path: file, sha256: loaded.sha256, warnings: loaded.warnings)
                Stdout.write(value.serialized(pretty: pretty && files.count == 1) + "\n")
            case .table:
                if file != files.first { Stdout.write("\n") }
                Stdout.write(AnalysisTable.render(analysis, path: file))
            }
        }
        if failed { throw ExitCode(1) }
    }
}
