/// Links role nouns to the person they name: "the defense minister’s recent
/// remarks ... Khawaja Asif said" makes "defense minister" a nominal mention of
/// Khawaja Asif.
///
/// A role ("defense minister", from the titles list) after "the" or a state's
/// name or demonym links to a person who holds it by title elsewhere
/// ("Defense Minister Khawaja Asif"), else to the nearest named person within
/// two sentences. Roles after "to", "of", "for" or "with" are not linked
/// ("undersecretary to the prime minister" names somebody else).
struct RoleLinker: Sendable {
    let doc: Document
    let gazetteer: Gazetteer
    /// How far back (in scalars, about two pages) a title holder is looked for.
    static let holderWindow = 6000

    /// A role mention to add, and the role it gives its person.
    struct Link { var mention: Mention; var role: String? }

    func link(_ table: inout ActorTable) {
        apply(links(in: 0..<doc.tokenTable.count, table: table, index: MentionIndex(table.mentions)), to: &table)
    }

    func apply(_ links: [Link], to table: inout ActorTable) {
        for link in links {
            table.addMention(link.mention, in: doc)
            if let role = link.role { table.addRole(role, to: link.mention.actor) }
        }
    }

    /// The role links in `range`, judged against the table as it was before any of
    /// them (so parts of the text can be linked independently).
    func links(in tokenRange: Range<Int>, table: ActorTable, index: MentionIndex) -> [Link] {
        let tokens = doc.tokenTable
        let actors = table.actors
        var found: [Link] = []
        var nameWords = NameWords()
        // The three word lists a word must be on for each rule below, asked here
        // first: a tenth of the words pass `mayFollowDeterminer`, and few of those
        // are on any list, so most never pay for the rules' calls.
        let organisationNouns = HashedWords.organisationNouns, roleWords = RoleLinker.roleWords
        let titleFirstWords = gazetteer.titleFirstWordHashes
        var i = max(1, tokenRange.lowerBound)
        while i < tokenRange.upperBound {
            guard tokens[i].kind == .word, !tokens[i].isCapitalised, mayFollowDeterminer(i) else { i += 1; continue }
            let word = doc.lowerHash(ofToken: i)
            let organisationNoun = organisationNouns.contains(word), roleWord = roleWords.contains(word)
            guard organisationNoun || roleWord || titleFirstWords.contains(word) else { i += 1; continue }
            // "the ministry" after "Ministry of Infrastructure": the organisation by a word of its name.
            // (Not a word that qualifies a post after it: "the sports minister" is no mention of Sky Sports.)
            if organisationNoun, !qualifiesAPost(i), let org = organisationNamed(by: i, index: index, actors: actors, nameWords: &nameWords) {
                found.append(Link(mention: Mention(range: tokens[i].range, actor: org, kind: .nominal, rule: .organisationNoun),
                                  role: nil))
                i += 1
                continue
            }
            if roleWord, let holder = titleHolder(for: i, index: index, actors: actors) {
                found.append(Link(mention: Mention(range: tokens[i].range, actor: holder, kind: .nominal, rule: .roleTitle),
                                  role: nil))
                i += 1
                continue
            }
            guard let role = matchRole(at: i) else { i += 1; continue }
            let end = i + role.words.count
            defer { i = end }
            guard let opener = determinerBefore(i, index: index, actors: actors) else { continue }
            if opener > 0, tokens[opener - 1].kind == .word,
               ["to", "of", "for", "with", "as", "a", "an"].contains(lowerKey(opener - 1)) { continue }
            let range = TextRange(tokens[i].start, tokens[end - 1].end)
            // Already covered (a speaker description, a name)?
            if index.overlaps(range) { continue }
            let roleText = role.words.joined(separator: " ")
            // The nearest person named earlier with this title ("Foreign Minister Amina
            // Qadir"), else the nearest named person around.
            let holders = table.actors(holding: roleText)
            var person = holders.isEmpty ? nil : index.last(before: range.start, window: RoleLinker.holderWindow) {
                holders.contains($0.actor) && actors[$0.actor].type == .person
            }?.actor
            if person == nil { person = nearestPerson(to: range, holding: roleText, index: index, actors: actors) }
            guard let p = person else { continue }
            found.append(Link(mention: Mention(range: range, actor: p, kind: .nominal, rule: .role), role: roleText))
        }
        return found
    }

    /// The longest role of two words or more that starts at token `i`, its
    /// words compared by their hashes (as `ActorFinder.matchTitle` does): no
    /// string made for each word that starts a title.
    func matchRole(at i: Int) -> Gazetteer.Title? {
        guard gazetteer.titleFirstWordHashes.contains(doc.lowerHash(ofToken: i)) else { return nil }
        guard let titles = gazetteer.titlesByFirstHash[doc.hash(ofToken: i)] else { return nil }
        // (By index: a title copied out of the list retains its two arrays.)
        for t in titles.indices where titles[t].kind == .role && titles[t].hashes.count >= 2 && i + titles[t].hashes.count <= doc.tokenTable.count {
            if (0..<titles[t].hashes.count).allSatisfy({ doc.hash(ofToken: i + $0) == titles[t].hashes[$0] }) { return titles[t] }
        }
        return nil
    }

    /// The token that opens the role's phrase: "the", or a state's mention right before it.
    /// One-word roles and the titles that hold them: "the judge" is "Justice Okafor".
    static let titlesOfRoles: [String: [String]] = [
        "judge": ["judge", "justice", "chief justice"], "minister": ["minister"], "president": ["president"],
        "ambassador": ["ambassador"], "envoy": ["envoy", "special envoy"],
        "mayor": ["mayor"], "governor": ["governor"], "senator": ["senator"], "general": ["general"],
        "prosecutor": ["prosecutor"], "professor": ["professor"], "coach": ["coach", "manager"],
        "manager": ["manager", "coach"], "spokesman": ["spokesman"], "spokeswoman": ["spokeswoman"],
        "captain": ["captain"], "chancellor": ["chancellor"], "premier": ["premier"],
        "pope": ["pope"], "cardinal": ["cardinal"], "archbishop": ["archbishop"], "bishop": ["bishop"],
        "patriarch": ["patriarch"], "coroner": ["coroner"],
    ]

    static let roleWords = HashedWords.set(titlesOfRoles.keys)

    /// For "the judge": the person named last (within two pages) with a title
    /// that holds the role ("Justice Miriam Okafor"); nil when nobody does, since a
    /// one-word role is too common to link by nearness alone.
    func titleHolder(for i: Int, index: MentionIndex, actors: [Actor]) -> Int? {
        guard i > 0, RoleLinker.roleWords.contains(doc.lowerHash(ofToken: i)),
              doc.token(i - 1, is: "the"),
              let titles = RoleLinker.titlesOfRoles[lowerKey(i)] else { return nil }
        // "the judge’s ruling" is fine; "the judge advocate" is another role;
        // "the governor of Kano State, Abdullahi Sani Garba," another holder.
        if i + 1 < doc.tokenTable.count, doc.tokenTable[i + 1].kind == .word, matchRole(at: i) != nil
            || doc.token(i + 1, is: "of") && i + 2 < doc.tokenTable.count && doc.tokenTable[i + 2].isCapitalised { return nil }
        return index.last(before: doc.tokenTable[i].start, window: RoleLinker.holderWindow) { m in
            let a = actors[m.actor]
            return a.type == .person && m.kind == .named
                && a.roles.contains { role in titles.contains { role == $0 || role.hasSuffix(" " + $0) } }
        }?.actor
    }

    /// For "the ministry": the organisation named last (within two pages) that has
    /// the noun as a word of its name. Only nouns that end organisation names count.
    func organisationNamed(by i: Int, index: MentionIndex, actors: [Actor], nameWords: inout NameWords) -> Int? {
        guard i > 0, HashedWords.organisationNouns.contains(doc.lowerHash(ofToken: i)),
              doc.token(i - 1, is: "the") else { return nil }
        let noun = Actor.wordHash(lowerKey(i))
        let start = doc.tokenTable[i].start
        guard let found = index.last(before: start, window: RoleLinker.holderWindow, where: { m in
            m.kind == .named && actors[m.actor].type == .organisation
                && nameWords.actor(m.actor, named: actors[m.actor].name, hasWord: noun)
        }) else { return nil }
        // "A NASA spokesperson, Kevin Osei, said the agency would …": a noun
        // every body can be called is the body named last, or none; the
        // European Space Agency named before NASA is not "the agency".
        if RoleLinker.weakBodyNouns.contains(doc.lowerHash(ofToken: i)),
           let latest = index.last(before: start, window: RoleLinker.holderWindow, where: {
               $0.kind == .named && actors[$0.actor].type == .organisation
           }), latest.actor != found.actor {
            return nil
        }
        return found.actor
    }

    static let weakBodyNouns = HashedWords.set(["agency", "organisation", "organization", "body", "group", "firm", "company"])

    /// A cheap first test of `determinerBefore`: the word before (past a
    /// possessive) is "the" or capitalised. Most words fail it without a lookup.
    @inline(__always)
    func mayFollowDeterminer(_ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, doc.tokenTable[k].kind == .possessive { k -= 1 }
        guard k >= 0, doc.tokenTable[k].kind == .word else { return false }
        return doc.tokenTable[k].isCapitalised || doc.token(k, is: "the")
    }

    func determinerBefore(_ i: Int, index: MentionIndex, actors: [Actor]) -> Int? {
        var k = i - 1
        if k >= 0, doc.tokenTable[k].kind == .possessive { k -= 1 }
        guard k >= 0 else { return nil }
        if doc.token(k, is: "the") { return k }
        if index.first(endingAt: doc.tokenTable[k].end, where: { actors[$0.actor].type == .state }) != nil {
            return k
        }
        return nil
    }

    /// The named person nearest to `range` within two sentences who speaks
    /// there ("the defense minister’s recent remarks. … Khawaja Asif said") and
    /// holds no other post: "Defence Minister Jonas Brandt" is not "Hungary's
    /// prime minister" in the next sentence, nor are "two more Patriot batteries".
    func nearestPerson(to range: TextRange, holding role: String, index: MentionIndex, actors: [Actor]) -> Int? {
        guard let s = doc.sentenceIndex(containing: range.start) else { return nil }
        let lo = doc.sentences[max(0, s - 2)].range.start
        let hi = doc.sentences[min(doc.sentences.count - 1, s + 2)].range.end
        let candidates = index.mentions(in: TextRange(lo, hi)).filter {
            actors[$0.actor].type == .person && $0.kind == .named && actors[$0.actor].roles.allSatisfy { $0 == role }
                && speaks(after: $0.range)
        }
        return candidates.min { abs($0.range.start - range.start) < abs($1.range.start - range.start) }?.actor
    }

    /// Whether a speech verb follows the name at `range`, past a comma of
    /// apposition's end and auxiliaries: "Asif said", "Galantino, has called".
    func speaks(after range: TextRange) -> Bool {
        var k = doc.tokenIndex(atOrAfter: range.end)
        if doc.token(k, isPunctuation: ",") { k += 1 }
        var auxiliaries = 0
        while k < doc.tokenTable.count, auxiliaries < 2, doc.tokenTable[k].kind == .word,
              HashedWords.auxiliaries.contains(doc.lowerHash(ofToken: k)) { k += 1; auxiliaries += 1 }
        return k < doc.tokenTable.count && doc.tokenTable[k].kind == .word && !doc.tokenTable[k].isCapitalised
            && gazetteer.cueHashes.contains(doc.lowerHash(ofToken: k))
    }

    func lowerKey(_ i: Int) -> String { doc.lowerKey(ofToken: i) }

    /// Whether the word at `i` goes before a post's word: "sports" in "the
    /// sports minister", "council" in "the council leader".
    func qualifiesAPost(_ i: Int) -> Bool {
        let next = i + 1
        return next < doc.tokenTable.count && doc.tokenTable[next].kind == .word && !doc.tokenTable[next].isCapitalised
            && doc.tokenTable[next].flags.contains(.spaceBefore) && gazetteer.singleWordRole(lowerHash: doc.lowerHash(ofToken: next)) != nil
    }
}
