import HearsayCore

/// The colours of the HTML page, each `#rrggbb` (anything else falls back to the
/// dark palette's colour): text and background, quotations, actor mentions by
/// type, and annotations whose tag has no `#rrggbb` colour of its own.
public struct HTMLPalette: Sendable, Equatable {
    public var text: String
    public var background: String
    public var quote: String
    public var person: String
    public var organisation: String
    public var state: String
    public var place: String
    public var group: String
    public var annotation: String

    public init(text: String, background: String, quote: String, person: String, organisation: String, state: String,
                place: String, group: String, annotation: String) {
        self.text = text
        self.background = background
        self.quote = quote
        self.person = person
        self.organisation = organisation
        self.state = state
        self.place = place
        self.group = group
        self.annotation = annotation
    }

    public static let dark = HTMLPalette(text: "#d0d0d0", background: "#1c1c1c", quote: "#87afd7", person: "#87d787",
                                         organisation: "#d7af5f", state: "#d787d7", place: "#5fafaf", group: "#d7875f",
                                         annotation: "#af875f")
    public static let light = HTMLPalette(text: "#1c1c1c", background: "#fcfcfa", quote: "#005f87", person: "#2e7d32",
                                          organisation: "#8a5a00", state: "#8e24aa", place: "#00695c", group: "#bf360c",
                                          annotation: "#c9a227")

    public func color(for type: ActorType) -> String {
        switch type {
        case .person: HTMLExporter.hex(person, or: HTMLPalette.dark.person)
        case .organisation: HTMLExporter.hex(organisation, or: HTMLPalette.dark.organisation)
        case .state: HTMLExporter.hex(state, or: HTMLPalette.dark.state)
        case .place: HTMLExporter.hex(place, or: HTMLPalette.dark.place)
        case .group: HTMLExporter.hex(group, or: HTMLPalette.dark.group)
        }
    }
}

/// One self-contained HTML page (inline CSS, no script, no external resource, a
/// Content-Security-Policy that allows nothing else): per article the who-speaks
/// chart as CSS bars, the whole text with quotations (a class per kind), actor
/// mentions coloured by type and annotated passages highlighted in their tag's
/// colour (details and notes in `title` tooltips), and a side list of the
/// annotations with their notes. Spans that cross are split and re-opened, so the
/// markup is always well formed; every piece of article and user text is escaped.
/// Without text (`includeText` false): the chart, and the quotations and
/// annotations listed by offsets with their tags and notes.
public enum HTMLExporter {
    public static func export(_ inputs: [ExportInput], palette: HTMLPalette = .dark) -> ExportOutput {
        let articles = inputs.map(ReportArticle.init)
        let pageTitle = articles.count == 1 ? articles[0].title : "Hearsay export"
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Hearsay">
        <title>\(escape(pageTitle))</title>
        <style>
        \(css(palette))</style>
        </head>
        <body>
        <main>

        """
        for (k, article) in articles.enumerated() {
            out += section(article, number: k + 1, palette: palette)
        }
        out += "</main>\n</body>\n</html>\n"
        return .text(out)
    }

    // MARK: Page parts

    static func css(_ p: HTMLPalette) -> String {
        let text = hex(p.text, or: HTMLPalette.dark.text), background = hex(p.background, or: HTMLPalette.dark.background)
        let quote = hex(p.quote, or: HTMLPalette.dark.quote)
        var css = """
        body { margin: 0; color: \(text); background: \(background); font: 16px/1.6 Georgia, "Times New Roman", serif; }
        main { max-width: 78rem; margin: 0 auto; padding: 1rem 2rem 4rem; }
        article.doc { margin-bottom: 4rem; }
        h1 { font-size: 1.8rem; line-height: 1.25; margin: 1.5rem 0 .25rem; }
        h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
        .meta, .off, small, .legend { opacity: .7; font-size: .85em; }
        .meta code { font-size: .9em; word-break: break-all; }
        .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr); gap: 2.5rem; }
        @media (max-width: 52rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
        .text { white-space: pre-wrap; overflow-wrap: break-word; }
        .q { color: \(quote); }
        .q-direct { font-style: normal; }
        .q-partial { font-style: italic; }
        .q-echo { text-decoration: underline dotted; }
        .q-scare { text-decoration: underline wavy; text-decoration-thickness: 1px; }
        .q-title { font-variant: small-caps; }
        .m { font-weight: bold; }
        .a { border-radius: 2px; }
        [title]:hover { outline: 1px dotted currentColor; }
        sup.n { font-size: .7em; }
        sup.n a, .notes a { color: inherit; }
        .chart { display: grid; grid-template-columns: minmax(8rem, max-content) minmax(6rem, 1fr) max-content; gap: .3rem .8rem; align-items: center; }
        .track { display: block; height: .9rem; background: color-mix(in srgb, currentColor 12%, transparent); border-radius: 2px; }
        .bar { display: block; height: 100%; border-radius: 2px; min-width: 1px; }
        .notes, .quotes { padding-left: 1.4rem; }
        .notes li, .quotes li { margin-bottom: .8rem; }
        .notes blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid \(quote); white-space: pre-wrap; }
        .note { white-space: pre-wrap; margin: .2rem 0; }
        .swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .3em; vertical-align: middle; }

        """
        for type in ActorType.allCases {
            css += ".m-\(type.rawValue) { color: \(p.color(for: type)); }\n"
        }
        return css
    }

    static func section(_ article: ReportArticle, number: Int, palette: HTMLPalette) -> String {
        let input = article.input
        var out = "<article class=\"doc\" id=\"article-\(number)\">\n<header>\n"
        out += "<h1>\(escape(article.title))</h1>\n"
        out += "<p class=\"meta\">\(escape(input.name)) · SHA-256 <code>\(escape(input.sha256))</code> · exported \(escape(input.exportedAt))"
        if !input.includeText { out += " · text left out" }
        out += "</p>\n</header>\n"
        out += chart(article, palette: palette)
        if input.includeText {
            out += "<div class=\"layout\">\n<section class=\"body\">\n<h2>Article</h2>\n"
            out += legend(palette)
            out += "<div class=\"text\">" + markup(article, number: number, palette: palette) + "</div>\n</section>\n"
            out += "<aside>\n<h2>Annotations</h2>\n" + annotationList(article, number: number, palette: palette) + "</aside>\n</div>\n"
        } else {
            out += "<section class=\"passages\">\n<h2>Quotations</h2>\n" + quotationList(article) + "</section>\n"
            out += "<section class=\"passages\">\n<h2>Annotations</h2>\n" + annotationList(article, number: number, palette: palette)
            out += "</section>\n"
        }
        return out + "</article>\n"
    }

    static func legend(_ palette: HTMLPalette) -> String {
        var out = "<p class=\"legend\">Quotations: "
        out += ["direct", "partial", "echo", "scare", "title"].map { "<span class=\"q q-\($0)\">\($0)</span>" }.joined(separator: ", ")
        out += ". Actors: "
        out += ActorType.allCases.map { "<span class=\"m m-\($0.rawValue)\">\($0.rawValue)</span>" }.joined(separator: ", ")
        return out + ".</p>\n"
    }

    /// The who-speaks chart: a bar per actor, its length the quotations (of the most quoted).
    static func chart(_ article: ReportArticle, palette: HTMLPalette) -> String {
        let rows = article.speakerRows
        var out = "<section class=\"who\">\n<h2>Who speaks</h2>\n"
        guard !rows.isEmpty else { return out + "<p>No actor is quoted or mentioned.</p>\n</section>\n" }
        let most = max(1, rows.map(\.quotations).max() ?? 1)
        out += "<div class=\"chart\">\n"
        for r in rows {
            let color = r.isUnattributed ? hex(palette.text, or: HTMLPalette.dark.text) : palette.color(for: r.type)
            let percent = Double(r.quotations) * 100 / Double(most)
            let width = (percent * 10).rounded() / 10
            let counts = "\(r.quotations) quotation\(r.quotations == 1 ? "" : "s") · \(r.wordsQuoted) words quoted · \(r.mentions) mention\(r.mentions == 1 ? "" : "s")"
            let type = r.isUnattributed ? "" : " <small>\(r.type.rawValue)</small>"
            out += "<span class=\"label\">\(escape(r.name))\(type)</span>"
            out += "<span class=\"track\" title=\"\(escape(counts))\"><span class=\"bar\" style=\"width: \(width)%; background: \(color);\"></span></span>"
            out += "<span class=\"off\">\(escape(counts))</span>\n"
        }
        return out + "</div>\n</section>\n"
    }

    static func quotationList(_ article: ReportArticle) -> String {
        guard !article.quotes.isEmpty else { return "<p>No quotations.</p>\n" }
        var out = "<ol class=\"quotes\">\n"
        for q in article.quotes {
            var about = [q.kind.rawValue, q.review]
            about.append("speaker: " + (q.actorName ?? "none"))
            out += "<li><span class=\"off\">\(q.range.start)–\(q.range.end)</span> \(escape(about.joined(separator: " · ")))</li>\n"
        }
        return out + "</ol>\n"
    }

    static func annotationList(_ article: ReportArticle, number: Int, palette: HTMLPalette) -> String {
        let annotations = article.input.annotations.annotations
        guard !annotations.isEmpty else { return "<p>No annotations.</p>\n" }
        var out = "<ol class=\"notes\">\n"
        for (k, a) in annotations.enumerated() {
            let color = tagColor(a, article: article, palette: palette)
            out += "<li id=\"note-\(number)-\(k + 1)\"><span class=\"swatch\" style=\"background: \(color);\"></span>"
            let tags = article.tagPaths(a)
            out += "<b>\(escape(tags.isEmpty ? "(no tag)" : tags.joined(separator: ", ")))</b> "
            out += "<span class=\"off\">\(a.anchor.start)–\(a.anchor.end)\(a.orphaned ? " · orphaned" : "")</span>"
            if article.includeText {
                out += "<blockquote>\(escape(article.passage(a)))</blockquote>"
            }
            if !a.note.isEmpty { out += "<p class=\"note\">\(escape(a.note))</p>" }
            out += "</li>\n"
        }
        return out + "</ol>\n"
    }

    // MARK: The marked-up text

    struct Span {
        var start: Int
        var end: Int
        var open: String
        /// Among spans starting together, the longer opens first (outside); then by rank.
        var rank: Int
    }

    static func markup(_ article: ReportArticle, number: Int, palette: HTMLPalette) -> String {
        let input = article.input
        let reviewed = input.reviewed
        var spans: [Span] = []
        for q in article.quotes where !q.rejected {
            var title = ["\(q.kind.rawValue) quotation"]
            if let name = q.actorName {
                title.append("speaker: \(name)" + (q.actorType.map { " (\($0.rawValue))" } ?? ""))
            } else if let m = q.mention {
                title.append("speaker: " + article.text(m))
            } else {
                title.append("no speaker found")
            }
            title.append(q.review)
            spans.append(Span(start: q.range.start, end: q.range.end,
                              open: "<span class=\"q q-\(q.kind.rawValue)\" title=\"\(escape(title.joined(separator: " · ")))\">", rank: 0))
        }
        for m in reviewed.mentions where m.actor >= 0 && m.actor < reviewed.actors.count {
            let actor = reviewed.actors[m.actor]
            spans.append(Span(start: m.range.start, end: m.range.end,
                              open: "<span class=\"m m-\(actor.type.rawValue)\" title=\"\(escape("\(actor.name) (\(actor.type.rawValue))"))\">",
                              rank: 2))
        }
        var markers: [Int: [String]] = [:]
        for (k, a) in input.annotations.annotations.enumerated() where !a.orphaned {
            let color = tagColor(a, article: article, palette: palette)
            var title = article.tagPaths(a).joined(separator: ", ")
            if !a.note.isEmpty { title += (title.isEmpty ? "" : "\n") + a.note }
            spans.append(Span(start: a.range.start, end: a.range.end,
                              open: "<span class=\"a\" style=\"background-color: \(color)40; box-shadow: inset 0 -2px \(color);\" title=\"\(escape(title))\">",
                              rank: 1))
            markers[a.range.end, default: []].append("<sup class=\"n\"><a href=\"#note-\(number)-\(k + 1)\">\(k + 1)</a></sup>")
        }
        return markup(article.document, spans: spans, markers: markers)
    }

    /// The text from start to end with `spans` opened and closed on a stack: at each
    /// boundary the spans that end there are closed, with any opened after them
    /// closed first and re-opened right after, so the elements always nest.
    static func markup(_ doc: Document, spans all: [Span], markers: [Int: [String]]) -> String {
        let n = doc.length
        let spans = all.filter { $0.start >= 0 && $0.start < $0.end && $0.end <= n }
        var bounds: Set<Int> = [0, n]
        for s in spans {
            bounds.insert(s.start)
            bounds.insert(s.end)
        }
        for m in markers.keys where m >= 0 && m <= n { bounds.insert(m) }
        let points = bounds.sorted()
        var starting: [Int: [Int]] = [:]
        for (k, s) in spans.enumerated() { starting[s.start, default: []].append(k) }
        var stack: [Int] = []
        var out = ""
        for (i, b) in points.enumerated() {
            var reopen: [Int] = []
            if let lowest = stack.firstIndex(where: { spans[$0].end <= b }) {
                reopen = stack[lowest...].filter { spans[$0].end > b }
                for _ in stack[lowest...] { out += "</span>" }
                stack.removeSubrange(lowest...)
            }
            for m in markers[b] ?? [] { out += m }
            for s in reopen {
                out += spans[s].open
                stack.append(s)
            }
            let opening = (starting[b] ?? []).sorted { x, y in
                spans[x].end != spans[y].end ? spans[x].end > spans[y].end : (spans[x].rank, x) < (spans[y].rank, y)
            }
            for s in opening {
                out += spans[s].open
                stack.append(s)
            }
            if i + 1 < points.count {
                out += escape(doc.scalars.string(in: b..<points[i + 1]))
            }
        }
        for _ in stack { out += "</span>" }
        return out
    }

    // MARK: Escaping and colours

    /// `&`, `<`, `>`, `"` and `'` as character references; control characters
    /// other than tab and line breaks (which HTML does not allow) as U+FFFD.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                let v = u.value
                if v < 0x20 || (v >= 0x7F && v <= 0x9F) || (v >= 0xFDD0 && v <= 0xFDEF) || v & 0xFFFE == 0xFFFE {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    /// `color` when it is `#rrggbb` (lower-cased), else `fallback`.
    static func hex(_ color: String?, or fallback: String) -> String {
        guard let color, isHex(color) else { return fallback }
        return color.lowercased()
    }

    static func isHex(_ color: String) -> Bool {
        let u = Array(color.unicodeScalars)
        return u.count == 7 && u[0] == "#" && u.dropFirst().allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
    }

    /// The colour of an annotation: its first tag (or that tag's nearest ancestor)
    /// with a `#rrggbb` colour, else the palette's annotation colour.
    static func tagColor(_ a: Annotation, article: ReportArticle, palette: HTMLPalette) -> String {
        let codebook = article.input.annotations.codebook
        for name in a.tags {
            var seen: Set<String> = []
            var current: String? = name
            while let t = current, !seen.contains(t), let tag = codebook.tag(named: t) {
                if let c = tag.color, isHex(c) { return c.lowercased() }
                seen.insert(t)
                current = tag.parent
            }
        }
        return hex(palette.annotation, or: HTMLPalette.dark.annotation)
    }
}
