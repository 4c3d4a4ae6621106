import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayCore
import HearsayExport
import HearsayStorage

/// `hearsay export`: annotations, reviewed quotations, speakers and actors in standard formats.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export annotations, reviewed quotations, speakers and actors (json, w3c, qdpx, qdc, csv, markdown, html, brat, tei).",
        discussion: """
            Each article's annotation file (ARTICLE.hearsay.json beside it) is read, its \
            review decisions and actor edits are applied to a fresh analysis, and the result \
            is written in FORMAT. A folder stands for the articles in it. Several articles \
            make one export (one CSV table, one W3C collection, one REFI-QDA project, ...). \
            Text formats go to standard output unless -o is given; qdpx and brat write files \
            and need -o: the .qdpx file, or the folder for brat. See docs/export-formats.md.

            Examples:
              hearsay export story.txt --format w3c > story.jsonld
              hearsay export corpus/ --format csv -o quotes.csv
              hearsay export story.txt --format qdpx -o project.qdpx
              hearsay export story.txt --format html --no-text -o report.html
              hearsay export story.txt --format w3c --source https://example.org/story > story.jsonld
            """)

    @Argument(help: "Articles, or folders of articles (\(InputFormat.articleExtensionsText)).")
    var files: [String]

    @Option(help: "json, w3c, qdpx, qdc, csv, markdown, html, brat or tei (default: export.format in the configuration).")
    var format: String?

    @Option(help: InputFormat.help)
    var inputFormat: InputFormat?

    @Option(name: .shortAndLong, help: "Where to write (a file; a folder for brat).")
    var output: String?

    @Flag(help: "Leave the article's text out (selectors, offsets, hashes and annotations only).")
    var noText = false

    @Option(help: "For csv: quotations (default) or annotations.")
    var rows: String = "quotations"

    @Option(help: "For html: the colour theme (dark, light, high-contrast, mono, or yours).")
    var theme: String?

    @Option(help: ArgumentHelp("The article's address, such as its web URL (one article only): the W3C targets name it, and the JSON gives it as document.source, instead of the file's path on this machine.", valueName: "iri"))
    var source: String?

    /// The formats that write files rather than text, with an example of their -o.
    static let fileFormatExamples: [ExportFormat: String] = [
        .qdpx: "-o project.qdpx", .brat: "a folder for the .txt and .ann files: -o brat/",
    ]

    /// What can be checked before the configuration is read, here: a mistake
    /// found while parsing is shown with this command's usage.
    func validate() throws {
        if let format { _ = try Self.exportFormat(named: format) }
        guard rows == "quotations" || rows == "annotations" else {
            throw ValidationError("--rows must be quotations or annotations")
        }
        if let source, !ExportInput.isSourceIRI(source) {
            throw ValidationError("--source must be an absolute address with no spaces, such as https://example.org/story (got \"\(source)\")")
        }
    }

    /// The format called `name`, or the mistake said (the name may come from
    /// the command line or from the configuration file).
    static func exportFormat(named name: String) throws -> ExportFormat {
        guard let format = ExportFormat.named(name) else {
            throw ValidationError("--format must be one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return format
    }

    func run() throws {
        let (config, configWarnings) = Config.load(environment: ProcessInfo.processInfo.environment)
        for w in configWarnings { Stderr.print("hearsay: \(w)") }
        let formats = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        guard let format = format ?? config.exportFormat else {
            throw ValidationError("--format is needed (\(formats)), or export.format in the configuration file")
        }
        let chosen = try Self.exportFormat(named: format)
        if rows != "quotations", chosen != .csv { throw ValidationError("--rows is for --format csv") }
        let noText = noText || !config.exportText
        if output == nil, let example = Self.fileFormatExamples[chosen] {
            throw ValidationError("--format \(format) writes files: say where with -o (\(example))")
        }
        let (articles, noArticles) = CorpusFiles.expand(files)
        if source != nil, articles.count != 1 {
            throw ValidationError("--source names one article; this export has \(articles.count)")
        }
        let protected = ProtectedFiles(articles: articles)
        // Said before the articles are analysed, not after.
        if let output { try protected.check(output) }
        var inputs: [ExportInput] = []
        var failed = noArticles
        for path in articles {
            do {
                var input = try ExportLoading.input(path: path, includeText: !noText, format: inputFormat)
                if let source {
                    // (Named by its address, the article's folder on this machine is left out.)
                    input.source = source
                    input.path = nil
                }
                inputs.append(input)
            } catch {
                Stderr.print("hearsay: \(error)")
                failed = true
            }
        }
        guard !inputs.isEmpty else { throw ExitCode(1) }
        let outputs: [ExportOutput]
        switch chosen {
        case .json: outputs = [JSONExporter.export(inputs)]
        case .w3c: outputs = [W3CExporter.export(inputs)]
        case .qdpx: outputs = [REFIQDAExporter.project(inputs)]
        case .qdc: outputs = [REFIQDAExporter.codebook(inputs)]
        case .csv: outputs = [CSVExporter.export(inputs, rows: rows == "annotations" ? .annotations : .quotations)]
        case .markdown: outputs = [MarkdownExporter.export(inputs)]
        case .html:
            outputs = [HTMLExporter.export(inputs, palette: ThemePalette.html(named: theme ?? config.theme, environment: ProcessInfo.processInfo.environment))]
        case .tei: outputs = [TEIExporter.export(inputs)]
        case .brat: outputs = inputs.flatMap { BratExporter.export($0) }
        }
        try ExportWriting.write(outputs, to: output, protecting: protected)
        if chosen == .tei, let note = TEIExporter.leftOutNote(inputs) { Stderr.print("hearsay: note: \(note)") }
        if failed { throw ExitCode(1) }
    }
}
