/// What the whole text says about its capitals, gathered before the pass.
extension ActorFinder {
    mutating func markSentenceStarts() {
        sentenceInitial = sentenceInitialWords(parts: doc.tokenTable.count > Analyzer.splitThreshold ? 2 : 1)
    }

    /// For each token, whether it begins a sentence, or a quotation or clause
    /// inside one. The words after opening marks or clause punctuation are found
    /// in `parts` runs at once: a word only looks back at the marks before it,
    /// which the loop never marks (it marks words), so the runs do not interact.
    func sentenceInitialWords(parts: Int) -> [Bool] {
        let tokens = doc.tokenTable
        let n = tokens.count
        var initial = [Bool](repeating: false, count: n)
        for s in doc.sentences { initial[s.tokens.lowerBound] = true }
        let runs = Parallel.split(min(1, n)..<n, into: parts)
        initial.withUnsafeMutableBufferPointer { buffer in
            let marks = Unchecked(buffer)   // each run writes its own words only
            _ = Parallel.map(runs.count) { r in
                // (The kinds read through the buffer: this runs for every token of the text.)
                let punctuationBefore = tokens.withUnsafeBufferPointer { tokens in
                    runs[r].filter { tokens[$0].kind == .word && tokens[$0 - 1].kind == .punctuation }
                }
                for i in punctuationBefore {
                    var k = i - 1
                    // Skip opening marks: “The, (“The
                    while k >= 0, tokens[k].kind == .punctuation, opensText(k) { k -= 1 }
                    if k < i - 1 {
                        // The word follows opening marks; it starts something if they do.
                        if k < 0 || marks.value[k + 1] || startsClause(k) || tokens[k + 1].flags.contains(.spaceBefore) {
                            marks.value[i] = true
                        }
                    } else if startsClause(k) {
                        marks.value[i] = true
                    }
                }
            }
        }
        return initial
    }

    /// An opening quotation mark or bracket at token `k`.
    func opensText(_ k: Int) -> Bool {
        let c = doc.scalars[doc.tokenTable[k].start]
        if c == "\"" || c == "'" { return doc.tokenTable[k].flags.contains(.spaceBefore) || k == 0 }
        return QuoteMarkClass.isOpener(c) && c != "("
    }

    /// Punctuation after which a capital means nothing: ":" ";" and dashes.
    func startsClause(_ k: Int) -> Bool {
        guard k >= 0, doc.tokenTable[k].kind == .punctuation else { return false }
        let c = doc.scalars[doc.tokenTable[k].start]
        return c == ":" || c == ";" || ScalarClass.isDash(c) || c == "-" && (isSpacedHyphen(k) || endsSlug(k))
    }

    /// The hyphen of a wire slug at a paragraph's start: "UPDATE 1-Dam dispute
    /// deepens", where the headline starts after it.
    func endsSlug(_ k: Int) -> Bool {
        let tokens = doc.tokenTable
        guard k >= 1, doc.scalars[tokens[k].start] == "-" else { return false }
        var slug = k - 1
        if tokens[slug].kind == .number, slug >= 1 { slug -= 1 }
        return tokens[slug].kind == .word && tokens[slug].isAllCaps
            && Self.standaloneCapitalHashes.contains(doc.hash(ofToken: slug)) && doc.opensParagraph(slug)
    }

    /// A hyphen with white space on both sides, typed for a dash: "ISLAMABAD
    /// (Reuters) - Floods killed", "the weir - built in May - broke".
    func isSpacedHyphen(_ k: Int) -> Bool {
        let tokens = doc.tokenTable
        return tokens[k].kind == .punctuation && doc.scalars[tokens[k].start] == "-" && tokens[k].flags.contains(.spaceBefore)
            && k + 1 < tokens.count && tokens[k + 1].flags.contains(.spaceBefore)
    }

    /// Short first paragraphs in title case ("Hundreds Dead In Stampede") are headlines.
    mutating func findHeadlines() {
        guard let first = doc.paragraphTokens.first, doc.paragraphTokens.count > 1 else { return }
        // (Counted, not filtered into arrays: this runs once for every article of a corpus.)
        var words = 0, capitalised = 0
        for t in first where doc.tokenTable[t].kind == .word && doc.tokenTable[t].end - doc.tokenTable[t].start > 3 {
            words += 1
            if doc.tokenTable[t].isCapitalised { capitalised += 1 }
        }
        guard words > 0, first.count < 40 else { return }
        let last = doc.tokenTable[first.upperBound - 1]
        let endsSentence = ScalarClass.isSentenceTerminal(doc.scalars[last.start])
        if !endsSentence && capitalised * 10 >= words * 6 {
            headlineTokens = first
        }
    }

    func isCapitalisedWord(_ i: Int) -> Bool {
        i >= 0 && i < doc.tokenTable.count && doc.tokenTable[i].kind == .word && doc.tokenTable[i].isCapitalised
    }

    mutating func collectCapitalisationEvidence() {
        let tokens = doc.tokenTable
        // A big text is read in two halves at once; the sets are joined after.
        let halves = Parallel.split(tokens.indices, into: tokens.count > Analyzer.splitThreshold ? 2 : 1)
        let finder = self
        let capitalised = Parallel.map(halves.count) { k in finder.capitalisedWords(in: halves[k]) }
        var wanted = capitalised[0].wanted
        capitalisedMidSentence = capitalised[0].midSentence
        for more in capitalised.dropFirst() {
            wanted.formUnion(more.wanted)
            capitalisedMidSentence.formUnion(more.midSentence)
        }
        guard wanted.count > 0 else { return }
        let lowerHashes = doc.tokenLowerHashes, wantedWords = wanted
        let found = Parallel.map(halves.count) { k -> HashSet64 in
            var seen = HashSet64()
            // (Through the arrays' buffers: this runs for every token of the text.)
            tokens.withUnsafeBufferPointer { tokens in
                lowerHashes.withUnsafeBufferPointer { lowerHashes in
                    for i in halves[k] {
                        let t = tokens[i]
                        guard t.kind == .word, !t.isCapitalised, !t.isAllCaps else { continue }
                        let h = lowerHashes[i]
                        if wantedWords.contains(h) { seen.insert(h) }
                    }
                }
            }
            return seen
        }
        lowercaseElsewhere = found[0]
        for more in found.dropFirst() { lowercaseElsewhere.formUnion(more) }
    }

    /// The capitalised words of `range` (their lower-case hashes, to look for
    /// the same words in lower case), and the words that stand alone mid-sentence.
    func capitalisedWords(in range: Range<Int>) -> (wanted: HashSet64, midSentence: HashSet64) {
        let tokens = doc.tokenTable
        // (Room for about a capitalised word in eight, up to 4,096 before they
        // grow: a short article's sets are then made once, not grown four times.)
        let room = min(range.count / 8, 4_096)
        var wanted = HashSet64(minimumCapacity: room)
        var midSentence = HashSet64(minimumCapacity: room / 2)
        for i in range where tokens[i].kind == .word && tokens[i].isCapitalised {
            if !tokens[i].isAllCaps { wanted.insert(lowerHash(i)) }
            // Evidence that a word is a one-word name: it stands alone, capitalised, mid-sentence
            // ("Gloria said"), not inside a longer name ("Shanghai Cooperation Organisation").
            if !sentenceInitial[i], !inHeadline(i), !isCapitalisedWord(i - 1), !isCapitalisedWord(i + 1) {
                midSentence.insert(hash(i))
            }
        }
        return (wanted, midSentence)
    }
}
