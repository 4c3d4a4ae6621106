/// Finds the actors of a document and every place that names them.
///
/// One pass over the tokens tries, at each word, the gazetteer (longest match)
/// and a run of capitalised words; a run wins when it is longer and ends like an
/// organisation or a place ("Kabul River", "Saudi Gazette"). Runs lose their
/// titles ("Minister of Education Stefania Giannini" → "Stefania Giannini") and
/// their sentence-initial function words ("Despite", "However"). A second pass
/// links role nouns ("the defense minister") to the person they name and joins
/// surnames to full names.
struct ActorFinder: Sendable {
    let doc: Document
    let gazetteer: Gazetteer
    var table = ActorTable()
    /// The actor in `table` of each gazetteer entry, by entry index, or -1
    /// (saves building their keys); made at the first gazetteer mention.
    var entryActors: [Int32] = []

    /// Name runs already added, by `nameKeyHash`: their actor in `table`, and the
    /// gender their first word gives (a key's actor never changes while names are
    /// found; a 64-bit hash collision between two names is not a practical risk).
    var knownNameRuns = HashMap64<KnownNameRun>()
    struct KnownNameRun { var actor: Int; var givenNameGender: Gender? }

    /// Puts a merged table in place (its actor numbers are its own).
    mutating func replaceTable(_ merged: ActorTable) {
        table = merged
        entryActors = []
        knownNameRuns = HashMap64()
    }
    /// Tokens that begin a sentence, or a quotation or clause inside one.
    var sentenceInitial: [Bool]
    /// The tokens of a title-case headline paragraph, where capitals mean nothing.
    var headlineTokens: Range<Int>? = nil
    /// Capitalised words that also occur mid-sentence (so they are names), by `WordHash.exact`.
    var capitalisedMidSentence = HashSet64()
    /// Capitalised words whose lower-case form occurs in the text (so they are words), by `WordHash.lower`.
    var lowercaseElsewhere = HashSet64()

    init(doc: Document, gazetteer: Gazetteer) {
        self.doc = doc
        self.gazetteer = gazetteer
        sentenceInitial = Array(repeating: false, count: doc.tokens.count)
        markSentenceStarts()
        findHeadlines()
        collectCapitalisationEvidence()
    }

    // MARK: Pass 1: names

    mutating func findNames() { findNames(in: 0..<doc.tokens.count) }

    /// Finds the names among `range`'s tokens (a run of whole paragraphs).
    mutating func findNames(in range: Range<Int>) {
        let tokens = doc.tokens
        // The questions below only read what the finder learnt before this pass;
        // asking them of a copy spares Swift copying the whole (mutable) finder
        // for every call, about a tenth of this pass's time.
        let reader = self
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            guard t.kind == .word, t.isCapitalised || t.isAllCaps || reader.startsWithParticle(i) else { i += 1; continue }
            // "ALMATY, Feb. 3 (Meridian) -": a dateline says where the story was filed.
            if let end = reader.datelineEnd(at: i) {
                i = end
                continue
            }
            // "van Dijk", "de Jong": a lower-case particle opens the surname.
            if i > 1, t.isCapitalised, reader.isSurnameParticle(i - 1), !reader.isCapitalisedWord(i - 2),
               reader.matchGazetteer(at: i) == nil, let run = reader.nameRun(from: i) {
                addNameRun((i - 1)..<run.upperBound)
                i = run.upperBound
                continue
            }
            if reader.isDemonymCompound(i) {
                i += 1
                continue
            }
            // "UN-led", "Pakistan-based", "JRC-brokered": the name before the hyphen.
            if let prefixEnd = reader.capitalisedPrefixBeforeHyphen(i) {
                addHyphenPrefix(i, end: prefixEnd)
                i += 1
                continue
            }
            let gazetteerMatch = reader.matchGazetteer(at: i)
            let run = (t.isCapitalised || t.isAllCaps) && !reader.inHeadline(i) ? reader.nameRun(from: i) : nil
            if let run, run.count > (gazetteerMatch?.count ?? 0), HashedWords.nonActorKeywords.contains(reader.hash(run.upperBound - 1)) {
                // "Indus Waters Treaty" is not an actor, nor is the Indus in it; but the
                // organiser of "Google Science Fair" is.
                if let g = gazetteerMatch, gazetteer.entries[g.surface.entry].type != .place {
                    addGazetteerMention(g, at: i)
                }
                i = run.upperBound
                continue
            }
            if let g = gazetteerMatch {
                if let run, run.count > g.count, reader.endsWithKeyword(run) {
                    addNameRun(run)
                    i = run.upperBound
                    continue
                }
                addGazetteerMention(g, at: i)
                i += g.count
                continue
            }
            if let run {
                addNameRun(run)
                i = run.upperBound
                continue
            }
            i += 1
        }
    }

    /// The end of an all-capitals place at a paragraph's start followed by a comma or
    /// a dash ("NEW YORK, June 12", "KABUL —"), or by the wire service's credit
    /// and a dash ("ISLAMABAD (Reuters) -"), or nil.
    func datelineEnd(at i: Int) -> Int? {
        let tokens = doc.tokens
        // (The token's own capitals first: every capitalised word asks, few are all capitals.)
        guard tokens[i].isAllCaps, let p = doc.paragraphIndex(ofToken: i), doc.paragraphTokens[p].lowerBound == i else { return nil }
        var k = i
        while k < min(i + 3, tokens.count), tokens[k].kind == .word, tokens[k].isAllCaps, tokens[k].end - tokens[k].start >= 3 {
            k += 1
        }
        guard k > i, k + 1 < tokens.count, tokens[k].kind == .punctuation else { return nil }
        let c = doc.scalars[tokens[k].start]
        if c == "-" || ScalarClass.isDash(c) { return k }
        if c == "(" { return creditEnd(from: k) }
        // After a comma, a date must follow ("NATO, the EU and Russia" is no dateline).
        guard c == "," else { return nil }
        let next = tokens[k + 1]
        guard next.kind == .number || Self.months.contains(key(k + 1)) else { return nil }
        // "ALMATY, Feb. 3 (Meridian) -": the wire service's credit after the date
        // belongs to the dateline too (it is not an actor in the story).
        var m = k + 1
        while m < min(k + 6, tokens.count), !(tokens[m].kind == .punctuation && doc.scalars[tokens[m].start] == "(") { m += 1 }
        if m < min(k + 6, tokens.count), let end = creditEnd(from: m) { return end }
        return k
    }

    /// "(Reuters) -" from the "(" at `open`: the dash after a credit of at most
    /// three tokens, or nil.
    func creditEnd(from open: Int) -> Int? {
        let tokens = doc.tokens
        guard let close = (open + 1..<min(open + 5, tokens.count)).first(where: {
            tokens[$0].kind == .punctuation && doc.scalars[tokens[$0].start] == ")"
        }), close > open + 1, close + 1 < tokens.count, tokens[close + 1].kind == .punctuation else { return nil }
        let dash = doc.scalars[tokens[close + 1].start]
        return ScalarClass.isDash(dash) || dash == "-" ? close + 1 : nil
    }

    static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// "van", "de", "von", "da", "di", "der", "den", "le", "la", "bin", "ibn" before a surname.
    func isSurnameParticle(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        guard t.kind == .word, !t.isCapitalised, t.end - t.start <= 3 else { return false }
        return Self.surnameParticles.contains(lowerHash(k))
    }

    static let surnameParticles = HashedWords.set(["van", "de", "von", "da", "di", "der", "den", "le", "la", "bin", "ibn", "dos", "das", "del"])

    @inline(__always) func hash(_ i: Int) -> UInt64 { doc.hash(ofToken: i) }
    @inline(__always) func lowerHash(_ i: Int) -> UInt64 { doc.lowerHash(ofToken: i) }
    @inline(__always) func lower(_ i: Int) -> String { doc.lowerKey(ofToken: i) }
    @inline(__always) func key(_ i: Int) -> String { doc.key(ofToken: i) }
}
