/// Decides who said each quotation, trying the rules in order of reliability:
///
/// 1. `cue-after`: the attribution follows the quote (“…,” X said / said X / — X).
/// 2. `cue-before`: a speech verb before the quote in its sentence (X said that “…”).
/// 3. `cue-later`: a speech verb later in the sentence (Referring to … as “…”, X said).
/// 4. `according-to`: "according to X" / "in the words of X" in the sentence.
/// 5. `colon-lead-in`: the quote follows a colon ending a sentence with a speaker.
/// 6. `continuation`: a quote with no attribution right after one with a speaker.
/// 7. `subject`: the subject of the sentence (China has placed a focus on “…”).
///
/// Pronouns resolve to the last compatible person; role and common nouns ("the
/// foreign minister", "the city") to the actor they stand for; other
/// descriptions ("a senior official at the commission") become actors.
struct SpeakerAttributor: Sendable {
    let ctx: TokenContext
    let quotes: [QuoteSpan]
    var table: ActorTable
    var index: MentionIndex
    /// The speaker of the last quotation attributed, for "the statement added".
    var lastSpeaker: Speaker?
    /// The actors' name words, for "the ministry" (see `resolveNominal`).
    var nameWords = NameWords()
    /// The actor of each speaker description made so far, by `WordHash.verbatim`
    /// of its words (see the end of `resolve`).
    var descriptionActors = HashMap64<Int>()

    init(doc: Document, gazetteer: Gazetteer, quotes: [QuoteSpan], table: ActorTable) {
        self.init(context: TokenContext(doc: doc, gazetteer: gazetteer, quotes: quotes), quotes: quotes,
                  table: table, index: MentionIndex(table.mentions))
    }

    /// With a context and an index already built (shared by the parts of a big text).
    init(context: TokenContext, quotes: [QuoteSpan], table: ActorTable, index: MentionIndex) {
        ctx = context
        self.quotes = quotes
        self.table = table
        self.index = index
    }

    var doc: Document { ctx.doc }

    mutating func attributeAll() -> [Speaker?] { attributeAll(in: quotes.indices) }

    /// Speakers of the quotations in `range`, the first at index 0 (a part
    /// of a big text gets no slots for the other parts' quotations).
    mutating func attributeAll(in range: Range<Int>) -> [Speaker?] {
        var speakers: [Speaker?] = Array(repeating: nil, count: range.count)
        let first = range.lowerBound
        var previous: (quote: Int, speaker: Speaker)? = nil
        for q in range where quotes[q].parent == nil {
            let open = doc.tokenIndex(atOrAfter: quotes[q].range.start)
            let close = max(open, doc.tokenIndex(atOrAfter: quotes[q].range.end - 1))
            var found = attribute(open: open, close: close)
            if found == nil, let previous, continues(q, after: previous.quote, open: open) {
                var inherited = previous.speaker
                inherited.rule = "continuation"
                found = inherited
            }
            if found == nil { found = sentenceSubject(open: open) }
            speakers[q - first] = found
            if let found { previous = (q, found); lastSpeaker = found }
        }
        for q in range where quotes[q].parent != nil {
            let outer = quotes[q].parent.flatMap { range.contains($0) ? speakers[$0 - first] : nil }
            speakers[q - first] = attributeNested(q, outerSpeaker: outer)
        }
        return speakers
    }

    /// A naming verb with its own object after "as" ("a label Adeyemi has dismissed as
    /// marketing") does not name the quotation before it.
    func namesSomethingElse(_ cue: Int) -> Bool {
        guard ctx.cue(cue)?.kind == "naming" else { return false }
        for k in (cue + 1)..<min(cue + 4, ctx.count) where ctx.word(k, is: "as") {
            return k + 1 < ctx.count && !ctx.inQuote(k + 1) && !ctx.isPunct(k + 1, "“") && ctx.isWord(k + 1)
        }
        return false
    }

    /// A quotation inside a quotation: the speaker the outer speaker quotes
    /// ("When Minister Ahmadzai told me that ‘nothing will be built…’").
    mutating func attributeNested(_ q: Int, outerSpeaker: Speaker? = nil) -> Speaker? {
        guard let p = quotes[q].parent else { return nil }
        let open = doc.tokenIndex(atOrAfter: quotes[q].range.start)
        let floor = doc.tokenIndex(atOrAfter: quotes[p].content.start)
        var k = open - 1
        while k >= floor, k > open - 15 {
            if ctx.isCueWord(k) {
                var s = k - 1
                while s >= floor, ctx.isAuxiliary(s) { s -= 1 }
                // "My agent kept saying, ‘…’": the verb the participle goes on from.
                if doc.token(k, endsWith: "ing") {
                    while s >= floor, s > k - 4, ctx.word(s, in: HashedWords.aspectVerbs) { s -= 1 }
                }
                let end = s + 1
                var start = end
                while s >= floor, k - s < 9,
                      ctx.token(s).kind == .possessive || ctx.isWord(s) && !ctx.word(s, in: HashedWords.clauseBreakers) {
                    start = s
                    // An article opens the phrase, as in `phrase(endingAt:)`: “Yesterday
                    // the minister told me ‘…’” is said by "the minister" (not after a
                    // preposition: "the head of the agency told me").
                    if ctx.word(s, in: HashedWords.articles), s > floor, ctx.isWord(s - 1),
                       !ctx.word(s - 1, in: HashedWords.phrasePrepositions) { break }
                    s -= 1
                }
                guard start < end else { return nil }
                // “I said, ‘…’”: the one who speaks the outer quotation.
                if end - start == 1, ctx.word(start, in: HashedWords.firstPersonSubjects), var outer = outerSpeaker {
                    outer.cue = ctx.range(k..<(k + 1))
                    outer.rule = "nested"
                    return outer
                }
                return resolve(start..<end, cue: k..<(k + 1), rule: "nested")
            }
            k -= 1
        }
        return nil
    }

    /// Rule 2: a speech verb before the quotation in its sentence. An
    /// infinitive ("urged governments to agree on “…”") is passed over for the
    /// verb before it.
    mutating func cueBefore(open: Int, in sentence: Range<Int>) -> Speaker? {
        var k = open - 1
        // "Varga said Dravik would respond “in a proportionate manner”": what one
        // would say is what the speaker before said of them; the verb after a
        // modal speaks only when no other does.
        var modalCue: Int? = nil
        while k >= sentence.lowerBound {
            if ctx.isCue(k) {
                if modalCue == nil, k > sentence.lowerBound, ctx.word(k - 1, in: HashedWords.modals), governs(cue: k, quoteAt: open, in: sentence) {
                    modalCue = k
                    k -= 1
                    continue
                }
                if governs(cue: k, quoteAt: open, in: sentence), let s = speaker(ofVerb: k, rule: "cue-before") { return s }
                guard k > sentence.lowerBound, ctx.word(k - 1, is: "to") else { break }
            }
            k -= 1
        }
        return modalCue.flatMap { speaker(ofVerb: $0, rule: "cue-before") }
    }

    /// How far (in tokens) from its quotation a cue is looked for within the
    /// sentence. No news sentence puts its speech verb further away; without a
    /// bound, a "sentence" of thousands of quotations (unbalanced marks, no full
    /// stop) made every quotation scan all of it: quadratic time.
    static let cueWindow = 120

    mutating func attribute(open: Int, close: Int) -> Speaker? {
        let whole = ctx.sentenceTokens(of: open)
        let sentence = max(whole.lowerBound, open - Self.cueWindow)..<whole.upperBound
        // A quotation that ends its sentence ("… told supporters that voters had
        // “sent a message.”") is said by the cue before it, not by the next
        // sentence's subject ("Her opponent, James Holloway, conceded …").
        let endsItsSentence = endsSentence(close)
        if !endsItsSentence, let s = cueAfter(close: close) { return s }
        if let s = cueBefore(open: open, in: sentence) { return s }
        if endsItsSentence, let s = cueAfter(close: close) { return s }
        let last = min(ctx.sentenceTokens(of: close).upperBound, close + 1 + Self.cueWindow)
        // "According to Halden Homes, the company has “co-operated fully” with the
        // events described": the source the sentence opens with, before a verb
        // later on (here a participle of the events).
        for i in sentence.lowerBound..<open where ctx.word(i, is: "according") && ctx.word(i + 1, is: "to") && !ctx.inQuote(i) {
            if let np = ctx.phrase(startingAt: i + 2, limit: open) { return resolve(np, cue: i..<(i + 2), rule: "according-to") }
        }
        // 3. cue later in the sentence
        var k = close + 1
        while k < last {
            if ctx.isCue(k), !namesSomethingElse(k), let s = speaker(ofVerb: k, rule: "cue-later") { return s }
            k += 1
        }
        // 4. according to X, in the words of X: in the sentences where the quote
        // opens and closes (not everything between, which can be huge when unbalanced).
        let closingWhole = ctx.sentenceTokens(of: close)
        let closing = max(closingWhole.lowerBound, close - Self.cueWindow)..<min(closingWhole.upperBound, close + 1 + Self.cueWindow)
        let span = sentence.lowerBound..<max(last, close + 1)
        // (Near the opening mark, then near the closing one; in one sentence, the
        // second region starts where the first ends, so nothing is read twice and
        // the words after a long quotation are still read.)
        let opening = sentence.lowerBound..<min(sentence.upperBound, open + Self.cueWindow)
        let afterOpening = max(opening.upperBound, closing.lowerBound)
        let searched = [opening, afterOpening..<max(afterOpening, closing.upperBound)]
        for i in searched.joined() where !ctx.inQuote(i) && ctx.isWord(i) {
            if ctx.word(i, is: "according"), ctx.word(i + 1, is: "to"),
               let np = ctx.phrase(startingAt: i + 2, limit: span.upperBound) {
                return resolve(np, cue: i..<(i + 2), rule: "according-to")
            }
            if ctx.word(i, is: "words"), i + 2 < span.upperBound, ctx.word(i + 1, is: "of"), i >= 2, ctx.word(i - 2, is: "in"),
               let np = ctx.phrase(startingAt: i + 2, limit: span.upperBound) {
                // "in the words of the Crown prosecutor, Mark Tedeschi, QC," names the person.
                let named = ctx.isPunct(np.upperBound, ",") ? namedPerson(startingAt: np.upperBound + 1) : nil
                return resolve(named ?? np, cue: (i - 2)..<(i + 2), rule: "in-the-words-of")
            }
        }
        // 5. colon lead-in: “…” after "X said:" or "X was blunt:"
        if open > 0, ctx.isPunct(open - 1, ":") || (open > 1 && ctx.isPunct(open - 2, ":") && ctx.isDash(open - 1)) {
            let colon = ctx.isPunct(open - 1, ":") ? open - 1 : open - 2
            let leadWhole = ctx.sentenceTokens(of: colon)
            let lead = max(leadWhole.lowerBound, colon - Self.cueWindow)..<leadWhole.upperBound
            var v = colon - 1
            while v >= lead.lowerBound {
                if ctx.isCue(v), let s = speaker(ofVerb: v, rule: "colon-lead-in") { return s }
                v -= 1
            }
            if let np = mainSubject(of: lead, before: colon),
               hasActor(np) || np.count == 1 && ctx.word(np.lowerBound, in: HashedWords.subjectPronouns) {
                // "X was blunt:", "he did not hesitate:"
                return resolve(np, cue: nil, rule: "colon-lead-in")
            }
        }
        // 6'. A quote opening its sentence right after "X said …" (indirect speech)
        // in the same paragraph: X goes on in his own words.
        if ctx.sentenceTokens(of: open).lowerBound == open, let s = previousSentenceSpeaker(open) { return s }
        if ctx.sentenceTokens(of: open).lowerBound == open, endsItsSentence, let s = previousSubject(open) { return s }
        return nil
    }

    /// "Asked whether he feared a charge, he smiled. “If telling the truth is a
    /// charge, then charge me.”": a quotation that is a sentence of its own,
    /// after a sentence in the same paragraph that quotes no one and has no
    /// speech verb, goes on from that sentence's subject when it is a person.
    mutating func previousSubject(_ open: Int) -> Speaker? {
        guard open > 0 else { return nil }
        let previous = ctx.sentenceTokens(of: open - 1)
        guard ctx.paragraph(of: previous.lowerBound) == ctx.paragraph(of: open), previous.count < Self.cueWindow,
              !previous.contains(where: { ctx.inQuote($0) }) else { return nil }
        // (Past a clause that opens it: "Asked whether …, he smiled.", whose
        // question is no speech of the subject's.)
        let clause = (ctx.mainClauseStart(from: previous.lowerBound, before: previous.upperBound) ?? previous.lowerBound)..<previous.upperBound
        guard !clause.isEmpty, !clause.contains(where: { ctx.isCue($0) }),
              let np = mainSubject(of: clause, before: clause.upperBound) else { return nil }
        if ctx.word(np.lowerBound, is: "he") || ctx.word(np.lowerBound, is: "she") {
            return resolve(np.lowerBound..<(np.lowerBound + 1), cue: nil, rule: "previous-subject")
        }
        guard index.first(in: ctx.range(np), where: { table.actors[$0.actor].type == .person && $0.kind == .named }) != nil
        else { return nil }
        return resolve(np, cue: nil, rule: "previous-subject")
    }

    /// The subject of the last speech verb of the sentence before, in the same paragraph.
    mutating func previousSentenceSpeaker(_ open: Int) -> Speaker? {
        guard open > 0 else { return nil }
        let previous = ctx.sentenceTokens(of: open - 1)
        guard previous.upperBound == open || previous.upperBound <= open, ctx.paragraph(of: previous.lowerBound) == ctx.paragraph(of: open)
        else { return nil }
        var v = previous.upperBound - 1
        while v >= max(previous.lowerBound, open - Self.cueWindow) {
            if ctx.inQuote(v) { return nil }   // that sentence quotes someone itself
            if ctx.isCue(v) { return speaker(ofVerb: v, rule: "previous-sentence") }
            v -= 1
        }
        return nil
    }
}
