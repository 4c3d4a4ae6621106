import HearsayCore

/// W3C Web Annotation Data Model (REC 2017-02-23) as JSON-LD: one
/// `AnnotationCollection` for every article exported, its `first` page holding
/// every annotation in order (see docs/export-formats.md, "## w3c").
///
/// Items, per article in input order:
/// 1. one Annotation per user annotation (`urn:hearsay:annotation:<sha>:<id>`):
///    a `tagging` TextualBody per tag (the tag's path, "parent/child"), the note
///    as a `commenting` TextualBody, `created`/`modified`;
/// 2. one per quotation of the reviewed analysis (`urn:hearsay:quotation:<sha>:<start>-<end>`):
///    an `identifying` SpecificResource body whose `source` is the speaker
///    (`urn:hearsay:actor:<sha>:<actor id>`, its `label` the actor's name), a `classifying` body with the kind, and
///    an `assessing` body with the review decision when the quotation was reviewed;
///    and one per rejected quotation (`urn:hearsay:review:<sha>:<start>-<end>`),
///    motivation `assessing`, whose only body is the decision "rejected";
/// 3. one per actor mention (`urn:hearsay:mention:<sha>:<start>-<end>`), an
///    `identifying` body naming the actor.
///
/// Targets name the article (the IRI given with `--source`, else a `file://`
/// URL for an absolute path, else `urn:sha256:<sha>`) and select the passage with a `TextQuoteSelector` and a
/// `TextPositionSelector` (code points, end exclusive). With `includeText == false`
/// only the position selector is written and no article text appears anywhere.
/// Output is deterministic: a fixed key order, `exportedAt` as the only time.
public enum W3CExporter {
    public static let context = "http://www.w3.org/ns/anno.jsonld"
    static let generator: JSONValue = .object([
        ("id", .string("urn:hearsay:software")), ("type", .string("Software")), ("name", .string("Hearsay")),
    ])

    public static func export(_ inputs: [ExportInput]) -> ExportOutput {
        .text(document(inputs).serialized(pretty: true) + "\n")
    }

    /// The collection as a value (tests, other exporters).
    public static func document(_ inputs: [ExportInput]) -> JSONValue {
        var items: [JSONValue] = []
        for input in inputs { items += annotations(of: input) }
        let id = collectionID(inputs)
        let label = inputs.count == 1 ? "Hearsay annotations of \(inputs[0].name)"
            : "Hearsay annotations of \(inputs.count) articles"
        var page: [(String, JSONValue)] = [
            ("id", .string(id + ":page:1")),
            ("type", .string("AnnotationPage")),
            ("partOf", .string(id)),
            ("startIndex", .int(0)),
        ]
        page.append(("items", .array(items)))
        var collection: [(String, JSONValue)] = [
            ("@context", .string(context)),
            ("id", .string(id)),
            ("type", .string("AnnotationCollection")),
            ("label", .string(label)),
            ("total", .int(items.count)),
            ("generator", generator),
        ]
        if let at = inputs.first?.exportedAt, !at.isEmpty { collection.append(("generated", .string(at))) }
        collection.append(("first", .object(page)))
        collection.append(("last", .string(id + ":page:1")))
        return .object(collection)
    }

    /// `urn:hearsay:collection:<sha>` for one article; for several, the SHA-256 of
    /// their hashes joined by newlines, so the id is stable for the same set.
    static func collectionID(_ inputs: [ExportInput]) -> String {
        if inputs.count == 1 { return "urn:hearsay:collection:" + inputs[0].sha256 }
        return "urn:hearsay:collection:" + SHA256.hex(SHA256.digest(Array(inputs.map(\.sha256).joined(separator: "\n").utf8)))
    }

    /// Every annotation of one article, in order: user annotations, quotations,
    /// rejected quotations, mentions.
    public static func annotations(of input: ExportInput) -> [JSONValue] {
        var items: [JSONValue] = []
        let sha = input.sha256
        let codebook = input.annotations.codebook
        let source = source(of: input)
        let scalars = input.document.scalars

        for a in input.annotations.annotations {
            var bodies: [JSONValue] = []
            for tag in a.tags {
                bodies.append(.object([("type", .string("TextualBody")), ("purpose", .string("tagging")),
                                       ("value", .string(codebook.path(of: tag)))]))
            }
            if !a.note.isEmpty {
                bodies.append(.object([("type", .string("TextualBody")), ("purpose", .string("commenting")),
                                       ("value", .string(a.note)), ("format", .string("text/plain"))]))
            }
            let motivation = !a.tags.isEmpty ? "tagging" : !a.note.isEmpty ? "commenting" : "highlighting"
            var fields: [(String, JSONValue)] = [
                ("id", .string("urn:hearsay:annotation:\(sha):\(uriComponent(a.id))")),
                ("type", .string("Annotation")),
                ("motivation", .string(motivation)),
            ]
            if !a.created.isEmpty { fields.append(("created", .string(a.created))) }
            if !a.modified.isEmpty { fields.append(("modified", .string(a.modified))) }
            if !bodies.isEmpty { fields.append(("body", .array(bodies))) }
            fields.append(("target", target(source, anchor: a.anchor, includeText: input.includeText, orphaned: a.orphaned,
                                                 fileOffset: fileOffset(input))))
            items.append(.object(fields))
        }

        let analysis = input.reviewed
        // The actor as a SpecificResource whose source is the actor (named by its
        // label): the W3C suite's MUST checks forbid an `id` or `source` on a
        // TextualBody (it would be an external resource) and a `value` on a SpecificResource.
        func actorBody(_ actor: Int) -> JSONValue {
            .object([("type", .string("SpecificResource")), ("purpose", .string("identifying")),
                     ("source", .object([("id", .string(actorID(sha: sha, analysis.actors[actor].id))),
                                         ("label", .string(analysis.actors[actor].name))]))])
        }
        // A machine-made item (a quotation, a rejected quotation, a mention):
        // `generator` and `generated`, and `modified` when a person reviewed it.
        func analysisItem(_ kind: String, _ range: TextRange, motivation: String, modified: String = "",
                          bodies: [JSONValue]) -> JSONValue {
            var fields: [(String, JSONValue)] = [
                ("id", .string("urn:hearsay:\(kind):\(sha):\(range.start)-\(range.end)")),
                ("type", .string("Annotation")),
                ("motivation", .string(motivation)),
                ("generator", generator),
            ]
            if !input.exportedAt.isEmpty { fields.append(("generated", .string(input.exportedAt))) }
            if !modified.isEmpty { fields.append(("modified", .string(modified))) }
            fields.append(("body", .array(bodies)))
            fields.append(("target", target(source, anchor: Anchor(range, in: scalars), includeText: input.includeText,
                                                 fileOffset: fileOffset(input))))
            return .object(fields)
        }
        func assessing(_ decision: QuoteReview.Decision) -> JSONValue {
            .object([("type", .string("TextualBody")), ("purpose", .string("assessing")), ("value", .string(decision.rawValue))])
        }

        for q in analysis.quotations {
            var bodies: [JSONValue] = []
            if let speaker = q.speaker {
                if let actor = speaker.actor {
                    bodies.append(actorBody(actor))
                } else if input.includeText {
                    // A speaker the analysis could not tie to an actor: the words that name it.
                    bodies.append(.object([("type", .string("TextualBody")), ("purpose", .string("identifying")),
                                           ("value", .string(input.document.string(speaker.mention)))]))
                }
            }
            bodies.append(.object([("type", .string("TextualBody")), ("purpose", .string("classifying")),
                                   ("value", .string(q.kind.rawValue))]))
            if let decision = q.review { bodies.append(assessing(decision)) }
            let review = input.annotations.reviews.first { !$0.orphaned && $0.range == q.range }
            items.append(analysisItem("quotation", q.range, motivation: q.speaker?.actor != nil ? "identifying" : "classifying",
                                      modified: review?.modified ?? "", bodies: bodies))
        }

        // A rejected quotation is not in the reviewed analysis, but the decision
        // is the user's work: an `assessing` item of its own, with no speaker or
        // kind, so that a reader of the file does not take it for a quotation
        // and an import brings the decision back (`W3CImporter.importReviews`).
        for review in input.annotations.reviews
        where review.decision == .rejected && !review.orphaned && review.range.end <= scalars.count {
            items.append(analysisItem("review", review.range, motivation: "assessing", modified: review.modified,
                                      bodies: [assessing(.rejected)]))
        }

        for m in analysis.mentions {
            items.append(analysisItem("mention", m.range, motivation: "identifying", bodies: [actorBody(m.actor)]))
        }
        return items
    }

    /// `urn:hearsay:actor:<sha>:<actor id>`.
    public static func actorID(sha: String, _ id: String) -> String { "urn:hearsay:actor:\(sha):\(uriComponent(id))" }

    /// Offsets in the article's text to offsets in its file (the same for a
    /// file that decoding left as it was, and for a text with no file).
    static func fileOffset(_ input: ExportInput) -> (Int) -> Int {
        guard let decoding = input.document.decoding else { return { $0 } }
        return { decoding.originalOffset($0) }
    }

    /// The article's IRI: the one the user gave (`--source`), else a `file://`
    /// URL for an absolute path, else `urn:sha256:<sha>`.
    public static func source(of input: ExportInput) -> String {
        if let source = input.source { return source }
        if let path = input.path, path.hasPrefix("/") { return "file://" + uriComponent(path, keepSlash: true) }
        return "urn:sha256:" + input.sha256
    }

    /// A target with both selectors (position only without text). An orphaned
    /// annotation (its passage not found in the article any more) keeps only the
    /// quote it was made on, or only its old position without text.
    ///
    /// Positions count in the file as it is, the resource `source` names: a
    /// CRLF file's line breaks count two and a byte order mark one
    /// (`fileOffset`, from the document's decoding), as a client that reads the
    /// file counts them.
    static func target(_ source: String, anchor: Anchor, includeText: Bool, orphaned: Bool = false,
                       fileOffset: (Int) -> Int = { $0 }) -> JSONValue {
        var quote: [(String, JSONValue)] = [("type", .string("TextQuoteSelector")), ("exact", .string(anchor.exact))]
        if !anchor.prefix.isEmpty { quote.append(("prefix", .string(anchor.prefix))) }
        if !anchor.suffix.isEmpty { quote.append(("suffix", .string(anchor.suffix))) }
        let position: JSONValue = .object([("type", .string("TextPositionSelector")),
                                           ("start", .int(fileOffset(anchor.start))), ("end", .int(fileOffset(anchor.end)))])
        let selectors: [JSONValue]
        switch (includeText, orphaned) {
        case (true, false): selectors = [.object(quote), position]
        case (true, true): selectors = [.object(quote)]
        case (false, _): selectors = [position]
        }
        return .object([("type", .string("SpecificResource")), ("source", .string(source)), ("selector", .array(selectors))])
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters (and `/` when asked).
    static func uriComponent(_ s: String, keepSlash: Bool = false) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            case UInt8(ascii: "/") where keepSlash:
                out.append("/")
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out.append("%")
                out.unicodeScalars.append(hex[Int(b >> 4)])
                out.unicodeScalars.append(hex[Int(b & 0xF)])
            }
        }
        return out
    }
}
