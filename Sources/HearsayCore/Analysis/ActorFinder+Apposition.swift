/// Types that an apposition gives a name: "the airline, Ryanair, said" and
/// "Ryanair, the Irish airline, said" make Ryanair an organisation, though its
/// capitals alone made it a person (the guess for an unknown name).
extension ActorFinder {
    /// Retypes as organisations the names put in apposition to a description of a
    /// body (`Lexicon.organisationDescriptions`). Only names typed by that guess
    /// change: not one with a title, a role or a given name's gender, which are people.
    /// (`parts` overrides how many pieces the mentions are read in, for tests.)
    mutating func typeByApposition(parts: Int? = nil) {
        // Which actors the guess typed, read field by field (no copy of each actor's
        // strings and arrays for every mention).
        let actors = table.actors
        let candidate = actors.indices.map { a in
            actors[a].type == .person && actors[a].origin == .text && actors[a].roles.isEmpty && actors[a].gender == nil
        }
        // A big text's mentions are read in two halves at once: an actor is
        // retyped when any of its mentions is described, whichever half finds it.
        let mentions = table.mentions, finder = self
        let halves = Parallel.split(mentions.indices, into: parts ?? (mentions.count > Self.appositionSplit ? 2 : 1))
        let retyped = Parallel.map(halves.count) { k -> [(actor: Int, type: ActorType)] in
            var found: [(actor: Int, type: ActorType)] = [], open = candidate
            for m in mentions[halves[k]] where m.kind == .named && m.rule == .capitalised && open[m.actor] {
                let first = finder.doc.tokenIndex(atOrAfter: m.range.start)
                let last = finder.doc.tokenIndex(atOrAfter: m.range.end - 1)
                if let type = finder.describedBefore(first) ? .organisation : finder.described(after: last) {
                    found.append((m.actor, type))
                    open[m.actor] = false
                }
            }
            return found
        }
        // (An actor both halves found takes the first half's type, as one pass would.)
        var typed = Array(repeating: false, count: actors.count)
        for (a, type) in retyped.joined() where !typed[a] {
            typed[a] = true
            table.setType(type, of: a)
        }
    }

    /// Texts with more mentions than this have them read on both cores.
    static let appositionSplit = 20_000

    /// "the operator, Estuary Link," or "Her publisher, Nordvik Books," — a
    /// description, a comma, the name, a comma.
    func describedBefore(_ first: Int) -> Bool {
        let comma = first - 1, noun = first - 2
        guard noun >= 1, doc.token(comma, isPunctuation: ","), isDescriptionNoun(noun, HashedWords.organisationDescriptions)
        else { return false }
        // "the" (or "her", "its") at most two words before the noun: "the regional bus operator".
        return ((max(0, noun - 3))..<noun).contains {
            doc.token($0, is: "the") || doc.tokenTable[$0].kind == .word && HashedWords.possessivePronouns.contains(lowerHash($0))
        }
    }

    /// "Ryanair, the Irish airline," or "IG Metall, Germany's largest union,"
    /// (an organisation); "Storholmen, an island off the coast" (a place): the
    /// name, a comma, a description. Nil when no description follows.
    func described(after last: Int) -> ActorType? {
        guard let k = descriptionEnd(after: last) else { return nil }
        // ("a documentary maker" is a person; "the maker of ready meals" a company.)
        if isDescriptionNoun(k - 1, HashedWords.organisationDescriptions), !doc.token(k - 1, is: "maker") || doc.token(k, is: "of") {
            return .organisation
        }
        if isDescriptionNoun(k - 1, HashedWords.placeDescriptions) { return .place }
        return nil
    }

    /// "Luna, a 12-year-old elephant,": a name described as a thing or an
    /// animal, no actor.
    func describedAsAThing(after last: Int) -> Bool {
        guard let k = descriptionEnd(after: last) else { return false }
        return isDescriptionNoun(k - 1, HashedWords.namedThingNouns)
    }

    /// The token after the noun of the description in apposition after `last`
    /// (its noun is the token before), or nil when no description follows.
    private func descriptionEnd(after last: Int) -> Int? {
        let comma = last + 1
        guard doc.token(comma, isPunctuation: ","), comma + 3 < doc.tokenTable.count else { return nil }
        let opening: Int
        if doc.tokenTable[comma + 1].kind == .word, HashedWords.articles.contains(lowerHash(comma + 1)) {
            opening = comma + 2
        } else if doc.tokenTable[comma + 1].kind == .word, doc.tokenTable[comma + 2].kind == .possessive {
            opening = comma + 3
        } else {
            return nil
        }
        // The description's noun is its last word before a comma, a stop or a preposition,
        // at most six words on: "the Irish airline," "the San Francisco-based artificial
        // intelligence start-up," but "a spokesman for the ministry".
        // (Or before a participle or a relative: "a senior advocate representing
        // the union" is an advocate, not a union.)
        // (An age's number and hyphens go by: "a 12-year-old elephant".)
        var k = opening
        while k < min(doc.tokenTable.count, opening + 6), k < doc.tokenTable.count - 1,
              doc.tokenTable[k].kind == .number || doc.token(k, isPunctuation: "-") {
            k += 1
        }
        while k < min(doc.tokenTable.count, opening + 6), doc.tokenTable[k].kind == .word,
              !HashedWords.phrasePrepositions.contains(lowerHash(k)), !doc.token(k, is: "in"),
              !HashedWords.placeDescriptionEnds.contains(lowerHash(k)),
              k == opening || !doc.token(k, endsWith: "ing") && !HashedWords.relativePronouns.contains(lowerHash(k)) { k += 1 }
        guard k < doc.tokenTable.count, doc.tokenTable[k].kind == .punctuation || doc.tokenTable[k].kind == .word else { return nil }
        return k
    }

    /// The post named in apposition to a name: before it ("The Education
    /// Secretary, Marcus Pell,", "Lumora’s chief executive, Priya Raman,") or
    /// after it ("Marcus Hale, policy director,", "Danielle Bell, head of the
    /// mission"), in lower case; nil when no post ends in a role's word.
    func roleInApposition(around run: Range<Int>) -> String? {
        let tokens = doc.tokenTable
        // Before: a determiner or an owner, up to four words, the role's word, a comma.
        if run.lowerBound >= 2, doc.token(run.lowerBound - 1, isPunctuation: ","), isPostWord(run.lowerBound - 2) {
            var start = run.lowerBound - 2
            while start > max(0, run.lowerBound - 6), tokens[start - 1].kind == .word,
                  !HashedWords.determiners.contains(lowerHash(start - 1)), !HashedWords.possessivePronouns.contains(lowerHash(start - 1)) {
                start -= 1
            }
            let opener = start - 1
            let opens = opener < 0 || tokens[opener].kind == .possessive || tokens[start].flags.contains(.newlineBefore)
                || tokens[opener].kind == .word && (HashedWords.determiners.contains(lowerHash(opener)) || HashedWords.possessivePronouns.contains(lowerHash(opener)))
            if opens, start < run.lowerBound - 1 { return role(start..<(run.lowerBound - 1)) }
        }
        // After: a comma, an article or an owner maybe, up to four words ending in the role's word.
        guard run.upperBound + 2 < tokens.count, doc.token(run.upperBound, isPunctuation: ",") else { return nil }
        var start = run.upperBound + 1
        let article = tokens[start].kind == .word && HashedWords.articles.contains(lowerHash(start))
        if article { start += 1 }
        // ("the Met Office’s chief meteorologist": an owner of up to three words.)
        var owner = start
        while owner < min(tokens.count - 1, start + 3), tokens[owner].kind == .word, tokens[owner].isCapitalised { owner += 1 }
        if owner > start, owner < tokens.count, tokens[owner].kind == .possessive { start = owner + 1 }
        // "Helen Ashcroft, the Leader of the Opposition,": a title of several words.
        if article, let title = matchTitle(at: start, within: start..<min(tokens.count, start + 6)), title.hashes.count >= 2,
           start + title.hashes.count < tokens.count, tokens[start + title.hashes.count].kind == .punctuation {
            return role(start..<(start + title.hashes.count))
        }
        var end = start
        // (In lower case: "In Swindon, Minister of Education Élodie Kierkegaard said"
        // titles the next name, not Swindon. After an article, in capitals too:
        // "Daniel Whitcombe, the Prime Minister, replied".)
        while end < min(tokens.count, start + 4), tokens[end].kind == .word, article || !tokens[end].isCapitalised,
              !tokens[end].flags.contains(.newlineBefore) {
            if isPostWord(end) {
                let after = end + 1
                // ("a spokesperson for Aviva", "the flight director on duty".)
                if after >= tokens.count || tokens[after].kind == .punctuation
                    || tokens[after].kind == .word && HashedWords.postModifiers.contains(lowerHash(after)) {
                    return role(start..<(end + 1))
                }
            }
            end += 1
        }
        return nil
    }

    /// A word that ends a post's name: a role's word ("director", "secretary",
    /// "head") or an office's last word ("executive", "vice-president").
    private func isPostWord(_ i: Int) -> Bool {
        let t = doc.tokenTable[i]
        guard t.kind == .word else { return false }
        return gazetteer.singleWordRole(lowerHash: lowerHash(i)) != nil || HashedWords.officeEnds.contains(lowerHash(i))
    }

    private func role(_ words: Range<Int>) -> String {
        doc.string(TextRange(doc.tokenTable[words.lowerBound].start, doc.tokenTable[words.upperBound - 1].end)).lowercasedFast()
    }

    private func isDescriptionNoun(_ i: Int, _ nouns: HashSet64) -> Bool {
        i >= 0 && doc.tokenTable[i].kind == .word && !doc.tokenTable[i].isCapitalised && nouns.contains(lowerHash(i))
    }

}
