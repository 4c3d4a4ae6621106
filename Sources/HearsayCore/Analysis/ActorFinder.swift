/// Finds the actors of a document and every place that names them.
///
/// One pass over the tokens tries, at each word, the gazetteer (longest match)
/// and a run of capitalised words; a run wins when it is longer and ends like an
/// organisation or a place ("Kabul River", "Saudi Gazette"). Runs lose their
/// titles ("Minister of Education Stefania Giannini" → "Stefania Giannini") and
/// their sentence-initial function words ("Despite", "However"). A second pass
/// links role nouns ("the defense minister") to the person they name and joins
/// surnames to full names.
struct ActorFinder: Sendable {
    let doc: Document
    let gazetteer: Gazetteer
    private(set) var table = ActorTable()
    /// Gazetteer entries already in `table`, by name (saves building their keys).
    private var entryActors: [String: Int] = [:]

    /// Puts a merged table in place (its actor numbers are its own).
    mutating func replaceTable(_ merged: ActorTable) {
        table = merged
        entryActors = [:]
    }
    /// Tokens that begin a sentence, or a quotation or clause inside one.
    private var sentenceInitial: [Bool]
    /// First tokens of title-case headline paragraphs, where capitals mean nothing.
    private var headlineParagraphTokens: Set<Int> = []
    /// Capitalised words that also occur mid-sentence (so they are names), by `WordHash.exact`.
    private var capitalisedMidSentence = HashSet64()
    /// Capitalised words whose lower-case form occurs in the text (so they are words), by `WordHash.lower`.
    private var lowercaseElsewhere = HashSet64()

    init(doc: Document, gazetteer: Gazetteer) {
        self.doc = doc
        self.gazetteer = gazetteer
        sentenceInitial = Array(repeating: false, count: doc.tokens.count)
        markSentenceStarts()
        findHeadlines()
        collectCapitalisationEvidence()
    }

    // MARK: Pass 1: names

    mutating func findNames() { findNames(in: 0..<doc.tokens.count) }

    /// Finds the names among `range`'s tokens (a run of whole paragraphs).
    mutating func findNames(in range: Range<Int>) {
        let tokens = doc.tokens
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            guard t.kind == .word, t.isCapitalised || t.isAllCaps || startsWithParticle(i) else { i += 1; continue }
            // "UN-led", "Pakistan-based", "JRC-brokered": the name before the hyphen.
            if let prefixEnd = capitalisedPrefixBeforeHyphen(i) {
                addHyphenPrefix(i, end: prefixEnd)
                i += 1
                continue
            }
            let gazetteerMatch = matchGazetteer(at: i)
            let run = (t.isCapitalised || t.isAllCaps) && !inHeadline(i) ? nameRun(from: i) : nil
            if let run, run.count > (gazetteerMatch?.count ?? 0), HashedWords.nonActorKeywords.contains(hash(run.upperBound - 1)) {
                // "Indus Waters Treaty" is not an actor, nor is the Indus in it; but the
                // organiser of "Google Science Fair" is.
                if let g = gazetteerMatch, gazetteer.entries[g.surface.entry].type != .place {
                    addGazetteerMention(g, at: i)
                }
                i = run.upperBound
                continue
            }
            if let g = gazetteerMatch {
                if let run, run.count > g.count, endsWithKeyword(run) {
                    addNameRun(run)
                    i = run.upperBound
                    continue
                }
                addGazetteerMention(g, at: i)
                i += g.count
                continue
            }
            if let run {
                addNameRun(run)
                i = run.upperBound
                continue
            }
            i += 1
        }
    }

    /// A lone name that is the last (or first) word of exactly one fuller person
    /// name joins it: "Mohib" → "Hamdullah Mohib", "Tedeschi" → "Mark Tedeschi".
    mutating func joinShortNames() {
        let actors = table.actors
        let fullNames: [(index: Int, words: [Substring])] = actors.indices.compactMap { k in
            let a = actors[k]
            guard a.origin == .text, a.type == .person else { return nil }
            let words = a.name.split(separator: " ").filter { !($0.count == 2 && $0.hasSuffix(".")) }
            return words.count > 1 ? (k, words) : nil
        }
        var organisationsByFirstWord: [Substring: [Int]] = [:]
        for k in actors.indices where actors[k].origin == .text && actors[k].type == .organisation {
            let words = actors[k].name.split(separator: " ")
            if words.count > 1, let first = words.first { organisationsByFirstWord[first, default: []].append(k) }
        }
        var byLast: [Substring: [Int]] = [:], byFirstWord: [Substring: [Int]] = [:]
        for (index, words) in fullNames {
            byLast[words.last!, default: []].append(index)
            byFirstWord[words.first!, default: []].append(index)
        }
        for k in actors.indices where actors[k].origin == .text {
            let words = actors[k].name.split(separator: " ")
            guard words.count == 1, let word = words.first else { continue }
            let bySurname = (byLast[word] ?? []).filter { $0 != k }.map { (index: $0, words: [Substring]()) }
            let byFirst = (byFirstWord[word] ?? []).filter { $0 != k }.map { (index: $0, words: [Substring]()) }
            if bySurname.count == 1 {
                table.merge(k, into: bySurname[0].index)
            } else if bySurname.isEmpty, byFirst.count == 1, actors[k].type == .person {
                table.merge(k, into: byFirst[0].index)
            } else if bySurname.isEmpty, byFirst.isEmpty, let company = organisationsByFirstWord[word], company.count == 1 {
                // "Halvorsen" after "Halvorsen Robotics Inc." is the company.
                table.merge(k, into: company[0])
            }
        }
    }

    /// The end of "UN" in "UN-led": a capitalised part, a hyphen, then lower case.
    func capitalisedPrefixBeforeHyphen(_ i: Int) -> Int? {
        let t = doc.tokens[i]
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

    mutating func addHyphenPrefix(_ i: Int, end: Int) {
        let t = doc.tokens[i]
        let range = TextRange(t.start, end)
        let h = WordHash.exact(doc.scalars[t.start..<end])
        if let surface = gazetteer.surfacesByFirstHash[h]?.first(where: { $0.words.count == 1 }) {
            let entry = gazetteer.entries[surface.entry]
            switch surface.role {
            case .name, .capital:
                let target = surface.role == .capital ? (entry.governs.flatMap { gazetteer.entry(named: $0) } ?? entry) : entry
                let a = gazetteerActor(target)
                table.addMention(Mention(range: range, actor: a, kind: surface.role == .capital ? .metonym : .named,
                                         rule: "gazetteer.prefix"), text: doc.string(range))
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
        table.addMention(Mention(range: range, actor: a, kind: .named, rule: "capitalised.prefix"), text: name)
    }

    struct GazetteerMatch { var surface: Gazetteer.Surface; var count: Int }

    func matchGazetteer(at i: Int) -> GazetteerMatch? {
        guard let candidates = gazetteer.surfacesByFirstHash[hash(i)] else { return nil }
        let tokens = doc.tokens
        for surface in candidates {
            let n = surface.words.count
            guard i + n <= tokens.count else { continue }
            var ok = true
            for k in 1..<max(n, 1) where k < n {
                let tok = tokens[i + k]
                // Words of one name sit on one line, separated by at most a space.
                if tok.flags.contains(.paragraphBefore) || hash(i + k) != surface.hashes[k] { ok = false; break }
            }
            // A name does not end inside a word: "UN" in "UN-backed" is fine, "Iran" in "Iranian" is another token.
            if ok { return GazetteerMatch(surface: surface, count: n) }
        }
        return nil
    }

    mutating func addGazetteerMention(_ g: GazetteerMatch, at i: Int) {
        let entry = gazetteer.entries[g.surface.entry]
        let tokens = doc.tokens
        let range = TextRange(tokens[i].start, tokens[i + g.count - 1].end)
        switch g.surface.role {
        case .name, .peopleNoun:
            let a = gazetteerActor(entry, peopleNoun: g.surface.role == .peopleNoun ? doc.string(range) : nil)
            table.addMention(Mention(range: range, actor: a, kind: .named, rule: "gazetteer"), in: doc)
        case .capital:
            if isLocative(before: i) {
                let a = gazetteerActor(entry)
                table.addMention(Mention(range: range, actor: a, kind: .named, rule: "gazetteer.place"), in: doc)
            } else {
                let governing = entry.governs.flatMap { gazetteer.entry(named: $0) } ?? entry
                let a = gazetteerActor(governing)
                table.addMention(Mention(range: range, actor: a, kind: .metonym, rule: "gazetteer.capital-metonym"), in: doc)
            }
        case .demonym:
            let next = i + g.count
            guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalised else { return }
            let noun = lower(next)
            if Lexicon.governmentNouns.contains(noun) {
                let governing = entry.governs.flatMap { gazetteer.entry(named: $0) } ?? entry
                let a = gazetteerActor(governing)
                let span = TextRange(range.start, tokens[next].end)
                table.addMention(Mention(range: span, actor: a, kind: .nominal, rule: "demonym.government"), in: doc)
            } else if Lexicon.territoryNouns.contains(noun) {
                let a = gazetteerActor(entry)
                table.addMention(Mention(range: range, actor: a, kind: .named, rule: "demonym.territory"), in: doc)
            }
        }
    }

    mutating func gazetteerActor(_ entry: Gazetteer.Entry, peopleNoun: String? = nil) -> Int {
        if let peopleNoun {
            // "Afghans" are people of the state, not the state.
            return table.actor(key: "people:" + peopleNoun) {
                Actor(id: "", name: peopleNoun, type: .group, aliases: [], gender: nil, origin: .gazetteer)
            }
        }
        if let known = entryActors[entry.name] { return known }
        let a = table.actor(key: "gazetteer:" + entry.name) {
            Actor(id: "", name: entry.name, type: entry.type, aliases: [], gender: nil, origin: .gazetteer)
        }
        entryActors[entry.name] = a
        return a
    }

    /// A run of capitalised words, with connectors ("of", "the") and particles
    /// ("al-") inside, that can be a name. Nil for function words.
    func nameRun(from i: Int) -> Range<Int>? {
        let tokens = doc.tokens
        guard isNameWord(i) else { return nil }
        var last = i
        var j = i + 1
        var sawOf = false
        while j < tokens.count {
            let t = tokens[j]
            if t.flags.contains(.newlineBefore) { break }
            if isNameWord(j) && t.flags.contains(.spaceBefore) { last = j; j += 1; continue }
            if t.kind == .word, !t.isCapitalised, startsWithParticle(j), t.flags.contains(.spaceBefore) {
                last = j; j += 1; continue
            }
            // "Calder & Finch Ltd."
            if t.kind == .punctuation, doc.scalars[t.start] == "&", j + 1 < tokens.count, isNameWord(j + 1) {
                j += 1
                continue
            }
            if t.kind == .word, !t.isCapitalised, j + 1 < tokens.count, isNameWord(j + 1) {
                let k = key(j)
                if Lexicon.nameConnectors.contains(k), k != "and" || sawOf {
                    if k == "of" || k == "for" { sawOf = true }
                    j += 1
                    continue
                }
            }
            // "Henry T. Morrow": an initial and its stop inside a name.
            if t.kind == .word, t.isCapitalised, t.end - t.start == 1, t.flags.contains(.spaceBefore),
               j + 2 < tokens.count, doc.scalars[tokens[j + 1].start] == ".", tokens[j + 1].start == t.end,
               isNameWord(j + 2) {
                j += 2
                continue
            }
            // "Mr. Tedeschi", "Dr. Noorzai": the stop of an honorific.
            if t.kind == .punctuation, doc.scalars[t.start] == ".", t.start == tokens[j - 1].end,
               j + 1 < tokens.count, isNameWord(j + 1), isHonorific(j - 1) {
                j += 1
                continue
            }
            break
        }
        return i..<(last + 1)
    }

    func isNameWord(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.isCapitalised || t.isAllCaps else { return false }
        if t.end - t.start == 1 { return false }   // "X", "I", "A"
        if gazetteer.stopwordHashes.contains(hash(i)) { return false }
        if t.isAllCaps, Self.notAcronyms.contains(key(i)) { return false }
        return true
    }

    static let notAcronyms: Set<String> = [
        "OK", "TV", "AM", "PM", "IQ", "GDP", "HIV", "AIDS", "COVID", "DNA", "PDF", "USB", "CEO", "PS",
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "ID", "FAQ", "AD", "BC", "UTC", "GMT",
        "CCTV", "SMS", "URL", "VIP", "RIP", "MP", "MPs", "MNA", "MNAs", "PhD", "QC", "KC", "USD", "EUR",
        "IPO", "AI", "ETF", "CFO", "CTO", "COO", "EV", "ESG", "API", "GPS", "SUV", "LNG", "GMO", "NGO", "NGOs",
    ]

    mutating func addNameRun(_ runIn: Range<Int>) {
        var run = runIn
        let tokens = doc.tokens
        // Sentence-initial common words are not names: "Referring", "Senior".
        if sentenceInitial[run.lowerBound] {
            let first = key(run.lowerBound)
            if lowercaseElsewhere.contains(lowerHash(run.lowerBound)) || first.hasSuffix("ly") {
                run = (run.lowerBound + 1)..<run.upperBound
                while !run.isEmpty, !isNameWord(run.lowerBound) { run = (run.lowerBound + 1)..<run.upperBound }
                if run.isEmpty { return }
            } else if run.count == 1, !tokens[run.lowerBound].isAllCaps,
                      !capitalisedMidSentence.contains(hash(run.lowerBound)), !followedBySpeechOrPossessive(run.upperBound) {
                return
            } else if run.count > 2, ["of", "for"].contains(key(run.lowerBound + 1)),
                      !capitalisedMidSentence.contains(hash(run.lowerBound)),
                      !Lexicon.organisationKeywords.contains(first), !Lexicon.placeKeywords.contains(first),
                      matchTitle(at: run.lowerBound, within: run) == nil {
                // "Shares of Halvorsen", "Residents of Kabul": a common noun capitalised
                // only because it starts the sentence; the name comes after "of".
                run = (run.lowerBound + 2)..<run.upperBound
                while !run.isEmpty, !isNameWord(run.lowerBound) { run = (run.lowerBound + 1)..<run.upperBound }
                if run.isEmpty { return }
            }
        }
        // Names of treaties, events and prizes are not actors: "Indus Waters Treaty".
        if let last = run.last, HashedWords.nonActorKeywords.contains(hash(last)) { return }
        // A sentence that opens with a gerund ("Sharing the Kunar Basin", "Referring to").
        if sentenceInitial[run.lowerBound], endsWith(run.lowerBound, "ing") {
            run = (run.lowerBound + 1)..<run.upperBound
            while !run.isEmpty, !isNameWord(run.lowerBound) { run = (run.lowerBound + 1)..<run.upperBound }
            if run.isEmpty { return }
        }
        // A word used in lower case elsewhere in the text is a word here too
        // ("Iodine deficiency" in a quote, "Results" in a headline).
        if run.count == 1, !tokens[run.lowerBound].isAllCaps {
            if lowercaseElsewhere.contains(lowerHash(run.lowerBound)) { return }
            let word = key(run.lowerBound)
            // A capitalised adjective before a noun: "European team", "Islamic law".
            if Self.looksLikeAdjective(word), run.upperBound < tokens.count, tokens[run.upperBound].kind == .word,
               !tokens[run.upperBound].isCapitalised, !followedBySpeechOrPossessive(run.upperBound) {
                return
            }
        }
        // A run that is only a title ("President", "Director") names nobody.
        if let title = matchTitle(at: run.lowerBound, within: run), title.words.count == run.count { return }
        // Titles: keep what follows the last one.
        var gender: Gender? = nil
        var titled = false
        var roles: [String] = []
        var p = run.lowerBound
        var nameStart = run.lowerBound
        while p < run.upperBound {
            if let title = matchTitle(at: p, within: run) {
                var after = p + title.words.count
                // "Minister of Education Stefania Giannini": skip "of Education".
                if after + 2 < run.upperBound, ["of", "for"].contains(key(after)) { after += 2 }
                if after < run.upperBound {
                    gender = title.gender ?? gender
                    if title.kind == "office" { roles.append(title.words.joined(separator: " ").lowercased()) }
                    titled = true
                    nameStart = after
                }
                p = after
            } else {
                p += 1
            }
        }
        if titled { run = nameStart..<run.upperBound }
        // A role noun right before the name gives its gender: "spokeswoman Sujata Raisinghani".
        if gender == nil, run.lowerBound > 0, tokens[run.lowerBound - 1].kind == .word, !tokens[run.lowerBound - 1].isCapitalised,
           let role = gazetteer.titlesByFirstWord[lower(run.lowerBound - 1)]?.first(where: { $0.kind == "role" && $0.words.count == 1 }) {
            gender = role.gender
        }
        // A run that is only a title ("President") or only connectors names nobody.
        while !run.isEmpty, !isNameWord(run.upperBound - 1) { run = run.lowerBound..<(run.upperBound - 1) }
        guard !run.isEmpty, isNameWord(run.lowerBound) else { return }

        let range = TextRange(tokens[run.lowerBound].start, tokens[run.upperBound - 1].end)
        let words = run.map { key($0) }.filter { $0 != "." }
        let name = doc.string(range)
        let nameKey = "name:" + words.joined(separator: " ")
        // The type is worked out once, for a name seen the first time.
        let type = table.actor(forKey: nameKey).map { table.actors[$0].type } ?? classify(run, words: words, titled: titled)
        let a = table.actor(key: nameKey) {
            Actor(id: "", name: name, type: type, aliases: [], gender: gender, origin: .text)
        }
        table.setGender(gender, of: a)
        for role in roles { table.addRole(role, to: a) }
        if titled, table.actors[a].type != .person { table.setType(.person, of: a) }
        table.addMention(Mention(range: range, actor: a, kind: .named, rule: titled ? "capitalised.titled" : "capitalised"), text: name)
        // "Joint River Commission (JRC)": the acronym names the same actor.
        let after = run.upperBound
        if after + 2 < tokens.count, doc.scalars[tokens[after].start] == "(", tokens[after + 1].isAllCaps,
           doc.scalars[tokens[after + 2].start] == ")" {
            table.alias("name:" + key(after + 1), to: a)
        }
    }

    static func looksLikeAdjective(_ word: String) -> Bool {
        ["ian", "ean", "ese", "ish", "ic", "ist", "ive"].contains { word.hasSuffix($0) } && word.count > 4
    }

    func classify(_ run: Range<Int>, words: [String], titled: Bool) -> ActorType {
        if titled { return .person }
        if let last = words.last, Lexicon.placeKeywords.contains(last) { return .place }
        if words.contains(where: { Lexicon.organisationKeywords.contains($0) }) { return .organisation }
        if words.count == 1, doc.tokens[run.lowerBound].isAllCaps || doc.tokens[run.lowerBound].flags.contains(.hasDigit) {
            return .organisation
        }
        // People's names are not made of words like "National" or "System".
        if words.contains(where: { Lexicon.notInPersonNames.contains($0) }) {
            return words.contains(where: { Lexicon.compassWords.contains($0) }) ? .place : .organisation
        }
        if words.count == 1, isLocative(before: run.lowerBound) { return .place }
        return .person
    }

    /// Whether token `i` ends with the ASCII letters of `suffix`.
    func endsWith(_ i: Int, _ suffix: StaticString) -> Bool {
        let t = doc.tokens[i]
        let n = suffix.utf8CodeUnitCount
        guard t.end - t.start > n else { return false }
        return suffix.withUTF8Buffer { bytes in
            (0..<n).allSatisfy { doc.scalars[t.end - n + $0].value == UInt32(bytes[$0]) }
        }
    }

    func endsWithKeyword(_ run: Range<Int>) -> Bool {
        let last = key(run.upperBound - 1)
        return Lexicon.organisationKeywords.contains(last) || Lexicon.placeKeywords.contains(last)
    }

    func matchTitle(at p: Int, within run: Range<Int>) -> Gazetteer.Title? {
        guard let titles = gazetteer.titlesByFirstHash[hash(p)] else { return nil }
        for title in titles where title.kind != "role" && p + title.words.count <= run.upperBound {
            if (0..<title.hashes.count).allSatisfy({ hash(p + $0) == title.hashes[$0] }) { return title }
        }
        return nil
    }

    func isHonorific(_ i: Int) -> Bool {
        guard let titles = gazetteer.titlesByFirstWord[key(i)] else {
            return Abbreviations.titlesAndUnits.contains(key(i))
        }
        return titles.contains { $0.kind == "honorific" || $0.kind == "office" } || Abbreviations.titlesAndUnits.contains(key(i))
    }

    func followedBySpeechOrPossessive(_ j: Int) -> Bool {
        guard j < doc.tokens.count else { return false }
        if doc.tokens[j].kind == .possessive { return true }
        var k = j
        while k < doc.tokens.count, k < j + 3, Lexicon.auxiliaries.contains(lower(k)) { k += 1 }
        return k < doc.tokens.count && gazetteer.cues[lower(k)] != nil
    }

    // MARK: Context

    func isLocative(before i: Int) -> Bool {
        guard i > 0 else { return false }
        let prev = doc.tokens[i - 1]
        guard prev.kind == .word else { return false }
        return Lexicon.locativePrepositions.contains(lower(i - 1))
    }

    func startsWithParticle(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.end - t.start >= 3 else { return false }
        let s = doc.scalars
        // "al-Amr", "el-Sisi", "ul-Haq".
        return s[t.start + 2] == "-" && (s[t.start] == "a" || s[t.start] == "e" || s[t.start] == "u")
            && (s[t.start + 1] == "l" || s[t.start + 1] == "d")
    }

    func inHeadline(_ i: Int) -> Bool {
        guard let p = doc.paragraphIndex(ofToken: i) else { return false }
        return headlineParagraphTokens.contains(doc.paragraphTokens[p].lowerBound)
    }

    @inline(__always) func hash(_ i: Int) -> UInt64 { doc.hash(ofToken: i) }
    @inline(__always) func lowerHash(_ i: Int) -> UInt64 { doc.lowerHash(ofToken: i) }
    @inline(__always) func lower(_ i: Int) -> String { doc.lowerKey(ofToken: i) }
    @inline(__always) func key(_ i: Int) -> String { doc.key(ofToken: i) }

    // MARK: Evidence gathered before the pass

    private mutating func markSentenceStarts() {
        let tokens = doc.tokens
        for s in doc.sentences { sentenceInitial[s.tokens.lowerBound] = true }
        guard tokens.count > 1 else { return }
        for i in 1..<tokens.count where tokens[i].kind == .word {
            var k = i - 1
            // Skip opening marks: “The, (“The
            while k >= 0, tokens[k].kind == .punctuation, opensText(k) { k -= 1 }
            if k < i - 1 {
                // The word follows opening marks; it starts something if they do.
                if k < 0 || sentenceInitial[k + 1] || startsClause(k) || tokens[k + 1].flags.contains(.spaceBefore) {
                    sentenceInitial[i] = true
                }
            } else if startsClause(k) {
                sentenceInitial[i] = true
            }
        }
    }

    /// An opening quotation mark or bracket at token `k`.
    private func opensText(_ k: Int) -> Bool {
        let c = doc.scalars[doc.tokens[k].start]
        if c == "\"" || c == "'" { return doc.tokens[k].flags.contains(.spaceBefore) || k == 0 }
        return QuoteMarkClass.isOpener(c) && c != "("
    }

    /// Punctuation after which a capital means nothing: ":" ";" and dashes.
    private func startsClause(_ k: Int) -> Bool {
        guard k >= 0, doc.tokens[k].kind == .punctuation else { return false }
        let c = doc.scalars[doc.tokens[k].start]
        return c == ":" || c == ";" || ScalarClass.isDash(c)
    }

    /// Short first paragraphs in title case ("Hundreds Dead In Stampede") are headlines.
    private mutating func findHeadlines() {
        guard let first = doc.paragraphTokens.first, doc.paragraphTokens.count > 1 else { return }
        let words = first.filter { doc.tokens[$0].kind == .word && doc.tokens[$0].end - doc.tokens[$0].start > 3 }
        guard !words.isEmpty, first.count < 40 else { return }
        let capitalised = words.filter { doc.tokens[$0].isCapitalised }.count
        let last = doc.tokens[first.upperBound - 1]
        let endsSentence = ScalarClass.isSentenceTerminal(doc.scalars[last.start])
        if !endsSentence && capitalised * 10 >= words.count * 6 {
            headlineParagraphTokens.insert(first.lowerBound)
        }
    }

    private func isCapitalisedWord(_ i: Int) -> Bool {
        i >= 0 && i < doc.tokens.count && doc.tokens[i].kind == .word && doc.tokens[i].isCapitalised
    }

    private mutating func collectCapitalisationEvidence() {
        let tokens = doc.tokens
        var wanted = HashSet64()
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].isCapitalised {
            if !tokens[i].isAllCaps { wanted.insert(lowerHash(i)) }
            // Evidence that a word is a one-word name: it stands alone, capitalised, mid-sentence
            // ("Gloria said"), not inside a longer name ("Shanghai Cooperation Organisation").
            if !sentenceInitial[i], !inHeadline(i), !isCapitalisedWord(i - 1), !isCapitalisedWord(i + 1) {
                capitalisedMidSentence.insert(hash(i))
            }
        }
        guard wanted.count > 0 else { return }
        for i in tokens.indices where tokens[i].kind == .word && !tokens[i].isCapitalised && !tokens[i].isAllCaps {
            let h = lowerHash(i)
            if wanted.contains(h) { lowercaseElsewhere.insert(h) }
        }
    }

}
