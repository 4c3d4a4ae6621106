import Testing
@testable import HearsayCore

/// The gazetteer's loader is tuned for speed (it runs in every process that
/// analyses text), so it is checked against `ReferenceGazetteer`, the plain way
/// of building the same content: every field equal, lists in the same order.
@Suite struct GazetteerLoadTests {
    @Test func theBundledGazetteerEqualsTheReference() {
        let reference = ReferenceGazetteer(
            states: EmbeddedData.states, organisations: EmbeddedData.organisations,
            peoples: EmbeddedData.peoples, places: EmbeddedData.places, titles: EmbeddedData.titles,
            stopwords: EmbeddedData.stopwords, cues: EmbeddedData.cues, givenNames: EmbeddedData.givenNames)
        #expect(reference.differences(from: Gazetteer.bundled) == [])
        // Not an empty comparison: the data has thousands of names.
        #expect(Gazetteer.bundled.entries.count > 1000)
        #expect(Gazetteer.bundled.surfacesByFirstHash.count > 1000)
    }

    /// Rows the bundled files do not have (yet): CRLF, blank and space-only lines,
    /// padded and empty list items, duplicates, curly apostrophes, possessives,
    /// dotted abbreviations, hyphens, non-ASCII letters, names over 15 bytes, and
    /// names listed again in other scalars that are equal as `String`s ("Café" with
    /// a combining accent), where the first listing must win as it always has.
    static let tricky = (
        states: "# name\taliases\tdemonyms\tmetonyms\tgovernment\r\n"
            + "Ruritania\t Kingdom of Ruritania | Ruritania’s Crown ||\tRuritanian|Ruritanians|Rurits\tStrelsau|Zenda Castle\tRuritanian Crown\r\n"
            + "\r\n"
            + "Côte d’Ivoire\tIvory Coast|Côte d'Ivoire\tIvorian|Ivorians\tYamoussoukro|Abidjan\t\n"
            + "U.S.\tUnited States|U.S.A.|the U.S.\tAmerican|Americans|Yanks\tWashington, D.C.|Washington\tU.S. government\n"
            + "   \n"
            + "Guinea-Bissau\t\tBissau-Guinean|Bissau-Guineans\tBissau\n"
            + "Nowhere",
        organisations: "# name\ttype\taliases\tcountry\tmetonyms\n"
            + "Strelsau Union\tgroup\tSU|The Union\tRuritania\tStrelsau\n"
            + "Zenda Castle Guard\torganisation\tZCG|SU\t\t\n"
            + "International Committee of the Red Cross\torganisation\tICRC|Red Cross\t\tGeneva\n"
            + "Café Nero\torganisation\tCafe\u{301} Nero|Cafe\u{301}|Café\tRuritania\n",
        peoples: "Ruritanians\tRuritanian|Rurits\nKurds\tKurdish|Kurds\n",
        places: "Zenda\tZenda Town\tRuritania\ttown\nStrelsau\t\tRuritania\ncity\nAbidjan\tAbidjan’s port\tCôte d’Ivoire\n"
            + "Cafe\u{301} Nero\tCafe\u{301} Nero Plaza\n",
        titles: "Mr\tm\thonorific\nMr.\tm\thonorific\nForeign Minister\t\toffice\nForeign\t\toffice\n"
            + "deputy foreign minister\t\trole\nO’Neill Professor\tf\toffice\n\t\t\n"
            + "Señor\tm\thonorific\nSen\u{303}or Don\tm\thonorific\n",
        stopwords: "However\nDespite\nHowever\n  Hajj  \n\nO’Clock\nCafé\nCafe\u{301}\n",
        cues: "said\tsay\tspeech\ntold\ttell\tspeech\nsaid\tsay\twriting\nsays\tsay\n’splained\texplain\tspeech\n"
            + "dijo\u{301}\tdecir\tspeech\ndijó\tdecir\twriting\n",
        givenNames: "Helen\tf\nStuart\tm\nAlex\tx\nHelen\tm\nKim\nRudolf\tm\nRudolf\t?\nRenée\tf\nRene\u{301}e\tm\n"
    )

    /// The tricky rows through the loader.
    static func loadedTricky() -> Gazetteer {
        let t = tricky
        var g = Gazetteer()
        g.load(states: t.states, organisations: t.organisations, peoples: t.peoples, places: t.places,
               titles: t.titles, stopwords: t.stopwords, cues: t.cues)
        g.loadGivenNames(t.givenNames)
        return g
    }

    @Test func trickyRowsGiveTheReferenceContent() {
        let t = Self.tricky
        let g = Self.loadedTricky()
        let reference = ReferenceGazetteer(
            states: t.states, organisations: t.organisations, peoples: t.peoples, places: t.places,
            titles: t.titles, stopwords: t.stopwords, cues: t.cues, givenNames: t.givenNames)
        #expect(reference.differences(from: g) == [])
        #expect(g.entry(named: "Côte d’Ivoire")?.type == .state)
        #expect(g.surfacesByFirstWord["Côte"]?.map(\.words) == [["Côte", "d'Ivoire"]])
        // The key and the hashes are the first listing's: the precomposed "é".
        #expect(g.surfacesByFirstWord["Cafe\u{301}"]?.map(\.words) == [["Café", "Nero", "Plaza"], ["Café", "Nero"], ["Café"]])
        #expect(g.surfacesByFirstHash[WordHash.exact("Café")]?.count == 3)
        // A decomposed spelling hashes as the composed one (decision 68).
        #expect(g.surfacesByFirstHash[WordHash.exact("Cafe\u{301}")]?.count == 3)
        #expect(g.stopwordHashes.contains(WordHash.exact("Café")))
        #expect(g.stopwordHashes.contains(WordHash.exact("Cafe\u{301}")))
    }

    /// The comparison can fail: one alias less is a difference.
    @Test func aMissingAliasIsADifference() {
        let t = Self.tricky
        let g = Self.loadedTricky()
        let reference = ReferenceGazetteer(
            states: t.states, organisations: t.organisations.replacing("|Red Cross", with: ""),
            peoples: t.peoples, places: t.places, titles: t.titles, stopwords: t.stopwords, cues: t.cues,
            givenNames: t.givenNames)
        #expect(reference.differences(from: g) == ["surfacesByFirstWord", "surfacesByFirstHash"])
    }
}

/// The gazetteer built the obvious way, as the loader did before it was tuned:
/// a `String` per field, the document tokenizer per name, `Dictionary` and `Set`
/// for everything, the hash lookups made from them at the end.
struct ReferenceGazetteer {
    typealias Surface = Gazetteer.Surface
    typealias Title = Gazetteer.Title

    var entries: [Gazetteer.Entry] = []
    var surfacesByFirstWord: [String: [Surface]] = [:]
    var surfacesByFirstHash: [UInt64: [Surface]] = [:]
    var titlesByFirstHash: [UInt64: [Title]] = [:]
    var stopwordHashes: Set<UInt64> = []
    var cueHashes: Set<UInt64> = []
    var titlesByFirstWord: [String: [Title]] = [:]
    var titleFirstWordHashes: Set<UInt64> = []
    var stopwords: Set<String> = []
    var cues: [String: Gazetteer.Cue] = [:]
    var givenNames: [String: Gender] = [:]
    var entryIndexByName: [String: Int] = [:]

    init(states: String, organisations: String, peoples: String, places: String, titles: String,
         stopwords: String, cues: String, givenNames: String) {
        for row in Self.rows(organisations) {
            let type: ActorType = Self.field(row, 1) == "group" ? .group : .organisation
            let e = addEntry(.init(name: row[0], type: type, governs: nil, country: Self.nonEmpty(Self.field(row, 3))))
            addSurface(row[0], e, .name)
            for alias in Self.list(Self.field(row, 2)) { addSurface(alias, e, .name) }
            for place in Self.list(Self.field(row, 4)) {
                addSurface(place, addEntry(.init(name: place, type: .place, governs: row[0], country: nil)), .capital)
            }
        }
        for row in Self.rows(states) {
            let government = Self.nonEmpty(Self.field(row, 4))
            let e = addEntry(.init(name: row[0], type: .state, governs: government, country: row[0]))
            addSurface(row[0], e, .name)
            for alias in Self.list(Self.field(row, 1)) { addSurface(alias, e, .name) }
            let demonyms = Self.list(Self.field(row, 2))
            for d in demonyms {
                let plural = d.hasSuffix("s")
                    && (Set(demonyms).contains(String(d.dropLast())) || d.hasSuffix("ans") || d.hasSuffix("is"))
                addSurface(d, e, plural ? .peopleNoun : .demonym)
            }
            for capital in Self.list(Self.field(row, 3)) {
                let c = addEntry(.init(name: capital, type: .place, governs: government ?? row[0], country: row[0]))
                addSurface(capital, c, .capital)
            }
        }
        for row in Self.rows(peoples) {
            let e = addEntry(.init(name: row[0], type: .group, governs: nil, country: nil))
            addSurface(row[0], e, .name)
            for alias in Self.list(Self.field(row, 1)) { addSurface(alias, e, alias.hasSuffix("s") ? .name : .demonym) }
        }
        for row in Self.rows(places) {
            let e = addEntry(.init(name: row[0], type: .place, governs: nil, country: Self.nonEmpty(Self.field(row, 2))))
            addSurface(row[0], e, .name)
            for alias in Self.list(Self.field(row, 1)) { addSurface(alias, e, .name) }
        }
        for row in Self.rows(titles) {
            let gender: Gender? = Self.field(row, 1) == "m" ? .male : Self.field(row, 1) == "f" ? .female : nil
            let words = Self.words(row[0])
            guard let first = words.first else { continue }
            titlesByFirstWord[first, default: []].append(
                Title(words: words, hashes: words.map(Self.exact), gender: gender, kind: Title.Kind(rawValue: Self.field(row, 2))!))
        }
        for row in Self.rows(stopwords) { self.stopwords.insert(row[0]) }
        for row in Self.rows(cues) where row.count >= 3 { self.cues[row[0]] = .init(lemma: row[1], kind: row[2]) }
        for row in Self.rows(givenNames) where row.count >= 2 {
            self.givenNames[row[0]] = row[1] == "f" ? .female : row[1] == "m" ? .male : nil
        }

        for key in surfacesByFirstWord.keys { surfacesByFirstWord[key]!.sort { $0.words.count > $1.words.count } }
        for key in titlesByFirstWord.keys { titlesByFirstWord[key]!.sort { $0.words.count > $1.words.count } }
        for (key, list) in surfacesByFirstWord { surfacesByFirstHash[Self.exact(key), default: []] += list }
        for (key, list) in titlesByFirstWord { titlesByFirstHash[Self.exact(key), default: []] += list }
        for key in surfacesByFirstHash.keys { surfacesByFirstHash[key]!.sort { $0.words.count > $1.words.count } }
        for key in titlesByFirstHash.keys { titlesByFirstHash[key]!.sort { $0.words.count > $1.words.count } }
        titleFirstWordHashes = Set(titlesByFirstWord.keys.map(Self.lower))
        stopwordHashes = Set(self.stopwords.map(Self.exact))
        cueHashes = Set(self.cues.keys.map(Self.lower))
    }

    private mutating func addEntry(_ entry: Gazetteer.Entry) -> Int {
        if let existing = entryIndexByName[entry.name], entries[existing].type == entry.type { return existing }
        entries.append(entry)
        if entryIndexByName[entry.name] == nil { entryIndexByName[entry.name] = entries.count - 1 }
        return entries.count - 1
    }

    private mutating func addSurface(_ text: String, _ entry: Int, _ role: Gazetteer.SurfaceRole) {
        let words = Self.words(text)
        guard let first = words.first else { return }
        if surfacesByFirstWord[first]?.contains(where: { $0.words == words }) == true { return }
        surfacesByFirstWord[first, default: []].append(
            Surface(words: words, hashes: words.map(Self.exact), entry: entry, role: role))
    }

    /// The names of the fields that differ from `g`'s.
    func differences(from g: Gazetteer) -> [String] {
        var names: [String] = []
        func check(_ name: String, _ equal: Bool) { if !equal { names.append(name) } }
        check("entries", entries == g.entries)
        check("surfacesByFirstWord", surfacesByFirstWord == g.surfacesByFirstWord)
        check("surfacesByFirstHash", Self.same(surfacesByFirstHash, g.surfacesByFirstHash))
        check("titlesByFirstHash", Self.same(titlesByFirstHash, g.titlesByFirstHash))
        check("stopwordHashes", Self.same(stopwordHashes, g.stopwordHashes))
        check("cueHashes", Self.same(cueHashes, g.cueHashes))
        check("titlesByFirstWord", titlesByFirstWord == g.titlesByFirstWord)
        check("titleFirstWordHashes", Self.same(titleFirstWordHashes, g.titleFirstWordHashes))
        check("stopwords", stopwords == g.stopwords)
        check("cues", cues == g.cues)
        check("givenNames", givenNames == g.givenNames)
        check("entryIndexByName", entryIndexByName == g.entryIndexByName)
        return names
    }

    private static func same<V: Equatable>(_ dictionary: [UInt64: V], _ map: HashMap64<V>) -> Bool {
        map.count == dictionary.count && dictionary.allSatisfy { map[$0.key] == $0.value }
    }

    private static func same(_ set: Set<UInt64>, _ hashes: HashSet64) -> Bool {
        hashes.count == set.count && set.allSatisfy(hashes.contains)
    }

    // The hashes from a fresh array of the word's scalars, as `WordHash` defines them.
    private static func exact(_ word: String) -> UInt64 { WordHash.exact(ArraySlice(Array(word.unicodeScalars))) }
    private static func lower(_ word: String) -> UInt64 { WordHash.lower(ArraySlice(Array(word.unicodeScalars))) }

    private static func words(_ text: String) -> [String] {
        let scalars = ScalarText(text.unicodeScalars)
        return Tokenizer.tokenize(scalars).map { Gazetteer.matchKey(scalars[$0.start..<$0.end]) }
    }

    private static func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }

    // The file format (Data/gazetteer/README.md) read line by line, field by field.

    private static func rows(_ text: String) -> [[String]] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).compactMap { line in
            var line = line
            if line.last == 0x0D { line = line.dropLast() }
            guard let first = line.first, first != UInt8(ascii: "#") else { return nil }
            return line.split(separator: 0x09, omittingEmptySubsequences: false).map { trimmed(String(decoding: $0, as: UTF8.self)) }
        }
    }

    private static func list(_ field: String) -> [String] {
        field.utf8.split(separator: UInt8(ascii: "|")).map { trimmed(String(decoding: $0, as: UTF8.self)) }.filter { !$0.isEmpty }
    }

    private static func field(_ row: [String], _ k: Int) -> String { k < row.count ? row[k] : "" }

    private static func trimmed(_ s: String) -> String {
        var bytes = Substring(s).utf8[...]
        while bytes.first == 0x20 { bytes = bytes.dropFirst() }
        while bytes.last == 0x20 { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
