import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayCore
import HearsayStorage
import HearsayUI

/// `hearsay quotes`: the quotations of an article, filtered with the reader's query syntax.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List the quotations of an article, filtered by a query.",
        discussion: """
            QUERY terms must all match (case is ignored):
              word                  the quotation's text contains word
              "a phrase"            the text contains the phrase
              speaker:NAME          the speaker's name, alias or attribution contains NAME
              speaker:none          no speaker was found
              kind:KIND             direct, partial, echo, scare or title
              state:STATE           unreviewed, accepted, rejected, corrected, added, reviewed
              tag:NAME              an annotation on the quotation has tag NAME
              -TERM                 TERM must not match
            A field takes alternatives separated by commas: kind:direct,partial.

            The article's annotation file (FILE.hearsay.json beside it) is applied: kinds \
            and speakers as corrected in review, quotations added in review, and a \
            rejected quotation kept for state:rejected. state: and tag: read the same \
            file. Without it every quotation is as detected, unreviewed and untagged.

            Each row gives the quotation's id (q1 is the article's first quotation in the \
            text, as in `hearsay analyze` when none was added in review), kind, speaker and \
            text. --format json prints one JSON object per quotation (JSON Lines) with its \
            article, review state, and start and end offsets in Unicode code points, end \
            exclusive, marks included; tsv prints a header line, then tab-separated rows \
            (led by the article's path when there are several).

            Examples:
              hearsay quotes article.txt --where 'kind:direct speaker:qadir'
              hearsay quotes article.txt --where='-kind:echo,scare,title "river"' --format tsv
              (a query that starts with - goes after --where=, or it reads as an option)

            Exit status: 0 when the article was read (even if nothing matches), 1 when it \
            could not be read, 64 for a command-line mistake or a bad query.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, tsv, cite }

    @Argument(help: "Articles, or folders of articles (\(InputFormat.articleExtensionsText): a corpus); - reads standard input.")
    var files: [String]

    @Option(help: InputFormat.help)
    var inputFormat: InputFormat?

    @Option(name: .customLong("where"), help: "Only the quotations that match QUERY (see below).")
    var query: String = ""

    @Option(help: "Output format: table, json (JSON Lines), tsv, or cite (one citation per line: “…” — Speaker, in “Title”).")
    var format: Format = .table

    /// (Checked here, not in `run`: a mistake found while parsing is shown with
    /// this command's usage, not the top-level one.)
    func validate() throws {
        _ = try parsedQuery()
    }

    func parsedQuery() throws -> QuoteQuery {
        do {
            return try QuoteQuery.parse(query)
        } catch {
            throw ValidationError("--where: \(error)")
        }
    }

    func run() throws {
        let filter = try parsedQuery()
        let (paths, noArticles) = CorpusFiles.expand(files)
        var failed = noArticles
        for (n, file) in paths.enumerated() {
            do {
                try list(file, filter: filter, first: n == 0, many: paths.count > 1)
            } catch {
                Stderr.print("hearsay: \(error)")
                // "hearsay quotes story.txt speaker:roza": a query typed where a file goes.
                if case DocumentLoader.LoadError.notFound = error, file.contains(":") || file.contains(" ") {
                    Stderr.print("hearsay: (a query goes after --where: hearsay quotes FILE --where '\(file)')")
                }
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// The matching quotations of one article (several: the article's name leads table blocks).
    func list(_ file: String, filter: QuoteQuery, first: Bool, many: Bool) throws {
        // (The fingerprint tells whether the article changed since it was annotated.)
        let annotated = file != "-" && FileKind(path: AnnotationStore.path(forArticle: file)) != .missing
        let loaded = try DocumentLoader.load(path: file, fingerprint: annotated, format: inputFormat)
        for w in loaded.warnings { Stderr.print("hearsay: warning: \(w)") }
        let detected = Analyzer.analyze(loaded.document)
        // Decisions and tags from the annotation file, when there is one (read only, no lock).
        let saved = try SavedAnnotations.read(forArticle: file, document: loaded.document, sha256: loaded.sha256)
        let (analysis, states) = Self.reviewed(detected, saved)
        let article = Article(name: file, document: loaded.document, analysis: analysis)
        let chosen = article.quotations.indices.filter { k in
            let range = article.quotations[k].range
            let tags = saved?.annotations.filter { !$0.orphaned && $0.range == range }.flatMap(\.tags) ?? []
            return filter.matches(article.quotations[k], index: k, in: article, review: states[k]?.rawValue, tags: tags)
        }
        switch format {
        case .table:
            if many, !chosen.isEmpty { Stdout.write((first ? "" : "\n") + "\(file)\n") }
            if !many || !chosen.isEmpty { Stdout.write(QuotesOutput.table(article, chosen)) }
        case .tsv:
            // One header for the whole corpus; its rows say their article.
            let table = QuotesOutput.tsv(article, chosen, states: states, path: many ? file : nil)
            Stdout.write(first ? table : String(table.drop { $0 != "\n" }.dropFirst()))
        case .cite:
            // One citation per line, as `y` copies it in the reader.
            for k in chosen { Stdout.write(Citation.of(k, in: article) + "\n") }
        case .json:
            for k in chosen {
                Stdout.write(bytes: QuotesOutput.jsonLine(article, k, state: states[k], path: file))
            }
        }
        LeftForExit.keep(analysis)
    }

    /// The quotations as reviewed: kinds and speakers corrected, added ones in
    /// place. A rejected quotation stays (with its detected kind and speaker) so
    /// that `state:rejected` finds it; the others' states come from the review
    /// the analysis applied. States are by quotation index.
    static func reviewed(_ detected: Analysis, _ saved: AnnotationFile?) -> (Analysis, [QuoteReview.Decision?]) {
        guard let saved else { return (detected, Array(repeating: nil, count: detected.quotations.count)) }
        let live = saved.reviews.filter { !$0.orphaned }
        let analysis = ReviewedAnalysis.apply(reviews: live.filter { $0.decision != .rejected },
                                              actorEdits: saved.actorEdits, to: detected)
        let rejected = Set(live.filter { $0.decision == .rejected }.map { [$0.anchor.start, $0.anchor.end] })
        let states = analysis.quotations.map { q in
            rejected.contains([q.range.start, q.range.end]) ? .rejected : q.review
        }
        return (analysis, states)
    }
}

/// The rows `hearsay quotes` prints.
enum QuotesOutput {
    static func speaker(_ article: Article, _ q: Quotation) -> String? {
        q.speaker.map { s in s.actor.map { article.actors[$0].name } ?? article.document.string(s.mention) }
    }

    static func table(_ article: Article, _ chosen: [Int]) -> String {
        let header = ["#", "KIND", "SPEAKER", "QUOTATION"]
        let rows = chosen.map { k -> [String] in
            let q = article.quotations[k]
            let text = article.document.string(q.range)
            return ["q\(k + 1)", q.kind.rawValue, clip(flatten(speaker(article, q) ?? "—"), 32), clip(flatten(text), 72)]
        }
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows { for (c, cell) in row.enumerated() { widths[c] = max(widths[c], DisplayWidth.of(cell)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                c == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[c] - DisplayWidth.of(cell))
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// The rows, tab-separated, after a header; with `path` (a corpus) each row
    /// starts with its article. `state` is the review decision, or "unreviewed".
    static func tsv(_ article: Article, _ chosen: [Int], states: [QuoteReview.Decision?], path: String? = nil) -> String {
        let lead = path == nil ? [] : ["article"]
        var out = (lead + ["id", "kind", "state", "speaker", "text"]).joined(separator: "\t") + "\n"
        for k in chosen {
            let q = article.quotations[k]
            let cells = [q.kind.rawValue, states[k]?.rawValue ?? "unreviewed", flatten(speaker(article, q) ?? ""),
                         flatten(article.document.string(q.range))]
            var row: [String] = path.map { [flatten($0)] } ?? []
            row.append("q\(k + 1)")
            row += cells
            out += row.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// One JSON object and a line break: article, id, index, kind, state, speaker, offsets and text.
    static func jsonLine(_ article: Article, _ k: Int, state: QuoteReview.Decision?, path: String) -> [UInt8] {
        let q = article.quotations[k]
        var bytes: [UInt8] = []
        var w = JSONStreamWriter { bytes += $0 }
        w.beginObject()
        w.key("article"); w.string(path)
        w.key("id"); w.string("q\(k + 1)")
        w.key("index"); w.int(k)
        w.key("kind"); w.string(q.kind.rawValue)
        w.key("state"); w.string(state?.rawValue ?? "unreviewed")
        w.key("speaker")
        if let name = speaker(article, q) { w.string(name) } else { w.null() }
        w.key("actor")
        if let a = q.speaker?.actor { w.string(article.actors[a].id) } else { w.null() }
        w.key("start"); w.int(q.range.start)
        w.key("end"); w.int(q.range.end)
        w.key("text"); w.string(article.document.string(q.range))
        w.endObject()
        w.finish()
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// One line, with control characters made visible (never sent raw to a terminal).
    static func flatten(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if c == "\n" || c == "\t" || c == "\r" {
                out.append(" ")
            } else {
                out.append(DisplayWidth.visible(c) ?? c)
            }
        }
        return String(out)
    }

    static func clip(_ s: String, _ n: Int) -> String {
        guard DisplayWidth.of(s) > n else { return s }
        var out = ""
        var used = 0
        for ch in s {
            let w = DisplayWidth.of(String(ch))
            if used + w > n - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}
