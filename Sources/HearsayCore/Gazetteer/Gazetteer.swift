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
    /// The same by `WordHash.exact` of the name: a name is present when the
    /// lookup gives a value, its gender when that value is not nil.
    public private(set) var givenNamesByHash = HashMap64<Gender?>()
    /// `singleWordRole` by `WordHash.exact` of the (lower-case) word, to ask
    /// with a token's `WordHash.lower`.
    private(set) var singleWordRolesByHash = HashMap64<Title>()
    private(set) var entryIndexByName: [String: Int] = [:]
    /// For each entry, the entry that stands for its government (a capital's
    /// state, `Entry.governs`), or the entry itself.
    private(set) var governingEntry: [Int32] = []

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
        // Room for every name from the start: a dictionary that grows hashes all its keys again.
        let names = [organisations, states, peoples, places].reduce(0) { $0 + TSV.itemBound($1) }
        entryIndexByName.reserveCapacity(entryIndexByName.count + names)
        surfacesByFirstWord.reserveCapacity(surfacesByFirstWord.count + names)
        titlesByFirstWord.reserveCapacity(titlesByFirstWord.count + TSV.rowBound(titles))
        var splitter = NameSplitter()
        // "Brussels" for the EU: organisations load before the states, so it wins over Belgium.
        loadOrganisations(organisations, &splitter)
        loadStates(states, &splitter)
        loadPeoples(peoples, &splitter)
        loadPlaces(places, &splitter)
        loadTitles(titles, &splitter)
        loadStopwords(stopwords)
        loadCues(cues)
        makeHashLookups()
    }

    private mutating func loadOrganisations(_ text: String, _ splitter: inout NameSplitter) {
        TSV.forEachRow(text) { row in
            let name = row.string(0)
            let type: ActorType = row.field(1, is: "group") ? .group : .organisation
            let e = addEntry(Entry(name: name, type: type, governs: nil, country: row.nonEmptyString(3)))
            addSurface(row, row.field(0), e, .name, &splitter)
            row.forEachItem(in: 2) { addSurface(row, $0, e, .name, &splitter) }
            row.forEachItem(in: 4) { place in
                let c = addEntry(Entry(name: row.string(place), type: .place, governs: name, country: nil))
                addSurface(row, place, c, .capital, &splitter)
            }
        }
    }

    private mutating func loadStates(_ text: String, _ splitter: inout NameSplitter) {
        TSV.forEachRow(text) { row in
            let name = row.string(0)
            let government = row.nonEmptyString(4)
            let e = addEntry(Entry(name: name, type: .state, governs: government, country: name))
            addSurface(row, row.field(0), e, .name, &splitter)
            row.forEachItem(in: 1) { addSurface(row, $0, e, .name, &splitter) }
            // A state has a few demonyms: an array is searched faster than a Set is made.
            let demonyms = row.items(in: 2)
            let words = demonyms.map(row.string)
            for (d, word) in zip(demonyms, words) {
                // "Afghans" is people; "Afghan" and "Pakistani" are adjectives of the state.
                // (A word that ends with the Character "s" ends with the byte: the
                // singular is all but the last byte, with no grapheme breaking.)
                let plural = word.hasSuffix("s")
                    && (words.contains(String(decoding: word.utf8.dropLast(), as: UTF8.self))
                        || word.hasSuffix("ans") || word.hasSuffix("is"))
                addSurface(row, d, e, plural ? .peopleNoun : .demonym, &splitter)
            }
            row.forEachItem(in: 3) { capital in
                let entry = Entry(name: row.string(capital), type: .place, governs: government ?? name, country: name)
                addSurface(row, capital, addEntry(entry), .capital, &splitter)
            }
        }
    }

    private mutating func loadPeoples(_ text: String, _ splitter: inout NameSplitter) {
        TSV.forEachRow(text) { row in
            let e = addEntry(Entry(name: row.string(0), type: .group, governs: nil, country: nil))
            addSurface(row, row.field(0), e, .name, &splitter)
            // "Muslims" names the people; "Muslim" is mostly an adjective ("Muslim pilgrims").
            row.forEachItem(in: 1) { alias in
                addSurface(row, alias, e, row.string(alias).hasSuffix("s") ? .name : .demonym, &splitter)
            }
        }
    }

    private mutating func loadPlaces(_ text: String, _ splitter: inout NameSplitter) {
        TSV.forEachRow(text) { row in
            let e = addEntry(Entry(name: row.string(0), type: .place, governs: nil, country: row.nonEmptyString(2)))
            addSurface(row, row.field(0), e, .name, &splitter)
            row.forEachItem(in: 1) { addSurface(row, $0, e, .name, &splitter) }
        }
    }

    private mutating func loadTitles(_ text: String, _ splitter: inout NameSplitter) {
        TSV.forEachRow(text) { row in
            let gender: Gender? = row.field(1, is: "m") ? .male : row.field(1, is: "f") ? .female : nil
            let (words, hashes) = splitter.split(row.bytes, row.field(0))
            guard let first = words.first else { return }
            let title = Title(words: words, hashes: hashes, gender: gender, kind: row.string(2))
            titlesByFirstWord[first, default: []].add(title)
        }
    }

    /// Each word's hash is taken from its bytes as it is listed for the first time
    /// (a word listed again, even in other scalars equal as a `String`, keeps the first).
    private mutating func loadStopwords(_ text: String) {
        let rows = TSV.rowBound(text)
        stopwords.reserveCapacity(stopwords.count + rows)
        stopwordHashes.reserveCapacity(stopwordHashes.count + rows)
        TSV.forEachRow(text) { row in
            if stopwords.insert(row.string(0)).inserted { stopwordHashes.insert(WordHash.exact(utf8: row.utf8(0))) }
        }
    }

    /// The same for the cues' hashes; a form listed again takes the later lemma and kind.
    private mutating func loadCues(_ text: String) {
        let rows = TSV.rowBound(text)
        cues.reserveCapacity(cues.count + rows)
        cueHashes.reserveCapacity(cueHashes.count + rows)
        TSV.forEachRow(text) { row in
            guard row.count >= 3 else { return }
            if cues.updateValue(Cue(lemma: row.string(1), kind: row.string(2)), forKey: row.string(0)) == nil {
                cueHashes.insert(WordHash.lower(utf8: row.utf8(0)))
            }
        }
    }

    /// Every list longest first, and the lookups by hash that the analyzers use
    /// instead of making a `String` per word.
    private mutating func makeHashLookups() {
        Gazetteer.sortLongestFirst(&surfacesByFirstWord)
        Gazetteer.sortLongestFirst(&titlesByFirstWord)
        surfacesByFirstHash = Gazetteer.byFirstWordHash(surfacesByFirstWord)
        titlesByFirstHash = Gazetteer.byFirstWordHash(titlesByFirstWord)
        titleFirstWordHashes = HashSet64(titlesByFirstWord.keys.map(WordHash.lower))
        let roles = titlesByFirstWord.compactMap { word, titles in
            titles.first(where: Gazetteer.isSingleWordRole).map { (WordHash.exact(word), $0) }
        }
        singleWordRolesByHash = HashMap64(roles, count: roles.count) { first, _ in first }
        governingEntry = entries.indices.map { e in Int32(entries[e].governs.flatMap { entryIndexByName[$0] } ?? e) }
    }

    /// The entry that governs entry `e` (see `governingEntry`).
    func governing(_ e: Int) -> Int { Int(governingEntry[e]) }

    public mutating func loadGivenNames(_ text: String) {
        givenNames.reserveCapacity(givenNames.count + TSV.rowBound(text))
        TSV.forEachRow(text) { row in
            if row.count >= 2 {
                givenNames[row.string(0)] = row.field(1, is: "f") ? .female : row.field(1, is: "m") ? .male : nil
            }
        }
        givenNamesByHash = HashMap64(givenNames.lazy.map { (WordHash.exact($0.key), $0.value) }, count: givenNames.count) { first, _ in first }
    }

    /// The one-word role `word` (lower case: "spokeswoman", "winger"), if titles.tsv lists it.
    public func singleWordRole(_ word: String) -> Title? {
        titlesByFirstWord[word]?.first(where: Self.isSingleWordRole)
    }

    /// The same for a word given by its `WordHash.lower`.
    func singleWordRole(lowerHash: UInt64) -> Title? { singleWordRolesByHash[lowerHash] }

    private static func isSingleWordRole(_ title: Title) -> Bool { title.kind == "role" && title.words.count == 1 }

    public func entry(named name: String) -> Entry? {
        entryIndexByName[name].map { entries[$0] }
    }

    public func entryIndex(named name: String) -> Int? { entryIndexByName[name] }

    private mutating func addEntry(_ entry: consuming Entry) -> Int {
        let index = entries.count
        // One lookup: the name's first entry, or this one, recorded as the first.
        let first = Gazetteer.read(&entryIndexByName[entry.name, default: index])
        // A name listed twice (a capital that is also a place) keeps its first entry.
        if first != index, entries[first].type == entry.type { return first }
        entries.append(entry)
        return index
    }

    /// `value`, read through `inout` so that `dictionary[key, default: v]` stores
    /// `v` when `key` is new (an `inout` access to that subscript inserts).
    private static func read<T>(_ value: inout T) -> T { value }

    /// Adds the surface form `row.bytes[name]` of entry `entry`.
    private mutating func addSurface(_ row: TSV.Row, _ name: Range<Int>, _ entry: Int, _ role: SurfaceRole,
                                     _ splitter: inout NameSplitter) {
        let (words, hashes) = splitter.split(row.bytes, name)
        guard let first = words.first else { return }
        // The first listing of a surface form wins (organisations load first, so "IS"
        // is the Islamic State and a capital listed as a place stays a capital).
        // One lookup: the list is found (or made) once, and checked and extended in place.
        surfacesByFirstWord[first, default: []].appendUnlessListed(
            Surface(words: words, hashes: hashes, entry: entry, role: role))
    }

    /// Sorts each list longest first (the finders try the longest match first),
    /// through `values`, with no lookup by key.
    private static func sortLongestFirst<P: Phrase>(_ lists: inout [String: [P]]) {
        var i = lists.values.startIndex
        while i != lists.values.endIndex {
            if lists.values[i].count > 1 { lists.values[i].sort { $0.words.count > $1.words.count } }
            lists.values.formIndex(after: &i)
        }
    }

    /// The same lists keyed by `WordHash.exact` of their first word, for the
    /// lookups by hash. (Two first words with one hash, unlikely with FNV-1a 64,
    /// share a joined list.)
    private static func byFirstWordHash<P: Phrase>(_ lists: [String: [P]]) -> HashMap64<[P]> {
        HashMap64(lists.lazy.map { (firstWordHash($0.key, $0.value), $0.value) }, count: lists.count) { a, b in
            (a + b).sorted { $0.words.count > $1.words.count }
        }
    }

    /// `WordHash.exact(key)`. A list of one phrase holds the phrase whose first
    /// word became the key, so the tokenizer's hash of that word is the key's
    /// (most lists; a longer one may have been sorted already, and its phrases'
    /// first words need only be equal to the key as `String`s, not in their scalars).
    private static func firstWordHash<P: Phrase>(_ key: String, _ list: [P]) -> UInt64 {
        list.count == 1 ? list[0].hashes[0] : WordHash.exact(key)
    }

    /// A name as the tokenizer splits it, in matching form.
    public static func words(_ text: String) -> [String] {
        var splitter = NameSplitter()
        var text = text
        return text.withUTF8 { splitter.split($0, 0..<$0.count).words }
    }

    /// The form used for matching: ’ and ʼ read as '.
    @inline(__always)
    public static func matchKey<C: Collection<Unicode.Scalar>>(_ scalars: C) -> String {
        key(scalars, lowercased: false)
    }

    /// The matching form with ASCII letters lower-cased.
    @inline(__always)
    public static func lowerKey<C: Collection<Unicode.Scalar>>(_ scalars: C) -> String {
        key(scalars, lowercased: true)
    }

    /// The same for a span of a document's text, read from its storage directly
    /// (a `Slice` reads each scalar through two bounds checks and the storage test).
    @inline(__always)
    public static func matchKey(_ text: Slice<ScalarText>) -> String { key(text, lowercased: false) }

    @inline(__always)
    public static func lowerKey(_ text: Slice<ScalarText>) -> String { key(text, lowercased: true) }

    static func key(_ text: Slice<ScalarText>, lowercased: Bool) -> String {
        let range = text.startIndex..<text.endIndex
        // (A paged text through a window; the others read directly, as this is per word.)
        if text.base.isPaged {
            return text.base.withUnsafeStorage(in: range, narrow: { key(UnsafeScalars($0, $1), lowercased: lowercased) },
                                               wide: { key(UnsafeScalars($0, $1), lowercased: lowercased) })
        }
        return text.base.withUnsafeStorage(narrow: { key(UnsafeScalars($0, range), lowercased: lowercased) },
                                           wide: { key(UnsafeScalars($0, range), lowercased: lowercased) })
    }

    /// Writes UTF-8 straight into the string's storage: words of up to 15 bytes
    /// become small strings with no heap allocation at all. (The capacity asked
    /// for must be the exact length: with room for 16 bytes or more the string is
    /// made on the heap, however short it turns out.)
    @inline(__always)
    static func key<C: Collection<Unicode.Scalar>>(_ scalars: C, lowercased: Bool) -> String {
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
}

/// What surfaces and titles share: their words and the words' `WordHash.exact`.
protocol Phrase {
    var words: [String] { get }
    var hashes: [UInt64] { get }
}
extension Gazetteer.Surface: Phrase {}
extension Gazetteer.Title: Phrase {}

private extension Array {
    /// Appends `element`; a new list is made as an array literal, at about half
    /// the cost of appending to an empty array.
    mutating func add(_ element: consuming Element) {
        if isEmpty { self = [element] } else { append(element) }
    }
}

private extension Array where Element == Gazetteer.Surface {
    mutating func appendUnlessListed(_ surface: consuming Gazetteer.Surface) {
        if !contains(where: { $0.words == surface.words }) { add(surface) }
    }
}
