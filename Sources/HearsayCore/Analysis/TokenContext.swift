/// Token-level questions the attribution rules ask, over one document.
struct TokenContext: Sendable {
    let doc: Document
    let gazetteer: Gazetteer
    /// Whether each token lies inside a quotation: all that the rules ask
    /// (a byte a token; the quotation's index, which nothing read, took four).
    let quoted: [Bool]

    init(doc: Document, gazetteer: Gazetteer, quotes: [QuoteSpan]) {
        self.doc = doc
        self.gazetteer = gazetteer
        quoted = TokenContext.quotedTokens(doc, quotes)
    }

    /// For each token, whether a quotation holds it. A big text's quotations
    /// are marked in two runs at once, cut where no quotation of the first run
    /// reaches into the second (so no token is written by both).
    static func quotedTokens(_ doc: Document, _ quotes: [QuoteSpan]) -> [Bool] {
        let n = doc.tokenTable.count
        let parts = n > Analyzer.splitThreshold && quotes.count > 1 ? 2 : 1
        var cut = quotes.count / 2
        var reach = quotes[..<cut].map(\.range.end).max() ?? 0
        while cut < quotes.count, quotes[cut].range.start < reach {
            reach = max(reach, quotes[cut].range.end)
            cut += 1
        }
        let runs = parts == 1 ? [quotes.indices] : [0..<cut, cut..<quotes.count]
        return [Bool](unsafeUninitializedCapacity: n) { buffer, initialized in
            let out = Unchecked(buffer)   // the parts write disjoint places
            // First every token as outside any quotation, then the quotations' tokens.
            let ranges = Parallel.split(0..<n, into: parts)
            _ = Parallel.map(parts) { k in
                (out.value.baseAddress! + ranges[k].lowerBound).initialize(repeating: false, count: ranges[k].count)
            }
            _ = Parallel.map(parts) { k in
                for q in runs[k] where quotes[q].parent == nil {
                    var i = doc.tokenIndex(atOrAfter: quotes[q].range.start)
                    while i < n, doc.tokenTable[i].start < quotes[q].range.end {
                        out.value[i] = true
                        i += 1
                    }
                }
            }
            initialized = n
        }
    }

    var count: Int { doc.tokenTable.count }

    func token(_ i: Int) -> Token { doc.tokenTable[i] }

    func key(_ i: Int) -> String { doc.key(ofToken: i) }
    func lower(_ i: Int) -> String { doc.lowerKey(ofToken: i) }

    // (Inlined: called out of line from a rule's mutating method, the context,
    // document and all, was copied to the stack for each call.)
    @inline(__always)
    func isPunct(_ i: Int, _ c: Unicode.Scalar) -> Bool { doc.token(i, isPunctuation: c) }

    func isDash(_ i: Int) -> Bool {
        guard i >= 0, i < count, doc.tokenTable[i].kind == .punctuation else { return false }
        let c = doc.scalars[doc.tokenTable[i].start]
        return ScalarClass.isDash(c) || (c == "-" && doc.tokenTable[i].flags.contains(.spaceBefore))
    }

    @inline(__always)
    func isTerminal(_ i: Int) -> Bool {
        doc.tokenTable[i].kind == .punctuation && ScalarClass.isSentenceTerminal(doc.scalars[doc.tokenTable[i].start])
    }

    func inQuote(_ i: Int) -> Bool { quoted[i] }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < count && doc.tokenTable[i].kind == .word }

    /// A speech verb outside any quotation, used as a verb.
    func isCue(_ i: Int) -> Bool {
        guard !inQuote(i) else { return false }
        return isCueWord(i)
    }

    /// The comma that ends the clause before the word at `i`: right before it
    /// ("…, saying"), or before "while" ("…, while warning"); nil otherwise.
    func clauseComma(before i: Int) -> Int? {
        if isPunct(i - 1, ",") { return i - 1 }
        return word(i - 1, is: "while") && isPunct(i - 2, ",") ? i - 2 : nil
    }

    /// Whether token `i` is the apostrophe of a plural's possessive outside a
    /// quotation: "the engineers’ reports" (no "s" after it, so the tokenizer
    /// made it a mark; see `Document.isPluralPossessiveApostrophe`).
    func isPluralPossessive(_ i: Int) -> Bool {
        i >= 0 && doc.isPluralPossessiveApostrophe(i) && !inQuote(i + 1)
    }

    /// A speech verb used as a verb, wherever it stands (also inside a quotation).
    func isCueWord(_ i: Int) -> Bool {
        // Most words are neither a cue nor a particle's verb: two hash lookups say so first.
        guard isWord(i) else { return false }
        let h = doc.lowerHash(ofToken: i)
        let isCueForm = gazetteer.cueHashes.contains(h)
        let withParticle = HashedWords.particleCueForms.contains(h)
        // "As the economist John Maynard Keynes put it, “…”".
        if doc.tokenTable[i].end - doc.tokenTable[i].start <= 4, HashedWords.putForms.contains(h) {
            // ("put it simply:", "put it bluntly,": an adverb between.)
            let after = isWord(i + 2) && doc.token(i + 2, endsWith: "ly") ? i + 3 : i + 2
            return !doc.tokenTable[i].isCapitalised && word(i + 1, is: "it") && (isPunct(after, ",") || isPunct(after, ":"))
        }
        guard isCueForm || withParticle, !doc.tokenTable[i].isCapitalised || isSentenceStart(i) else { return false }
        let t = doc.tokenTable[i]
        if withParticle {
            let isGoForm = HashedWords.goForms.contains(h)
            // "he went on", "she goes on": carrying on speaking. Only after its
            // speaker ("he went on", "Smith went on"), not "will go on".
            if isGoForm, word(i + 1, is: "on") {
                return !inQuote(i) && i > 0 && (word(i - 1, in: HashedWords.subjectPronouns) || doc.tokenTable[i - 1].isCapitalised)
            }
            // "Becker shot back that …", "the minister hit back, saying": a
            // retort (not "was shot", "hit the wall").
            if !isGoForm, word(i + 1, is: "back") {
                return !inQuote(i) && i > 0 && !word(i - 1, in: HashedWords.auxiliaries)
            }
        }
        guard isCueForm, t.end - t.start <= 13 else { return false }
        // "said talks would continue": a plural noun, the subject of the verb after it.
        if word(i + 1, in: HashedWords.pluralSubjectVerbs), doc.token(i, endsWith: "s") { return false }
        // "asked for an extension" is a request, not speech.
        if word(i + 1, is: "for"), doc.lowerKey(ofToken: i).hasPrefix("ask") { return false }
        // "the study added to a growing body of evidence": more, not speech.
        if word(i + 1, is: "to"), HashedWords.addForms.contains(h) { return false }
        // (Its forms have 8 letters or more: the common cues, "said", "told", skip the question.)
        if t.end - t.start >= 8, continuesWithObject(i, h) { return false }
        // Nouns that look like verbs: "the report", "his post", "a statement".
        if i > 0 {
            if word(i - 1, in: HashedWords.determiners) || doc.tokenTable[i - 1].kind == .possessive || isPluralPossessive(i - 1) {
                // "One said", "another added": a pronoun before a verb in the past,
                // which is no noun (a "one report" is).
                return word(i - 1, in: HashedWords.oneOfThem) && (doc.token(i, endsWith: "ed") || word(i, in: HashedWords.pastSpeechForms))
            }
            if HashedWords.nounLikeBaseForms.contains(doc.lowerHash(ofToken: i)) {
                // ("the statement read", "the letter read": what a document says.)
                return word(i - 1, in: HashedWords.verbMakers) || isVerbBeforeThat(i)
                    || doc.token(i, is: "read") && word(i - 1, in: HashedWords.documentNouns)
            }
            if isPluralObject(i) { return false }
        }
        return true
    }

    /// "had continued the transfers", "continued to insist": "continue" with an
    /// object or a verb after it, not speech ("“…,” she continued"). (Out of
    /// `isCueWord`, asked of every word, which then stays small enough to inline
    /// its lookups.)
    /// (Nor after a gerund: "while fighting continued around Kassala".)
    @inline(never)
    func continuesWithObject(_ i: Int, _ h: UInt64) -> Bool {
        HashedWords.continueForms.contains(h)
            && (word(i + 1, in: HashedWords.determiners) || word(i + 1, is: "to") || word(i + 1, is: "with")
                || isWord(i - 1) && !doc.tokenTable[i - 1].isCapitalised && doc.token(i - 1, endsWith: "ing"))
    }

    /// "has so far resisted calls to accept", "dismissed claims that": the plural
    /// of a noun-like speech verb after a verb in the past is that verb's object.
    @inline(never)
    func isPluralObject(_ i: Int) -> Bool {
        guard doc.token(i, endsWith: "s"), isWord(i - 1), !doc.tokenTable[i - 1].isCapitalised, doc.token(i - 1, endsWith: "ed"),
              let singular = doc.singularLowerHash(ofToken: i) else { return false }
        return HashedWords.nounLikeBaseForms.contains(singular)
    }

    /// A base form read as a noun that is a verb here, with "that" after it:
    /// after a plural subject in lower case ("Ministers promise that “…”"; not
    /// "a World Bank report that"), or a participle after "with" ("with Paris
    /// warning that “…”").
    @inline(never)
    func isVerbBeforeThat(_ i: Int) -> Bool {
        guard word(i + 1, is: "that") else { return false }
        // "…, warning that", "…, while warning that": a participle after its clause.
        if doc.token(i, endsWith: "ing"), clauseComma(before: i) != nil { return true }
        if isWord(i - 1), !doc.tokenTable[i - 1].isCapitalised, doc.token(i - 1, endsWith: "s"), !doc.token(i - 1, endsWith: "ss") { return true }
        return doc.token(i, endsWith: "ing") && ((max(0, i - 4))..<i).contains { word($0, is: "with") }
    }

    /// Base forms that are more often nouns after a name: "the World Bank report".
    static let nounLikeBaseForms: Set<String> = [
        "report", "post", "note", "comment", "claim", "call", "remark", "answer", "reply", "tweet",
        "read", "state", "reason", "warning", "term", "label", "brand", "demand", "promise", "pledge",
        "vow", "stress", "estimate", "publish", "continue", "refer", "dub", "observe", "maintain",
    ]

    func cue(_ i: Int) -> Gazetteer.Cue? { gazetteer.cues[lower(i)] }

    func isSentenceStart(_ i: Int) -> Bool {
        doc.sentence(ofToken: i)?.tokens.lowerBound == i
    }

    func isAuxiliary(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        if HashedWords.auxiliaries.contains(doc.lowerHash(ofToken: i)) { return true }
        // "she used to say": a habit, as "she would say".
        if doc.token(i, is: "used") && word(i + 1, is: "to") || doc.token(i, is: "to") && word(i - 1, is: "used") { return true }
        // An adverb: "reportedly", "publicly"; not a noun or adjective in "-ly"
        // ("the family said", "an elderly resident said").
        let t = doc.tokenTable[i]
        return t.end - t.start > 4 && !t.isCapitalised && doc.token(i, endsWith: "ly")
            && !HashedWords.lyNounsAndAdjectives.contains(doc.lowerHash(ofToken: i))
    }

    /// Token range of the sentence holding token `i`.
    func sentenceTokens(of i: Int) -> Range<Int> {
        doc.sentence(ofToken: i)?.tokens ?? 0..<count
    }

    func paragraph(of i: Int) -> Int { doc.paragraphIndex(ofToken: i) ?? 0 }

    @inline(__always)
    func range(_ tokens: Range<Int>) -> TextRange {
        TextRange(doc.tokenTable[tokens.lowerBound].start, doc.tokenTable[tokens.upperBound - 1].end)
    }
}
