/// The analysis as JSON, in the shape `../shared/gold/README.md` specifies and
/// docs/analysis-format.md documents: offsets in code points, end exclusive,
/// quote spans including their marks.
public enum AnalysisJSON {
    public static let formatVersion = 1

    public static func value(_ a: Analysis, path: String, sha256: String, warnings: [String] = []) -> JSONValue {
        let doc = a.document
        let quotationCounts = a.quotationCounts
        func span(_ r: TextRange) -> [(String, JSONValue)] {
            [("start", .int(r.start)), ("end", .int(r.end)), ("text", .string(doc.string(r)))]
        }
        let quotes: [JSONValue] = a.quotations.enumerated().map { (k, q) in
            var speaker: JSONValue = .null
            var cue: JSONValue = .null
            if let s = q.speaker {
                let name = s.actor.map { a.actors[$0].name } ?? doc.string(s.mention)
                speaker = .object([
                    ("actor", s.actor.map { .string(a.actors[$0].id) } ?? .null),
                    ("name", .string(name)),
                    ("mention", .object(span(s.mention) + [("kind", .string(s.mentionKind.rawValue))])),
                    ("rule", .string(s.rule)),
                ])
                if let c = s.cue { cue = .object(span(c)) }
            }
            var pairs: [(String, JSONValue)] = [("id", .string("q\(k + 1)"))]
            pairs += span(q.range)
            pairs += [
                ("kind", .string(q.kind.rawValue)),
                ("speaker", speaker),
                ("cue", cue),
                ("confidence", .double(q.confidence)),
                ("paragraphs", .int(q.span.paragraphCount)),
                ("balanced", .bool(q.span.balanced)),
                ("parent", q.span.parent.map { .string("q\($0 + 1)") } ?? .null),
            ]
            return .object(pairs)
        }
        var mentionsByActor: [[JSONValue]] = Array(repeating: [], count: a.actors.count)
        for m in a.mentions {
            mentionsByActor[m.actor].append(.object(span(m.range) + [
                ("kind", .string(m.kind.rawValue)), ("rule", .string(m.rule)),
            ]))
        }
        let actors: [JSONValue] = a.actors.enumerated().map { (k, actor) in
            .object([
                ("id", .string(actor.id)),
                ("name", .string(actor.name)),
                ("type", .string(actor.type.rawValue)),
                ("aliases", .array(actor.aliases.map { .string($0) })),
                ("roles", .array(actor.roles.map { .string($0) })),
                ("origin", .string(actor.origin.rawValue)),
                ("quotations", .int(quotationCounts[k])),
                ("mentions", .array(mentionsByActor[k])),
            ])
        }
        return .object([
            ("version", .int(formatVersion)),
            ("document", .object([
                ("path", .string(path)),
                ("sha256", .string(sha256)),
                ("length", .int(doc.length)),
                ("paragraphs", .int(doc.paragraphTokens.count)),
                ("sentences", .int(doc.sentences.count)),
                ("lineEndings", .string(doc.decoding?.lineEndings.rawValue ?? "lf")),
            ])),
            ("quotes", .array(quotes)),
            ("actors", .array(actors)),
            ("warnings", .array(warnings.map { .string($0) })),
        ])
    }
}
