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
        var merges: [(from: Int, into: Int)] = []   // applied together at the end
        var byLast: [Substring: [Int]] = [:], byFirstWord: [Substring: [Int]] = [:]
        // Full names by their last word, for the surnames with a particle ("van Dijk"),
        // which were compared with every full name.
        var fullNamesByLast: [Substring: [(index: Int, words: [Substring])]] = [:]
        for (index, words) in fullNames {
            byLast[words.last!, default: []].append(index)
            byFirstWord[words.first!, default: []].append(index)
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
            guard words.count == 1, let word = words.first else { continue }
            let bySurname = (byLast[word] ?? []).filter { $0 != k }.map { (index: $0, words: [Substring]()) }
            let byFirst = (byFirstWord[word] ?? []).filter { $0 != k }.map { (index: $0, words: [Substring]()) }
            if bySurname.count == 1 {
                merges.append((k, bySurname[0].index))
            } else if bySurname.isEmpty, byFirst.count == 1, actors[k].type == .person {
                merges.append((k, byFirst[0].index))
            } else if bySurname.isEmpty, byFirst.isEmpty, let company = organisationsByFirstWord[word], company.count == 1 {
                // "Halvorsen" after "Halvorsen Robotics Inc." is the company.
                merges.append((k, company[0]))
            } else if actors[k].type == .organisation, let bodies = bodiesByKeyword[word], bodies.count == 1, bodies[0] != k {
                merges.append((k, bodies[0]))
            }
        }
        table.merge(merges)
    }

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
