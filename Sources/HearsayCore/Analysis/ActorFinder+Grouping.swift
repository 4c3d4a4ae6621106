/// Grouping names into actors after the pass: a lone surname joins its full name.
extension ActorFinder {
    /// A lone name that is the last (or first) word of exactly one fuller person
    /// name joins it: "Mohib" → "Hamdullah Mohib", "Tedeschi" → "Mark Tedeschi".
    mutating func joinShortNames() {
        let actors = table.actors
        // Each name split once (four loops below read the words of most names).
        let nameWords = actors.map { Self.words(of: $0.name) }
        let fullNames: [(index: Int, words: [Substring])] = actors.indices.compactMap { k in
            let a = actors[k]
            guard a.origin == .text, a.type == .person else { return nil }
            let words = nameWords[k].filter { !Self.isInitial($0) }
            return words.count > 1 ? (k, words) : nil
        }
        var organisationsByFirstWord: [Substring: [Int]] = [:]
        for k in actors.indices where actors[k].origin == .text && actors[k].type == .organisation {
            // Companies only: "Halvorsen" is Halvorsen Robotics Inc., but "Dunhampton" is a
            // town, not Dunhampton Borough Council.
            let words = nameWords[k].map { $0.hasSuffix(".") ? $0.dropLast() : $0 }
            if words.count > 1, let first = words.first, let last = words.last, Lexicon.companyWords.contains(String(last)) {
                organisationsByFirstWord[first, default: []].append(k)
            }
        }
        // "the Commission" after "European Commission": a body's keyword alone names the one
        // body of the text whose name ends with it (two commissions: neither).
        var bodiesByKeyword: [Substring: [Int]] = [:]
        for k in actors.indices where actors[k].type == .organisation {
            let words = nameWords[k]
            if words.count > 1, let last = words.last, Lexicon.organisationKeywords.contains(String(last)) {
                bodiesByKeyword[last, default: []].append(k)
            }
        }
        // "WMO" after "World Meteorological Organization", with no brackets to say
        // so; "the Greens" after "the Green Party": bodies by their initials, and
        // parties by their members' plural.
        var bodiesByInitials: [String: [Int]] = [:], partiesByFirstWord: [Substring: [Int]] = [:]
        for k in actors.indices where actors[k].type == .organisation && actors[k].origin == .text {
            let words = nameWords[k]
            guard words.count >= 2 else { continue }
            let capitalised = words.filter { !Self.startsLowercase($0) && $0 != "&" }
            if capitalised.count >= 2 { bodiesByInitials[String(capitalised.compactMap(\.first)), default: []].append(k) }
            if words.last == "Party", let first = words.first { partiesByFirstWord[first, default: []].append(k) }
        }
        var merges: [(from: Int, into: Int)] = []   // applied together at the end
        var usage: [Usage]? = nil   // counted the first time a surname is shared
        var byLast: [Substring: [Int]] = [:], byFirstWord: [Substring: [Int]] = [:], byMiddleWord: [Substring: [Int]] = [:]
        // Full names by their last word, for the surnames with a particle ("van Dijk"),
        // which were compared with every full name.
        var fullNamesByLast: [Substring: [(index: Int, words: [Substring])]] = [:]
        for (index, words) in fullNames {
            byLast[words.last!, default: []].append(index)
            byFirstWord[words.first!, default: []].append(index)
            for word in words.dropFirst().dropLast() where !Self.startsLowercase(word) { byMiddleWord[word, default: []].append(index) }
            fullNamesByLast[words.last!, default: []].append((index, words))
        }
        for k in actors.indices where actors[k].origin == .text {
            let words = nameWords[k]
            // "van Dijk" is the surname of "Joost van Dijk".
            if words.count >= 2, let particle = words.first, Self.startsLowercase(particle) {
                let owners = (fullNamesByLast[words.last!] ?? []).filter {
                    $0.index != k && $0.words.count > words.count && $0.words.suffix(words.count).elementsEqual(words)
                }
                if owners.count == 1 { merges.append((k, owners[0].index)) }
                continue
            }
            // "Fernández de la Cruz", "Souza Mendes": the surnames of "María José
            // Fernández de la Cruz", "Luiz Carlos de Souza Mendes"; "María José" her
            // given names. Of exactly one fuller name.
            if words.count >= 2, actors[k].type == .person {
                // (Most full names share their first and last words with no other: nothing to join.)
                let sameLast = fullNamesByLast[words.last!] ?? [], sameFirst = byFirstWord[words.first!] ?? []
                guard sameLast.count + sameFirst.count > 2 else { continue }
                let bySuffix = sameLast.filter {
                    $0.index != k && $0.words.count > words.count && $0.words.suffix(words.count).elementsEqual(words)
                }
                let byPrefix = sameFirst.filter {
                    $0 != k && nameWords[$0].count > words.count && nameWords[$0].prefix(words.count).elementsEqual(words)
                }
                if bySuffix.count + byPrefix.count == 1, let owner = bySuffix.first?.index ?? byPrefix.first,
                   withinStory(k, after: owner, usage: &usage) {
                    merges.append((k, owner))
                }
                continue
            }
            guard words.count == 1, let word = words.first else { continue }
            let bySurname = (byLast[word] ?? []).filter { $0 != k }.map { (index: $0, words: [Substring]()) }
            let byFirst = (byFirstWord[word] ?? []).filter { $0 != k }.map { (index: $0, words: [Substring]()) }
            if bySurname.count == 1 {
                merges.append((k, bySurname[0].index))
            } else if bySurname.count > 1, actors[k].type == .person,
                      let principal = principal(among: bySurname.map(\.index), for: k, usage: &usage) {
                // "Marguerite Osei … her son, Kwabena Osei … Osei was twice
                // arrested": a surname two people share is the one the story
                // is about, named first and most often, as news style has it.
                merges.append((k, principal))
            } else if bySurname.isEmpty, byFirst.count == 1, actors[k].type == .person {
                merges.append((k, byFirst[0].index))
            } else if bySurname.isEmpty, byFirst.isEmpty, actors[k].type == .person,
                      let owners = byMiddleWord[word], owners.count == 1, owners[0] != k {
                // "Lula" of "Luiz Inácio Lula da Silva": the name a person goes by,
                // inside their full name.
                merges.append((k, owners[0]))
            } else if bySurname.isEmpty, byFirst.isEmpty, let company = organisationsByFirstWord[word], company.count == 1 {
                // "Halvorsen" after "Halvorsen Robotics Inc." is the company.
                merges.append((k, company[0]))
            } else if actors[k].type == .organisation, let bodies = bodiesByKeyword[word], bodies.count == 1, bodies[0] != k {
                merges.append((k, bodies[0]))
            } else if actors[k].type == .organisation, actors[k].origin == .text, word.count >= 2, word.allSatisfy(\.isUppercase),
                      let bodies = bodiesByInitials[String(word)], bodies.count == 1, bodies[0] != k {
                merges.append((k, bodies[0]))
            } else if word.hasSuffix("s"), !word.hasSuffix("ss"), let parties = partiesByFirstWord[word.dropLast()],
                      parties.count == 1, parties[0] != k {
                merges.append((k, parties[0]))
            }
        }
        table.merge(merges)
    }

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

    /// The words of a name, split at spaces over its UTF-8 (a `Character` split
    /// runs grapheme breaking on every name: 35% of this step's time on 10 MB).
    static func words(of name: String) -> [Substring] {
        let utf8 = name.utf8
        var result: [Substring] = []
        result.reserveCapacity(4)
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            if utf8[i] == 0x20 {
                if start < i { result.append(name[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start < utf8.endIndex { result.append(name[start..<utf8.endIndex]) }
        return result
    }
}
