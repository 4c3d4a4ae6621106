/// The analysis as a short report for people: quotations with their speakers,
/// then actors with their mention and quotation counts.
public enum AnalysisTable {
    public static func render(_ a: Analysis, path: String, width: Int = 100) -> String {
        let doc = a.document
        var out = "\(path): \(a.quotations.count) quotation(s), \(a.actors.count) actor(s), "
            + "\(doc.paragraphTokens.count) paragraph(s), \(doc.sentences.count) sentence(s)\n"
        if !a.quotations.isEmpty {
            out += "\nQUOTATIONS\n"
            let rows = a.quotations.enumerated().map { (k, q) -> [String] in
                let speaker = q.speaker.map { s in
                    s.actor.map { a.actors[$0].name } ?? doc.string(s.mention)
                } ?? "—"
                return ["q\(k + 1)", q.kind.rawValue, clip(flatten(speaker), 40), clip(flatten(doc.string(TextRange(q.range.start, min(q.range.end, q.range.start + 64)))), 56)]
            }
            out += table(header: ["#", "KIND", "SPEAKER", "QUOTATION"], rows: rows)
        }
        if !a.actors.isEmpty {
            out += "\nACTORS\n"
            let mentions = a.mentionCounts()
            let quotes = a.quotationCounts
            let order = a.actors.indices.sorted { mentions[$0] != mentions[$1] ? mentions[$0] > mentions[$1] : $0 < $1 }
            let rows = order.map { k -> [String] in
                let aliases = a.actors[k].aliases.filter { $0 != a.actors[k].name }.prefix(3).joined(separator: ", ")
                return [clip(flatten(a.actors[k].name), 40), a.actors[k].type.rawValue, String(mentions[k]), String(quotes[k]), clip(flatten(aliases), 40)]
            }
            out += table(header: ["ACTOR", "TYPE", "MENTIONS", "QUOTES", "ALSO CALLED"], rows: rows)
        }
        return out
    }

    static func table(header: [String], rows: [[String]]) -> String {
        var widths = header.map { $0.count }
        for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { (k, c) in
                k == cells.count - 1 ? c : c + String(repeating: " ", count: widths[k] - c.count)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// One line, with control characters made visible (never sent raw to a terminal).
    static func flatten(_ s: String) -> String {
        String(scalars: s.unicodeScalars.map { c -> Unicode.Scalar in
            if c == "\n" || c == "\t" { return " " }
            return ScalarClass.isControl(c) ? visiblePlaceholder(c) : c
        })
    }

    /// U+2400 control pictures for C0 and DEL (␛ for ESC), U+FFFD for C1.
    static func visiblePlaceholder(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.value < 0x20 { return Unicode.Scalar(0x2400 + c.value)! }
        if c.value == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }

    static func clip(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }
}
