/// Decides who said each quotation, trying the rules in order of reliability:
///
/// 1. `cue-after`: the attribution follows the quote (“…,” X said / said X / — X).
/// 2. `cue-before`: a speech verb before the quote in its sentence (X said that “…”).
/// 3. `cue-later`: a speech verb later in the sentence (Referring to … as “…”, X said).
/// 4. `according-to`: "according to X" / "in the words of X" in the sentence.
/// 5. `colon-lead-in`: the quote follows a colon ending a sentence with a speaker.
/// 6. `continuation`: a quote with no attribution right after one with a speaker.
/// 7. `subject`: the subject of the sentence (China has placed a focus on “…”).
///
/// Pronouns resolve to the last compatible person; role and common nouns ("the
/// foreign minister", "the city") to the actor they stand for; other
/// descriptions ("a senior official at the commission") become actors.
struct SpeakerAttributor: Sendable {
    let ctx: TokenContext
    let quotes: [QuoteSpan]
    var table: ActorTable
    var index: MentionIndex

    init(doc: Document, gazetteer: Gazetteer, quotes: [QuoteSpan], table: ActorTable) {
        self.init(context: TokenContext(doc: doc, gazetteer: gazetteer, quotes: quotes), quotes: quotes,
                  table: table, index: MentionIndex(table.mentions))
    }

    /// With a context and an index already built (shared by the parts of a big text).
    init(context: TokenContext, quotes: [QuoteSpan], table: ActorTable, index: MentionIndex) {
        ctx = context
        self.quotes = quotes
        self.table = table
        self.index = index
    }

    var doc: Document { ctx.doc }

    mutating func attributeAll() -> [Speaker?] { attributeAll(in: quotes.indices) }

    /// Speakers of the quotations in `range` (nil for the others).
    mutating func attributeAll(in range: Range<Int>) -> [Speaker?] {
        var speakers: [Speaker?] = Array(repeating: nil, count: quotes.count)
        var previous: (quote: Int, speaker: Speaker)? = nil
        for q in range where quotes[q].parent == nil {
            let open = doc.tokenIndex(atOrAfter: quotes[q].range.start)
            let close = max(open, doc.tokenIndex(atOrAfter: quotes[q].range.end - 1))
            var found = attribute(open: open, close: close)
            if found == nil, let previous, continues(q, after: previous.quote, open: open) {
                var inherited = previous.speaker
                inherited.rule = "continuation"
                found = inherited
            }
            if found == nil { found = sentenceSubject(open: open) }
            speakers[q] = found
            if let found { previous = (q, found) }
        }
        for q in range where quotes[q].parent != nil {
            speakers[q] = attributeNested(q)
        }
        return speakers
    }

    /// A quotation inside a quotation: the speaker the outer speaker quotes
    /// ("When Minister Ahmadzai told me that ‘nothing will be built…’").
    mutating func attributeNested(_ q: Int) -> Speaker? {
        guard let p = quotes[q].parent else { return nil }
        let open = doc.tokenIndex(atOrAfter: quotes[q].range.start)
        let floor = doc.tokenIndex(atOrAfter: quotes[p].content.start)
        var k = open - 1
        while k >= floor, k > open - 15 {
            if ctx.isCueWord(k) {
                var s = k - 1
                while s >= floor, ctx.isAuxiliary(s) { s -= 1 }
                let end = s + 1
                var start = end
                while s >= floor, k - s < 9,
                      ctx.token(s).kind == .possessive || ctx.isWord(s) && !ctx.word(s, in: HashedWords.clauseBreakers) {
                    start = s
                    s -= 1
                }
                guard start < end else { return nil }
                return resolve(start..<end, cue: k..<(k + 1), rule: "nested")
            }
            k -= 1
        }
        return nil
    }

    mutating func attribute(open: Int, close: Int) -> Speaker? {
        if let s = cueAfter(close: close) { return s }
        let sentence = ctx.sentenceTokens(of: open)
        // 2. cue before, in the sentence
        var k = open - 1
        while k >= sentence.lowerBound {
            if ctx.isCue(k) {
                if governs(cue: k, quoteAt: open, in: sentence), let s = speaker(ofVerb: k, rule: "cue-before") { return s }
                break
            }
            k -= 1
        }
        // 3. cue later in the sentence
        let last = ctx.sentenceTokens(of: close).upperBound
        k = close + 1
        while k < last {
            if ctx.isCue(k), let s = speaker(ofVerb: k, rule: "cue-later") { return s }
            k += 1
        }
        // 4. according to X, in the words of X: in the sentences where the quote
        // opens and closes (not everything between, which can be huge when unbalanced).
        let closing = ctx.sentenceTokens(of: close)
        let span = sentence.lowerBound..<max(last, close + 1)
        for i in Array(sentence) + (closing == sentence ? [] : Array(closing)) where !ctx.inQuote(i) && ctx.isWord(i) {
            if ctx.word(i, is: "according"), ctx.word(i + 1, is: "to"),
               let np = ctx.phrase(startingAt: i + 2, limit: span.upperBound) {
                return resolve(np, cue: i..<(i + 2), rule: "according-to")
            }
            if ctx.word(i, is: "words"), i + 2 < span.upperBound, ctx.word(i + 1, is: "of"), i >= 2, ctx.word(i - 2, is: "in"),
               let np = ctx.phrase(startingAt: i + 2, limit: span.upperBound) {
                // "in the words of the Crown prosecutor, Mark Tedeschi, QC," names the person.
                let named = ctx.isPunct(np.upperBound, ",") ? namedPerson(startingAt: np.upperBound + 1) : nil
                return resolve(named ?? np, cue: (i - 2)..<(i + 2), rule: "in-the-words-of")
            }
        }
        // 5. colon lead-in: “…” after "X said:" or "X was blunt:"
        if open > 0, ctx.isPunct(open - 1, ":") || (open > 1 && ctx.isPunct(open - 2, ":") && ctx.isDash(open - 1)) {
            let colon = ctx.isPunct(open - 1, ":") ? open - 1 : open - 2
            let lead = ctx.sentenceTokens(of: colon)
            var v = colon - 1
            while v >= lead.lowerBound {
                if ctx.isCue(v), let s = speaker(ofVerb: v, rule: "colon-lead-in") { return s }
                v -= 1
            }
            if let np = ctx.phrase(startingAt: lead.lowerBound, limit: colon), hasActor(np) {
                return resolve(np, cue: nil, rule: "colon-lead-in")
            }
        }
        return nil
    }

    /// “…,” X said. / “…,” said X. / “…” — X
    mutating func cueAfter(close: Int) -> Speaker? {
        var j = close + 1
        guard j < ctx.count, ctx.paragraph(of: j) == ctx.paragraph(of: close) else { return nil }
        var dash = false
        if ctx.isPunct(j, ",") { j += 1 } else if ctx.isDash(j) { dash = true; j += 1 }
        guard j < ctx.count, ctx.paragraph(of: j) == ctx.paragraph(of: close), !ctx.inQuote(j) else { return nil }
        let limit = min(ctx.count, j + 30)
        if ctx.isCue(j) {
            // Inversion: said Ambassador Mohib. (Not: "estimated last spring that".)
            if let np = ctx.phrase(startingAt: j + 1, limit: limit), !ctx.word(np.lowerBound, in: HashedWords.temporalStarters) {
                return resolve(np, cue: j..<(j + 1), rule: "cue-after")
            }
            return nil
        }
        // "“…,” without saying": a clause, not a speaker.
        guard !ctx.word(j, in: HashedWords.clauseBreakers),
              let np = ctx.phrase(startingAt: j, limit: limit) else { return nil }
        var k = np.upperBound
        if ctx.isPunct(k, ",") {
            // Apposition: X, editor at large at the Saudi Gazette, said
            var m = k + 1
            while m < limit, !ctx.isPunct(m, ","), !ctx.isTerminal(m), !ctx.inQuote(m) { m += 1 }
            if ctx.isPunct(m, ",") { k = m + 1 }
        }
        while k < limit, ctx.isAuxiliary(k) { k += 1 }
        if k < limit, ctx.isCue(k), endsAttribution(afterCue: k, quoteEndsSentence: endsSentence(close)) {
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
            if ctx.isTerminal(m) || ctx.isPunct(m, ",") || ctx.isPunct(m, ":") { return true }
            if ctx.word(m, is: "that") { return false }
            m += 1
        }
        return m >= ctx.count
    }

    /// The subject of the sentence's main clause, past an opening adverbial
    /// ("According to court documents, the cooperative warned …").
    func mainSubject(of sentence: Range<Int>, before limit: Int) -> Range<Int>? {
        var start = sentence.lowerBound
        let first = ctx.token(start)
        if first.kind == .word, first.isCapitalised, ctx.gazetteer.stopwordHashes.contains(doc.hash(ofToken: start)) {
            // Skip to just after the adverbial's comma, if it comes soon.
            var m = start + 1
            while m < limit, m < start + 10, !ctx.isPunct(m, ",") { m += 1 }
            if ctx.isPunct(m, ",") { start = m + 1 }
        }
        guard start < limit, let np = ctx.phrase(startingAt: start, limit: limit), hasActor(np) || ctx.token(np.lowerBound).isCapitalised
                || ctx.word(np.lowerBound, in: HashedWords.determiners) || ctx.word(np.lowerBound, in: HashedWords.subjectPronouns)
        else { return nil }
        return np
    }

    /// The speaker of the speech verb at `verb`: its subject, or the agent of a
    /// passive ("was quoted as saying", "was described by X").
    mutating func speaker(ofVerb verb: Int, rule: String) -> Speaker? {
        var v = verb
        let sentence = ctx.sentenceTokens(of: verb)
        // "X was quoted (by the agency) as saying": the subject of "was quoted".
        if ctx.word(verb, is: "saying"), verb >= 2, ctx.word(verb - 1, is: "as") {
            v = verb - 1
            var q = verb - 2
            while q > sentence.lowerBound, q > verb - 12, !ctx.word(q, is: "quoted") { q -= 1 }
            if ctx.word(q, is: "quoted") { v = q }
            while v > 0, ctx.word(v - 1, in: HashedWords.passiveQuoting) { v -= 1 }
        } else if verb > sentence.lowerBound, ctx.isPunct(verb - 1, ","), ctx.endsWithING(verb),
                  let subject = mainSubject(of: sentence, before: verb - 1) {
            // A participle after a comma speaks for the sentence's subject:
            // "Justice Okafor ordered …, saying officials had treated … as “…”".
            return resolve(subject, cue: verb..<(verb + 1), rule: rule)
        }
        if let subject = ctx.subject(ofVerb: v, mentions: index, actors: table.actors) {
            return resolve(subject, cue: verb..<(verb + 1), rule: rule)
        }
        // A second verb of the subject: "His ministry went further and posted".
        var k = v - 1
        while k >= 0, ctx.isAuxiliary(k) { k -= 1 }
        if k > sentence.lowerBound, ctx.word(k, is: "and"),
           let first = ctx.phrase(startingAt: sentence.lowerBound, limit: k),
           ctx.token(first.lowerBound).isCapitalised {
            // The subject is the opening phrase up to its own verb.
            var end = first.lowerBound + 1
            while end < first.upperBound, ctx.isWord(end),
                  ctx.token(end).isCapitalised || ctx.token(end).kind == .possessive || end == first.lowerBound + 1 && ctx.word(first.lowerBound, in: HashedWords.determiners) {
                end += 1
            }
            return resolve(first.lowerBound..<end, cue: verb..<(verb + 1), rule: rule)
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
        guard sentence.lowerBound < open else { return nil }
        let start = doc.tokens[sentence.lowerBound].start
        guard let m = index.mentions(in: TextRange(start, doc.tokens[open].start)).first,
              m.range.start == start, m.kind != .pronoun else { return nil }
        let mEnd = doc.tokenIndex(atOrAfter: m.range.end - 1) + 1
        // It must act: a verb (not a preposition or comma) follows the name.
        guard mEnd < open, ctx.isWord(mEnd),
              !ctx.word(mEnd, in: HashedWords.clauseBreakers) || ctx.word(mEnd, in: HashedWords.verbAuxiliaries) else { return nil }
        return Speaker(mention: m.range, mentionKind: m.kind, actor: m.actor, cue: nil, rule: "subject")
    }

    /// The tokens of a named person's mention that starts at token `i`.
    func namedPerson(startingAt i: Int) -> Range<Int>? {
        guard i < ctx.count else { return nil }
        let start = doc.tokens[i].start
        guard let m = index.mentions(in: TextRange(start, min(doc.length, start + 400))).first,
              m.range.start == start, m.kind == .named, table.actors[m.actor].type == .person else { return nil }
        return i..<(doc.tokenIndex(atOrAfter: m.range.end - 1) + 1)
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
                if !reported, ctx.isWord(last), !doc.tokens[last].isCapitalised, w.hasSuffix("s"), !w.hasSuffix("ss"),
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
        !index.mentions(in: ctx.range(np)).isEmpty
    }

    // MARK: Resolution

    mutating func resolve(_ npIn: Range<Int>, cue: Range<Int>?, rule: String) -> Speaker? {
        let np = ctx.withoutArticle(npIn)
        let cueRange = cue.map { ctx.range($0) }
        let words = np.filter { ctx.isWord($0) }
        // A pronoun.
        if np.count == 1, let w = words.first.map({ ctx.lower($0) }), Lexicon.subjectPronouns.contains(w) {
            let r = ctx.range(np)
            let actor = w == "they" ? (pluralSpeakerBefore(r.start) ?? resolvePronoun(w, at: r.start)) : resolvePronoun(w, at: r.start)
            return Speaker(mention: r, mentionKind: .pronoun, actor: actor, cue: cueRange, rule: rule)
        }
        let range = ctx.range(np)
        // The same words already spoke (two quotes sharing one clause): same speaker.
        if let earlier = index.mentions(in: range).first(where: { $0.range == range && $0.rule.hasPrefix("speaker.") }) {
            return Speaker(mention: range, mentionKind: earlier.kind, actor: earlier.actor, cue: cueRange, rule: rule)
        }
        let names = index.mentions(in: range).filter { !$0.rule.hasPrefix("speaker.") }
        // The head: the phrase before "of", "for", "at", "from", a comma or a bracket.
        var headEnd = np.upperBound
        for k in np where k > np.lowerBound {
            let inName = names.contains { $0.range.contains(doc.tokens[k].start) }
            if !inName, ctx.word(k, in: HashedWords.phrasePrepositions) { headEnd = k; break }
            if ctx.isPunct(k, "(") || ctx.isPunct(k, ",") { headEnd = k; break }
        }
        let head = np.lowerBound..<headEnd
        let headRange = ctx.range(head)
        // A name that ends the head names the speaker: "US President Barack Obama".
        if let m = names.last(where: { $0.range.end == headRange.end && $0.range.start >= headRange.start }) {
            return Speaker(mention: range, mentionKind: m.kind, actor: m.actor, cue: cueRange, rule: rule)
        }
        // A role or common noun that stands for a known actor.
        let headWord = ctx.lower(head.upperBound - 1)
        // "the Chinese side", "Russian officials": the state (or its government) named in the head.
        if Lexicon.governmentNouns.contains(headWord) || Lexicon.territoryNouns.contains(headWord),
           let state = names.first(where: { headRange.contains($0.range) && [.state, .group].contains(table.actors[$0.actor].type) }) {
            record(Mention(range: range, actor: state.actor, kind: .nominal, rule: "speaker.nominal"))
            return Speaker(mention: range, mentionKind: .nominal, actor: state.actor, cue: cueRange, rule: rule)
        }
        let definite = npIn.count > np.count && ctx.word(npIn.lowerBound, is: "the")
            || (np.lowerBound > 0 && doc.tokens[np.lowerBound - 1].kind == .possessive)
            || ctx.word(np.lowerBound, in: HashedWords.possessivePronouns)
        if definite, let actor = resolveNominal(head, headWord: headWord, at: range.start) {
            record(Mention(range: range, actor: actor, kind: .nominal, rule: "speaker.nominal"))
            return Speaker(mention: range, mentionKind: .nominal, actor: actor, cue: cueRange, rule: rule)
        }
        // Otherwise the description is an actor of its own.
        let name = doc.string(range)
        // "Taliban representatives" are a group; "a spokeswoman for the ministry" is a
        // woman (the role's gender from titles.tsv, for "she" later on).
        let plural = headWord.hasSuffix("s") && !headWord.hasSuffix("ss")
        let gender = ctx.gazetteer.titlesByFirstWord[headWord]?.first { $0.kind == "role" && $0.words.count == 1 }?.gender
        let actor = table.actor(key: "speaker:" + name.lowercased()) {
            Actor(id: "", name: name, type: plural ? .group : .person, aliases: [], gender: gender, origin: .speaker)
        }
        record(Mention(range: range, actor: actor, kind: .nominal, rule: "speaker.description"))
        return Speaker(mention: range, mentionKind: .nominal, actor: actor, cue: cueRange, rule: rule)
    }

    /// he/she → the last person of compatible gender; they → the last group,
    /// organisation or plural speaker; it → the last organisation or state.
    func resolvePronoun(_ pronoun: String, at offset: Int) -> Int? {
        let actors = table.actors
        let notQuoted: (Mention) -> Bool = { m in
            let t = self.doc.tokenIndex(atOrAfter: m.range.start)
            return t < self.ctx.count && !self.ctx.inQuote(t)
        }
        switch pronoun {
        case "he", "she":
            let wanted: Gender = pronoun == "he" ? .male : .female
            return index.last(before: offset, window: 3000) { m in
                let a = actors[m.actor]
                return a.type == .person && (a.gender == nil || a.gender == wanted) && notQuoted(m)
            }?.actor
        case "they":
            return index.last(before: offset, window: 2000) { m in
                let a = actors[m.actor]
                return (a.type == .group || a.type == .organisation || a.origin == .speaker && a.type == .group) && notQuoted(m)
            }?.actor
        case "it":
            return index.last(before: offset, window: 2000) { m in
                let a = actors[m.actor]
                return (a.type == .organisation || a.type == .state) && notQuoted(m)
            }?.actor
        default:
            return nil
        }
    }

    /// Role nouns and common nouns that stand for an actor named earlier.
    func resolveNominal(_ head: Range<Int>, headWord: String, at offset: Int) -> Int? {
        let actors = table.actors
        let role = head.filter { ctx.isWord($0) }.map { ctx.lower($0) }.joined(separator: " ")
        // "the foreign minister": the person who holds that role.
        if let holder = index.last(before: offset, window: RoleLinker.holderWindow, where: {
            actors[$0.actor].type == .person && actors[$0.actor].roles.contains(role)
        }) {
            return holder.actor
        }
        // "the ministry", "the cooperative": the organisation with that word in its
        // name, mentioned last ("Ministry of Infrastructure", "Kellby Water Cooperative").
        if let named = index.last(before: offset, window: 4000, where: { m in
            let a = actors[m.actor]
            return (a.type == .organisation || a.type == .group) && m.kind == .named && a.nameHasWord(headWord)
        }) {
            return named.actor
        }
        let types: [ActorType]
        switch headWord {
        case "city", "town", "municipality", "capital": types = [.place, .state]
        case "country", "nation", "state": types = [.state]
        case "government", "administration", "authorities", "regime", "cabinet": types = [.state, .group]
        case "ministry", "department", "company", "firm", "commission", "agency", "court", "council",
             "committee", "bank", "organisation", "organization", "group", "body", "party", "body's", "union",
             "association", "university", "police", "board":
            types = [.organisation, .group]
        default:
            return nil
        }
        return index.last(before: offset, window: 4000) { types.contains(actors[$0.actor].type) }?.actor
    }

}
