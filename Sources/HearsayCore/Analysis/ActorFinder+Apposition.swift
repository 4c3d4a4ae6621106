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
        let retyped = Parallel.map(halves.count) { k -> [Int] in
            var found: [Int] = [], open = candidate
            for m in mentions[halves[k]] where m.kind == .named && m.rule == .capitalised && open[m.actor] {
                let first = finder.doc.tokenIndex(atOrAfter: m.range.start)
                let last = finder.doc.tokenIndex(atOrAfter: m.range.end - 1)
                if finder.describedBefore(first) || finder.describedAfter(last) {
                    found.append(m.actor)
                    open[m.actor] = false
                }
            }
            return found
        }
        for a in retyped.joined() { table.setType(.organisation, of: a) }
    }

    /// Texts with more mentions than this have them read on both cores.
    static let appositionSplit = 20_000

    /// "the operator, Estuary Link," — a description, a comma, the name, a comma.
    func describedBefore(_ first: Int) -> Bool {
        let comma = first - 1, noun = first - 2
        guard noun >= 1, doc.token(comma, isPunctuation: ","), isDescriptionNoun(noun) else { return false }
        // "the" at most two words before the noun: "the regional bus operator".
        return ((max(0, noun - 3))..<noun).contains { doc.token($0, is: "the") }
    }

    /// "Ryanair, the Irish airline," or "IG Metall, Germany's largest union," — the
    /// name, a comma, a description.
    func describedAfter(_ last: Int) -> Bool {
        let comma = last + 1
        guard doc.token(comma, isPunctuation: ","), comma + 3 < doc.tokenTable.count else { return false }
        let opening: Int
        if doc.tokenTable[comma + 1].kind == .word, HashedWords.articles.contains(lowerHash(comma + 1)) {
            opening = comma + 2
        } else if doc.tokenTable[comma + 1].kind == .word, doc.tokenTable[comma + 2].kind == .possessive {
            opening = comma + 3
        } else {
            return false
        }
        // The description's noun is its last word before a comma, a stop or a preposition,
        // at most four words on: "the Irish airline," but "a spokesman for the ministry".
        var k = opening
        while k < min(doc.tokenTable.count, opening + 4), doc.tokenTable[k].kind == .word,
              !HashedWords.phrasePrepositions.contains(lowerHash(k)), !doc.token(k, is: "in") { k += 1 }
        return k < doc.tokenTable.count && isDescriptionNoun(k - 1)
            && (doc.tokenTable[k].kind == .punctuation || doc.tokenTable[k].kind == .word)
    }

    private func isDescriptionNoun(_ i: Int) -> Bool {
        i >= 0 && doc.tokenTable[i].kind == .word && !doc.tokenTable[i].isCapitalised
            && HashedWords.organisationDescriptions.contains(lowerHash(i))
    }

}
