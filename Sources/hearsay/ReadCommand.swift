import ArgumentParser
import Foundation
import HearsayCore
import HearsayStorage

/// The default command. Until the terminal reader lands it prints the analysis
/// table, so `make run` shows what Hearsay finds in the bundled sample.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open an article (now: print its analysis; the reader comes next).")

    @Argument(help: "The article to open; the bundled sample editorial when omitted.")
    var file: String?

    func run() throws {
        let loaded: DocumentLoader.Loaded
        if let file {
            loaded = try loadOrExit(file)
        } else {
            let doc = Document(text: SampleArticle.text)
            loaded = .init(document: doc, sha256: SHA256.hex(Array(SampleArticle.text.utf8)), path: "sample-editorial.txt", warnings: [])
        }
        for w in loaded.warnings { Stderr.print("hearsay: warning: \(w)") }
        print(AnalysisTable.render(Analyzer.analyze(loaded.document), path: loaded.path), terminator: "")
    }
}
