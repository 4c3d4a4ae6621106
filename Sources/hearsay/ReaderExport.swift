import FoundationEssentials
import Glibc
import HearsayCore
import HearsayExport
import HearsayStorage
import HearsayUI

/// `:export FORMAT [PATH]` in the reader: the current annotations and decisions,
/// exported beside the article (ARTICLE.FORMAT-extension) or to PATH.
enum ReaderExport {
    static let extensions: [ExportFormat: String] = [
        .json: "hearsay-export.json", .w3c: "jsonld", .qdpx: "qdpx", .qdc: "qdc", .csv: "csv",
        .markdown: "md", .html: "html", .brat: "ann", .tei: "tei.xml",
    ]

    /// Writes the export and returns what to tell the user.
    static func run(_ formatName: String, path: String?, state: AppState, articlePath: String?, theme: Theme) -> StatusMessage {
        guard let format = ExportFormat.named(formatName) else {
            return StatusMessage(text: "No export format \(formatName): \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))", isError: true)
        }
        guard let detected = state.article.detected else {
            return StatusMessage(text: "Still analysing: export in a moment", isError: false)
        }
        let reviewed = ReviewedAnalysis.apply(reviews: state.annotations.reviews, actorEdits: state.allActorEdits, to: detected)
        let input = ExportInput(name: state.article.name, path: articlePath, document: state.article.document,
                                sha256: state.annotations.document.sha256, detected: detected, reviewed: reviewed,
                                annotations: state.annotations, exportedAt: Clock.now())
        let base = articlePath ?? (FileManager.default.currentDirectoryPath + "/" + state.article.name)
        let target = path.map(expandingHome) ?? base + "." + extensions[format]!
        if let articlePath, let file = ProtectedFiles(articles: [articlePath]).protectedFile(at: target) {
            return StatusMessage(text: "Not exporting over \(file): give another path", isError: true)
        }
        let outputs: [ExportOutput]
        switch format {
        case .json: outputs = [JSONExporter.export([input])]
        case .w3c: outputs = [W3CExporter.export([input])]
        case .qdpx: outputs = [REFIQDAExporter.project([input])]
        case .qdc: outputs = [REFIQDAExporter.codebook([input])]
        case .csv: outputs = [CSVExporter.export([input])]
        case .markdown: outputs = [MarkdownExporter.export([input])]
        case .html: outputs = [HTMLExporter.export([input], palette: ThemePalette.html(theme))]
        case .tei: outputs = [TEIExporter.export([input])]
        case .brat: outputs = BratExporter.export(input).filter { if case .file(let n, _) = $0 { return n.hasSuffix(".ann") } else { return true } }
        }
        do {
            for output in outputs {
                switch output {
                case .text(let text): try FileWriting.write(Array(text.utf8), to: target)
                case .file(_, let bytes): try FileWriting.write(bytes, to: target)
                }
            }
            let leftOut = format == .tei ? TEIExporter.leftOutNote([input]).map { " (\($0))" } ?? "" : ""
            return StatusMessage(text: "Exported \(format.rawValue) to \(target)\(leftOut)", isError: false)
        } catch {
            return StatusMessage(text: "Export failed: \(error)", isError: true)
        }
    }

    /// `~` and `~/…` as a shell reads them (the command line is no shell, but
    /// a user types it as one): the home folder.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}
