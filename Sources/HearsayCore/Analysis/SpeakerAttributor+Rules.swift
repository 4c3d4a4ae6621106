/// The attribution rules: where the cue is, and how far it reaches.
extension SpeakerAttributor {
    /// “…,” X said. / “…,” said X. / “…” — X
    mutating func cueAfter(close: Int) -> Speaker? {
        var j = close + 1
        guard j < ctx.count, ctx.paragraph(of: j) == ctx.paragraph(of: close) else { return nil }
        var dash = false
        if ctx.isPunct(j, ",") { j += 1 } else if ctx.isDash(j) { dash = true; j += 1 }
        guard j < ctx.count, ctx.paragraph(of: j) == ctx.paragraph(of: close), !ctx.inQuote(j) else { return nil }
        let limit = min(ctx.count, j + 30)
        if ctx.isCue(j), doc.token(j, endsWith: "ing") {
            // "upgraded the stock to “buy” from “neutral,” saying its model was …": a
            // participle goes on from the sentence's subject; what follows it is what
            // was said, no speaker put after its verb.
            let sentence = ctx.sentenceTokens(of: close)
            return mainSubject(of: sentence, before: close).flatMap { resolve($0, cue: j..<(j + 1), rule: "cue-after") }
        }
        if ctx.isCue(j) {
            // Inversion: said Ambassador Mohib. (Not: "estimated last spring that".)
            // (Nor "Asked whether the jury had been swayed, she replied": a question.)
            if let np = ctx.phrase(startingAt: j + 1, limit: limit), !ctx.word(np.lowerBound, in: HashedWords.temporalStarters),
               !ctx.word(np.lowerBound, in: HashedWords.questionOpeners) {
                // "Both men denied wrongdoing. “I did nothing,” said one.": one of them.
                if np.count == 1, ctx.word(np.lowerBound, in: HashedWords.oneOfThem) {
                    return groupSpokenOf(before: ctx.sentenceTokens(of: close).lowerBound)
                }
                // "said its chief executive, Iryna Kovalenko.": the person named in apposition.
                // ("said the study's lead author, Dr Borja del Pozo Cruz.": past a title.)
                if ctx.isPunct(np.upperBound, ","), let name = namedPerson(startingAtOrPastTitle: np.upperBound + 1),
                   name.upperBound >= ctx.count || ctx.isPunct(name.upperBound, ",") || ctx.isTerminal(name.upperBound),
                   let named = namedApposition(name, describedBy: np) {
                    return resolve(named, cue: j..<(j + 1), rule: "cue-after")
                }
                return resolve(np, cue: j..<(j + 1), rule: "cue-after")
            }
            return nil
        }
        // "“…,” without saying": a clause, not a speaker.
        guard !ctx.word(j, in: HashedWords.clauseBreakers),
              let np = ctx.phrase(startingAt: j, limit: limit) else { return nil }
        var k = np.upperBound
        var apposition: Range<Int>? = nil
        if ctx.isPunct(k, ",") {
            // Apposition: X, editor at large at the Saudi Gazette, said
            var m = k + 1
            while m < limit, !ctx.isPunct(m, ","), !ctx.isTerminal(m), !ctx.inQuote(m) { m += 1 }
            if ctx.isPunct(m, ",") { apposition = (k + 1)..<m; k = m + 1 }
        }
        while k < limit, ctx.isAuxiliary(k) { k += 1 }
        if k < limit, ctx.isCue(k), endsAttribution(afterCue: k, quoteEndsSentence: endsSentence(close)) {
            if let name = apposition.flatMap({ namedApposition($0, describedBy: np) }) {
                return resolve(name, cue: k..<(k + 1), rule: "cue-after")
            }
            return resolve(np, cue: k..<(k + 1), rule: "cue-after")
        }
        if dash, hasActor(np) {
            return resolve(np, cue: nil, rule: "dash")
        }
        return nil
    }

    /// Whether the speech verb at `cue` reaches the quotation opening at `open`:
    /// - not from a leading subordinate clause into the main one ("Until one of these
    ///   governments says …, the “routine scientific work” will go on");
    /// - for a naming verb, not past another quotation unless joined by "and"/"or"
    ///   ("described it as “…”, a jab at rivals that promise “…”" names only the first).
    func governs(cue: Int, quoteAt open: Int, in sentence: Range<Int>) -> Bool {
        if ctx.word(sentence.lowerBound, in: HashedWords.subordinators) {
            var comma = sentence.lowerBound + 1
            while comma < open, !ctx.isPunct(comma, ",") || ctx.inQuote(comma) { comma += 1 }
            if comma < open, cue < comma { return false }
        }
        // A naming verb names one thing: "described X as “…”". A second quotation
        // needs a coordination ("called it “dangerous” and “ideological”").
        guard ctx.cue(cue)?.kind == "naming" else { return true }
        var m = open - 1
        while m > cue, !ctx.inQuote(m) { m -= 1 }
        if m > cue {
            let between = (m + 1)..<open
            return between.contains { ctx.word($0, is: "and") || ctx.word($0, is: "or") }
        }
        return true
    }

    /// The speaker after an inverted or tagged verb: "said Ambassador Mohib".
    mutating func cueAfterSpeaker(ofVerb verb: Int, rule: String) -> Speaker? {
        // (Not a question asked: "Asked whether the jury had been swayed, she replied".)
        guard let np = ctx.phrase(startingAt: verb + 1, limit: min(ctx.count, verb + 12)),
              !ctx.word(np.lowerBound, in: HashedWords.temporalStarters), !ctx.word(np.lowerBound, in: HashedWords.questionOpeners)
        else { return nil }
        return resolve(np, cue: verb..<(verb + 1), rule: rule)
    }

    /// The named body (or person) inside a document's description before "that"
    /// or "which" and the verb at `v` (past an adverb): "a leaked Treasury memo
    /// that reportedly described". Nil for any other relative clause.
    func documentIssuer(beforeRelativeVerb v: Int, in sentence: Range<Int>) -> Mention? {
        var r = v - 1
        if r > sentence.lowerBound, ctx.isWord(r), doc.token(r, endsWith: "ly") { r -= 1 }
        guard r - 1 > sentence.lowerBound, ctx.word(r, is: "that") || ctx.word(r, is: "which"),
              let np = ctx.phrase(endingAt: r - 1, floor: sentence.lowerBound, allowAll: false),
              ctx.isWord(np.upperBound - 1), HashedWords.documentNouns.contains(doc.lowerHash(ofToken: np.upperBound - 1))
        else { return nil }
        return index.first(in: ctx.range(np)) { $0.kind == .named && table.actors[$0.actor].type != .place }
    }

    /// Whether the quotation's last mark follows a full stop, ! or ?: “….”
    func endsSentence(_ close: Int) -> Bool {
        close > 0 && ctx.isTerminal(close - 1)
    }

    /// After “….” a new sentence may start ("She said the ministry had waited …"):
    /// only a short tag ("Baird said.", "she told reporters on Monday.") attributes
    /// the quote. After “…,” whatever follows the verb may.
    func endsAttribution(afterCue k: Int, quoteEndsSentence: Bool) -> Bool {
        guard quoteEndsSentence else { return true }
        var m = k + 1
        while m < ctx.count, m <= k + 5 {
            if ctx.inQuote(m) { return false }   // "has warned of “serious consequences,”"
            if ctx.isPunct(m, ":") { return false }  // "The statement added:" introduces the next quote
            if ctx.isTerminal(m) || ctx.isPunct(m, ",") { return true }
            if ctx.word(m, is: "that") { return false }
            m += 1
        }
        return m >= ctx.count
    }

    /// Where a clause of its own opens after a comma and "while", "whereas",
    /// "although" or "though", before `limit` in `sentence` (the last such), or nil.
    func clauseOpening(before limit: Int, in sentence: Range<Int>) -> Int? {
        var m = limit - 1
        while m > sentence.lowerBound + 1 {
            if ctx.isPunct(m - 1, ","), ctx.word(m, in: HashedWords.contrastiveOpeners) { return m + 1 }
            m -= 1
        }
        return nil
    }

    /// The subject of the sentence's main clause, past an opening adverbial
    /// ("According to court documents, the cooperative warned …").
    func mainSubject(of sentence: Range<Int>, before limit: Int) -> Range<Int>? {
        var start = sentence.lowerBound
        // "ISLAMABAD, March 3 (Wireline) - Pakistan's ministry …": the subject follows the dateline.
        if let dateline = doc.datelineEnd(at: start), dateline + 1 < limit { start = dateline + 1 }
        // (Not an article or a pronoun, nor a group's noun: "The researchers
        // acknowledge …", "Officials agreed …" open with their subject.)
        if ctx.opensNoSubject(start), ctx.gazetteer.singleWordRole(lowerHash: doc.lowerHash(ofToken: start)) == nil {
            // Skip to just after the adverbial's comma, if it comes soon.
            var m = start + 1
            while m < limit, m < start + 10, !ctx.isPunct(m, ",") { m += 1 }
            if ctx.isPunct(m, ",") { start = m + 1 }
        }
        guard start < limit, let whole = ctx.phrase(startingAt: start, limit: limit), hasActor(whole) || ctx.token(whole.lowerBound).isCapitalised
                || ctx.word(whole.lowerBound, in: HashedWords.determiners) || ctx.word(whole.lowerBound, in: HashedWords.subjectPronouns)
        else { return nil }
        let np = beforeMainVerb(whole)
        // (The walk may take in the apposition: "The federation, MEDEF, welcomed".)
        if let comma = np.first(where: { ctx.isPunct($0, ",") }), comma > np.lowerBound,
           let named = namedInApposition(to: np.lowerBound..<comma) {
            return named
        }
        return namedInApposition(to: np) ?? np
    }

    /// "The council’s leader, Graham Pellow, defended …": the named person in
    /// apposition to `np`; "The regulator, Ofwat, warned …": any name, after a
    /// description with none. Nil when no name stands between commas after `np`.
    func namedInApposition(to np: Range<Int>) -> Range<Int>? {
        guard ctx.isPunct(np.upperBound, ",") else { return nil }
        let describesNoActor = !hasActor(np)
        // (Past a title, whose person's mention is the name: "Senator Ray Cortez".)
        guard let named = namedActor(startingAtOrPastTitle: np.upperBound + 1, where: { $0.type == .person || describesNoActor }),
              ctx.isPunct(named.upperBound, ",") else { return nil }
        return named
    }

    /// A main clause's opening phrase without the verb and object the phrase
    /// walk ran on into (it knows no verbs): "President John Mahama paid
    /// tribute" ends with the person's name; "The researchers acknowledge the
    /// point" at the word before an article, which a noun phrase's own words
    /// do not take without a preposition between.
    func beforeMainVerb(_ np: Range<Int>) -> Range<Int> {
        if let m = index.first(in: ctx.range(np), where: { $0.kind == .named && table.actors[$0.actor].type == .person }) {
            let end = doc.tokenIndex(atOrAfter: m.range.end - 1) + 1
            if end < np.upperBound, ctx.isWord(end), !ctx.token(end).isCapitalised,
               !ctx.word(end, in: HashedWords.phrasePrepositions) {
                return np.lowerBound..<end
            }
        }
        // "A spokesman for the ministry declined to comment": a past tense before "to".
        let last = np.upperBound - 1
        if np.count >= 2, ctx.isWord(last), !ctx.token(last).isCapitalised, ctx.word(np.upperBound, is: "to"),
           doc.token(last, endsWith: "ed") {
            return np.lowerBound..<last
        }
        var k = np.lowerBound + 1
        while k + 1 < np.upperBound {
            if ctx.isWord(k), !ctx.token(k).isCapitalised, ctx.isWord(k - 1), !ctx.word(k - 1, in: HashedWords.phrasePrepositions),
               !ctx.word(k - 1, in: HashedWords.determiners), !ctx.word(k, in: HashedWords.phrasePrepositions),
               ctx.word(k + 1, in: HashedWords.articles) {
                return np.lowerBound..<k
            }
            k += 1
        }
        return np
    }

    /// The speaker of the speech verb at `verb`: its subject, or the agent of a
    /// passive ("was quoted as saying", "was described by X").
    mutating func speaker(ofVerb verb: Int, rule: String) -> Speaker? {
        var v = verb
        let sentence = ctx.sentenceTokens(of: verb)
        // "I have been told that the government is doing something about “common
        // sense”", "the players had been told to “stay calm”": who was told is no
        // speaker; the teller is, when "by" names them.
        // So is who was accused ("The Prime Minister was accused of “…”", and
        // in a headline with no "was": "Minister accused of “…”"; the active
        // has its object between: "accused ministers of “…”").
        let passive = verb - 1 > sentence.lowerBound && ctx.word(verb - 1, in: HashedWords.passiveAuxiliaries)
        let targeted = ctx.word(verb, in: HashedWords.targetedForms)
            && (passive || verb > sentence.lowerBound && (ctx.word(verb + 1, is: "of") || ctx.word(verb + 1, is: "for")))
        if passive && ctx.word(verb, in: HashedWords.addressedForms) || targeted {
            guard ctx.word(verb + 1, is: "by"), let agent = ctx.phrase(startingAt: verb + 2, limit: sentence.upperBound) else { return nil }
            return resolve(agent, cue: verb..<(verb + 1), rule: rule + "-passive")
        }
        // "X was quoted (by the agency) as saying": the subject of "was quoted".
        if ctx.word(verb, is: "saying"), verb >= 2, ctx.word(verb - 1, is: "as") {
            v = verb - 1
            var q = verb - 2
            while q > sentence.lowerBound, q > verb - 12, !ctx.word(q, is: "quoted") { q -= 1 }
            if ctx.word(q, is: "quoted") { v = q }
            // "State media quoted Kim as saying": the one quoted, not who quoted.
            if ctx.word(q, is: "quoted"), q > sentence.lowerBound, !ctx.word(q - 1, in: HashedWords.passiveAuxiliaries),
               q + 1 < verb - 1, verb - 1 - (q + 1) <= 6, ((q + 1)..<(verb - 1)).allSatisfy({ ctx.isWord($0) || ctx.token($0).kind == .possessive }) {
                return resolve((q + 1)..<(verb - 1), cue: verb..<(verb + 1), rule: rule)
            }
            while v > 0, ctx.word(v - 1, in: HashedWords.passiveQuoting) { v -= 1 }
        } else if verb > sentence.lowerBound + 1, ctx.word(verb - 1, is: "by"), doc.token(verb, endsWith: "ing"),
                  let subject = mainSubject(of: sentence, before: verb - 1) {
            // "opened the hearing by saying he had “run out of patience”": the
            // subject's (the name in apposition to it: "The committee chairman,
            // Sen. Thomas Whitfield, R-Ky., opened …").
            return resolve(namedInApposition(to: subject) ?? subject, cue: verb..<(verb + 1), rule: rule)
        } else if verb > sentence.lowerBound + 1, let comma = ctx.clauseComma(before: verb), doc.token(verb, endsWith: "ing") {
            // (Also after "while": "MEDEF welcomed the step, while warning that “…”".)
            // A participle after a comma speaks for the sentence's subject:
            // "Justice Okafor ordered …, saying officials had treated … as “…”",
            // or for the speaker of the verb before it: "“…,” she said, adding that …",
            // also past the verb's own words: "the company said in a statement, adding".
            var before = comma - 1
            while before > sentence.lowerBound, before > verb - 8, !ctx.isCue(before), !ctx.inQuote(before),
                  ctx.isWord(before) { before -= 1 }
            // (Not an infinitive's verb: in "He declined to respond directly to
            // the editorial, saying only: “…”" the sentence's subject speaks,
            // and "directly" after "respond" is no speaker put after its verb.)
            if before >= 0, ctx.isCue(before), !ctx.inQuote(before), before > sentence.lowerBound, !ctx.word(before - 1, is: "to"),
               var s = speaker(ofVerb: before, rule: rule) ?? cueAfterSpeaker(ofVerb: before, rule: rule) {
                // (The participle introduces the quotation: it is the cue.)
                s.cue = ctx.range(verb..<(verb + 1))
                return s
            }
            if let subject = mainSubject(of: sentence, before: comma) {
                return resolve(subject, cue: verb..<(verb + 1), rule: rule)
            }
        }
        // A naming verb in the passive ("was branded “reckless” by opposition
        // MPs", "was described as “…”"): its subject is what was named, not who
        // named it. The agent after the quotation speaks; without one, nobody
        // the text names does.
        if verb - 1 > sentence.lowerBound, ctx.word(verb - 1, in: HashedWords.passiveAuxiliaries),
           ctx.cue(verb)?.kind == "naming" {
            var k = verb + 1
            if ctx.word(k, is: "as") { k += 1 }
            // (Past the quotation named, when it follows: "“…” was how it was described by critics" has none.)
            while k < sentence.upperBound, ctx.inQuote(k) { k += 1 }
            guard ctx.word(k, is: "by"), let agent = ctx.phrase(startingAt: k + 1, limit: sentence.upperBound) else { return nil }
            return resolve(agent, cue: verb..<(verb + 1), rule: rule + "-passive")
        }
        // A relative clause whose verb introduces the quotation after it:
        // "ranchers who argued the project would “…”", "Vega, who wrote that
        // “…”": the phrase the clause hangs on. (Not a verb after the quotation:
        // "“temporary” measures outlive the ministers who announce them".)
        // ("the WHO said it “…”" names the World Health Organization.)
        if rule == "cue-before", v - 1 > sentence.lowerBound, ctx.word(v - 1, is: "who"), !ctx.token(v - 1).isAllCaps {
            let end = ctx.isPunct(v - 2, ",") ? v - 3 : v - 2
            if end >= sentence.lowerBound, let np = ctx.phrase(endingAt: end, floor: sentence.lowerBound, allowAll: false) {
                // "Kwame Osei, the MP for Thornbury East, who accused": the person
                // the description is in apposition to.
                if !index.hasPerson(in: ctx.range(np), actors: table.actors), np.lowerBound - 2 >= sentence.lowerBound,
                   ctx.isPunct(np.lowerBound - 1, ","),
                   let person = index.first(endingAt: ctx.token(np.lowerBound - 2).end, where: {
                       $0.kind == .named && table.actors[$0.actor].type == .person
                   }) {
                    let start = doc.tokenIndex(atOrAfter: person.range.start)
                    return resolve(start..<(np.lowerBound - 1), cue: verb..<(verb + 1), rule: rule)
                }
                return resolve(np, cue: verb..<(verb + 1), rule: rule)
            }
        }
        // "a leaked Treasury memo that reportedly described … as “…”": a
        // document's relative clause speaks for who issued the document.
        if rule == "cue-before", let issuer = documentIssuer(beforeRelativeVerb: v, in: sentence) {
            return Speaker(mention: issuer.range, mentionKind: issuer.kind, actor: issuer.actor, cue: ctx.range(verb..<(verb + 1)), rule: rule)
        }
        // "One said", "Another described": one of a group named before.
        if v - 1 == sentence.lowerBound, ctx.word(v - 1, in: HashedWords.oneOfThem) {
            return groupSpokenOf(before: sentence.lowerBound)
        }
        if let subject = ctx.subject(ofVerb: v, mentions: index, actors: table.actors) {
            return resolve(subject, cue: verb..<(verb + 1), rule: rule)
        }
        // A second verb of the subject: "His ministry went further and posted".
        var k = v - 1
        while k >= 0, ctx.isAuxiliary(k) { k -= 1 }
        // In a clause of its own after "while", "whereas" ("…, while her colleague
        // from Texas, Senator Ray Cortez, voted yes and told reporters"): that
        // clause's subject, not the sentence's.
        if k > sentence.lowerBound, ctx.word(k, is: "and") || ctx.word(k, is: "but"),
           let clause = clauseOpening(before: k, in: sentence),
           let np = ctx.phrase(startingAt: clause, limit: k) {
            let subject = beforeMainVerb(np)
            if let named = namedInApposition(to: subject) { return resolve(named, cue: verb..<(verb + 1), rule: rule) }
            if hasActor(subject) || ctx.token(subject.lowerBound).isCapitalised {
                return resolve(subject, cue: verb..<(verb + 1), rule: rule)
            }
        }
        // A second verb of the sentence's opening phrase ("… and said").
        if k > sentence.lowerBound, ctx.word(k, is: "and") || ctx.word(k, is: "but"),
           let first = ctx.phrase(startingAt: sentence.lowerBound, limit: k) {
            // "My editor, Ruth Okafor, read the draft and said", "The fisheries minister,
            // Kari Nordmo, visited our lab and told us": the person named in apposition
            // to the opening phrase, whatever word opens it.
            if let named = namedInApposition(to: first), named.upperBound < k, index.hasPerson(in: ctx.range(named), actors: table.actors) {
                return resolve(named, cue: verb..<(verb + 1), rule: rule)
            }
            // (Not a word that starts no subject: "Every few years a minister … and promises".)
            if ctx.token(first.lowerBound).isCapitalised, !ctx.opensNoSubject(first.lowerBound) {
                // "Privacy campaigner Max Schrems, whose complaint …, welcomed the fine
                // but said": the person the opening phrase names, past a role before them.
                for p in first.lowerBound..<min(first.upperBound, first.lowerBound + 4) {
                    if let person = namedPerson(startingAt: p) { return resolve(person, cue: verb..<(verb + 1), rule: rule) }
                }
                // "The Confederation of British Industry (CBI) said … and urged": the
                // body it names whole (not one whose possessive heads another noun:
                // "Pakistan's ministry went further and posted").
                for p in first.lowerBound..<min(first.upperBound, first.lowerBound + 2) {
                    if let named = namedActor(startingAt: p), named.count >= 2,
                       named.upperBound >= ctx.count || ctx.token(named.upperBound).kind != .possessive {
                        return resolve(named, cue: verb..<(verb + 1), rule: rule)
                    }
                }
                // The subject is the opening phrase up to its own verb.
                var end = first.lowerBound + 1
                while end < first.upperBound, ctx.isWord(end),
                      ctx.token(end).isCapitalised || ctx.token(end).kind == .possessive || end == first.lowerBound + 1 && ctx.word(first.lowerBound, in: HashedWords.determiners) {
                    end += 1
                }
                // ("Its chair, Annelies de Groot, told reporters … and accused": the name.)
                let opening = first.lowerBound..<end
                return resolve(namedInApposition(to: opening) ?? opening, cue: verb..<(verb + 1), rule: rule)
            }
        }
        // A second verb of who spoke earlier in the sentence, when its opening
        // phrase names no subject (opens with "In"): "the critic Giles
        // Faraday called the novel “…”, and complained that its “…”".
        if k > sentence.lowerBound, ctx.word(k, is: "and") || ctx.word(k, is: "but"), var earlier = lastSpeaker,
           let cue = earlier.cue, cue.start >= ctx.token(sentence.lowerBound).start, cue.end <= ctx.token(k).start {
            earlier.cue = ctx.range(verb..<(verb + 1))
            earlier.rule = rule
            return earlier
        }
        // Participles and passives with an agent: "said by X".
        if ctx.word(verb + 1, is: "by"),
           let np = ctx.phrase(startingAt: verb + 2, limit: ctx.sentenceTokens(of: verb).upperBound) {
            return resolve(np, cue: verb..<(verb + 1), rule: rule + "-passive")
        }
        return nil
    }

    /// A quote with no attribution continues the previous speaker when it sits in
    /// the same paragraph or opens the next one.
    func continues(_ q: Int, after p: Int, open: Int) -> Bool {
        // Only a quote that opens its sentence goes on speaking; one inside the
        // writer's sentence ("these “out of control” areas") is the writer's.
        guard ctx.sentenceTokens(of: open).lowerBound == open else { return false }
        // Nor one the writer's sentence goes on from, its subject: "“Small
        // Hours” is the closest thing to a pop song here" (a title).
        let close = doc.tokenIndex(atOrAfter: quotes[q].range.end - 1)
        if close + 1 < ctx.count, ctx.isWord(close + 1), !ctx.token(close + 1).isCapitalised, close > open,
           ctx.token(close - 1).kind != .punctuation {
            return false
        }
        let pq = quotes[p]
        let pClose = doc.tokenIndex(atOrAfter: pq.range.end - 1)
        let paraQ = ctx.paragraph(of: open), paraP = ctx.paragraph(of: pClose)
        if paraQ == paraP { return true }
        if paraQ == paraP + 1 {
            // The previous paragraph must end with that quote or its attribution.
            let lastOfP = doc.paragraphTokens[paraP].upperBound - 1
            return lastOfP - pClose < 12 && doc.paragraphTokens[paraQ].lowerBound == open
        }
        return false
    }

    /// Rule 7: the sentence's subject, when it is a named actor at its very start.
    mutating func sentenceSubject(open: Int) -> Speaker? {
        let sentence = ctx.sentenceTokens(of: open)
        let first = doc.datelineEnd(at: sentence.lowerBound).map { $0 + 1 } ?? sentence.lowerBound
        guard first < open else { return nil }
        let start = doc.tokenTable[first].start
        guard let m = index.first(in: TextRange(start, doc.tokenTable[open].start)),
              m.range.start == start, m.kind != .pronoun else { return nil }
        let mEnd = doc.tokenIndex(atOrAfter: m.range.end - 1) + 1
        // It must act: a verb (not a preposition or comma) follows the name.
        guard mEnd < open, ctx.isWord(mEnd),
              !ctx.word(mEnd, in: HashedWords.clauseBreakers) || ctx.word(mEnd, in: HashedWords.verbAuxiliaries) else { return nil }
        // "Green Party MP Sophie Clarke held up a sign": the body names the post of
        // the person named past it, who acts.
        if table.actors[m.actor].type != .person, ctx.token(mEnd).isCapitalised,
           let person = namedPerson(startingAtOrPastTitle: mEnd), person.upperBound < open {
            return resolve(person, cue: nil, rule: "subject")
        }
        return Speaker(mention: m.range, mentionKind: m.kind, actor: m.actor, cue: nil, rule: "subject")
    }

    /// "Several EU diplomats … said …. One said France was “furious”. Another
    /// described …": one of the group that a sentence before, in the same
    /// paragraph, reported (its speech verb's subject, a plural), passing over
    /// sentences whose subject is itself "one" or "another". Nil when there is
    /// no such group: "One" is then nobody the text names.
    mutating func groupSpokenOf(before start: Int) -> Speaker? {
        var end = start
        for _ in 0..<3 {
            guard end > 0 else { return nil }
            let previous = ctx.sentenceTokens(of: end - 1)
            guard ctx.paragraph(of: previous.lowerBound) == ctx.paragraph(of: start) else { return nil }
            // (Its last speech verb: "Several diplomats, speaking on condition of
            // anonymity, said" is said, not speaking.)
            var v = previous.upperBound - 1
            while v >= previous.lowerBound, !ctx.isCue(v) { v -= 1 }
            guard v >= previous.lowerBound else { return nil }
            if v - 1 == previous.lowerBound, ctx.word(v - 1, in: HashedWords.oneOfThem) {
                end = previous.lowerBound
                continue
            }
            guard let subject = ctx.subject(ofVerb: v, mentions: index, actors: table.actors) else { return nil }
            let head = subject.upperBound - 1
            // A plural of people, not of papers: "Several reports said …. One said" is no one's.
            guard ctx.isWord(head), !ctx.token(head).isCapitalised || head == previous.lowerBound,
                  let singular = doc.singularLowerHash(ofToken: head), !HashedWords.documentNouns.contains(singular) else { return nil }
            return resolve(subject, cue: v..<(v + 1), rule: "one-of-them")
        }
        return nil
    }
}
