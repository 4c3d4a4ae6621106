import HearsayCore

/// TEI P5 (validates against `tei_all`): one `<TEI>` per article, or a `<teiCorpus>`
/// holding one per article when there are several.
///
/// * `teiHeader`: `fileDesc` (title = the article's name, `publicationStmt` with the
///   export time, `sourceDesc` with the file name and `urn:sha256:`).
/// * `<text><body>`: one `<p>` per paragraph. Reviewed quotations (the user's
///   decisions applied; rejected ones are gone) become `<said who="#aN">` for direct
///   and partial quotations (`who` when the speaker resolves to an actor),
///   `<q type="echo|scare">` for echoes and scare quotes, `<title>` for titles. Actor
///   mentions become `<persName>`, `<orgName>`, `<placeName>` (states and places) or
///   `<name type="group">`, each with `ref="#aN"`. Elements nest: an outer element is
///   kept and anything crossing it (a mention running across a quotation mark) is
///   left out; quotations win over mentions. A quotation over several paragraphs is
///   cut at each paragraph's end.
/// * `<standOff>` after the text: `<listPerson>`, `<listOrg>` (organisations and
///   groups) and `<listPlace>` (states and places) with the actors, `xml:id` a1, a2…
///   (in a corpus, prefixed with the article: d1-a1).
///
/// With `includeText` false (`--no-text`) the body is a single empty `<p/>` (TEI
/// requires a text), so the file holds the header and the actor lists only.
public enum TEIExporter {
    static let namespace = "http://www.tei-c.org/ns/1.0"

    /// What to tell the user when `inputs` hold tagged passages or notes,
    /// which TEI leaves out (nil when there are none): a coder must not find
    /// out from the file that her work is missing.
    public static func leftOutNote(_ inputs: [ExportInput]) -> String? {
        let count = inputs.reduce(0) { $0 + $1.annotations.annotations.count }
        guard count > 0 else { return nil }
        return "TEI carries the quotations, speakers and actors, not your \(count) annotation\(count == 1 ? "" : "s") (tags and notes): qdpx, w3c, brat or csv --rows annotations do"
    }

    public static func export(_ inputs: [ExportInput]) -> ExportOutput {
        var xml = XMLWriter()
        if inputs.count == 1 {
            writeTEI(inputs[0], idPrefix: "", root: true, into: &xml)
        } else {
            xml.open("teiCorpus", [("xmlns", namespace)])
            xml.open("teiHeader")
            xml.open("fileDesc")
            xml.open("titleStmt")
            xml.element("title", text: "Hearsay export (\(inputs.count) articles)")
            xml.close()
            xml.open("publicationStmt")
            xml.element("p", text: "Exported by Hearsay" + (inputs.first.map { " on \($0.exportedAt)." } ?? "."))
            xml.close()
            xml.open("sourceDesc")
            xml.element("p", text: "The articles below.")
            xml.close()
            xml.close()
            xml.close()
            for (i, input) in inputs.enumerated() { writeTEI(input, idPrefix: "d\(i + 1)-", root: false, into: &xml) }
            xml.close()
        }
        return .text(xml.finish())
    }

    static func writeTEI(_ input: ExportInput, idPrefix: String, root: Bool, into xml: inout XMLWriter) {
        let analysis = input.reviewed
        xml.open("TEI", root ? [("xmlns", namespace)] : [])
        xml.open("teiHeader")
        xml.open("fileDesc")
        xml.open("titleStmt")
        xml.element("title", text: input.name)
        xml.close()
        xml.open("publicationStmt")
        xml.element("p", text: "Exported by Hearsay on \(input.exportedAt).")
        xml.close()
        xml.open("sourceDesc")
        xml.open("bibl")
        xml.element("title", text: input.name)
        xml.element("idno", [("type", "sha256")], text: input.sha256)
        if !input.includeText {
            xml.element("note", text: "The article's text is left out (--no-text); the body is empty.")
        }
        xml.close()
        xml.close()
        xml.close()
        xml.close()

        xml.open("text")
        xml.open("body")
        if input.includeText && !input.document.paragraphs.isEmpty {
            let spans = TEISpan.spans(analysis, idPrefix: idPrefix)
            for paragraph in input.document.paragraphs {
                xml.open("p", mixed: true)
                writeParagraph(paragraph, spans: spans, scalars: input.document.scalars, into: &xml)
                xml.close()
            }
        } else {
            xml.empty("p")
        }
        xml.close()
        xml.close()

        writeActors(analysis.actors, idPrefix: idPrefix, into: &xml)
        xml.close()
    }

    static func writeActors(_ actors: [Actor], idPrefix: String, into xml: inout XMLWriter) {
        let indexed = Array(actors.enumerated())
        let persons = indexed.filter { $0.element.type == .person }
        let orgs = indexed.filter { $0.element.type == .organisation || $0.element.type == .group }
        let places = indexed.filter { $0.element.type == .state || $0.element.type == .place }
        guard !actors.isEmpty else { return }
        xml.open("standOff")
        if !persons.isEmpty {
            xml.open("listPerson")
            for (i, a) in persons {
                xml.open("person", [("xml:id", "\(idPrefix)a\(i + 1)")])
                xml.element("persName", text: a.name)
                xml.close()
            }
            xml.close()
        }
        if !orgs.isEmpty {
            xml.open("listOrg")
            for (i, a) in orgs {
                xml.open("org", [("xml:id", "\(idPrefix)a\(i + 1)"), ("type", a.type == .group ? "group" : nil)])
                xml.element("orgName", text: a.name)
                xml.close()
            }
            xml.close()
        }
        if !places.isEmpty {
            xml.open("listPlace")
            for (i, a) in places {
                xml.open("place", [("xml:id", "\(idPrefix)a\(i + 1)"), ("type", a.type.rawValue)])
                xml.element("placeName", text: a.name)
                xml.close()
            }
            xml.close()
        }
        xml.close()
    }

    /// Writes the text of `paragraph` with the spans that fit in it, nested.
    static func writeParagraph(_ paragraph: TextRange, spans: [TEISpan], scalars: ScalarText, into xml: inout XMLWriter) {
        // Clip to the paragraph, then keep spans that nest with those already kept
        // (sorted outer-first: by start, longer first, quotations before mentions).
        var clipped: [TEISpan] = []
        for var s in spans where s.range.overlaps(paragraph) {
            s.range = TextRange(max(s.range.start, paragraph.start), min(s.range.end, paragraph.end))
            if !s.range.isEmpty { clipped.append(s) }
        }
        clipped.sort { ($0.range.start, -$0.range.end, $0.rank) < ($1.range.start, -$1.range.end, $1.rank) }
        var kept: [TEISpan] = []
        var stack: [TextRange] = []
        for s in clipped {
            while let top = stack.last, top.end <= s.range.start { stack.removeLast() }
            if let top = stack.last, top.end < s.range.end { continue }
            if let top = stack.last, top == s.range, kept.last?.range == s.range, kept.last?.rank == s.rank { continue }
            kept.append(s)
            stack.append(s.range)
        }
        // Emit text and tags.
        var open: [TextRange] = []
        var position = paragraph.start
        func text(to end: Int) {
            if end > position {
                xml.text(scalars.string(in: position..<end))
                position = end
            }
        }
        func closeUntil(_ offset: Int) {
            while let top = open.last, top.end <= offset {
                text(to: top.end)
                xml.close()
                open.removeLast()
            }
        }
        for s in kept {
            closeUntil(s.range.start)
            text(to: s.range.start)
            xml.open(s.element, s.attributes, mixed: true)
            open.append(s.range)
        }
        closeUntil(paragraph.end)
        text(to: paragraph.end)
    }
}

/// One element to wrap around a stretch of text.
struct TEISpan {
    var range: TextRange
    var element: String
    var attributes: [(String, String?)]
    /// Quotations (0) go outside mentions (1) on the same range.
    var rank: Int

    static func spans(_ analysis: Analysis, idPrefix: String) -> [TEISpan] {
        let length = analysis.document.length
        func ref(_ actor: Int?) -> String? {
            guard let actor, actor >= 0, actor < analysis.actors.count else { return nil }
            return "#\(idPrefix)a\(actor + 1)"
        }
        var result: [TEISpan] = []
        for q in analysis.quotations where q.review != .rejected && q.range.end <= length && !q.range.isEmpty {
            switch q.kind {
            case .direct, .partial:
                result.append(TEISpan(range: q.range, element: "said",
                                      attributes: [("who", ref(q.speaker?.actor)), ("direct", q.kind == .direct ? "true" : "false")],
                                      rank: 0))
            case .echo, .scare:
                result.append(TEISpan(range: q.range, element: "q", attributes: [("type", q.kind.rawValue)], rank: 0))
            case .title:
                result.append(TEISpan(range: q.range, element: "title", attributes: [], rank: 0))
            }
        }
        for m in analysis.mentions where m.range.end <= length && !m.range.isEmpty && m.actor < analysis.actors.count {
            let element: String
            var attributes: [(String, String?)] = []
            switch analysis.actors[m.actor].type {
            case .person: element = "persName"
            case .organisation: element = "orgName"
            case .state, .place: element = "placeName"
            case .group:
                element = "name"
                attributes.append(("type", "group"))
            }
            attributes.append(("ref", ref(m.actor)))
            result.append(TEISpan(range: m.range, element: element, attributes: attributes, rank: 1))
        }
        return result
    }
}
