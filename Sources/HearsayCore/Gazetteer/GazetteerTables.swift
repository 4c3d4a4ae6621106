/// Everything a gazetteer knows, as loaded from its files, and the loading.
extension Gazetteer {
    /// The tables of a gazetteer, a value like any other; `Gazetteer` keeps one
    /// in a shared object (see `Gazetteer.Box`) and changes a copy of it.
    struct Tables: Sendable {
        var entries: [Entry] = []
        /// Surface forms by their first word, longest first.
        var surfacesByFirstWord: [String: [Surface]] = [:]
        /// The same, keyed by `WordHash.exact` of the first word.
        var surfacesByFirstHash = HashMap64<[Surface]>()
        var titlesByFirstHash = HashMap64<[Title]>()
        var stopwordHashes = HashSet64()
        /// `WordHash.lower` of every cue form, to test a word without making a String.
        var cueHashes = HashSet64()
        var titlesByFirstWord: [String: [Title]] = [:]
        /// Lower-cased hashes of the titles' first words, to skip most words cheaply.
        var titleFirstWordHashes = HashSet64()
        var stopwords: Set<String> = []
        var cues: [String: Cue] = [:]
        /// Given names with a clear gender ("Helen" f, "Stuart" m), for pronouns.
        var givenNames: [String: Gender] = [:]
        /// The same by `WordHash.exact` of the name: a name is present when the
        /// lookup gives a value, its gender when that value is not nil.
        var givenNamesByHash = HashMap64<Gender?>()
        /// `singleWordRole` by `WordHash.exact` of the (lower-case) word, to ask
        /// with a token's `WordHash.lower`.
        var singleWordRolesByHash = HashMap64<Title>()
        var entryIndexByName: [String: Int] = [:]
        /// For each entry, the entry that stands for its government (a capital's
        /// state, `Entry.governs`), or the entry itself.
        var governingEntry: [Int32] = []


        mutating func load(
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
                guard let first = words.first, let kind = Title.Kind(rawValue: row.string(2)) else { return }
                let title = Title(words: words, hashes: hashes, gender: gender, kind: kind)
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
            Tables.sortLongestFirst(&surfacesByFirstWord)
            Tables.sortLongestFirst(&titlesByFirstWord)
            surfacesByFirstHash = Tables.byFirstWordHash(surfacesByFirstWord)
            titlesByFirstHash = Tables.byFirstWordHash(titlesByFirstWord)
            titleFirstWordHashes = HashSet64(titlesByFirstWord.keys.map(WordHash.lower))
            let roles = titlesByFirstWord.compactMap { word, titles in
                titles.first(where: Gazetteer.isSingleWordRole).map { (WordHash.exact(word), $0) }
            }
            singleWordRolesByHash = HashMap64(roles, count: roles.count) { first, _ in first }
            governingEntry = entries.indices.map { e in Int32(entries[e].governs.flatMap { entryIndexByName[$0] } ?? e) }
        }

        /// Given names with their gender; a name given to both ("u") is a given
        /// name of no gender: in `givenNamesByHash` (a given name), not in
        /// `givenNames` (whose values are genders).
        mutating func loadGivenNames(_ text: String) {
            givenNames.reserveCapacity(givenNames.count + TSV.rowBound(text))
            var either: [String] = []
            TSV.forEachRow(text) { row in
                if row.count >= 2 {
                    if row.field(1, is: "f") { givenNames[row.string(0)] = .female }
                    else if row.field(1, is: "m") { givenNames[row.string(0)] = .male }
                    else { givenNames[row.string(0)] = nil; either.append(row.string(0)) }   // (the later row wins)
                }
            }
            let gendered: [(UInt64, Gender?)] = givenNames.map { (WordHash.exact($0.key), $0.value) }
            let ungendered: [(UInt64, Gender?)] = either.map { (WordHash.exact($0), nil) }
            givenNamesByHash = HashMap64(gendered + ungendered, count: gendered.count + ungendered.count) { first, _ in first }
        }

        private mutating func addEntry(_ entry: consuming Entry) -> Int {
            let index = entries.count
            // One lookup: the name's first entry, or this one, recorded as the first.
            let first = Tables.read(&entryIndexByName[entry.name, default: index])
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
    }
}

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
