import Dispatch
import ArgumentParser
import FoundationEssentials
import Glibc
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
              hearsay analyze --reviewed article.txt

            Exit status: 0 when every file was analysed, 1 when a file could not be \
            read or is not text (with a one-line reason on standard error; the other \
            files are still analysed), 64 for a command-line mistake.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, table, summary }

    @Argument(help: "Articles to analyse, or folders of articles (\(InputFormat.articleExtensionsText)); - reads standard input.")
    var files: [String]

    @Option(help: "Output format: json (JSON Lines for several files), table, or summary (one tab-separated line of counts per file).")
    var format: Format = .json

    @Option(help: InputFormat.help)
    var inputFormat: InputFormat?

    @Flag(help: "Indent the JSON (one file only).")
    var pretty = false

    @Flag(help: "Print how long loading, each analysis phase and output took, on standard error.")
    var timing = false

    @Flag(help: "Count JSON offsets in the file as it is (a CRLF counts two) instead of in the text with LF line endings.")
    var fileOffsets = false

    @Flag(help: "Apply the quotation reviews and actor edits of the article's annotation file (FILE.hearsay.json) before output.")
    var reviewed = false

    @Option(help: ArgumentHelp("With --reviewed: the annotation file to apply (one article only).", valueName: "path"))
    var annotations: String?

    func validate() throws {
        if annotations != nil && !reviewed { throw ValidationError("--annotations goes with --reviewed") }
        if annotations != nil && files.count > 1 { throw ValidationError("--annotations takes one article") }
        if pretty && files.count > 1 { throw ValidationError("--pretty takes one article (several give JSON Lines, one line each)") }
    }

    func run() throws {
        // The bundled gazetteer (about 15 ms to build) is made on another core
        // while the first file is read and decoded; the analysis waits for it
        // only if it is not ready yet (a `static let` is initialised once).
        DispatchQueue.global(qos: .userInitiated).async { _ = Gazetteer.bundled }
        let (paths, noArticles) = CorpusFiles.expand(files)
        var failed = noArticles
        if paths.count == 1 {
            // One article goes straight out as it is written: a 30 MB analysis is
            // never held whole (see docs/DECISIONS.md 38).
            if analyzeOne(paths[0], first: true, last: true, single: true,
                          report: { Stderr.print($0) }, output: { Stdout.write(buffer: $0) }) { failed = true }
        } else {
            // A corpus: the articles are analysed on both cores, a batch at a time, and
            // written in their order (the output is the same as one by one). Batches of
            // 512: with 64 the barrier between batches left a core idle a third of the time.
            let batch = 512
            var start = 0
            while start < paths.count {
                let range = start..<min(paths.count, start + batch)
                let slots = ResultSlots(count: range.count)
                let command = self
                DispatchQueue.concurrentPerform(iterations: range.count) { k in
                    let i = range.lowerBound + k
                    slots.set(k, command.analyzeKept(paths[i], first: i == 0, last: i == paths.count - 1))
                }
                for r in slots.all {
                    guard let r else { continue }
                    for line in r.errors { Stderr.print(line) }
                    Stdout.write(bytes: r.output)
                    if r.failed { failed = true }
                }
                start = range.upperBound
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// One article of a corpus: its output and messages kept, for the caller to
    /// write in the articles' order.
    func analyzeKept(_ file: String, first: Bool, last: Bool) -> ResultSlots.Result {
        var out: [UInt8] = []
        var errors: [String] = []
        let failed = analyzeOne(file, first: first, last: last, single: false,
                                report: { errors.append($0) }, output: { out.append(contentsOf: $0) })
        return (out, errors, failed)
    }

    /// Analyses one article: its output goes to `output` as it is made, its
    /// messages (warnings first, timing last) to `report`. True if it failed.
    func analyzeOne(_ file: String, first: Bool, last: Bool, single: Bool,
                    report: (String) -> Void, output: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        func text(_ s: String) {
            var s = s
            s.withUTF8 { output($0) }
        }
        var timings = PhaseTimings()
        let loaded: DocumentLoader.Loaded
        do {
            loaded = try timings.measure("load") { try DocumentLoader.load(path: file, fingerprint: format == .json || format == .jsonl, format: inputFormat) }
        } catch {
            report("hearsay: \(error)")
            return true
        }
        for w in loaded.warnings { report("hearsay: warning: \(w)") }
        // A web page's offsets count in the article extracted from it; its file
        // has no offsets of the article's words to give.
        var fileOffsets = self.fileOffsets
        let webPage = (inputFormat ?? InputFormat.of(path: file)) == .html
        if fileOffsets, webPage {
            report("hearsay: note: \(file) is a web page: --file-offsets does not apply, offsets count in its extracted article")
            fileOffsets = false
        }
        var analysis = Analyzer.analyze(loaded.document, timings: &timings)
        if reviewed {
            guard let applied = Analyze.applyReviews(to: analysis, article: file, annotations: annotations) else {
                return true
            }
            analysis = applied
        }
        timings.measure("output") {
            switch format {
            case .json, .jsonl:
                if pretty && single && format == .json {
                    let value = AnalysisJSON.value(analysis, path: file, sha256: loaded.sha256, warnings: loaded.warnings,
                                                  fileOffsets: fileOffsets, withText: webPage)
                    value.write(pretty: true, to: output)
                } else {
                    AnalysisJSON.write(analysis, path: file, sha256: loaded.sha256, warnings: loaded.warnings,
                                       fileOffsets: fileOffsets, withText: webPage, to: output)
                }
                text("\n")
            case .table:
                if !first { text("\n") }
                text(AnalysisTable.render(analysis, path: file))
            case .summary:
                if first { text(AnalysisSummary.header + "\n") }
                text(AnalysisSummary.line(analysis, path: file) + "\n")
            }
        }
        if timing { report("hearsay: timing: \(file): \(timings.summary)") }
        // A single big analysis is left for the OS to reclaim: freeing millions of
        // small objects one by one costs a sixth of the run on big inputs.
        if single { LeftForExit.keep(analysis) }
        return false
    }

    /// `--reviewed`: the analysis with the decisions of the annotation file laid
    /// over it (reviews re-anchored first, in memory, in case the article
    /// changed); as it is, with a note, when there is no annotation file beside
    /// the article (or it is empty); nil,
    /// with the reason on standard error, when the file cannot be read.
    static func applyReviews(to analysis: Analysis, article: String, annotations: String?) -> Analysis? {
        let path = annotations ?? AnnotationStore.path(forArticle: article)
        // A file named by --annotations must be there; the one beside the article may not.
        guard annotations != nil || (article != "-" && FileManager.default.fileExists(atPath: path)) else {
            Stderr.print("hearsay: note: \(article == "-" ? "standard input" : article) has no annotation file"
                         + "\(article == "-" ? "" : " (\(path))"); nothing reviewed")
            return analysis
        }
        let file: AnnotationFile
        do {
            let bytes = try DocumentLoader.readBytes(path: path)
            if AnnotationCoding.isBlank(bytes) {
                Stderr.print("hearsay: note: \(path) is empty; nothing reviewed")
                return analysis
            }
            file = try AnnotationCoding.decode(bytes)
        } catch let error as AnnotationDecodingError {
            Stderr.print("hearsay: \(path): \(error)")
            return nil
        } catch {
            Stderr.print("hearsay: \(error)")   // names the path
            return nil
        }
        let found = Reanchoring.reanchor(reviews: file.reviews, in: analysis.document.scalars)
        if found.orphans > 0 {
            Stderr.print("hearsay: note: \(found.orphans) review(s) in \(path) no longer match the article; not applied")
        }
        return ReviewedAnalysis.apply(reviews: found.reviews, actorEdits: file.actorEdits, to: analysis)
    }
}

/// The results of one batch of articles, filled from both cores in any order.
final class ResultSlots: @unchecked Sendable {
    typealias Result = (output: [UInt8], errors: [String], failed: Bool)
    private let lock = Lock()
    private var items: [Result?]

    init(count: Int) { items = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ r: Result) {
        lock.lock()
        items[k] = r
        lock.unlock()
    }

    var all: [Result?] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
