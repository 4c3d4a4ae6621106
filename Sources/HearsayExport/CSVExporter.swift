import HearsayCore

/// Comma-separated values (RFC 4180) for spreadsheets and data analysis: one row
/// per quotation (`.quotations`) or per annotation (`.annotations`), after a header
/// row; the rows of several articles follow each other in one table.
///
/// Lines end with CRLF; a field with `"`, `,`, CR or LF is quoted, its `"` doubled.
/// A cell that a spreadsheet would read as a formula (starting with `=`, `+`, `-`,
/// `@`, TAB or CR) gets a leading `'` (OWASP's advice on CSV injection). Without
/// text (`includeText` false) the columns of article text are empty.
public enum CSVExporter {
    public enum Rows: Sendable {
        case quotations, annotations
    }

    public static let quotationHeader = ["article", "quote", "start", "end", "speaker_mention", "actor", "actor_type", "cue",
                                         "kind", "review", "tags", "notes"]
    public static let annotationHeader = ["article", "start", "end", "text", "tags", "note", "created", "modified", "orphaned"]

    public static func export(_ inputs: [ExportInput], rows: Rows = .quotations) -> ExportOutput {
        var table: [[String]] = []
        switch rows {
        case .quotations:
            table.append(quotationHeader)
            for input in inputs { table += quotationRows(ReportArticle(input)) }
        case .annotations:
            table.append(annotationHeader)
            for input in inputs { table += annotationRows(ReportArticle(input)) }
        }
        var out = ""
        for row in table {
            out += row.map { field(neutralised($0)) }.joined(separator: ",")
            out += "\r\n"
        }
        return .text(out)
    }

    static func quotationRows(_ article: ReportArticle) -> [[String]] {
        article.quotes.map { q in
            let (tags, notes) = article.tagsAndNotes(on: q.range)
            return [
                article.input.name, article.text(q.range), String(q.range.start), String(q.range.end),
                article.text(q.mention), q.actorName ?? "", q.actorType?.rawValue ?? "", article.text(q.cue),
                q.kind.rawValue, q.review, tags.joined(separator: "; "), notes.joined(separator: "\n"),
            ]
        }
    }

    static func annotationRows(_ article: ReportArticle) -> [[String]] {
        article.input.annotations.annotations.map { a in
            [
                article.input.name, String(a.anchor.start), String(a.anchor.end), article.passage(a),
                article.tagPaths(a).joined(separator: "; "), a.note, a.created, a.modified, a.orphaned ? "true" : "false",
            ]
        }
    }

    /// `'` before a cell a spreadsheet would take for a formula.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + cell
        default: return cell
        }
    }

    /// The cell as an RFC 4180 field: quoted when it holds `"`, `,`, CR or LF.
    static func field(_ cell: String) -> String {
        let needsQuotes = cell.unicodeScalars.contains { $0 == "\"" || $0 == "," || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return cell }
        var s = "\""
        for u in cell.unicodeScalars {
            if u == "\"" { s += "\"\"" } else { s.unicodeScalars.append(u) }
        }
        return s + "\""
    }
}
