/// From the words that name a speaker to the actor they stand for.
extension SpeakerAttributor {
    /// The tokens of a named person's mention that starts at token `i`.
    func namedPerson(startingAt i: Int) -> Range<Int>? {
        namedActor(startingAt: i) { $0.type == .person }
    }

    /// The same past up to two capitalised words from `i`: a title the person's
    /// mention leaves out ("Dr Borja del Pozo Cruz", "Senator Ray Cortez").
    func namedPerson(startingAtOrPastTitle i: Int) -> Range<Int>? {
        namedActor(startingAtOrPastTitle: i) { $0.type == .person }
    }

    /// `namedActor(startingAt:where:)` past up to two capitalised words from `i`.
    func namedActor(startingAtOrPastTitle i: Int, where accept: (Actor) -> Bool) -> Range<Int>? {
        var start = i
        while start < i + 2, start < ctx.count, namedActor(startingAt: start, where: accept) == nil,
              ctx.isWord(start), ctx.token(start).isCapitalised { start += 1 }
        return namedActor(startingAt: start, where: accept)
    }

    /// The tokens of a named mention that starts at token `i`, of an actor `accept` takes.
    func namedActor(startingAt i: Int, where accept: (Actor) -> Bool = { _ in true }) -> Range<Int>? {
        guard i < ctx.count else { return nil }
        let start = doc.tokenTable[i].start
        guard let m = index.first(in: TextRange(start, min(doc.length, start + 400))),
              m.range.start == start, m.kind == .named, accept(table.actors[m.actor]) else { return nil }
        return i..<(doc.tokenIndex(atOrAfter: m.range.end - 1) + 1)
    }

    /// "the operator, Estuary Link, said": when a description with no name in it
    /// is followed by a name in apposition, the name is the speaker. A person's
    /// description is their role ("the project architect"); a body's made it an
    /// organisation already (`ActorFinder.typeByApposition`).
    mutating func namedApposition(_ segmentWithLetters: Range<Int>, describedBy description: Range<Int>) -> Range<Int>? {
        guard !segmentWithLetters.isEmpty else { return nil }
        // ("Pettifer’s barrister, Malcolm Strand KC,": the name without its letters.)
        let segmentIn = ctx.withoutPostNominals(segmentWithLetters)
        // "Lumen's chief executive, Dev Ramanathan,": a post in a body, held by the person named.
        // "its president, Ana Paula Strasser,": the same post, its body named before.
        let owner = (description.lowerBound..<min(description.upperBound - 1, description.lowerBound + 4))
            .first { doc.tokenTable[$0].kind == .possessive || ctx.word($0, in: HashedWords.possessivePronouns) }
        // "the mayor of Lagos, Jane Obi,": a post of a place or body, held by the person named.
        // ("The Liberal Democrat group leader, Shaffaq Mohammed,": a post named last.)
        let definite = ctx.word(description.lowerBound, is: "the")
        let post = definite && description.count >= 2
            && (ctx.isWord(description.lowerBound + 1) && !ctx.token(description.lowerBound + 1).isCapitalised
                || ctx.isWord(description.upperBound - 1) && !ctx.token(description.upperBound - 1).isCapitalised
                    && ctx.isRoleWord(description.upperBound - 1))
        let namesAnActor = hasActor(description)
        guard owner != nil || definite && (!namesAnActor || post) else { return nil }
        // (Past a title the person's mention leaves out: "the study's lead author, Dr Borja del Pozo Cruz".)
        var segment = segmentIn
        while segment.count > 1, index.named(exactly: ctx.range(segment)) == nil, segment.count > segmentIn.count - 2,
              ctx.isWord(segment.lowerBound), ctx.token(segment.lowerBound).isCapitalised {
            segment = (segment.lowerBound + 1)..<segment.upperBound
        }
        guard let name = index.named(exactly: ctx.range(segment)),
              owner == nil && !namesAnActor || table.actors[name.actor].type == .person else { return nil }
        if table.actors[name.actor].type == .person {
            // The description is the person's role: "the project architect" later finds Samir Haddad.
            let role = (((owner ?? description.lowerBound)) + 1..<description.upperBound).filter { ctx.isWord($0) }.map { ctx.lower($0) }
            if !role.isEmpty { table.addRole(role.joined(separator: " "), to: name.actor) }
        }
        return segment
    }

    /// For "they": the plural subject of a speech verb in the last three sentences
    /// ("The authors say the results ... They call for “…”").
    mutating func pluralSpeakerBefore(_ offset: Int) -> Int? {
        let t = doc.tokenIndex(atOrAfter: offset)
        guard let s = doc.sentenceIndex(containing: offset) else { return nil }
        let floor = doc.sentences[max(0, s - 3)].tokens.lowerBound
        var k = t - 1
        while k >= floor {
            if ctx.isCue(k), let subject = ctx.subject(ofVerb: k, mentions: index, actors: table.actors) {
                let last = subject.upperBound - 1
                let w = ctx.lower(last)
                // "say the results confirm": a subject inside reported speech is not a speaker.
                let reported = subject.lowerBound > 0 && ctx.isCue(subject.lowerBound - 1)
                if !reported, ctx.isWord(last), !doc.tokenTable[last].isCapitalised, w.hasSuffix("s"), !w.hasSuffix("ss"),
                   !Lexicon.subjectPronouns.contains(w), let speaker = resolve(subject, cue: nil, rule: "") {
                    return speaker.actor
                }
            }
            k -= 1
        }
        return nil
    }

    /// Adds a mention to the table and to the index the rules query.
    mutating func record(_ m: Mention) {
        table.addMention(m, in: doc)
        index.insert(m)
    }

    func hasActor(_ np: Range<Int>) -> Bool {
        index.first(in: ctx.range(np)) != nil
    }

    // MARK: Resolution

    mutating func resolve(_ npIn: Range<Int>, cue: Range<Int>?, rule: String) -> Speaker? {
        let np = ctx.withoutPostNominals(ctx.withoutArticle(npIn))
        let cueRange = cue.map { ctx.range($0) }
        // A pronoun.
        if np.count == 1, ctx.word(np.lowerBound, in: HashedWords.subjectPronouns) {
            let w = ctx.lower(np.lowerBound)
            let r = ctx.range(np)
            let actor = w == "they" ? (pluralSpeakerBefore(r.start) ?? resolvePronoun(w, at: r.start))
                : describedKinBefore(np.lowerBound, pronoun: w) ?? resolvePronoun(w, at: r.start)
            // "Farmer Ramulu Goud said he …": a person "he" or "she" stood for has
            // that gender from then on, so the next "she" is not him.
            if let actor, w == "he" || w == "she", table.actors[actor].type == .person {
                table.setGender(w == "he" ? .male : .female, of: actor)
            }
            return Speaker(mention: r, mentionKind: .pronoun, actor: actor, cue: cueRange, rule: rule)
        }
        // "the 34-year-old said": the person named last, as "he" or "she" would be
        // (the age before the hyphen is its own token, and "the" before it).
        if np.count == 1, ctx.word(np.lowerBound, is: "year-old") {
            var start = np.lowerBound
            if start >= 2, ctx.isPunct(start - 1, "-"), ctx.token(start - 2).kind == .number { start -= 2 }
            if start >= 1, ctx.word(start - 1, is: "the") { start -= 1 }
            let r = ctx.range(start..<np.upperBound)
            let actors = table.actors
            let person = index.last(before: askedClauseStart(before: r.start) ?? r.start, window: 3000) { m in
                actors[m.actor].type == .person && m.kind == .named && isOutsideQuotations(m)
            }
            if let person {
                record(Mention(range: r, actor: person.actor, kind: .nominal, rule: .speakerNominal))
                return Speaker(mention: r, mentionKind: .nominal, actor: person.actor, cue: cueRange, rule: rule)
            }
        }
        let range = ctx.range(np)
        // "The Guardian said": a name that takes in the article left off the phrase.
        if npIn.count > np.count, let named = index.named(straddling: range.start), named.range.end >= range.end {
            return Speaker(mention: named.range, mentionKind: .named, actor: named.actor, cue: cueRange, rule: rule)
        }
        // The same words already spoke (two quotes sharing one clause): same speaker.
        let inside = index.mentions(in: range)
        if let earlier = inside.first(where: { $0.range == range && $0.rule.isSpeakerRule }) {
            return Speaker(mention: range, mentionKind: earlier.kind, actor: earlier.actor, cue: cueRange, rule: rule)
        }
        let names = inside.lazy.filter { !$0.rule.isSpeakerRule }   // (no array: asked three times at most)
        // The head: the phrase before "of", "for", "at", "from", a comma or a bracket.
        var headEnd = np.upperBound
        for k in np where k > np.lowerBound {
            let inName = names.contains { $0.range.contains(doc.tokenTable[k].start) }
            if !inName, ctx.word(k, in: HashedWords.phrasePrepositions) || ctx.word(k, in: HashedWords.locativesInPhrase) {
                headEnd = k
                break
            }
            // (Not a comma inside a name: "the Department for Levelling Up, Housing and Communities".)
            if !inName, ctx.isPunct(k, "(") || ctx.isPunct(k, ",") { headEnd = k; break }
            // "St Thomas' Hospital in London": the place where a body is ends its head.
            if !inName, k + 1 < np.upperBound, ctx.word(k, is: "in"), names.contains(where: {
                $0.range.start == doc.tokenTable[k + 1].start && [.place, .state].contains(table.actors[$0.actor].type)
            }) {
                headEnd = k
                break
            }
        }
        let head = np.lowerBound..<headEnd
        let headRange = ctx.range(head)
        // A name that ends the head names the speaker: "US President Barack Obama".
        if var m = names.last(where: { $0.range.end == headRange.end && $0.range.start >= headRange.start }) {
            // "Amnesty International Kenya urged", "Save the Children UK said": a
            // body's national branch speaks as the body, not the country.
            if [.state, .place].contains(table.actors[m.actor].type), let body = names.last(where: { body in
                body.range.end < m.range.start && m.range.start - body.range.end <= 1 && body.range.start >= headRange.start
                    && table.actors[body.actor].type == .organisation
            }) {
                m = body
            }
            return Speaker(mention: range, mentionKind: m.kind, actor: m.actor, cue: cueRange, rule: rule)
        }
        // "according to a statement from the Ministry of Defence", "a report by
        // the union Unison warned": a paper speaks for who issued it.
        if headEnd < np.upperBound, ctx.word(headEnd, is: "from") || ctx.word(headEnd, is: "of") || ctx.word(headEnd, is: "by"),
           HashedWords.documentNouns.contains(doc.lowerHash(ofToken: head.upperBound - 1)),
           let issuer = names.first(where: { $0.range.start >= doc.tokenTable[headEnd].end && $0.kind == .named
               && table.actors[$0.actor].type != .place }) {
            return Speaker(mention: range, mentionKind: issuer.kind, actor: issuer.actor, cue: cueRange, rule: rule)
        }
        // A role or common noun that stands for a known actor.
        let headWord = ctx.lower(head.upperBound - 1)
        // "the Chinese side", "Russian officials": the state (or its government) named in the head.
        if Lexicon.governmentNouns.contains(headWord) || Lexicon.territoryNouns.contains(headWord),
           let state = names.first(where: { headRange.contains($0.range) && [.state, .group].contains(table.actors[$0.actor].type) }) {
            record(Mention(range: range, actor: state.actor, kind: .nominal, rule: .speakerNominal))
            return Speaker(mention: range, mentionKind: .nominal, actor: state.actor, cue: cueRange, rule: rule)
        }
        // "the OSCE mission", "the EU delegation": a body's mission speaks for the body.
        if HashedWords.bodyPartNouns.contains(WordHash.lower(headWord)),
           let body = names.first(where: { headRange.contains($0.range) && table.actors[$0.actor].type == .organisation }) {
            record(Mention(range: range, actor: body.actor, kind: .nominal, rule: .speakerNominal))
            return Speaker(mention: range, mentionKind: .nominal, actor: body.actor, cue: cueRange, rule: rule)
        }
        let definite = npIn.count > np.count && ctx.word(npIn.lowerBound, is: "the")
            || (np.lowerBound > 0 && doc.tokenTable[np.lowerBound - 1].kind == .possessive)
            || ctx.word(np.lowerBound, in: HashedWords.possessivePronouns)
        // "The statement added:", "the letter said": the words of whoever issued it,
        // the speaker of the quotation before.
        // First, who issued it in the sentence that mentions it before ("In a
        // letter read out at the meeting, the head teacher, Anne Gallagher,
        // warned …. “…,” the letter said"; "Redbridge issued a statement. ‘…,’
        // the statement read"), else the speaker before.
        // "Egypt issued a short statement saying it had “…”", "the bloc issued a
        // statement accusing …": a paper issued in its own sentence speaks for
        // who issued it there.
        if !definite, HashedWords.documentNouns.contains(WordHash.lower(headWord)),
           let issuer = issuerMentioning(head.upperBound - 1, includingItself: true) {
            return Speaker(mention: range, mentionKind: .nominal, actor: issuer.actor, cue: cueRange, rule: rule)
        }
        if definite, HashedWords.documentNouns.contains(WordHash.lower(headWord)) {
            // "The European Commission’s digital strategy calls …", "Unison’s
            // report warned": the paper's owner, named in the head, issued it.
            // (Its "’s" inside the head: the mention ends before the head does.)
            if let owner = names.last(where: { m in
                m.kind == .named && headRange.contains(m.range) && m.range.end < headRange.end && self.owns(m)
                    && [.organisation, .person, .state, .group].contains(self.table.actors[m.actor].type)
            }) {
                return Speaker(mention: range, mentionKind: .nominal, actor: owner.actor, cue: cueRange, rule: rule)
            }
            if let issuer = issuerMentioning(head.upperBound - 1) {
                return Speaker(mention: range, mentionKind: .nominal, actor: issuer.actor, cue: cueRange, rule: rule)
            }
            if let issuer = lastSpeaker, issuer.mention.start > range.start - 3000, let actor = issuer.actor {
                return Speaker(mention: range, mentionKind: .nominal, actor: actor, cue: cueRange, rule: rule)
            }
        }
        // "Her office said", "his campaign said": the person's own voice, the
        // pronoun resolved as a speaker pronoun is.
        if np.count == 2, let owner = Self.ownerPronouns[ctx.lower(np.lowerBound)], HashedWords.ownVoiceNouns.contains(WordHash.lower(headWord)),
           let actor = resolvePronoun(owner, at: range.start), table.actors[actor].type == .person || owner == "they" {
            record(Mention(range: range, actor: actor, kind: .nominal, rule: .speakerNominal))
            return Speaker(mention: range, mentionKind: .nominal, actor: actor, cue: cueRange, rule: rule)
        }
        // "The Leader of the Opposition said": the holder of the whole post,
        // which goes on past "of" ("Helen Ashcroft, the Leader of the Opposition,").
        if definite, head != np, let actor = holder(ofRole: roleText(np), at: range.start) {
            record(Mention(range: range, actor: actor, kind: .nominal, rule: .speakerNominal))
            return Speaker(mention: range, mentionKind: .nominal, actor: actor, cue: cueRange, rule: rule)
        }
        if definite, let actor = resolveNominal(head, headWord: headWord, at: range.start) {
            record(Mention(range: range, actor: actor, kind: .nominal, rule: .speakerNominal))
            return Speaker(mention: range, mentionKind: .nominal, actor: actor, cue: cueRange, rule: rule)
        }
        // Otherwise the description is an actor of its own, the same for the
        // same wording (its key is made of the words; the memo by the words'
        // hash spares making that key again for each repeat).
        let wording = WordHash.verbatim(doc.scalars[range.start..<range.end])
        let actor: Int
        if let known = descriptionActors[wording] {
            actor = known
        } else {
            let name = doc.string(range)
            // "Taliban representatives" are a group; "a spokeswoman for the ministry" is a
            // woman (the role's gender from titles.tsv, for "she" later on).
            let plural = headWord.hasSuffix("s") && !headWord.hasSuffix("ss")
            let gender = ctx.gazetteer.singleWordRole(headWord)?.gender
            // A body's name the name finder left ("Surfers Against Sewage said"): every
            // word capitalised, one of them a word no person's name has.
            let words = np.filter { ctx.isWord($0) }
            let body = words.count >= 2 && words.allSatisfy { doc.tokenTable[$0].isCapitalised }
                && words.contains { HashedWords.organisationKeywords.contains(doc.hash(ofToken: $0)) || HashedWords.notInPersonNames.contains(doc.hash(ofToken: $0)) }
            // "The health department said", "the company added": a body described;
            // "Copa-Cogeca, which represents farmers, said": a body named.
            // ("A spokesperson for the Data Protection Commission, which …": the
            // "which" is the body's, the speaker a person.)
            let bodyNoun = HashedWords.organisationDescriptions.contains(WordHash.lower(headWord)) && headWord != "producer"
                || doc.opensWhichClause(at: np.upperBound) && ctx.gazetteer.singleWordRole(headWord) == nil
            actor = table.actor(key: "speaker:" + name.lowercasedFast()) {
                Actor(id: "", name: name, type: body || bodyNoun ? .organisation : plural || Self.groupNouns.contains(headWord) ? .group : .person, aliases: [],
                      gender: gender, origin: .speaker)
            }
            descriptionActors.set(wording, actor)
        }
        record(Mention(range: range, actor: actor, kind: .nominal, rule: .speakerDescription))
        return Speaker(mention: range, mentionKind: .nominal, actor: actor, cue: cueRange, rule: rule)
    }

    /// "My grandmother, who ran a corner shop, had a saying. “…,” she used to
    /// say": a relative the sentence before opens with, and names nowhere, is
    /// who "she" is, not the last person named (paragraphs before). Made an
    /// actor of its own, as a described speaker is.
    mutating func describedKinBefore(_ t: Int, pronoun: String) -> Int? {
        let sentence = ctx.sentenceTokens(of: t)
        guard sentence.lowerBound > 0 else { return nil }
        let previous = ctx.sentenceTokens(of: sentence.lowerBound - 1)
        let owner = previous.lowerBound, noun = owner + 1
        guard noun < previous.upperBound, ctx.word(owner, in: HashedWords.ownerWords), ctx.isWord(noun),
              let kin = HashedWords.kin[doc.lowerHash(ofToken: noun)], kin == nil || kin == (pronoun == "he" ? .male : .female),
              !index.hasPerson(in: ctx.range(previous), actors: table.actors) else { return nil }
        return resolve(owner..<(noun + 1), cue: nil, rule: "subject")?.actor
    }

    /// A state's own bodies, which speak for it: "the Russian defence ministry".
    static let stateBodyNouns: Set<String> = ["ministry", "department", "embassy", "consulate", "government", "military",
                                              "army", "navy", "mission", "delegation", "authorities", "administration"]

    /// Singular nouns for several people: "Mr Okoro’s family said".
    static let groupNouns: Set<String> = ["family", "families", "couple", "crowd", "team", "staff", "parents", "police"]

    /// he/she → the last person of compatible gender; they → the last group,
    /// organisation or plural speaker; it → the last organisation or state.
    func resolvePronoun(_ pronoun: String, at offset: Int) -> Int? {
        let actors = table.actors
        switch pronoun {
        case "he", "she":
            let wanted: Gender = pronoun == "he" ? .male : .female
            let limit = askedClauseStart(before: offset) ?? offset
            let accept: (Mention) -> Bool = { m in
                let a = actors[m.actor]
                return a.type == .person && (a.gender == nil || a.gender == wanted) && isOutsideQuotations(m)
            }
            guard let latest = index.last(before: limit, window: 3000, where: accept) else { return nil }
            return (subject(ofSentenceHolding: latest, before: limit, where: accept) ?? latest).actor
        case "they":
            return index.last(before: offset, window: 2000) { m in
                let a = actors[m.actor]
                return (a.type == .group || a.type == .organisation || a.origin == .speaker && a.type == .group) && isOutsideQuotations(m)
            }?.actor
        case "it":
            return index.last(before: offset, window: 2000) { m in
                let a = actors[m.actor]
                return (a.type == .organisation || a.type == .state) && isOutsideQuotations(m)
            }?.actor
        default:
            return nil
        }
    }

    /// "Okonjo, who has pleaded guilty to bribing Pettifer, gave evidence. “…,”
    /// he said": a pronoun carries on the subject of the sentence that last
    /// named a person it can stand for, not whoever that sentence named last
    /// (an object, a name in a relative clause: "spoke with Oskarsen", "would
    /// vote for Vasquez"). The subject is the first such person the sentence
    /// names, past a clause that opens it ("After meeting Jones, Smith said")
    /// and never one who owns something ("Pettifer’s barrister, Malcolm Strand,
    /// said"). Nil when there is none before `latest`.
    func subject(ofSentenceHolding latest: Mention, before limit: Int, where accept: (Mention) -> Bool) -> Mention? {
        let t = doc.tokenIndex(atOrAfter: latest.range.start)
        guard t < ctx.count else { return nil }
        let sentence = ctx.sentenceTokens(of: t)
        let opening = doc.datelineEnd(at: sentence.lowerBound).map { $0 + 1 } ?? sentence.lowerBound
        guard opening < t, let first = ctx.mainClauseStart(from: opening, before: t), first < t else { return nil }
        let tokens = doc.tokenTable
        let end = min(latest.range.end, limit)
        guard var subject = firstAccepted(from: tokens[first].start, to: end, accept) else { return nil }
        // "Redbridge chief executive Helen Garside, who …": a name before a title
        // says whose post it is; the subject is the one who holds it.
        let next = doc.tokenIndex(atOrAfter: subject.range.end)
        if next + 1 < tokens.count, ctx.isWord(next), !tokens[next].isCapitalised,
           ctx.gazetteer.titleFirstWordHashes.contains(doc.lowerHash(ofToken: next)),
           let holder = firstAccepted(from: tokens[next].end, to: min(end, tokens[min(next + 3, tokens.count - 1)].end), accept),
           !(next..<doc.tokenIndex(atOrAfter: holder.range.start)).contains(where: { !ctx.isWord($0) }) {
            subject = holder
        }
        // "Pettifer’s barrister, Malcolm Strand KC, said": the one named right
        // after the owner's word ("Thomas’ sister pleaded with him" names no one
        // else, and the owner is the subject the text carries on).
        let after = doc.tokenIndex(atOrAfter: subject.range.end)
        guard after < tokens.count, tokens[after].kind == .possessive || doc.isPluralPossessiveApostrophe(after) else { return subject }
        let near = min(after + 6, tokens.count - 1)
        return firstAccepted(from: tokens[after].end, to: min(end, tokens[near].end), accept) ?? subject
    }

    /// The first mention from `start` to `end` that `accept` takes; nil when the range is empty.
    private func firstAccepted(from start: Int, to end: Int, _ accept: (Mention) -> Bool) -> Mention? {
        start < end ? index.first(in: TextRange(start, end), where: accept) : nil
    }

    /// Whether a mention starts outside any quotation (a name inside one is
    /// somebody the speaker spoke of, not a speaker).
    func isOutsideQuotations(_ m: Mention) -> Bool {
        let t = doc.tokenIndex(atOrAfter: m.range.start)
        return t < ctx.count && !ctx.inQuote(t)
    }

    /// "Asked whether Prime Minister Aiko Hayashi would raise it with President
    /// Xi, he said": the people of the question are not who answers. The start
    /// of a sentence that opens with "Asked" ("When asked"), for a pronoun after it.
    func askedClauseStart(before offset: Int) -> Int? {
        let t = doc.tokenIndex(atOrAfter: offset)
        guard t < ctx.count else { return nil }
        let sentence = ctx.sentenceTokens(of: t)
        var first = sentence.lowerBound
        if ctx.word(first, is: "when") { first += 1 }
        guard first < t, ctx.word(first, is: "asked") else { return nil }
        return doc.tokenTable[sentence.lowerBound].start
    }

    /// A possessive pronoun and the subject pronoun that resolves the same way.
    static let ownerPronouns: [String: String] = ["his": "he", "her": "she", "their": "they"]

    /// What a news outlet is called in a speaker's description: "the paper added".
    static let newsOutletNouns: Set<String> = ["newspaper", "paper", "daily", "tabloid", "broadsheet", "magazine",
                                               "broadcaster", "weekly"]

    /// A news outlet's name: a word newspapers, broadcasters and agencies are
    /// named with ("The Hindu" and the wire agencies by name).
    static func looksLikeNewsOutlet(_ name: String) -> Bool {
        name.split(separator: " ").contains { newsNameWords.contains(String($0)) }
    }
    static let newsNameWords: Set<String> = [
        "Times", "Post", "News", "Daily", "Zeitung", "Shimbun", "Monde", "Herald", "Guardian", "Telegraph", "Journal",
        "Gazette", "Tribune", "Chronicle", "Mail", "Mirror", "Express", "Observer", "Echo", "Independent", "Standard",
        "Star", "Sun", "Record", "Courier", "Press", "Radio", "TV", "Television", "Broadcasting", "Hindu", "Dawn",
        "Haaretz", "Figaro", "País", "Mundo", "Repubblica", "Sera", "Spiegel", "Welt", "Zeit", "Bild", "Nikkei",
        "Libération", "Xinhua", "TASS", "IRNA", "RT", "CNN", "BBC", "Reuters", "Bloomberg", "AFP", "Kyodo", "Yonhap",
        "KCNA", "Anadolu", "Jazeera", "Arabiya", "CBC", "NPR", "Magazine", "Review", "Economist", "Atlantic", "Weekly",
    ]

    /// What follows a described speaker's head word: "spokesperson for the operator".
    static let postModifierPrepositions = ["for", "of", "at", "from", "with"]

    /// Whether a possessive follows mention `m`: "Mr Okoro’s family", "the
    /// Commission’s strategy" name an owner, not the one who speaks.
    func owns(_ m: Mention) -> Bool {
        let next = doc.tokenIndex(atOrAfter: m.range.end)
        return next < ctx.count && ctx.token(next).kind == .possessive
    }

    /// For the document noun at `noun` ("the statement"): the same word earlier
    /// (within 80 words, outside quotations), and the first name of a body or
    /// person in that sentence before it ("Redbridge … issued a statement"),
    /// else after it ("In a letter read out …, the head teacher, Anne
    /// Gallagher, warned"). With `includingItself`, the noun's own sentence
    /// first ("Egypt issued a short statement saying").
    func issuerMentioning(_ noun: Int, includingItself: Bool = false) -> Mention? {
        let word = doc.lowerHash(ofToken: noun)
        var k = includingItself ? noun : noun - 1
        while k >= max(0, noun - 80) {
            if ctx.isWord(k), !ctx.inQuote(k), doc.lowerHash(ofToken: k) == word {
                let sentence = ctx.sentenceTokens(of: k)
                let before = TextRange(ctx.token(sentence.lowerBound).start, ctx.token(k).start)
                // (After it, only up to the sentence's verb: the issuer is its
                // subject, not "Orbit" in "the company said it would roll out a
                // “family mode” for Orbit".)
                // (Past a participle of the document's own: "a letter read out".)
                var verb = k + 2
                while verb < sentence.upperBound, !ctx.isCue(verb) { verb += 1 }
                verb = min(verb, sentence.upperBound)
                let after = TextRange(ctx.token(k).end, ctx.token(verb - 1).end)
                // (A body or person first, not one who owns the issuer: "Mr
                // Okoro’s family", whose words are the speaker before's; a name
                // typed as a place only when nothing else is named: "Redbridge
                // City issued a statement".)
                let owns = self.owns
                if let first = index.first(in: before, where: { $0.kind == .named }), owns(first) { return nil }
                let issues: (Mention) -> Bool = { m in
                    m.kind == .named && [.organisation, .person, .state, .group].contains(self.table.actors[m.actor].type) && !owns(m)
                }
                // ("a statement read by their solicitor, Rachel Dunmore": a reader, not its author.)
                let readOut = ctx.word(k + 1, is: "read") && (ctx.word(k + 2, is: "by") || ctx.word(k + 2, is: "out") && ctx.word(k + 3, is: "by"))
                return index.first(in: before, where: issues)
                    ?? (verb > k + 1 && !readOut ? index.first(in: after) { issues($0) && !self.ctx.inQuote(self.doc.tokenIndex(atOrAfter: $0.range.start)) } : nil)
                    ?? index.first(in: before) { $0.kind == .named }
            }
            k -= 1
        }
        return nil
    }

    /// The person named last (within two pages) who holds the post that
    /// `words` name ("foreign minister"), if anyone does.
    func holder(ofRole role: String, at offset: Int) -> Int? {
        let holders = table.actors(holding: role)
        guard !holders.isEmpty else { return nil }
        let actors = table.actors
        return index.last(before: offset, window: RoleLinker.holderWindow, where: {
            holders.contains($0.actor) && actors[$0.actor].type == .person
        })?.actor
    }

    /// The words of `words` in lower case, one space between: a post as roles are kept.
    func roleText(_ words: Range<Int>) -> String {
        words.filter { ctx.isWord($0) }.map { ctx.lower($0) }.joined(separator: " ")
    }

    /// Role nouns and common nouns that stand for an actor named earlier.
    mutating func resolveNominal(_ head: Range<Int>, headWord: String, at offset: Int) -> Int? {
        let actors = table.actors
        let role = roleText(head)
        // "the foreign minister": the person who holds that role.
        if let holder = holder(ofRole: role, at: offset) { return holder }
        // "A senior European diplomat … said …. “…,” the diplomat said": the one
        // described before with that word, when no one holds it by name.
        // ("A spokesperson for the operator said … “…,” the spokesperson said":
        // the head word before what the description adds after it.)
        let roleSuffix = " " + role, rolePrefix = role + " "
        if let described = index.last(before: offset, window: 3000, where: { m in
            guard m.kind == .nominal, m.rule == .speakerDescription else { return false }
            let a = actors[m.actor]
            guard a.origin == .speaker, a.type == .person, a.name.utf8.count > roleSuffix.utf8.count else { return false }
            let name = a.name.lowercasedFast()
            if name.hasSuffix(roleSuffix) { return true }
            guard name.hasPrefix(rolePrefix) else { return false }
            let rest = name.utf8.dropFirst(rolePrefix.utf8.count)
            return Self.postModifierPrepositions.contains { rest.starts(with: $0.utf8) && rest.dropFirst($0.utf8.count).first == 0x20 }
        }) {
            return described.actor
        }
        // "the Russian defence ministry" after "Ukraine’s Ministry of Defence": a
        // state's own body, which the state's demonym says; it speaks for that state.
        if Self.stateBodyNouns.contains(headWord), let state = demonymState(in: head) {
            return governmentOf(state)
        }
        // "the newspaper wrote", "the Tokyo daily said": the news outlet named
        // last, before any body with the word in its name ("People's Daily").
        if Self.newsOutletNouns.contains(headWord) {
            return index.last(before: offset, window: 4000) { m in
                actors[m.actor].type == .organisation && Self.looksLikeNewsOutlet(actors[m.actor].name)
            }?.actor
        }
        // "the ministry", "the cooperative": the organisation with that word in its
        // name, mentioned last ("Ministry of Infrastructure", "Kellby Water Cooperative").
        let word = Actor.wordHash(headWord)
        if let named = index.last(before: offset, window: 4000, where: { m in
            let type = actors[m.actor].type
            return (type == .organisation || type == .group) && m.kind == .named
                && nameWords.actor(m.actor, named: actors[m.actor].name, hasWord: word)
        }) {
            return named.actor
        }
        let types: [ActorType]
        switch headWord {
        case "city", "town", "municipality", "capital": types = [.place, .state]
        case "country", "nation", "state": types = [.state]
        case "government", "administration", "authorities", "regime", "cabinet": types = [.state, .group]
        case "company", "firm", "bank", "organisation", "organization", "group", "body", "party", "body's", "union",
             "association", "university":
            types = [.organisation, .group]
        // "the ministry", "the court", "the police" with no such body named before:
        // a public body, which speaks for a state (or the group that governs
        // one), not for whichever organisation came last (it took "the ministry"
        // for the BBC that had just been quoted). With no state before, it stays
        // a description of its own.
        case "ministry", "department", "commission", "agency", "court", "council", "committee", "police", "board":
            let state = index.last(before: offset, window: 4000) { [.state, .group].contains(actors[$0.actor].type) }?.actor
            guard let state else { return nil }
            return governmentOf(state)
        default:
            // "the Bristol-based maker of ready meals", "the airline": a company's
            // description, the company named last. (Not "the regulator": the
            // organisation named last is seldom the one that regulates.)
            guard Lexicon.companyDescriptions.contains(headWord) else { return nil }
            types = [.organisation, .group]
        }
        return index.last(before: offset, window: 4000) { types.contains(actors[$0.actor].type) }?.actor
    }

    /// The state whose demonym stands among `head`'s words ("Russian" in "the
    /// Russian defence ministry"), as an actor of the table; nil when none does.
    mutating func demonymState(in head: Range<Int>) -> Int? {
        for k in head where ctx.isWord(k) && ctx.token(k).isCapitalised {
            guard let surfaces = ctx.gazetteer.surfacesByFirstHash[doc.hash(ofToken: k)],
                  let surface = surfaces.first(where: { $0.role == .demonym && $0.words.count == 1 }),
                  ctx.gazetteer.entries[surface.entry].type == .state else { continue }
            return table.actor(forEntry: ctx.gazetteer.entries[surface.entry])
        }
        return nil
    }

    /// The actor that governs state `actor` when the gazetteer names one
    /// (Afghanistan: the Afghan Taliban), as a capital standing for its state
    /// does; else the state itself.
    mutating func governmentOf(_ actor: Int) -> Int {
        let state = table.actors[actor]
        guard state.origin == .gazetteer, state.type == .state, let e = ctx.gazetteer.entryIndex(named: state.name) else { return actor }
        let g = ctx.gazetteer.governing(e)
        return g == e ? actor : table.actor(forEntry: ctx.gazetteer.entries[g])
    }
}
