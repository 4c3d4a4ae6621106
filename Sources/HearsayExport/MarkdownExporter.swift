import HearsayCore

/// A readable report in Markdown (CommonMark with GitHub tables): per article a
/// title, a who-speaks table, the quotations grouped by speaker as block quotes
/// (with their kind and review state), and the tagged passages grouped by tag path
/// with their notes. Every piece of article and user text is escaped so that it
/// stays text: Markdown punctuation is backslash-escaped (so no fence, emphasis,
/// link, heading, list or HTML can start from it), paragraphs stay one line each,
/// table cells are one line with `|` escaped. Without text (`includeText` false)
/// the passages are given by their offsets only.
public enum MarkdownExporter {
    public static func export(_ inputs: [ExportInput]) -> ExportOutput {
        var out: [String] = []
        for input in inputs {
            if !out.isEmpty { out.append("") }
            out += report(ReportArticle(input))
        }
        return .text(out.joined(separator: "\n") + "\n")
    }

    static func report(_ article: ReportArticle) -> [String] {
        let input = article.input
        var lines: [String] = []
        lines.append("# " + inline(article.title))
        lines.append("")
        var meta = ["Article: " + inline(input.name), "SHA-256: " + input.sha256.filter(\.isHexDigit),
                    "Exported: " + inline(input.exportedAt)]
        if !input.includeText { meta.append("Text left out") }
        lines.append(meta.joined(separator: " · "))

        // Who speaks.
        lines += ["", "## Who speaks", ""]
        let rows = article.speakerRows
        if rows.isEmpty {
            lines.append("No actor is quoted or mentioned.")
        } else {
            lines.append("| Actor | Type | Quotations | Words quoted | Mentions |")
            lines.append("| --- | --- | ---: | ---: | ---: |")
            for r in rows {
                let type = r.isUnattributed ? "" : r.type.rawValue
                lines.append("| \(cell(r.name)) | \(type) | \(r.quotations) | \(r.wordsQuoted) | \(r.mentions) |")
            }
        }

        // Quotations by speaker: the who-speaks order, then any other actor, then none.
        lines += ["", "## Quotations by speaker"]
        let quotes = article.quotes.filter { !$0.rejected }
        var order = rows.map(\.actor).filter { $0 >= 0 }
        for q in quotes { if let a = q.actor, !order.contains(a) { order.append(a) } }
        var groups: [(title: String, quotes: [ReportArticle.Quote])] = []
        for a in order {
            let qs = quotes.filter { $0.actor == a }
            guard !qs.isEmpty else { continue }
            let actor = input.reviewed.actors[a]
            groups.append(("\(inline(actor.name)) (\(actor.type.rawValue))", qs))
        }
        let none = quotes.filter { $0.actor == nil }
        if !none.isEmpty { groups.append(("No speaker found", none)) }
        if groups.isEmpty { lines += ["", "No quotations."] }
        for group in groups {
            lines += ["", "### " + group.title]
            for q in group.quotes {
                lines.append("")
                let where_ = "\(q.range.start)–\(q.range.end)"
                var about = ["*\(q.kind.rawValue)*", q.review]
                let said = article.text(q.mention)
                if q.actor == nil, !said.isEmpty { about.append("speaker: " + inline(said)) }
                if input.includeText {
                    lines += quoteBlock(article.text(q.range))
                    lines.append(">")
                    lines.append("> — " + about.joined(separator: ", ") + " · " + where_)
                } else {
                    lines.append("- " + where_ + " · " + about.joined(separator: ", "))
                }
            }
        }
        let rejected = article.quotes.filter(\.rejected)
        if !rejected.isEmpty {
            lines += ["", "### Rejected by the reviewer", ""]
            for q in rejected {
                var line = "- \(q.range.start)–\(q.range.end) · *\(q.kind.rawValue)*"
                if input.includeText { line += " · " + inline(flattened(article.text(q.range))) }
                lines.append(line)
            }
        }

        // Tagged passages by tag path.
        lines += ["", "## Tagged passages"]
        let annotations = input.annotations.annotations
        let tags = article.usedTagPaths
        if tags.isEmpty { lines += ["", "No tagged passages."] }
        for tag in tags {
            lines += ["", "### " + inline(tag.path)]
            let description = input.annotations.codebook.tag(named: tag.name)?.description ?? ""
            if !description.isEmpty { lines += ["", "*" + inline(flattened(description)) + "*"] }
            for a in annotations where a.tags.contains(tag.name) {
                lines.append("")
                var about = ["\(a.anchor.start)–\(a.anchor.end)"]
                let others = a.tags.filter { $0 != tag.name }.map { inline(input.annotations.codebook.path(of: $0)) }
                if !others.isEmpty { about.append("also " + others.joined(separator: ", ")) }
                if a.orphaned { about.append("orphaned") }
                if input.includeText {
                    lines += quoteBlock(article.passage(a))
                    lines.append(">")
                    lines.append("> — " + about.joined(separator: " · "))
                    if !a.note.isEmpty {
                        lines.append(">")
                        lines += noteBlock(a.note, prefix: "> ")
                    }
                } else {
                    lines.append("- " + about.joined(separator: " · "))
                    if !a.note.isEmpty {
                        lines.append("")
                        lines += noteBlock(a.note, prefix: "  > ")
                    }
                }
            }
        }
        return lines
    }

    /// A passage as a block quote: one `> ` line per paragraph, `>` between them.
    static func quoteBlock(_ text: String) -> [String] {
        let paragraphs = text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map { flattened(String($0)) }.filter { !$0.isEmpty }
        guard !paragraphs.isEmpty else { return ["> "] }
        var lines: [String] = []
        for (k, p) in paragraphs.enumerated() {
            if k > 0 { lines.append(">") }
            lines.append("> " + inline(p))
        }
        return lines
    }

    /// A note inside a block quote: "**Note:**", then each of its lines, joined by
    /// hard line breaks (a backslash at the end of the line), blank lines dropped.
    static func noteBlock(_ note: String, prefix: String) -> [String] {
        let parts = note.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map { flattened(String($0)) }.filter { !$0.isEmpty }
        var lines: [String] = []
        for (k, p) in parts.enumerated() {
            let text = (k == 0 ? "**Note:** " : "") + inline(p)
            lines.append(prefix + text + (k + 1 < parts.count ? "\\" : ""))
        }
        return lines
    }

    /// White space runs (tabs, line breaks) as one space, trimmed.
    static func flattened(_ s: String) -> String {
        var out = ""
        var space = false
        for u in s.unicodeScalars {
            if u.properties.isWhitespace || u.value < 0x20 || u.value == 0x7F {
                space = !out.isEmpty
            } else {
                if space { out += " " }
                space = false
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// A table cell: one line, escaped (`|` as `\|`).
    static func cell(_ s: String) -> String { inline(flattened(s)) }

    /// Text made inert for inline Markdown: the punctuation that could start markup
    /// is backslash-escaped (CommonMark lets any ASCII punctuation be escaped), white
    /// space flattened to single spaces; so no emphasis, code, link, autolink, HTML,
    /// entity, table cell or (at a line start) heading, list, fence or break.
    static func inline(_ s: String) -> String {
        let text = flattened(s)
        var out = ""
        var atStart = true
        var digits = false
        for u in text.unicodeScalars {
            switch u {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "#", "|", "~", "!", "&", "(", ")", "$", "^":
                out += "\\"
            case "-" where atStart, "+" where atStart, "=" where atStart:
                out += "\\"
            case "." where digits:
                out += "\\"
            default:
                break
            }
            digits = (atStart || digits) && ("0"..."9").contains(u)
            atStart = false
            out.unicodeScalars.append(u)
        }
        return out
    }
}
