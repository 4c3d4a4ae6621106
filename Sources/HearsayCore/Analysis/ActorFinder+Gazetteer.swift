/// Names the gazetteer knows: states, capitals, demonyms, organisations, places.
extension ActorFinder {
    /// The end of "UN" in "UN-led": a capitalised part, a hyphen, then lower case.
    func capitalisedPrefixBeforeHyphen(_ i: Int) -> Int? {
        let t = doc.tokenTable[i]
        guard t.flags.contains(.hasHyphen) else { return nil }   // (most words: no scalar read)
        let s = doc.scalars
        var k = t.start
        while k < t.end, !ScalarClass.isHyphen(s[k]) { k += 1 }
        guard k > t.start, k + 1 < t.end, ScalarClass.isLowercase(s[k + 1]) else { return nil }
        // The rest must be one lower-case word: "led", "based" (not "al-Amr" nor "Tehreek-e-Taliban").
        var m = k + 1
        while m < t.end, ScalarClass.isLetter(s[m]) { m += 1 }
        guard m == t.end, m - k > 3 else { return nil }
        return k
    }

    /// "Kazakh-Kyrgyz", "Afghan-Pakistani": demonyms joined by hyphens, an
    /// adjective ("Kazakh-Kyrgyz border checks"), never a person's name.
    func isDemonymCompound(_ i: Int) -> Bool {
        let t = doc.tokenTable[i]
        guard t.flags.contains(.hasHyphen) else { return false }
        let s = doc.scalars
        var partStart = t.start
        var parts = 0
        for k in t.start...t.end where k == t.end || ScalarClass.isHyphen(s[k]) {
            guard k > partStart else { return false }
            let h = WordHash.exact(s[partStart..<k])
            guard gazetteer.surfacesByFirstHash[h]?.contains(where: { $0.words.count == 1 && $0.role == .demonym }) == true
            else { return false }
            parts += 1
            partStart = k + 1
        }
        return parts >= 2
    }

    static let basedHash = WordHash.lower("based")

    mutating func addHyphenPrefix(_ i: Int, end: Int) {
        let t = doc.tokenTable[i]
        let range = TextRange(t.start, end)
        let h = WordHash.exact(doc.scalars[t.start..<end])
        if let surface = gazetteer.surfacesByFirstHash[h]?.first(where: { $0.words.count == 1 }) {
            switch surface.role {
            case .name, .capital:
                // "Vienna-based": where something is, not the government that sits there.
                let located = surface.role == .capital && WordHash.lower(doc.scalars[(end + 1)..<t.end]) == Self.basedHash
                let metonym = surface.role == .capital && !located
                let a = gazetteerActor(metonym ? gazetteer.governing(surface.entry) : surface.entry)
                table.addMention(Mention(range: range, actor: a, kind: metonym ? .metonym : .named,
                                         rule: located ? .gazetteerPlace : .gazetteerPrefix), text: doc.string(range))
            case .demonym, .peopleNoun:
                break   // "Afghan-born" describes a person, it is not a mention
            }
            return
        }
        // An unknown acronym before a hyphen: "JRC-brokered".
        let name = doc.string(range)
        guard range.length >= 2, name.unicodeScalars.allSatisfy({ ScalarClass.isUppercase($0) || ScalarClass.isDigit($0) }) else { return }
        let a = table.actor(key: "name:" + Gazetteer.matchKey(doc.scalars[t.start..<end])) {
            Actor(id: "", name: name, type: .organisation, aliases: [], gender: nil, origin: .text)
        }
        table.addMention(Mention(range: range, actor: a, kind: .named, rule: .capitalisedPrefix), text: name)
    }

    /// What a match names, not the surface itself: copying a surface out
    /// retains its two arrays, which both cores share (see `UnownedTable`).
    struct GazetteerMatch { var entry: Int; var role: Gazetteer.SurfaceRole; var count: Int }

    func matchGazetteer(at i: Int) -> GazetteerMatch? {
        guard let candidates = gazetteer.surfacesByFirstHash[hash(i)] else {
            return doc.tokenTable[i].isAllCaps ? matchInCapitals(at: i) : nil
        }
        guard let match = firstMatch(candidates, at: i, sameWord: { k, surface, _ in hash(k) == surface.hashes[k - i] }) else {
            return doc.tokenTable[i].isAllCaps ? matchInCapitals(at: i) : nil
        }
        // "FC Zwolle", "FC Barcelona": a club's word in capitals that opens a
        // name is no acronym of its own (the Frontier Corps' "FC").
        if match.count == 1, doc.tokenTable[i].isAllCaps, HashedWords.organisationKeywords.contains(hash(i)),
           i + 1 < doc.tokenTable.count, doc.tokenTable[i + 1].flags.contains(.spaceBefore), isNameWord(i + 1) {
            return nil
        }
        return match
    }

    /// A name written in capitals ("UNITED NATIONS said", a headline's
    /// "PAKISTAN FLOODS"): every word of it in capitals, equal to the name's
    /// words but for case. Asked only when the exact match failed, of a word
    /// in capitals (an acronym in the gazetteer matches exactly first). The
    /// first word is looked up as a title writes it ("United"): the names the
    /// gazetteer lists start so, and no second table is made at every start.
    func matchInCapitals(at i: Int) -> GazetteerMatch? {
        let tokens = doc.tokenTable
        guard tokens[i].isAllCaps, tokens[i].kind == .word,
              let candidates = gazetteer.surfacesByFirstHash[WordHash.titleCase(doc.scalars[tokens[i].start..<tokens[i].end])]
        else { return nil }
        return firstMatch(candidates, at: i) { k, surface, tok in
            !(tok.kind == .word && tok.end - tok.start > 1 && !tok.isAllCaps) && lowerHash(k) == WordHash.lower(surface.words[k - i])
        }
    }

    /// The first (longest) of `candidates` whose words after the first are the
    /// tokens after `i`, as `sameWord(token index, surface, token)` compares
    /// them. Words of one name sit on one line, separated by at most a space;
    /// a name does not end inside a word ("UN" in "UN-backed" is fine, "Iran"
    /// in "Iranian" is another token).
    @inline(__always)
    func firstMatch(_ candidates: [Gazetteer.Surface], at i: Int,
                    sameWord: (Int, Gazetteer.Surface, Token) -> Bool) -> GazetteerMatch? {
        let tokens = doc.tokenTable
        // (By index: a surface copied out of the list retains its two arrays.)
        for c in candidates.indices {
            let n = candidates[c].words.count
            guard i + n <= tokens.count else { continue }
            var ok = true
            for k in (i + 1)..<max(i + n, i + 1) {
                let tok = tokens[k]
                if tok.flags.contains(.paragraphBefore) || !sameWord(k, candidates[c], tok) { ok = false; break }
            }
            if ok { return GazetteerMatch(entry: candidates[c].entry, role: candidates[c].role, count: n) }
        }
        return nil
    }

    mutating func addGazetteerMention(_ g: GazetteerMatch, at i: Int) {
        let entry = g.entry
        let tokens = doc.tokenTable
        let range = TextRange(tokens[i].start, tokens[i + g.count - 1].end)
        switch g.role {
        case .name, .peopleNoun:
            let a = gazetteerActor(entry, peopleNoun: g.role == .peopleNoun ? doc.string(range) : nil)
            table.addMention(Mention(range: range, actor: a, kind: .named, rule: .gazetteer), in: doc)
        case .capital:
            // The city, not its government: "in London", "in south London", "the
            // Mayor of London", "London's streets", "day-trippers from London".
            if isLocative(before: i) || isLocativePastCompass(before: i) || isPlaceOf(before: i)
                || hasTownsPossessive(after: i + g.count) || isHomeOrSeat(before: i) || placeNounFollows(i + g.count) {
                let a = gazetteerActor(entry)
                table.addMention(Mention(range: range, actor: a, kind: .named, rule: .gazetteerPlace), in: doc)
            } else {
                let a = gazetteerActor(gazetteer.governing(entry))
                table.addMention(Mention(range: range, actor: a, kind: .metonym, rule: .gazetteerCapitalMetonym), in: doc)
            }
        case .demonym:
            let next = i + g.count
            guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalised else { return }
            let noun = lower(next)
            if Lexicon.governmentNouns.contains(noun) {
                let a = gazetteerActor(gazetteer.governing(entry))
                let span = TextRange(range.start, tokens[next].end)
                table.addMention(Mention(range: span, actor: a, kind: .nominal, rule: .demonymGovernment), in: doc)
            } else if Lexicon.territoryNouns.contains(noun) {
                let a = gazetteerActor(entry)
                table.addMention(Mention(range: range, actor: a, kind: .named, rule: .demonymTerritory), in: doc)
            }
        }
    }

    /// The actor of gazetteer entry `e` (by index), or of the people a
    /// people noun of it names.
    mutating func gazetteerActor(_ e: Int, peopleNoun: String? = nil) -> Int {
        if let peopleNoun {
            // "Afghans" are people of the state, not the state.
            return table.actor(key: "people:" + peopleNoun) {
                Actor(id: "", name: peopleNoun, type: .group, aliases: [], gender: nil, origin: .gazetteer)
            }
        }
        if let known = entryActors[UInt64(e)] { return known }
        // (Entries are kept apart by index here, but two entries of one name are one actor.)
        let a = table.actor(forEntry: gazetteer.entries[e])
        entryActors.set(UInt64(e), a)
        return a
    }
}
