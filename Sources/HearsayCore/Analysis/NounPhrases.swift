/// The noun phrases that name speakers, found by walking from a speech verb.
///
/// Not a parser: a speaker phrase is a run of words, possessives, honorific
/// stops and bracketed asides, with "of"/"for" allowed inside ("special
/// representative for Afghanistan") and clause words ("that", "and", "in") ending it.
extension TokenContext {
    /// The subject of the verb at `verb`: the phrase to its left, past auxiliaries
    /// and adverbs ("has also said"), choosing the named person of an apposition
    /// ("Khaled Al-Maeena, editor at large at the Saudi Gazette, said").
    /// Whether token `i` is a quotation mark.
    func isQuoteMark(_ i: Int) -> Bool {
        i >= 0 && i < count && doc.tokenTable[i].kind == .punctuation && QuoteMarkClass.isQuoteMark(doc.scalars[doc.tokenTable[i].start])
    }

    /// The token before "titled" (or "called", "entitled", "headlined") when
    /// the quotation that ends at or around `m` is the title it gives; nil otherwise.
    func titledQuotation(endingAt m: Int, floor: Int) -> Int? {
        var q = m
        while q >= floor, q > m - 40, inQuote(q) || isQuoteMark(q) { q -= 1 }
        guard q >= floor, word(q, in: HashedWords.titlingWords) else { return nil }
        return q - 1
    }

    /// The start of a phrase of time that ends at `k` ("last year", "this
    /// week", "on Monday", "in 2019", "in March", "at the time"), or nil.
    func timeBefore(_ k: Int, floor: Int) -> Int? {
        guard k - 1 >= floor, isWord(k) || doc.tokenTable[k].kind == .number else { return nil }
        let last = doc.lowerHash(ofToken: k)
        if word(k - 1, in: HashedWords.timeDeterminers), HashedWords.timeNouns.contains(last) { return k - 1 }
        if word(k - 1, is: "on"), HashedWords.weekdays.contains(last) { return k - 1 }
        if word(k - 1, is: "in"), HashedWords.months.contains(last) || doc.tokenTable[k].kind == .number && doc.tokenTable[k].end - doc.tokenTable[k].start == 4 {
            return k - 1
        }
        if k - 2 >= floor, word(k - 2, is: "at"), word(k - 1, is: "the"), word(k, is: "time") { return k - 2 }
        return nil
    }

    func subject(ofVerb verb: Int, mentions: MentionIndex, actors: [Actor]) -> Range<Int>? {
        let floor = sentenceTokens(of: verb).lowerBound
        var k = verb - 1
        while k >= floor, isAuxiliary(k) { k -= 1 }
        // "Unison last year warned", "the ministry on Monday said", "a report
        // at the time warned": when, not who.
        if let start = timeBefore(k, floor: floor), start > floor, isWord(start - 1) {
            k = start - 1
            while k >= floor, isAuxiliary(k) { k -= 1 }
        }
        guard k >= floor else { return nil }
        // (An aside between dashes is one between commas: "Jane Doe — who chairs the committee — said".)
        let separator: (Int) -> Bool = { self.isPunct($0, ",") || self.isDash($0) }
        if separator(k) {
            // Apposition: "B, A, said", or several asides: "Margaret Doyle, 74, who has
            // lived there for forty years, said". Walk back over the comma-separated
            // segments; the nearest one with a named person is the subject, else the
            // first (the one the asides hang on).
            var segments: [Range<Int>] = []
            var end = k
            var m = k - 1
            while segments.count < 5 {
                while m >= floor, m > end - 25, !separator(m), !isTerminal(m) {
                    // (A closing mark, not an apostrophe: "the bishops’ conference".)
                    if inQuote(m) || isQuoteMark(m) && m > floor && inQuote(m - 1) {
                        // A work's title in the aside is no speech: "A report by
                        // Unison, titled “Running on Empty”, warned".
                        guard let before = titledQuotation(endingAt: m, floor: floor) else { break }
                        m = before
                        continue
                    }
                    m -= 1
                }
                segments.append((m + 1)..<end)
                guard m >= floor, separator(m) else { break }
                end = m
                m -= 1
            }
            // (A segment's phrase ends before a phrase of time that ends it:
            // "A report by Unison at the time, titled “…”, warned".)
            let lastWord = { (seg: Range<Int>) -> Int in
                self.timeBefore(seg.upperBound - 1, floor: seg.lowerBound).map { $0 - 1 } ?? seg.upperBound - 1
            }
            let phrases = segments.enumerated().compactMap { (n, seg) -> Range<Int>? in
                seg.isEmpty ? nil : phrase(endingAt: lastWord(seg), floor: seg.lowerBound, allowAll: n < segments.count - 1)
            }
            // The segment that starts the clause (reached the sentence start or a comma before it).
            let first = segments.last.flatMap { seg in seg.isEmpty ? nil : phrase(endingAt: lastWord(seg), floor: seg.lowerBound, allowAll: false) }
            // ("Pettifer’s barrister, Malcolm Strand KC, said": the person named in
            // apposition, not the one whose barrister he is.)
            let named = phrases.first(where: { mentions.hasPerson(in: range($0), actors: actors) })
            if let first, mentions.hasPerson(in: range(first), actors: actors),
               named == nil || named == first || !namesOnlyAnOwner(first, mentions: mentions, actors: actors) { return first }
            if let named { return named }
            // "The regulator, Ofwat, said": a body's name in apposition to a bare description;
            // "The United Nations refugee agency, UNHCR, said": to a body's description.
            if let first, mentions.first(in: range(first)) == nil
                || word(first.upperBound - 1, in: HashedWords.organisationDescriptions),
               let named = phrases.first(where: { p in
                   mentions.named(exactly: range(p)).map { mentions.first(in: range(first)) == nil || actors[$0.actor].type == .organisation } == true
               }) {
                return named
            }
            return segments.count > 1 ? first : nil
        }
        guard var np = phrase(endingAt: k, floor: floor, allowAll: false) else { return nil }
        // "A Department of Health and Social Care spokesperson said": the walk
        // stops at the "and" inside the body's name; the phrase takes in all of it.
        if let name = mentions.named(straddling: token(np.lowerBound).start) {
            var start = doc.tokenIndex(atOrAfter: name.range.start)
            if start > floor, word(start - 1, in: HashedWords.articles) { start -= 1 }
            if start >= floor, start < np.lowerBound { np = start..<np.upperBound }
        }
        // `core`: the phrase without a place after "in" (below); `before`: the word before it.
        var core = np
        var before = np.lowerBound - 1
        // "residents of the estate in Dunhampton have accused": a place after "in"
        // ends the subject, it is not the subject.
        if before > floor, word(before, in: HashedWords.placePrepositions), np.count <= 3,
           mentions.first(in: range(np), where: { [.place, .state].contains(actors[$0.actor].type) }) != nil,
           let head = phrase(endingAt: before - 1, floor: floor, allowAll: false) {
            np = head.lowerBound..<np.upperBound
            core = head
            before = head.lowerBound - 1
        }
        // "Priya Rao at Numis said": a person's employer after "at" or "of" is
        // where the speaker works; the person before it speaks.
        if before > floor, word(before, is: "at") || word(before, is: "of"), core.count <= 4,
           mentions.first(in: range(core), where: { actors[$0.actor].type == .organisation }) != nil,
           let head = phrase(endingAt: before - 1, floor: floor, allowAll: false),
           mentions.hasPerson(in: range(head), actors: actors) {
            return head.lowerBound..<np.upperBound
        }
        // "Doctors at the hospital said", "nurses at Kingsway Hospital in Leeds
        // said": a workplace, described or named, after "at" or "from" says
        // where the speakers work; the people before it (a role's word) speak.
        if before > floor, word(before, is: "at") || word(before, is: "from"), core.count <= 5,
           word(core.lowerBound, in: HashedWords.articles) && mentions.first(in: range(core)) == nil
            || mentions.first(in: range(core), where: { actors[$0.actor].type == .organisation }) != nil,
           isWord(before - 1), isRoleWord(before - 1) {
            // (The role's word alone when it opens the sentence: "Doctors" is
            // no subject's first word to the phrase walk, which drops it.)
            let head = phrase(endingAt: before - 1, floor: floor, allowAll: false) ?? (before - 1)..<before
            return head.lowerBound..<np.upperBound
        }
        return np
    }

    /// A role's word, or its plural ("nurse", "nurses", "officials").
    func isRoleWord(_ k: Int) -> Bool {
        if gazetteer.namesAPerson(lowerHash: doc.lowerHash(ofToken: k)) { return true }
        guard token(k).end - token(k).start > 3, let singular = doc.singularLowerHash(ofToken: k) else { return false }
        return gazetteer.namesAPerson(lowerHash: singular)
    }

    /// The phrase that ends at token `end`, walking left.
    func phrase(endingAt end: Int, floor: Int, allowAll: Bool) -> Range<Int>? {
        // A pronoun is a phrase by itself: "citing what she called “…”" is said by "she".
        if end >= floor, isWord(end), !token(end).isCapitalised || end == floor,
           word(end, in: HashedWords.subjectPronouns) { return end..<(end + 1) }
        var k = end
        var start = end + 1
        var words = 0
        while k >= floor, words < 14 {
            let t = token(k)
            if inQuote(k) { break }
            if t.kind == .possessive { start = k; k -= 1; continue }
            if t.kind == .punctuation {
                let c = doc.scalars[t.start]
                if c == ".", k > floor, isWord(k - 1), Abbreviations.titlesAndUnits.contains(key(k - 1)) {
                    start = k; k -= 1; continue
                }
                if c == ")" {
                    // "(Italian Episcopal Conference)"
                    var m = k - 1
                    while m >= floor, m > k - 10, !isPunct(m, "(") { m -= 1 }
                    if isPunct(m, "(") { start = m; k = m - 1; continue }
                }
                if allowAll, c == "’" || c == "'" || c == "-" { start = k; k -= 1; continue }
                if c == "&", k > floor, k < end, isWord(k - 1), token(k - 1).isCapitalised, token(k + 1).isCapitalised {
                    start = k; k -= 1; continue
                }
                // A plural's possessive: "the national nurses’ union".
                if c == "’" || c == "'", doc.isPluralPossessive(k) { start = k; k -= 1; continue }
                break
            }
            if t.kind == .number { start = k; k -= 1; words += 1; continue }
            if !allowAll, !t.isCapitalised, word(k, in: HashedWords.clauseBreakers) || isCue(k) { break }
            if !t.isCapitalised, !allowAll, k != end, isCueWord(k) { break }
            start = k
            words += 1
            // An article opens its phrase: "Every few years a minister says" is
            // said by "a minister". Unless a preposition comes before it: "the
            // head of the agency".
            // ("protesters outside the town hall chanted": a place's preposition too.)
            if !allowAll, k < end, k > floor, t.end - t.start <= 3, word(k, in: HashedWords.articles), isWord(k - 1),
               !word(k - 1, in: HashedWords.phrasePrepositions), !word(k - 1, in: HashedWords.locativesInPhrase),
               !token(k - 1).isCapitalised || k - 1 == floor {
                break
            }
            k -= 1
        }
        guard start <= end else { return nil }
        var r = start..<(end + 1)
        // Drop leading words that cannot start a subject: "Additionally", "However".
        while !r.isEmpty, opensNoSubject(r.lowerBound) { r = (r.lowerBound + 1)..<r.upperBound }
        while !r.isEmpty, !isWord(r.lowerBound), !isPunct(r.lowerBound, "(") { r = (r.lowerBound + 1)..<r.upperBound }
        return r.isEmpty ? nil : r
    }

    /// The phrase that starts at `start`, walking right: "the foreign minister",
    /// "a senior official at the commission", "Ambassador Mohib".
    func phrase(startingAt start: Int, limit: Int) -> Range<Int>? {
        var k = start
        var end = start
        while k < min(limit, count), k < start + 12 {
            let t = token(k)
            if inQuote(k) { break }
            if k > start, t.flags.contains(.newlineBefore) { break }   // a phrase stays on its line
            if t.kind == .possessive { k += 1; end = k; continue }
            if t.kind == .punctuation {
                let c = doc.scalars[t.start]
                if c == ".", isWord(k - 1), Abbreviations.titlesAndUnits.contains(key(k - 1)), isWord(k + 1) {
                    k += 1; continue
                }
                // "S&P Global Ratings", "Marks & Spencer": an ampersand inside a name.
                if c == "&", k > start, isWord(k + 1), token(k + 1).isCapitalised, token(k - 1).isCapitalised { k += 1; continue }
                // "The employers’ federation": a plural's possessive, its noun after it.
                if k > start, isPluralPossessive(k), isWord(k + 1) { k += 1; end = k; continue }
                break
            }
            if t.kind == .number { k += 1; end = k; continue }
            if !t.isCapitalised {
                if isCue(k) || isAuxiliary(k) && k > start { break }
                // "Astana introduced the inspections": a past tense after a name and
                // before an article or a determiner is the name's verb ("Pakistan
                // armed forces" keeps its adjective: no determiner follows).
                if k > start, token(k - 1).isCapitalised, doc.token(k, endsWith: "ed"), word(k + 1, in: HashedWords.determiners) { break }
                if word(k, in: HashedWords.phraseEnders) { break }
                // "said a Western diplomat briefed on the talks", "an official
                // speaking on condition of anonymity": a participle after the role
                // ends the phrase.
                if k > start, doc.token(k, endsWith: "ed") || doc.token(k, endsWith: "ing"), isWord(k - 1), isRoleWord(k - 1) { break }
                // "by opposition MPs last night": when, not who.
                if k > start, word(k, in: HashedWords.timeAdverbials) { break }
                if word(k, in: HashedWords.phrasePrepositions) {
                    // Only inside a phrase, and only when a noun follows.
                    guard k > start, isWord(k + 1) else { break }
                    k += 1
                    continue
                }
            }
            k += 1
            end = k
        }
        guard end > start else { return nil }
        return start..<end
    }

    /// A capitalised word that cannot start a subject: a stopword ("However",
    /// "Every", "Additionally") that is neither a determiner nor a subject pronoun.
    func opensNoSubject(_ k: Int) -> Bool {
        isWord(k) && token(k).isCapitalised && gazetteer.stopwordHashes.contains(doc.hash(ofToken: k))
            && !word(k, in: HashedWords.determiners) && !word(k, in: HashedWords.subjectPronouns)
            // ("Officials said", "Analysts said": a role's plural is a subject, though it opens no name.)
            && !isRoleWord(k)
    }

    /// A phrase without its leading article: "the city" → "city".
    /// Where a sentence's main clause starts when a clause or phrase opens it at
    /// `first` ("After meeting Jones, Smith said", "Asked whether …, he smiled",
    /// "Speaking in Geneva, she said"): the token after its comma. `first` itself
    /// when nothing opens the sentence; nil when an opening has no comma before `limit`.
    func mainClauseStart(from first: Int, before limit: Int) -> Int? {
        // (Not any past participle: "Retired teacher Georgi Pavlov, 68, said" opens with its subject.)
        guard isWord(first), word(first, in: HashedWords.clauseOpeners) || doc.token(first, endsWith: "ing") else { return first }
        return (first..<limit).first(where: { isPunct($0, ",") }).map { $0 + 1 }
    }

    /// Whether the people `np` names are all owners ("Pettifer’s barrister"):
    /// each mention followed by "’s" inside the phrase.
    func namesOnlyAnOwner(_ np: Range<Int>, mentions: MentionIndex, actors: [Actor]) -> Bool {
        var sawOwner = false
        for m in mentions.mentions(in: range(np)) where actors[m.actor].type == .person && m.kind == .named {
            let after = doc.tokenIndex(atOrAfter: m.range.end)
            guard after < np.upperBound, token(after).kind == .possessive else { return false }
            sawOwner = true
        }
        return sawOwner
    }

    /// "prosecutor Rebecca Ashworth KC", "Sir Keir Starmer MP": the letters
    /// after a name are no part of whom the phrase names.
    func withoutPostNominals(_ r: Range<Int>) -> Range<Int> {
        var r = r
        // (After a name only: "opposition MPs", "the local MP" are who spoke.)
        while r.count > 1, isWord(r.upperBound - 1), HashedWords.postNominals.contains(doc.hash(ofToken: r.upperBound - 1)),
              isWord(r.upperBound - 2), token(r.upperBound - 2).isCapitalised, !token(r.upperBound - 2).isAllCaps {
            r = r.lowerBound..<(r.upperBound - 1)
        }
        return r
    }

    func withoutArticle(_ r: Range<Int>) -> Range<Int> {
        if r.count > 1, word(r.lowerBound, in: HashedWords.articles) {
            return (r.lowerBound + 1)..<r.upperBound
        }
        return r
    }
}
