import CPrefetch

/// The analysis as JSON, in the shape `../shared/gold/README.md` specifies and
/// docs/analysis-format.md documents: offsets in code points, end exclusive,
/// quote spans including their marks.
public enum AnalysisJSON {
    public static let formatVersion = 1

    /// The analysis as a value (tests, small documents).
    public static func value(_ a: Analysis, path: String, sha256: String, warnings: [String] = [],
                             fileOffsets: Bool = false, withText: Bool = false) -> JSONValue {
        var builder = JSONTreeBuilder()
        emit(a, path: path, sha256: sha256, warnings: warnings, fileOffsets: fileOffsets, withText: withText, into: &builder)
        return builder.result
    }

    /// The analysis streamed as compact JSON to `sink`, in pieces of at most
    /// 64 KiB from one reused buffer, without building a tree.
    public static func write(_ a: Analysis, path: String, sha256: String, warnings: [String] = [],
                             fileOffsets: Bool = false, withText: Bool = false, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var writer = JSONStreamWriter(sink: sink)
            emit(a, path: path, sha256: sha256, warnings: warnings, fileOffsets: fileOffsets, withText: withText, into: &writer)
            writer.finish()
        }
    }

    /// Asks for the first scalars of the mentions' texts before they are written.
    /// An actor's mentions lie anywhere in the text (40 MB of scalars for 10 MB),
    /// so each was a cache miss that stalled the writer; asked for together, the
    /// misses overlap: about 7 ms of the 50 that the output of 10 MB took
    /// (docs/DECISIONS.md 38).
    static func prefetchTexts(of mentions: ArraySlice<Mention>, in doc: Document) {
        doc.scalars.withUnsafeStorage(narrow: { text in
            guard let base = text.bytes.baseAddress else { return }
            for m in mentions where m.range.start < text.count { hearsay_prefetch(base + m.range.start) }
        }, wide: { scalars in
            guard let base = scalars.baseAddress else { return }
            for m in mentions where m.range.start < scalars.count { hearsay_prefetch(base + m.range.start) }
        })
    }

    /// `fileOffsets: true` counts offsets in the file as it is (a CRLF counts two,
    /// a byte-order mark one) instead of in the text after line endings became LF.
    /// `withText: true` writes the whole text as the document's `text`: for a
    /// web page, whose offsets count in the article extracted from it, which
    /// no one reading the JSON could otherwise make again.
    public static func emit<E: JSONEmitter & ~Copyable>(_ a: Analysis, path: String, sha256: String, warnings: [String],
                                            fileOffsets: Bool = false, withText: Bool = false, into e: inout E) {
        let doc = a.document
        let decoding = fileOffsets ? doc.decoding : nil
        func offset(_ o: Int) -> Int { decoding?.originalOffset(o) ?? o }
        func span(_ r: TextRange) {
            e.field("start", offset(r.start))
            e.field("end", offset(r.end))
            e.field("text", doc.scalars[r.start..<r.end])
        }
        e.beginObject()
        e.field("version", formatVersion)
        e.key("document")
        e.beginObject()
        e.field("path", path)
        e.field("sha256", sha256)
        e.field("length", doc.length)
        e.field("paragraphs", doc.paragraphTokens.count)
        e.field("sentences", doc.sentences.count)
        e.field("lineEndings", doc.decoding?.lineEndings.rawValue ?? "lf")
        e.field("offsets", fileOffsets ? "file" : "text")
        if withText { e.field("text", doc.scalars[0..<doc.length]) }
        e.endObject()

        e.key("quotes")
        e.beginArray()
        for (k, q) in a.quotations.enumerated() {
            e.beginObject()
            e.key("id")
            e.string("q", k + 1)
            span(q.range)
            e.field("kind", q.kind.rawValue)
            e.key("speaker")
            if let s = q.speaker {
                e.beginObject()
                e.field("actor", orNull: s.actor.map { a.actors[$0].id })
                if let actor = s.actor { e.field("name", a.actors[actor].name) }
                else { e.field("name", doc.scalars[s.mention.start..<s.mention.end]) }
                e.key("mention")
                e.beginObject()
                span(s.mention)
                e.field("kind", s.mentionKind.rawValue)
                e.endObject()
                e.field("rule", s.rule)
                e.endObject()
            } else {
                e.null()
            }
            e.key("cue")
            if let c = q.speaker?.cue {
                e.beginObject()
                span(c)
                e.endObject()
            } else {
                e.null()
            }
            e.field("confidence", q.confidence)
            e.field("paragraphs", q.span.paragraphCount)
            e.field("balanced", q.span.balanced)
            e.key("parent")
            if let parent = q.span.parent { e.string("q", parent + 1) } else { e.null() }
            e.endObject()
        }
        e.endArray()

        let (mentions, starts) = a.mentionsByActor()
        let quotationCounts = a.quotationCounts
        e.key("actors")
        e.beginArray()
        for (k, actor) in a.actors.enumerated() {
            e.beginObject()
            e.field("id", actor.id)
            e.field("name", actor.name)
            e.field("type", actor.type.rawValue)
            e.key("aliases")
            e.beginArray()
            for alias in actor.aliases { e.string(alias) }
            e.endArray()
            e.key("roles")
            e.beginArray()
            for role in actor.roles { e.string(role) }
            e.endArray()
            e.field("origin", actor.origin.rawValue)
            e.field("quotations", quotationCounts[k])
            e.key("mentions")
            e.beginArray()
            prefetchTexts(of: mentions[starts[k]..<starts[k + 1]], in: doc)
            for m in mentions[starts[k]..<starts[k + 1]] {
                e.beginObject()
                span(m.range)
                e.field("kind", m.kind.rawValue)
                e.field("rule", m.rule.rawValue)
                e.endObject()
            }
            e.endArray()
            e.endObject()
        }
        e.endArray()

        e.key("warnings")
        e.beginArray()
        for w in warnings { e.string(w) }
        e.endArray()
        e.endObject()
    }
}
