/// Decides what a quotation is doing in the text.
///
/// - `title`: Title Case words with no speaker, or after "titled"/"called".
/// - `echo`: no speech act, and its words were all quoted earlier.
/// - `scare`: no speech act and at most four words ("a “support movement”").
/// - `direct` / `partial`: reported speech; direct when it is a whole utterance
///   (starts with a capital and stands as a sentence or after a cue, comma or colon).
struct QuoteKindClassifier {
    let doc: Document
    let gazetteer: Gazetteer

    func classify(_ spans: [QuoteSpan], speakers: [Speaker?]) -> [Quotation] {
        classify(spans, speakers: speakers, parts: [spans.indices])
    }

    /// Classifies the quotations of each part at once. A quotation's kind depends
    /// on the spans alone, except that it may resume the one before it: each
    /// part after the first starts as if nothing came before, and is then put
    /// right from its first quotation on until a kind comes out as it was.
    func classify(_ spans: [QuoteSpan], speakers: [Speaker?], parts: [Range<Int>]) -> [Quotation] {
        let pieces = Parallel.map(parts.count) { p in
            var window = EchoWindow(self, spans, before: parts[p].lowerBound)
            var result: [Quotation] = []
            result.reserveCapacity(parts[p].count)
            for q in parts[p] {
                result.append(classifyOne(q, spans, speakers, previous: result.last, window: &window))
            }
            return result
        }
        var all = pieces[0]
        for (p, piece) in pieces.enumerated().dropFirst() {
            var piece = piece
            for k in piece.indices {
                let q = parts[p].lowerBound + k
                var window = EchoWindow(self, spans, before: q)
                let fixed = classifyOne(q, spans, speakers, previous: k == 0 ? all.last : piece[k - 1], window: &window)
                if fixed == piece[k] { break }
                piece[k] = fixed
            }
            all += piece
        }
        return all
    }

    /// The words of the last 30 quotations, for echoes. Few quotations need the
    /// echo test (only those with no speech act), so each earlier quotation's
    /// word set is built the first time one does, not for every quotation.
    ///
    /// It also holds the current quotation's words (`collect`), in arrays kept
    /// from one quotation to the next: the hashes of the one that `add` puts in
    /// a slot change places with those of the quotation it replaces, so once the
    /// window is full no quotation makes an array of its own.
    struct EchoWindow {
        static let size = 30
        private var slots: [(quote: Int, hashes: [UInt64], words: HashSet64?)] = []
        private var next = 0   // the slot the next quotation replaces once all are used
        /// The word tokens of the quotation collected last, and their `WordHash.lower`.
        private(set) var words: [Int] = []
        private(set) var hashes: [UInt64] = []

        init(_ classifier: QuoteKindClassifier, _ spans: [QuoteSpan], before q: Int) {
            for k in max(0, q - Self.size)..<q {
                collect(classifier, spans[k])
                add(k)
            }
        }

        /// Reads the words of `span` into `words` and `hashes`.
        mutating func collect(_ classifier: QuoteKindClassifier, _ span: QuoteSpan) {
            classifier.contentWordIndices(span, into: &words)
            hashes.removeAll(keepingCapacity: true)
            hashes.reserveCapacity(words.count)
            for i in words { hashes.append(classifier.doc.lowerHash(ofToken: i)) }
        }

        /// Puts the words collected last in the window as quotation `q`'s.
        mutating func add(_ q: Int) {
            if slots.count < Self.size {
                slots.append((q, hashes, nil))
                hashes = []
                return
            }
            let replaced = slots[next].hashes
            slots[next] = (q, hashes, nil)
            hashes = replaced
            hashes.removeAll(keepingCapacity: true)
            next = (next + 1) % Self.size
        }

        /// Whether an earlier quotation (not the enclosing one) has all the words collected last.
        mutating func echoes(parent: Int?) -> Bool {
            for k in slots.indices where slots[k].quote != parent {
                // A few words against a short quotation are compared directly; a set
                // of the quotation's words is made (once) only when that would be long.
                if slots[k].words == nil, hashes.count * slots[k].hashes.count <= Self.directComparisons {
                    let theirs = slots[k].hashes
                    if hashes.allSatisfy({ theirs.contains($0) }) { return true }
                    continue
                }
                if slots[k].words == nil { slots[k].words = HashSet64(slots[k].hashes) }
                let words = slots[k].words!
                if hashes.allSatisfy({ words.contains($0) }) { return true }
            }
            return false
        }

        /// Up to this many comparisons cost less than making a set (an allocation
        /// and an insertion per word): echoes are short, and so are most quotations.
        static let directComparisons = 256
    }

    func classifyOne(_ q: Int, _ spans: [QuoteSpan], _ speakers: [Speaker?], previous: Quotation?,
                     window: inout EchoWindow) -> Quotation {
        let span = spans[q]
        window.collect(self, span)
        let words = window.words
        let speaker = speakers[q]
        let hasSpeechAct = speaker.map { $0.rule != "subject" } ?? false
        var kind: Quotation.Kind
        var confidence: Double
        if afterSoCalled(span) {
            kind = .scare   // "the so-called ‘Clean Streets Pledge’": distancing, whatever its case
            confidence = 0.8
        } else if words.count <= 12, isDescribedAsAWork(span) {
            kind = .title   // "“Whisky Galore!”, the 1949 film", "“The Silent Vessels,” a 2018 book"
            confidence = 0.8
        } else if isTitleCase(span, words: words), speaker == nil || speaker?.rule == "subject" || isNamingContext(span) {
            kind = .title
            confidence = 0.7
        } else if !hasSpeechAct, !words.isEmpty, window.echoes(parent: span.parent) {
            kind = .echo
            confidence = 0.7
        } else if speaker == nil, words.count <= 4 {
            kind = .scare
            confidence = 0.6
        } else {
            kind = isWholeUtterance(span) || resumesUtterance(q, spans, previous) ? .direct : .partial
            confidence = confidenceOf(speaker)
        }
        if !span.balanced { confidence *= 0.5 }
        if span.parent != nil, kind == .direct || kind == .partial { confidence *= 0.8 }
        window.add(q)
        // An echo or a scare quote has no speaker of its own.
        let keep = (kind == .echo || kind == .scare || kind == .title) ? nil : speaker
        return Quotation(span: span, kind: kind, confidence: (confidence * 100).rounded() / 100, speaker: keep)
    }

    func confidenceOf(_ speaker: Speaker?) -> Double {
        switch speaker?.rule {
        case "cue-after": return 0.9
        case "cue-before", "colon-lead-in", "according-to", "in-the-words-of", "dash": return 0.85
        case "cue-later", "cue-before-passive", "cue-later-passive": return 0.75
        case "continuation": return 0.7
        case "subject": return 0.5
        default: return 0.4
        }
    }

    /// At most this many words of a quotation are compared for echoes: an echo is
    /// short, and a quotation cut at a huge paragraph's end must not cost O(n) each.
    static let wordLimit = 400

    /// The indices of the word tokens between the marks (the first `wordLimit`
    /// of them), in place of what `words` held.
    func contentWordIndices(_ span: QuoteSpan, into words: inout [Int]) {
        // Room for them at once (a word takes about six scalars with its space):
        // grown by appends, this array was 2% of the analysis's instructions.
        words.removeAll(keepingCapacity: true)
        words.reserveCapacity(min(Self.wordLimit, (span.content.end - span.content.start) / 4 + 2))
        var i = doc.tokenIndex(atOrAfter: span.content.start)
        while i < doc.tokenTable.count, doc.tokenTable[i].start < span.content.end, words.count < Self.wordLimit {
            if doc.tokenTable[i].kind == .word { words.append(i) }
            i += 1
        }
    }

    /// Whether the quotation's words (`words`: their token indices) are in title case.
    func isTitleCase(_ span: QuoteSpan, words: [Int]) -> Bool {
        guard let first = words.first, words.count <= 10 else { return false }
        // Every word longer than three letters (and the first) is capitalised.
        for i in words {
            let t = doc.tokenTable[i]
            guard t.end - t.start > 3 || i == first else { continue }
            guard (t.isCapitalised || t.isAllCaps) && !hasLowercasePart(t) else { return false }
        }
        // A sentence inside the marks is speech, not a title: “Stop.” “We lost.”
        let last = doc.tokenIndex(atOrAfter: span.content.end - 1)
        if last < doc.tokenTable.count, doc.tokenTable[last].kind == .punctuation,
           ScalarClass.isSentenceTerminal(doc.scalars[doc.tokenTable[last].start]), words.count > 1 {
            return false
        }
        return words.count > 1 || !isSentenceStartQuote(span)
    }

    /// The quotation follows "so-called".
    func afterSoCalled(_ span: QuoteSpan) -> Bool {
        let open = doc.tokenIndex(atOrAfter: span.range.start)
        return open > 0 && doc.token(open - 1, is: "so-called")
    }

    /// "AI-native", "Well-known": a hyphenated part in lower case is not title case.
    func hasLowercasePart(_ t: Token) -> Bool {
        var k = t.start
        while k + 1 < t.end {
            if ScalarClass.isHyphen(doc.scalars[k]), ScalarClass.isLowercase(doc.scalars[k + 1]) { return true }
            k += 1
        }
        return false
    }

    /// Words that name a work within five words before a quotation in title
    /// case: "titled", "the film", "who stars in", "a press conference for".
    static let namingContextWords: Set<String> = [
        "titled", "entitled", "headlined", "named", "called", "dubbed", "report", "published", "study", "book", "film",
        "song", "album", "article", "novel", "campaign", "programme", "program", "show", "series",
        "musical", "stars", "starring", "starred", "directed", "premiere", "premiered", "screening", "conference", "track",
        "single", "play", "documentary", "opera", "poem", "memoir", "podcast", "sitcom", "drama", "thriller", "comedy",
    ]

    func isNamingContext(_ span: QuoteSpan) -> Bool {
        let open = doc.tokenIndex(atOrAfter: span.range.start)
        var k = open - 1
        var seen = 0
        while k >= 0, seen < 5 {
            if doc.tokenTable[k].kind == .word {
                let w = Gazetteer.lowerKey(doc.scalars[doc.tokenTable[k].start..<doc.tokenTable[k].end])
                if Self.namingContextWords.contains(w) { return true }
                seen += 1
            }
            k -= 1
        }
        return false
    }

    /// Whether a work's description follows the closing mark in apposition:
    /// ", the 1949 film", "a 2018 book", ", her third album".
    func isDescribedAsAWork(_ span: QuoteSpan) -> Bool {
        let tokens = doc.tokenTable
        var k = doc.tokenIndex(atOrAfter: span.range.end)
        // The comma after the closing mark, or before it: “The Silent Vessels,” a 2018 book.
        let commaInside = doc.token(doc.tokenIndex(atOrAfter: span.content.end) - 1, isPunctuation: ",")
        if k < tokens.count, doc.token(k, isPunctuation: ",") { k += 1 } else if !commaInside { return false }
        guard k < tokens.count, tokens[k].kind == .word, !tokens[k].flags.contains(.newlineBefore),
              HashedWords.articles.contains(doc.lowerHash(ofToken: k)) || HashedWords.possessivePronouns.contains(doc.lowerHash(ofToken: k))
        else { return false }
        for w in (k + 1)..<min(k + 5, tokens.count) {
            guard tokens[w].kind == .word || tokens[w].kind == .number || doc.token(w, isPunctuation: "-") else { return false }
            if tokens[w].kind == .word, HashedWords.workNouns.contains(doc.lowerHash(ofToken: w)) { return true }
        }
        return false
    }

    func isSentenceStartQuote(_ span: QuoteSpan) -> Bool {
        guard let s = doc.sentenceIndex(containing: span.range.start) else { return true }
        return doc.sentences[s].range.start == span.range.start
    }

    /// “We are ready,” Lena Baird said, “and we have been ready for weeks.”: the
    /// second half goes on with a direct quotation its attribution interrupted.
    func resumesUtterance(_ q: Int, _ spans: [QuoteSpan], _ previous: Quotation?) -> Bool {
        guard q > 0, let previous, previous.kind == .direct, spans[q].parent == nil else { return false }
        let open = doc.tokenIndex(atOrAfter: spans[q].range.start)
        guard open > 0, doc.tokenTable[open - 1].kind == .punctuation, doc.scalars[doc.tokenTable[open - 1].start] == "," else {
            return false
        }
        let previousClose = doc.tokenIndex(atOrAfter: previous.range.end - 1)
        let between = (previousClose + 1)..<open
        guard between.count <= 12 else { return false }
        // Only an attribution in between: words and commas, no sentence end.
        return between.allSatisfy { k in
            let t = doc.tokenTable[k]
            return t.kind != .punctuation || doc.scalars[t.start] == "," || doc.scalars[t.start] == "."
                && k > 0 && doc.tokenTable[k - 1].end == t.start && Abbreviations.titlesAndUnits.contains(doc.string(doc.tokenTable[k - 1]))
        }
    }

    /// Whether the quotation is a whole utterance rather than a fragment.
    func isWholeUtterance(_ span: QuoteSpan) -> Bool {
        if span.paragraphCount > 1 { return true }
        var k = span.content.start
        while k < span.content.end, !ScalarClass.isLetter(doc.scalars[k]) && !ScalarClass.isDigit(doc.scalars[k]) { k += 1 }
        guard k < span.content.end, !ScalarClass.isLowercase(doc.scalars[k]) else { return false }
        let open = doc.tokenIndex(atOrAfter: span.range.start)
        if open == 0 || isSentenceStartQuote(span) { return true }
        let prev = doc.tokenTable[open - 1]
        if prev.kind == .punctuation {
            let c = doc.scalars[prev.start]
            return c == ":" || c == "," || ScalarClass.isDash(c) || ScalarClass.isSentenceTerminal(c)
        }
        // Directly after a speech verb: he replied “I am not able to do that”.
        // (Not a naming verb: "what he called “American and British aggression”"
        // quotes the words he named something with.)
        guard let cue = gazetteer.cues[Gazetteer.lowerKey(doc.scalars[prev.start..<prev.end])] else { return false }
        return cue.kind != "naming"
    }
}
