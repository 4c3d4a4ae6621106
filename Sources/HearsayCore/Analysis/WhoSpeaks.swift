/// One row of the who-speaks table: an actor (or the unattributed quotations)
/// with how often and how much they are quoted, and how often named.
public struct SpeakerStats: Equatable, Sendable {
    /// The actor's index in `Analysis.actors`, or `SpeakerStats.unattributed`.
    public var actor: Int
    public var name: String
    public var type: ActorType
    /// Reported-speech quotations (direct and partial) whose speaker is this actor.
    public var quotations: Int
    /// Words (and numbers) between the marks of those quotations.
    public var wordsQuoted: Int
    /// Mentions of the actor in the text (0 for the unattributed row).
    public var mentions: Int

    /// The `actor` of the row that gathers reported speech with no actor as speaker.
    public static let unattributed = -1
    /// The name that row shows.
    public static let unattributedName = "(unattributed)"

    public init(actor: Int, name: String, type: ActorType, quotations: Int, wordsQuoted: Int, mentions: Int) {
        self.actor = actor
        self.name = name
        self.type = type
        self.quotations = quotations
        self.wordsQuoted = wordsQuoted
        self.mentions = mentions
    }

    /// Whether this is the row of quotations without an actor (its `type` means nothing).
    public var isUnattributed: Bool { actor == SpeakerStats.unattributed }
}

/// Who speaks in an article (the reader's `W` view and the exports' tables):
/// per actor, the reported-speech quotations they
/// are the speaker of, the words quoted from them, and their mentions.
public enum WhoSpeaks {
    public enum SortKey: CaseIterable, Sendable {
        case quotations, words, mentions, name
    }

    /// One row per actor that is quoted or mentioned (actors with neither are
    /// left out), then an "(unattributed)" row when some direct or partial
    /// quotations have no actor as speaker (no speaker found, or a speaker
    /// mention that resolves to no actor). Sorted `.quotations`.
    public static func stats(_ analysis: Analysis) -> [SpeakerStats] {
        let actors = analysis.actors
        var quotations = Array(repeating: 0, count: actors.count)
        var words = Array(repeating: 0, count: actors.count)
        var mentions = Array(repeating: 0, count: actors.count)
        for m in analysis.mentions where m.actor >= 0 && m.actor < actors.count { mentions[m.actor] += 1 }
        var unattributedQuotations = 0, unattributedWords = 0
        for q in analysis.quotations where q.kind.isReportedSpeech {
            let n = wordCount(q.span.content, in: analysis.document)
            if let a = q.speaker?.actor, a >= 0, a < actors.count {
                quotations[a] += 1
                words[a] += n
            } else {
                unattributedQuotations += 1
                unattributedWords += n
            }
        }
        var rows: [SpeakerStats] = []
        for (k, actor) in actors.enumerated() where quotations[k] > 0 || mentions[k] > 0 {
            rows.append(SpeakerStats(actor: k, name: actor.name, type: actor.type, quotations: quotations[k],
                                     wordsQuoted: words[k], mentions: mentions[k]))
        }
        if unattributedQuotations > 0 {
            rows.append(SpeakerStats(actor: SpeakerStats.unattributed, name: SpeakerStats.unattributedName, type: .person,
                                     quotations: unattributedQuotations, wordsQuoted: unattributedWords, mentions: 0))
        }
        return sorted(rows, by: .quotations)
    }

    /// The rows by `key`: counts largest first, names A to Z (ignoring case);
    /// ties fall to the other counts, then the name, then the actor index.
    /// The "(unattributed)" row stays last whatever the key: it is not an actor.
    public static func sorted(_ stats: [SpeakerStats], by key: SortKey) -> [SpeakerStats] {
        stats.sorted { a, b in
            if a.isUnattributed != b.isUnattributed { return b.isUnattributed }
            let order: [KeyPath<SpeakerStats, Int>]
            switch key {
            case .quotations: order = [\.quotations, \.wordsQuoted, \.mentions]
            case .words: order = [\.wordsQuoted, \.quotations, \.mentions]
            case .mentions: order = [\.mentions, \.quotations, \.wordsQuoted]
            case .name: order = []
            }
            for path in order where a[keyPath: path] != b[keyPath: path] {
                return a[keyPath: path] > b[keyPath: path]
            }
            let (la, lb) = (a.name.lowercased(), b.name.lowercased())
            if la != lb { return la < lb }
            if a.name != b.name { return a.name < b.name }
            return a.actor < b.actor
        }
    }

    /// The value a key measures (names measure quotations, for the bars).
    public static func value(_ row: SpeakerStats, _ key: SortKey) -> Int {
        switch key {
        case .quotations, .name: row.quotations
        case .words: row.wordsQuoted
        case .mentions: row.mentions
        }
    }

    /// Word and number tokens inside `range` (a possessive "’s" is part of its word).
    public static func wordCount(_ range: TextRange, in document: Document) -> Int {
        guard document.hasTokens else { return wordCount(range, inLean: document) }
        var i = document.tokenIndex(atOrAfter: range.start)
        var n = 0
        while i < document.tokens.count {
            let t = document.tokens[i]
            if t.start >= range.end { break }
            if t.start >= range.start, t.end <= range.end, t.kind == .word || t.kind == .number { n += 1 }
            i += 1
        }
        return n
    }

    /// The same for a document without its tokens: the text is split again from
    /// the start of the paragraph that holds `range.start` (where the document's
    /// own split started a token too), so the tokens are the document's.
    static func wordCount(_ range: TextRange, inLean document: Document) -> Int {
        let from: Int
        if range.start > 0, range.start <= document.length, endsEveryToken(document.scalars[range.start - 1]) {
            // White space or a double quotation mark before the range is a token of
            // its own or none: the document's split starts a token here as well.
            // (A quotation's words start right after its mark: re-splitting its
            // whole paragraph for each took the who-speaks chart 1.5 s on 100 MB.)
            from = range.start
        } else {
            let p = Document.lastStarting(atOrBefore: range.start, in: document.paragraphs) { $0.start }
            from = p < 0 ? 0 : document.paragraphs[p].start
        }
        let to = min(max(range.end, from), document.length)
        // Token offsets are in the storage given: a paged text's is a window that
        // starts `lag` scalars into the text.
        let (tokens, lag) = document.scalars.withUnsafeStorage(
            in: from..<to, narrow: { (Tokenizer.tokenize(buffer: $0, range: $1).tokens, from - $1.lowerBound) },
            wide: { (Tokenizer.tokenize(buffer: $0, range: $1).tokens, from - $1.lowerBound) })
        return tokens.count { t in
            t.start + lag >= range.start && t.end + lag <= range.end && (t.kind == .word || t.kind == .number)
        }
    }

    /// A scalar no token continues past: white space, or a double quotation
    /// mark (always a punctuation token of one scalar).
    static func endsEveryToken(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isSpace(c) || ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "«", "»"].contains(c)
    }
}
