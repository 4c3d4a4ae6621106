import Dispatch

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
        public var kind: Kind

        /// What a title says of the name after it. An enum, not the file's
        /// word: the name rules ask it of every title that starts where a
        /// capitalised word is, and a string comparison each time showed in
        /// profiles.
        /// (titles.tsv's third column; a row with another word there is not loaded.)
        public enum Kind: String, Sendable, Equatable {
            /// "Mr", "Dr": says who, not what they do.
            case honorific
            /// "Foreign Minister": a post, which becomes a role of the name after it.
            case office
            /// "spokeswoman": a job written before a name, or on its own.
            case role
        }
    }

    public struct Cue: Sendable, Equatable {
        public var lemma: String
        public var kind: String   // speech, naming, writing
    }

    /// The tables, in one object that every copy shares: a gazetteer is held
    /// by every analyzer, and they are copied into their rules' frames; one
    /// reference moves in one word, where its 17 tables took about 300 bytes
    /// and 30 retains a copy (see docs/DECISIONS.md).
    private var box = Box(Tables())

    private final class Box: Sendable {
        let tables: Tables
        init(_ tables: Tables) { self.tables = tables }
    }

    /// Changes the tables of this gazetteer alone: a copy of them, whose
    /// storage is its own once the old box is let go (when no other copy holds it).
    private mutating func edit(_ change: (inout Tables) -> Void) {
        var tables = box.tables
        box = Gazetteer.emptyBox
        change(&tables)
        box = Box(tables)
    }

    private static let emptyBox = Box(Tables())

    public var entries: [Entry] { box.tables.entries }
    /// Surface forms by their first word, longest first.
    public var surfacesByFirstWord: [String: [Surface]] { box.tables.surfacesByFirstWord }
    /// The same, keyed by `WordHash.exact` of the first word.
    public var surfacesByFirstHash: HashMap64<[Surface]> { box.tables.surfacesByFirstHash }
    public var titlesByFirstHash: HashMap64<[Title]> { box.tables.titlesByFirstHash }
    public var stopwordHashes: HashSet64 { box.tables.stopwordHashes }
    /// `WordHash.lower` of every cue form, to test a word without making a String.
    public var cueHashes: HashSet64 { box.tables.cueHashes }
    public var titlesByFirstWord: [String: [Title]] { box.tables.titlesByFirstWord }
    /// Lower-cased hashes of the titles' first words, to skip most words cheaply.
    public var titleFirstWordHashes: HashSet64 { box.tables.titleFirstWordHashes }
    public var stopwords: Set<String> { box.tables.stopwords }
    public var cues: [String: Cue] { box.tables.cues }
    /// Given names with a clear gender ("Helen" f, "Stuart" m), for pronouns.
    public var givenNames: [String: Gender] { box.tables.givenNames }
    /// The same by `WordHash.exact` of the name: a name is present when the
    /// lookup gives a value, its gender when that value is not nil.
    public var givenNamesByHash: HashMap64<Gender?> { box.tables.givenNamesByHash }
    /// `singleWordRole` by `WordHash.exact` of the (lower-case) word, to ask
    /// with a token's `WordHash.lower`.
    var singleWordRolesByHash: HashMap64<Title> { box.tables.singleWordRolesByHash }
    var entryIndexByName: [String: Int] { box.tables.entryIndexByName }
    /// For each entry, the entry that stands for its government (a capital's
    /// state, `Entry.governs`), or the entry itself.
    var governingEntry: [Int32] { box.tables.governingEntry }

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

    /// Starts making `bundled` on another core; its first use waits for it.
    /// About 14 million instructions (4 ms): the command line is parsed and
    /// the article read and split meanwhile.
    public static func loadBundledInBackground() {
        DispatchQueue.global(qos: .userInitiated).async { _ = bundled }
    }

    public mutating func load(
        states: String, organisations: String, peoples: String, places: String,
        titles: String, stopwords: String, cues: String
    ) {
        edit { $0.load(states: states, organisations: organisations, peoples: peoples, places: places,
                       titles: titles, stopwords: stopwords, cues: cues) }
    }

    public mutating func loadGivenNames(_ text: String) {
        edit { $0.loadGivenNames(text) }
    }

    /// The entry that governs entry `e` (see `governingEntry`).
    func governing(_ e: Int) -> Int { Int(governingEntry[e]) }

    /// The one-word role `word` (lower case: "spokeswoman", "winger"), if titles.tsv lists it.
    public func singleWordRole(_ word: String) -> Title? { singleWordRole(lowerHash: WordHash.exact(word)) }

    /// The same for a word given by its `WordHash.lower` (a token's), or the
    /// `WordHash.exact` of its lower-case form.
    func singleWordRole(lowerHash: UInt64) -> Title? { singleWordRolesByHash[lowerHash] }

    static func isSingleWordRole(_ title: Title) -> Bool { title.kind == .role && title.words.count == 1 }

    public func entry(named name: String) -> Entry? {
        entryIndexByName[name].map { entries[$0] }
    }

    public func entryIndex(named name: String) -> Int? { entryIndexByName[name] }

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

    /// The key of `scalars`: their UTF-8, ’ and ʼ written ', composed (see below).
    @inline(__always)
    static func key<C: Collection<Unicode.Scalar>>(_ scalars: C, lowercased: Bool) -> String {
        var length = 0
        for s in scalars {
            // A combining accent: the key is the composed word's (as `WordHash`'s).
            if CanonicalComposition.mayCompose(s.value) { return composedKey(scalars, lowercased: lowercased) }
            length += keyWidth(s)
        }
        return key(scalars, length: length, lowercased: lowercased)
    }

    @inline(never)
    static func composedKey<C: Collection<Unicode.Scalar>>(_ scalars: C, lowercased: Bool) -> String {
        let composed = CanonicalComposition.composed(scalars).compactMap(Unicode.Scalar.init)
        return key(composed, length: composed.reduce(0) { $0 + keyWidth($1) }, lowercased: lowercased)
    }

    /// The UTF-8 bytes `s` takes in a key (’ and ʼ are written ').
    @inline(__always)
    static func keyWidth(_ s: Unicode.Scalar) -> Int { WordHash.apostrophe(s.value) == 0x27 ? 1 : UTF8.width(s) }

    /// Writes UTF-8 straight into the string's storage: words of up to 15 bytes
    /// become small strings with no heap allocation at all. (The capacity asked
    /// for must be the exact length: with room for 16 bytes or more the string is
    /// made on the heap, however short it turns out.)
    @inline(__always)
    static func key<C: Collection<Unicode.Scalar>>(_ scalars: C, length: Int, lowercased: Bool) -> String {
        String(unsafeUninitializedCapacity: length) { buffer in
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
