/// Grouping names into actors after the pass: a lone surname joins its full name.
extension ActorFinder {
    /// A lone name that is the last (or first) word of exactly one fuller person
    /// name joins it: "Mohib" → "Hamdullah Mohib", "Tedeschi" → "Mark Tedeschi".
    mutating func joinShortNames() {
        // (The merges are worked out first: a copy of the actors held while the
        // table merges would make it copy all of them.)
        let merges = shortNameMerges()
        table.merge(merges)
        genderFirstNames(mergedAway: merges.map(\.from))
        bodiesShortNamesAndPlaces(mergedAway: merges.map(\.from))
    }

    /// A lone word no list knows is found as a person; when the story's bodies
    /// are named with it, it is not one. The last word of a body's name is the
    /// place it is named for: "the eastern districts of Riverside", with "BBC
    /// Radio Riverside" in the story. The first word is the body's short name:
    /// "Ashford looked in control" (Ashford City), "Civitas research director"
    /// (the Civitas Institute), "the case for the Crown" (the Crown Prosecution
    /// Service). Not a word that speaks or owns ("Ford said", "Ford's"), a
    /// word of a person's full name, or a given name.
    mutating func bodiesShortNamesAndPlaces(mergedAway: [Int]) {
        let count = table.actors.count
        var away = [Bool](repeating: false, count: count)
        for a in mergedAway { away[a] = true }
        // The lone words found as people, by hash: most stories have few, and
        // the names of the others are read only when there are some. (The
        // actors are read in place, and the names through their mentions'
        // token hashes: no actor or string copied.)
        var lone: [UInt64: Int] = [:]
        var types = [ActorType](repeating: .place, count: count)
        table.actors.withUnsafeBufferPointer { actors in
            for a in actors.indices {
                types[a] = actors[a].type
                guard !away[a], actors[a].type == .person, actors[a].origin == .text, actors[a].gender == nil,
                      actors[a].roles.isEmpty, actors[a].aliases.isEmpty, !actors[a].name.utf8.contains(0x20) else { continue }
                let hash = WordHash.exact(actors[a].name)
                if gazetteer.givenNamesByHash[hash] == nil { lone[hash] = a }
            }
        }
        guard !lone.isEmpty else { return }
        let tokens = doc.tokenTable
        var retype = [ActorType?](repeating: nil, count: count)
        var personal = [Bool](repeating: false, count: count)
        for m in table.mentions where m.kind == .named && m.actor >= 0 && m.actor < count && !away[m.actor]
            && (types[m.actor] == .organisation || types[m.actor] == .person) {
            let first = doc.tokenIndex(atOrAfter: m.range.start)
            guard first < tokens.count, tokens[first].end < m.range.end else { continue }   // (one word)
            var last = first
            while last + 1 < tokens.count, tokens[last + 1].end <= m.range.end { last += 1 }
            if types[m.actor] == .person {
                // (A word of a person's full name stays a person: "Lindqvist".)
                for k in first...last { if let a = lone[hash(k)] { personal[a] = true } }
            } else if let a = lone[hash(last)] {
                retype[a] = .place
            } else if let a = lone[hash(first)], retype[a] == nil {
                retype[a] = .organisation
            }
        }
        for a in retype.indices where personal[a] { retype[a] = nil }
        guard retype.contains(where: { $0 != nil }) else { return }
        // (A verb right after the name: "were told" is said to them.)
        for m in table.mentions where m.actor >= 0 && m.actor < count && retype[m.actor] != nil {
            let next = doc.tokenIndex(atOrAfter: m.range.end)
            guard next < tokens.count else { continue }
            if tokens[next].kind == .possessive || gazetteer.cueHashes.contains(lowerHash(next)) { retype[m.actor] = nil }
        }
        for (a, type) in retype.enumerated() { if let type { table.setType(type, of: a) } }
    }

    /// A person named by a given name alone, who is no one's surname once the
    /// names are joined ("Poppy, 14, lifted the lid"), has that name's gender,
    /// so "he" is not her. (Found as a name run, a one-word name has none: it
    /// may be a surname until the full names are read.)
    mutating func genderFirstNames(mergedAway: [Int]) {
        var away = [Bool](repeating: false, count: table.actors.count)
        for a in mergedAway { away[a] = true }
        for a in table.actors.indices where !away[a] {
            let actor = table.actors[a]
            guard actor.type == .person, actor.gender == nil, actor.origin == .text, !actor.name.utf8.contains(0x20),
                  let gender = gazetteer.givenNamesByHash[WordHash.exact(actor.name)] ?? nil else { continue }
            table.setGender(gender, of: a)
        }
    }

    /// The merges `joinShortNames` makes, in order.
    func shortNameMerges() -> [(from: Int, into: Int)] {
        let actors = table.actors
        // Each name split once, its words as hashes (`NameWordTable`).
        let names = NameWordTable(actors)
        // Full names: people found in the text, of two words or more once the
        // initials are left out. Full name f is actor `fullActor[f]`, its words
        // `fullWords[fullStart[f]..<fullStart[f + 1]]`.
        var fullActor: [Int] = [], fullStart = [0], fullWords: [NameWordTable.Word] = []
        for k in actors.indices where actors[k].origin == .text && actors[k].type == .person {
            let before = fullWords.count
            for word in names.words(of: k) where !names.isInitial(word, of: k) { fullWords.append(word) }
            if fullWords.count - before > 1 {
                fullActor.append(k)
                fullStart.append(fullWords.count)
            } else {
                fullWords.removeLast(fullWords.count - before)
            }
        }
        func fullName(_ f: Int) -> ArraySlice<NameWordTable.Word> { fullWords[fullStart[f]..<fullStart[f + 1]] }
        func sameWords(_ a: some Collection<NameWordTable.Word>, _ b: some Collection<NameWordTable.Word>) -> Bool {
            a.elementsEqual(b) { $0.hash == $1.hash }
        }
        // (Every list of the grouping in one `IndexLists`; at most four words an actor.)
        var lists = IndexLists(capacity: 4 * actors.count)
        for k in actors.indices where actors[k].origin == .text && actors[k].type == .organisation {
            // Companies only: "Halvorsen" is Halvorsen Robotics Inc., but "Dunhampton" is a
            // town, not Dunhampton Borough Council. (A stop ends an abbreviation: "Inc." is "Inc".)
            let words = names.words(of: k)
            guard words.count > 1, let first = words.first, let last = words.last else { continue }
            // (And football clubs: "Castleford United", then "Castleford"; "Redbridge
            // City Football Club", then "Redbridge".)
            // (A club's town stays a town: "Millbrook" the place is not Millbrook Rovers.)
            if Self.clubWordHashes.contains(last.hash)
                || words.count >= 3 && last.hash == Self.clubHash && words.dropLast().last?.hash == Self.footballHash {
                lists.append(k, to: .clubsByFirstWord, first.hash)
            } else if Self.companyWordHashes.contains(last.last == 0x2E ? names.hashDroppingLast(last, of: k) : last.hash) {
                lists.append(k, to: .companiesByFirstWord, first.last == 0x2E ? names.hashDroppingLast(first, of: k) : first.hash)
            }
        }
        // "the Commission" after "European Commission": a body's keyword alone names the one
        // body of the text whose name ends with it (two commissions: neither).
        for k in actors.indices where actors[k].type == .organisation {
            let words = names.words(of: k)
            if words.count > 1, let last = words.last, Self.organisationKeywordHashes.contains(last.hash) {
                lists.append(k, to: .bodiesByKeyword, last.hash)
            }
        }
        // "WMO" after "World Meteorological Organization", with no brackets to say
        // so; "the Greens" after "the Green Party": bodies by their initials, and
        // parties by their members' plural.
        for k in actors.indices where actors[k].type == .organisation && actors[k].origin == .text {
            let words = names.words(of: k)
            guard words.count >= 2, let first = words.first, let last = words.last else { continue }
            var initials = WordHash.offsetBasis, capitalised = 0
            for word in words where !names.startsLowercase(word, of: k) && word.hash != Self.ampersandHash {
                capitalised += 1
                names.firstCharacterHash(word, of: k, into: &initials)
            }
            if capitalised >= 2 { lists.append(k, to: .bodiesByInitials, initials) }
            if last.hash == Self.partyHash { lists.append(k, to: .partiesByFirstWord, first.hash) }
        }
        var merges: [(from: Int, into: Int)] = []   // applied together at the end
        var usage: [Usage]? = nil   // counted the first time a surname is shared
        // Full names by their last word (full name numbers), by their first and
        // middle words (actor numbers).
        for f in fullActor.indices {
            let words = fullName(f), k = fullActor[f]
            lists.append(f, to: .fullNamesByLastWord, words.last!.hash)
            lists.append(k, to: .fullNamesByFirstWord, words.first!.hash)
            for word in words.dropFirst().dropLast() where !names.startsLowercase(word, of: k) {
                lists.append(k, to: .fullNamesByMiddleWord, word.hash)
            }
        }
        // "van Dijk" is the surname of "Joost van Dijk"; so is "Van Dijk", the
        // particle capitalised where a sentence starts with it. (Found first: a
        // lone "Dijk" then has one full name to join, not two.)
        var surnameOwner = HashMap64<Int>()   // by actor number
        func opensWithParticle(_ words: ArraySlice<NameWordTable.Word>, of k: Int) -> Bool {
            guard words.count >= 2, let particle = words.first else { return false }
            return names.startsLowercase(particle, of: k) || isParticle(particle, of: k, names)
        }
        for k in actors.indices where actors[k].origin == .text {
            let words = names.words(of: k)
            guard opensWithParticle(words, of: k), let particle = words.first else { continue }
            var owners = 0, owner = -1
            for f in lists[.fullNamesByLastWord, words.last!.hash] where fullActor[f] != k && fullName(f).count > words.count
                && sameWords(fullName(f).suffix(words.count - 1), words.dropFirst())
                && names.text(fullName(f).suffix(words.count).first!, of: fullActor[f]).lowercased()
                    == names.text(particle, of: k).lowercased() {
                owners += 1
                owner = fullActor[f]
            }
            if owners == 1 { surnameOwner.set(UInt64(k), owner) }
        }
        for k in actors.indices where actors[k].origin == .text {
            let words = names.words(of: k)
            if opensWithParticle(words, of: k) {
                if let owner = surnameOwner[UInt64(k)] { merges.append((k, owner)) }
                continue
            }
            // "Fernández de la Cruz", "Souza Mendes": the surnames of "María José
            // Fernández de la Cruz", "Luiz Carlos de Souza Mendes"; "María José" her
            // given names. Of exactly one fuller name.
            if words.count >= 2, actors[k].type == .person {
                // (Most full names share their first and last words with no other: nothing to join.)
                let sameLast = lists[.fullNamesByLastWord, words.last!.hash], sameFirst = lists[.fullNamesByFirstWord, words.first!.hash]
                guard sameLast.count + sameFirst.count > 2 else { continue }
                var owners = 0, owner = -1
                for f in sameLast where fullActor[f] != k && fullName(f).count > words.count
                    && sameWords(fullName(f).suffix(words.count), words) {
                    owners += 1
                    owner = fullActor[f]
                }
                for j in sameFirst where j != k && names.words(of: j).count > words.count
                    && sameWords(names.words(of: j).prefix(words.count), words) {
                    owners += 1
                    owner = j
                }
                if owners == 1, withinStory(k, after: owner, usage: &usage) {
                    merges.append((k, owner))
                }
                continue
            }
            guard words.count == 1, let word = words.first else { continue }
            let surnameOf = lists[.fullNamesByLastWord, word.hash]
            // (A surname with its particle that joins a full name counts as that name.)
            let surnames = surnameOf.reduce(0) { $0 + (fullActor[$1] != k && surnameOwner[UInt64(fullActor[$1])] == nil ? 1 : 0) }
            let firstNameOf = lists[.fullNamesByFirstWord, word.hash]
            let firstNames = firstNameOf.count(excluding: k)
            if surnames == 1 {
                merges.append((k, fullActor[surnameOf.first { fullActor[$0] != k && surnameOwner[UInt64(fullActor[$0])] == nil }!]))
            } else if surnames > 1, actors[k].type == .person,
                      let principal = principal(among: surnameOf.map { fullActor[$0] }.filter { $0 != k && surnameOwner[UInt64($0)] == nil }, for: k, usage: &usage) {
                // "Marguerite Osei … her son, Kwabena Osei … Osei was twice
                // arrested": a surname two people share is the one the story
                // is about, named first and most often, as news style has it.
                merges.append((k, principal))
            } else if surnames == 0, firstNames == 1, actors[k].type == .person {
                merges.append((k, firstNameOf.first(excluding: k)!))
            } else if surnames == 0, firstNames == 0, actors[k].type == .person,
                      let owner = lists[.fullNamesByMiddleWord, word.hash].only, owner != k {
                // "Lula" of "Luiz Inácio Lula da Silva": the name a person goes by,
                // inside their full name.
                merges.append((k, owner))
            } else if surnames == 0, firstNames == 0, let company = lists[.companiesByFirstWord, word.hash].only {
                // "Halvorsen" after "Halvorsen Robotics Inc." is the company.
                merges.append((k, company))
            } else if surnames == 0, firstNames == 0, actors[k].type != .place, let club = lists[.clubsByFirstWord, word.hash].only {
                merges.append((k, club))
            } else if actors[k].type == .organisation, let body = lists[.bodiesByKeyword, word.hash].only, body != k {
                merges.append((k, body))
            } else if actors[k].type == .organisation,
                      let body = bodyNamedLast(before: k, among: lists[.bodiesByKeyword, word.hash].filter { $0 != k }, usage: &usage) {
                // "The European Commission has opened … The Commission said …. The US
                // Federal Trade Commission is also …": the one body of that word
                // named before, while no other of them has been named yet.
                merges.append((k, body))
            } else if actors[k].type == .organisation, names.isUpperCaseAcronym(word, of: k),
                      let body = lists[.bodiesByInitials, word.hash].only, body != k {
                merges.append((k, body))
            } else if word.last == 0x73, word.beforeLast != 0x73,
                      let party = lists[.partiesByFirstWord, names.hashDroppingLast(word, of: k)].only, party != k {
                merges.append((k, party))
            }
        }
        merges.append(contentsOf: legalFormMerges(names))
        return merges
    }

    /// "Kestrel Homes" after "Kestrel Homes Ltd": a company named without its
    /// legal form is the company (names of two words or more: one word is
    /// joined above).
    func legalFormMerges(_ names: NameWordTable) -> [(from: Int, into: Int)] {
        let actors = table.actors
        var withForm = HashMap64<Int>()
        for k in actors.indices where actors[k].type == .organisation {
            let words = names.words(of: k)
            guard words.count >= 3, let last = words.last,
                  Self.legalFormWordHashes.contains(last.last == 0x2E ? names.hashDroppingLast(last, of: k) : last.hash) else { continue }
            let key = Self.hashOfWords(words.dropLast())
            if withForm[key] == nil { withForm.set(key, k) }
        }
        guard withForm.count > 0 else { return [] }
        var merges: [(from: Int, into: Int)] = []
        for k in actors.indices where actors[k].type == .organisation {
            let words = names.words(of: k)
            if words.count >= 2, let full = withForm[Self.hashOfWords(words)], full != k { merges.append((k, full)) }
        }
        return merges
    }

    private static func hashOfWords(_ words: ArraySlice<NameWordTable.Word>) -> UInt64 {
        words.reduce(WordHash.offsetBasis) { ($0 ^ $1.hash) &* 0x100_0000_01B3 }
    }

    private static let legalFormWordHashes = HashSet64(Lexicon.legalForms.map { WordHash.bytes(of: $0) })

    /// Whether the word is a surname's particle ("van", "Van", "de la"'s "de").
    private func isParticle(_ word: NameWordTable.Word, of k: Int, _ names: NameWordTable) -> Bool {
        word.length <= 3 && ActorFinder.surnameParticles.contains(WordHash.lower(String(names.text(word, of: k))))
    }

    private static let companyWordHashes = HashSet64(Lexicon.companyWords.map { WordHash.bytes(of: $0) })
    private static let organisationKeywordHashes = HashSet64(Lexicon.organisationKeywords.map { WordHash.bytes(of: $0) })
    private static let ampersandHash = WordHash.bytes(of: "&")
    private static let clubWordHashes = HashSet64(["United", "Rovers", "Wanderers", "Athletic", "Albion", "FC", "AFC", "Rangers",
                                                   "Hotspur"].map { WordHash.bytes(of: $0) })
    private static let clubHash = WordHash.bytes(of: "Club"), footballHash = WordHash.bytes(of: "Football")
    private static let partyHash = WordHash.bytes(of: "Party")

    /// How often an actor is named, and where first and last.
    struct Usage { var count = 0, first = Int.max, last = 0 }

    /// Whether actor `short` is named only after `full` is first named, and
    /// within one story's length of it: in a year of articles put together,
    /// "Reza Nazarov" of one story is not "Ruslan Reza Nazarov" of another.
    func withinStory(_ short: Int, after full: Int, usage: inout [Usage]?) -> Bool {
        let counts = countedUsage(&usage)
        return counts[full].first <= counts[short].first && counts[short].last - counts[full].first <= Self.storyLength
    }

    /// How often and where each actor is named, counted once when first asked.
    func countedUsage(_ usage: inout [Usage]?) -> [Usage] {
        if let usage { return usage }
        var counted = Array(repeating: Usage(), count: table.actors.count)
        for m in table.mentions {
            counted[m.actor].count += 1
            counted[m.actor].first = min(counted[m.actor].first, m.range.start)
            counted[m.actor].last = max(counted[m.actor].last, m.range.end)
        }
        usage = counted
        return counted
    }

    /// Of the bodies whose names end in the same word, the one the text named
    /// before `short`, when it is the only one named before the last mention of
    /// `short` (the others come later); nil otherwise.
    func bodyNamedLast(before short: Int, among bodies: [Int], usage: inout [Usage]?) -> Int? {
        guard bodies.count > 1 else { return nil }
        let counts = countedUsage(&usage)
        let before = bodies.filter { counts[$0].first < counts[short].first }
        guard let chosen = before.max(by: { counts[$0].first < counts[$1].first }) else { return nil }
        let others = bodies.filter { $0 != chosen }
        guard others.allSatisfy({ counts[$0].first > counts[short].last }) else { return nil }
        return chosen
    }

    /// Of several people with one surname, the one named first, when no other is
    /// named as often and all of them and the `surname` alone are named within
    /// one story's length (`storyLength`); nil when it is not clear. `usage`
    /// is counted at the first call.
    func principal(among people: [Int], for surname: Int, usage: inout [Usage]?) -> Int? {
        let counts = countedUsage(&usage)
        guard let first = people.min(by: { counts[$0].first < counts[$1].first }) else { return nil }
        let all = people + [surname]
        let span = all.map { counts[$0].last }.max()! - all.map { counts[$0].first }.min()!
        guard span <= Self.storyLength else { return nil }
        return people.allSatisfy({ $0 == first || counts[$0].count < counts[first].count }) ? first : nil
    }

    /// Scalars within which a shared surname is read as one story's: about a long
    /// feature. Past that, a text is likely many stories put together (a
    /// year of editorials), whose Popals are not one person.
    static let storyLength = 20_000

    /// An initial with its stop, "J." (its last byte read first: counting a
    /// word's characters runs grapheme breaking).
    static func isInitial(_ word: Substring) -> Bool {
        word.utf8.last == 0x2E && word.count == 2 && word.hasSuffix(".")
    }

    /// Whether the word's first character is lower case, ASCII read from its
    /// byte (`Character.isLowercase` cost 650 instructions a name).
    static func startsLowercase(_ word: Substring) -> Bool {
        guard let byte = word.utf8.first else { return false }
        if byte < 0x80 { return byte &- 0x61 < 26 }
        return word.first?.isLowercase == true
    }
}
