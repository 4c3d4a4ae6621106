import HearsayCore

/// Hearsay's own complete model as JSON: document info, the reviewed analysis
/// (quotations, actors, mentions), the codebook, the annotations, the reviews and
/// the actor edits (see docs/export-formats.md, "## json"). One article: one
/// pretty-printed document; several: JSON Lines, one compact document a line.
/// With `includeText == false` no article text is written (no `text`, `exact`,
/// `prefix` or `suffix`); names of actors, tags and the user's notes stay.
public enum JSONExporter {
    public static let format = "hearsay-export"
    public static let formatVersion = 1

    public static func export(_ inputs: [ExportInput]) -> ExportOutput {
        if inputs.count == 1 { return .text(value(inputs[0]).serialized(pretty: true) + "\n") }
        return .text(inputs.map { value($0).serialized() + "\n" }.joined())
    }

    /// One article's document.
    public static func value(_ input: ExportInput) -> JSONValue {
        let doc = input.document
        let text = input.includeText
        let analysis = input.reviewed
        func span(_ r: TextRange) -> [(String, JSONValue)] {
            var fields: [(String, JSONValue)] = [("start", .int(r.start)), ("end", .int(r.end))]
            if text { fields.append(("text", .string(doc.string(r)))) }
            return fields
        }
        func anchor(_ a: Anchor) -> JSONValue {
            var fields: [(String, JSONValue)] = [("start", .int(a.start)), ("end", .int(a.end))]
            if text { fields += [("exact", .string(a.exact)), ("prefix", .string(a.prefix)), ("suffix", .string(a.suffix))] }
            return .object(fields)
        }
        func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
        func actorID(_ k: Int?) -> JSONValue { k.map { .string(analysis.actors[$0].id) } ?? .null }

        let document: JSONValue = .object([
            ("name", .string(input.name)),
            ("path", optional(input.path)),
            ("source", optional(input.source)),
            ("sha256", .string(input.sha256)),
            ("length", .int(doc.length)),
            ("paragraphs", .array(doc.paragraphs.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) })),
            ("sentences", .int(doc.sentences.count)),
        ])

        let quotations: [JSONValue] = analysis.quotations.enumerated().map { k, q in
            var fields: [(String, JSONValue)] = [("id", .string("q\(k + 1)"))]
            fields += span(q.range)
            fields.append(("content", .object(span(q.span.content))))
            fields.append(("kind", .string(q.kind.rawValue)))
            if let s = q.speaker {
                var speaker: [(String, JSONValue)] = [("actor", actorID(s.actor))]
                if let actor = s.actor {
                    speaker.append(("name", .string(analysis.actors[actor].name)))
                } else if text {
                    speaker.append(("name", .string(doc.string(s.mention))))
                } else {
                    speaker.append(("name", .null))
                }
                speaker.append(("mention", .object(span(s.mention) + [("kind", .string(s.mentionKind.rawValue))])))
                speaker.append(("rule", .string(s.rule)))
                fields.append(("speaker", .object(speaker)))
            } else {
                fields.append(("speaker", .null))
            }
            fields.append(("cue", q.speaker?.cue.map { .object(span($0)) } ?? .null))
            fields.append(("confidence", .double(q.confidence)))
            fields.append(("review", optional(q.review?.rawValue)))
            fields.append(("paragraphs", .int(q.span.paragraphCount)))
            fields.append(("balanced", .bool(q.span.balanced)))
            fields.append(("parent", q.span.parent.map { .string("q\($0 + 1)") } ?? .null))
            return .object(fields)
        }

        let actors: [JSONValue] = analysis.actors.map { a in
            .object([
                ("id", .string(a.id)),
                ("name", .string(a.name)),
                ("type", .string(a.type.rawValue)),
                ("aliases", .array(a.aliases.map { .string($0) })),
                ("roles", .array(a.roles.map { .string($0) })),
                ("gender", optional(a.gender?.rawValue)),
                ("origin", .string(a.origin.rawValue)),
            ])
        }

        let mentions: [JSONValue] = analysis.mentions.map { m in
            .object(span(m.range) + [("actor", actorID(m.actor)), ("kind", .string(m.kind.rawValue)),
                                     ("rule", .string(m.rule.rawValue))])
        }

        let codebook = input.annotations.codebook
        let tags: [JSONValue] = codebook.tags.map { t in
            .object([
                ("name", .string(t.name)),
                ("path", .string(codebook.path(of: t.name))),
                ("parent", optional(t.parent)),
                ("color", optional(t.color)),
                ("description", .string(t.description)),
            ])
        }

        let annotations: [JSONValue] = input.annotations.annotations.map { a in
            .object([
                ("id", .string(a.id)),
                ("anchor", anchor(a.anchor)),
                ("tags", .array(a.tags.map { .string($0) })),
                ("note", .string(a.note)),
                ("created", .string(a.created)),
                ("modified", .string(a.modified)),
                ("orphaned", .bool(a.orphaned)),
            ])
        }

        let reviews: [JSONValue] = input.annotations.reviews.map { r in
            .object([
                ("id", .string(r.id)),
                ("anchor", anchor(r.anchor)),
                ("decision", .string(r.decision.rawValue)),
                ("speaker", optional(r.speaker)),
                ("kind", optional(r.kind?.rawValue)),
                ("orphaned", .bool(r.orphaned)),
                ("modified", .string(r.modified)),
            ])
        }

        let actorEdits: [JSONValue] = input.annotations.actorEdits.map { edit in
            .object([("operation", operation(edit.operation)), ("time", .string(edit.time))])
        }

        return .object([
            ("format", .string(format)),
            ("version", .int(formatVersion)),
            ("exportedAt", .string(input.exportedAt)),
            ("includesText", .bool(text)),
            ("document", document),
            ("analysis", .object([
                ("quotations", .array(quotations)),
                ("actors", .array(actors)),
                ("mentions", .array(mentions)),
            ])),
            ("codebook", .object([("tags", .array(tags))])),
            ("annotations", .array(annotations)),
            ("reviews", .array(reviews)),
            ("actorEdits", .array(actorEdits)),
        ])
    }

    /// An actor edit as the annotation file stores it: an object with one key naming the operation.
    static func operation(_ op: ActorEdit.Operation) -> JSONValue {
        func one(_ name: String, _ fields: [(String, String)]) -> JSONValue {
            .object([(name, .object(fields.map { ($0.0, .string($0.1)) }))])
        }
        switch op {
        case let .rename(from, to): return one("rename", [("from", from), ("to", to)])
        case let .setType(name, type): return one("setType", [("name", name), ("type", type.rawValue)])
        case let .merge(from, into): return one("merge", [("from", from), ("into", into)])
        case let .splitAlias(alias, from): return one("splitAlias", [("alias", alias), ("from", from)])
        case let .notAnActor(name): return one("notAnActor", [("name", name)])
        case let .add(name, type): return one("add", [("name", name), ("type", type.rawValue)])
        }
    }
}
