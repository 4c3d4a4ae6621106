/// The bundled knowledge the actor finder starts from: states with their
/// aliases, demonyms and capitals, organisations and their acronyms, peoples,
/// places, titles, function words that are never names, and speech cue verbs.
///
/// Names are matched as token sequences (the same tokenizer as the documents),
/// case-sensitively, with ’ read as '.
public struct Gazetteer: Sendable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var type: ActorType
        /// The actor a capital stands for as a metonym (the state, or its government).
        public var governs: String?
        public var country: String?
    }

    public enum SurfaceRole: Sendable, Equatable {
        case name            // "Pakistan", "TTP", "Afghan Taliban"
        case demonym         // "Pakistani", "Afghan"
        case peopleNoun      // "Afghans", "Muslims"
        case capital         // "Kabul": a place, or the government it stands for
    }

    public struct Surface: Sendable, Equatable {
        public var words: [String]
        public var hashes: [UInt64]
        public var entry: Int
        public var role: SurfaceRole
    }

    public struct Title: Sendable, Equatable {
        public var words: [String]
        public var hashes: [UInt64]
        public var gender: Gender?
        public var kind: String   // honorific, office, role
    }

    public struct Cue: Sendable, Equatable {
        public var lemma: String
        public var kind: String   // speech, naming, writing
    }

    public private(set) var entries: [Entry] = []
    /// Surface forms by their first word, longest first.
    public private(set) var surfacesByFirstWord: [String: [Surface]] = [:]
    /// The same, keyed by `WordHash.exact` of the first word.
    public private(set) var surfacesByFirstHash = HashMap64<[Surface]>()
    public private(set) var titlesByFirstHash = HashMap64<[Title]>()
    public private(set) var stopwordHashes = HashSet64()
    /// `WordHash.lower` of every cue form, to test a word without making a String.
    public private(set) var cueHashes = HashSet64()
    public private(set) var titlesByFirstWord: [String: [Title]] = [:]
    /// Lower-cased hashes of the titles' first words, to skip most words cheaply.
    public private(set) var titleFirstWordHashes = HashSet64()
    public private(set) var stopwords: Set<String> = []
    public private(set) var cues: [String: Cue] = [:]
    /// Given names with a clear gender ("Helen" f, "Stuart" m), for pronouns.
    public private(set) var givenNames: [String: Gender] = [:]
    private(set) var entryIndexByName: [String: Int] = [:]

    public init() {}

    /// The gazetteer compiled into the binary from Data/gazetteer.
    public static let bundled: Gazetteer = {
        var g = Gazetteer()
        g.load(states: EmbeddedData.states, organisations: EmbeddedData.organisations,
               peoples: EmbeddedData.peoples, places: EmbeddedData.places, titles: EmbeddedData.titles,
               stopwords: EmbeddedData.stopwords, cues: EmbeddedData.cues)
        g.loadGivenNames(EmbeddedData.givenNames)
        return g
    }()

    public mutating func load(
        states: String, organisations: String, peoples: String, places: String,
        titles: String, stopwords: String, cues: String
    ) {
        for row in TSV.rows(organisations) {
            let type: ActorType = TSV.field(row, 1) == "group" ? .group : .organisation
            let e = addEntry(Entry(name: row[0], type: type, governs: nil, country: nonEmpty(TSV.field(row, 3))))
            addSurface(row[0], e, .name)
            for alias in TSV.list(TSV.field(row, 2)) { addSurface(alias, e, .name) }
            // "Brussels" for the EU: loaded before the states, so it wins over Belgium.
            for place in TSV.list(TSV.field(row, 4)) {
                let c = addEntry(Entry(name: place, type: .place, governs: row[0], country: nil))
                addSurface(place, c, .capital)
            }
        }
        for row in TSV.rows(states) {
            let government = nonEmpty(TSV.field(row, 4))
            let e = addEntry(Entry(name: row[0], type: .state, governs: government, country: row[0]))
            addSurface(row[0], e, .name)
            for alias in TSV.list(TSV.field(row, 1)) { addSurface(alias, e, .name) }
            let demonyms = TSV.list(TSV.field(row, 2))
            let demonymSet = Set(demonyms)
            for d in demonyms {
                // "Afghans" is people; "Afghan" and "Pakistani" are adjectives of the state.
                let plural = d.hasSuffix("s") && (demonymSet.contains(String(d.dropLast())) || d.hasSuffix("ans") || d.hasSuffix("is"))
                addSurface(d, e, plural ? .peopleNoun : .demonym)
            }
            for capital in TSV.list(TSV.field(row, 3)) {
                let c = addEntry(Entry(name: capital, type: .place, governs: government ?? row[0], country: row[0]))
                addSurface(capital, c, .capital)
            }
        }
        for row in TSV.rows(peoples) {
            let e = addEntry(Entry(name: row[0], type: .group, governs: nil, country: nil))
            addSurface(row[0], e, .name)
            // "Muslims" names the people; "Muslim" is mostly an adjective ("Muslim pilgrims").
            for alias in TSV.list(TSV.field(row, 1)) { addSurface(alias, e, alias.hasSuffix("s") ? .name : .demonym) }
        }
        for row in TSV.rows(places) {
            let e = addEntry(Entry(name: row[0], type: .place, governs: nil, country: nonEmpty(TSV.field(row, 2))))
            addSurface(row[0], e, .name)
            for alias in TSV.list(TSV.field(row, 1)) { addSurface(alias, e, .name) }
        }
        for row in TSV.rows(titles) {
            let gender: Gender? = TSV.field(row, 1) == "m" ? .male : TSV.field(row, 1) == "f" ? .female : nil
            let words = Gazetteer.words(row[0])
            guard let first = words.first else { continue }
            titlesByFirstWord[first, default: []].append(Title(words: words, hashes: words.map(WordHash.exact), gender: gender, kind: TSV.field(row, 2)))
        }
        for key in titlesByFirstWord.keys { titlesByFirstWord[key]!.sort { $0.words.count > $1.words.count } }
        titleFirstWordHashes = HashSet64(titlesByFirstWord.keys.map(WordHash.lower))
        for row in TSV.rows(stopwords) { self.stopwords.insert(row[0]) }
        stopwordHashes = HashSet64(self.stopwords.map(WordHash.exact))
        for row in TSV.rows(cues) where row.count >= 3 {
            self.cues[row[0]] = Cue(lemma: row[1], kind: row[2])
        }
        cueHashes = HashSet64(self.cues.keys.map(WordHash.lower))
        for key in surfacesByFirstWord.keys { surfacesByFirstWord[key]!.sort { $0.words.count > $1.words.count } }
        var surfaces: [UInt64: [Surface]] = [:]
        for (key, list) in surfacesByFirstWord { surfaces[WordHash.exact(key), default: []] += list }
        for key in surfaces.keys { surfaces[key]!.sort { $0.words.count > $1.words.count } }
        surfacesByFirstHash = HashMap64(surfaces)
        var titles: [UInt64: [Title]] = [:]
        for (key, list) in titlesByFirstWord { titles[WordHash.exact(key), default: []] += list }
        for key in titles.keys { titles[key]!.sort { $0.words.count > $1.words.count } }
        titlesByFirstHash = HashMap64(titles)
    }

    public mutating func loadGivenNames(_ text: String) {
        for row in TSV.rows(text) where row.count >= 2 {
            givenNames[row[0]] = row[1] == "f" ? .female : row[1] == "m" ? .male : nil
        }
    }

    /// The one-word role `word` (lower case: "spokeswoman", "winger"), if titles.tsv lists it.
    public func singleWordRole(_ word: String) -> Title? {
        titlesByFirstWord[word]?.first { $0.kind == "role" && $0.words.count == 1 }
    }

    public func entry(named name: String) -> Entry? {
        entryIndexByName[name].map { entries[$0] }
    }

    public func entryIndex(named name: String) -> Int? { entryIndexByName[name] }

    private mutating func addEntry(_ entry: Entry) -> Int {
        // A name listed twice (a capital that is also a place) keeps its first entry.
        if let existing = entryIndexByName[entry.name], entries[existing].type == entry.type {
            return existing
        }
        entries.append(entry)
        let index = entries.count - 1
        if entryIndexByName[entry.name] == nil { entryIndexByName[entry.name] = index }
        return index
    }

    private mutating func addSurface(_ text: String, _ entry: Int, _ role: SurfaceRole) {
        let words = Gazetteer.words(text)
        guard let first = words.first else { return }
        let surface = Surface(words: words, hashes: words.map(WordHash.exact), entry: entry, role: role)
        // The first listing of a surface form wins (organisations load first, so "IS"
        // is the Islamic State and a capital listed as a place stays a capital).
        if surfacesByFirstWord[first]?.contains(where: { $0.words == words }) == true { return }
        surfacesByFirstWord[first, default: []].append(surface)
    }

    /// A name as the tokenizer splits it, in matching form.
    public static func words(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokenize(scalars).map { matchKey(scalars[$0.start..<$0.end]) }
    }

    /// The form used for matching: ’ and ʼ read as '.
    @inline(__always)
    public static func matchKey(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        key(scalars, lowercased: false)
    }

    /// The matching form with ASCII letters lower-cased.
    @inline(__always)
    public static func lowerKey(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        key(scalars, lowercased: true)
    }

    /// Writes UTF-8 straight into the string's storage: words of up to 15 bytes
    /// become small strings with no heap allocation at all. (The capacity asked
    /// for must be the exact length: with room for 16 bytes or more the string is
    /// made on the heap, however short it turns out.)
    @inline(__always)
    static func key(_ scalars: ArraySlice<Unicode.Scalar>, lowercased: Bool) -> String {
        var length = 0
        for s in scalars { length += WordHash.apostrophe(s.value) == 0x27 ? 1 : UTF8.width(s) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            for s in scalars {
                var v = WordHash.apostrophe(s.value)
                if v < 0x80 {
                    if lowercased, v >= 0x41, v <= 0x5A { v |= 0x20 }
                    buffer[k] = UInt8(v)
                    k += 1
                } else {
                    UTF8.encode(Unicode.Scalar(v)!) { buffer[k] = $0; k += 1 }
                }
            }
            return k
        }
    }

    private func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }
}
