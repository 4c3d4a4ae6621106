/// Types that an apposition gives a name: "the airline, Ryanair, said" and
/// "Ryanair, the Irish airline, said" make Ryanair an organisation, though its
/// capitals alone made it a person (the guess for an unknown name).
extension ActorFinder {
    /// Retypes as organisations the names put in apposition to a description of a
    /// body (`Lexicon.organisationDescriptions`). Only names typed by that guess
    /// change: not one with a title, a role or a given name's gender, which are people.
    mutating func typeByApposition() {
        var retyped: [Int] = []
        for m in table.mentions where m.kind == .named && m.rule == .capitalised {
            let actor = table.actors[m.actor]
            guard actor.type == .person, actor.origin == .text, actor.roles.isEmpty, actor.gender == nil else { continue }
            let first = doc.tokenIndex(atOrAfter: m.range.start)
            let last = doc.tokenIndex(atOrAfter: m.range.end - 1)
            if describedBefore(first) || describedAfter(last) { retyped.append(m.actor) }
        }
        for a in retyped { table.setType(.organisation, of: a) }
    }

    /// "the operator, Estuary Link," — a description, a comma, the name, a comma.
    func describedBefore(_ first: Int) -> Bool {
        let comma = first - 1, noun = first - 2
        guard noun >= 1, isPunct(comma, ","), isDescriptionNoun(noun) else { return false }
        // "the" at most two words before the noun: "the regional bus operator".
        return ((max(0, noun - 3))..<noun).contains { doc.token($0, is: "the") }
    }

    /// "Ryanair, the Irish airline," or "IG Metall, Germany's largest union," — the
    /// name, a comma, a description.
    func describedAfter(_ last: Int) -> Bool {
        let comma = last + 1
        guard isPunct(comma, ","), comma + 3 < doc.tokens.count else { return false }
        let opening: Int
        if doc.token(comma + 1, is: "the") || doc.token(comma + 1, is: "a") || doc.token(comma + 1, is: "an") {
            opening = comma + 2
        } else if doc.tokens[comma + 1].kind == .word, doc.tokens[comma + 2].kind == .possessive {
            opening = comma + 3
        } else {
            return false
        }
        // The description's noun is its last word before a comma, a stop or a preposition,
        // at most four words on: "the Irish airline," but "a spokesman for the ministry".
        var k = opening
        while k < min(doc.tokens.count, opening + 4), doc.tokens[k].kind == .word,
              !HashedWords.phrasePrepositions.contains(lowerHash(k)), !doc.token(k, is: "in") { k += 1 }
        return k < doc.tokens.count && isDescriptionNoun(k - 1)
            && (doc.tokens[k].kind == .punctuation || doc.tokens[k].kind == .word)
    }

    private func isDescriptionNoun(_ i: Int) -> Bool {
        i >= 0 && doc.tokens[i].kind == .word && !doc.tokens[i].isCapitalised
            && HashedWords.organisationDescriptions.contains(lowerHash(i))
    }

    private func isPunct(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i >= 0 && i < doc.tokens.count && doc.tokens[i].kind == .punctuation && doc.scalars[doc.tokens[i].start] == c
    }
}
