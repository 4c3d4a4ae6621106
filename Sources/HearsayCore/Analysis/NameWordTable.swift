/// The words of the actors' names, split at spaces, each as a hash of its
/// bytes (`WordHash.bytes`, as `Actor.wordHash`) with the bytes the grouping's questions need: what `joinShortNames`
/// asks of every name, with no `Substring` array per name and no string
/// hashing (SipHash) per word. In a corpus of short articles the grouping ran
/// once an article over new names, and its arrays and hashes were a tenth of
/// the analysis (docs/DECISIONS.md 67).
///
/// Two words are the same when their bytes are (a hash collision between two
/// names' words is not a practical risk, as for the finder's other 64-bit
/// keys); Swift's `String` also counts canonically equivalent spellings equal,
/// which one article's names do not mix.
struct NameWordTable {
    struct Word {
        var hash: UInt64
        /// Where the word lies in its actor's name, in UTF-8 bytes.
        var start: Int32
        var end: Int32
        var first: UInt8
        var second: UInt8   // 0 for a word of one byte
        var last: UInt8
        var beforeLast: UInt8   // 0 for a word of one byte
        var length: Int { Int(end - start) }
    }

    private(set) var words: [Word] = []
    /// Actor k's words are `words[starts[k]..<starts[k + 1]]`.
    private var starts: [Int] = []
    private let actors: [Actor]

    init(_ actors: [Actor]) {
        self.actors = actors
        words.reserveCapacity(actors.count * 4)
        starts.reserveCapacity(actors.count + 1)
        for actor in actors {
            starts.append(words.count)
            var name = actor.name
            name.withUTF8 { bytes in
                var k = 0
                while k < bytes.count {
                    guard bytes[k] != 0x20 else { k += 1; continue }
                    let start = k
                    while k < bytes.count, bytes[k] != 0x20 { k += 1 }
                    let length = k - start
                    words.append(Word(hash: WordHash.bytes(UnsafeBufferPointer(rebasing: bytes[start..<k])),
                                      start: Int32(start), end: Int32(k), first: bytes[start],
                                      second: length > 1 ? bytes[start + 1] : 0, last: bytes[k - 1],
                                      beforeLast: length > 1 ? bytes[k - 2] : 0))
                }
            }
        }
        starts.append(words.count)
    }

    /// Actor k's words.
    func words(of k: Int) -> ArraySlice<Word> { words[starts[k]..<starts[k + 1]] }

    /// The word's text, for the questions bytes do not answer (a name beyond ASCII).
    func text(_ word: Word, of k: Int) -> Substring {
        let name = actors[k].name, utf8 = name.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(word.start))
        let to = utf8.index(from, offsetBy: word.length)
        return name[from..<to]
    }

    /// The hash of the word without its last byte ("Greens" as "Green").
    func hashDroppingLast(_ word: Word, of k: Int) -> UInt64 {
        var name = actors[k].name
        return name.withUTF8 { WordHash.bytes(UnsafeBufferPointer(rebasing: $0[Int(word.start)..<(Int(word.end) - 1)])) }
    }

    /// An initial with its stop: "J.".
    func isInitial(_ word: Word, of k: Int) -> Bool {
        guard word.last == 0x2E else { return false }
        if word.length == 2 { return true }
        // (Beyond ASCII, one character may be several bytes: "É.", "J́.")
        return (word.first >= 0x80 || word.second >= 0x80) && ActorFinder.isInitial(text(word, of: k))
    }

    /// Whether the word's first character is lower case.
    func startsLowercase(_ word: Word, of k: Int) -> Bool {
        if word.first < 0x80 { return word.first &- 0x61 < 26 }
        return ActorFinder.startsLowercase(text(word, of: k))
    }

    /// The hash of the bytes of the word's first character (a letter and the
    /// marks on it are one), for initials.
    func firstCharacterHash(_ word: Word, of k: Int, into h: inout UInt64) {
        if word.first < 0x80, word.second < 0x80 {
            h = WordHash.mix(h, UInt64(word.first))
            return
        }
        guard let c = text(word, of: k).first else { return }
        h = WordHash.bytes(of: String(c), from: h)
    }

    /// Two or more characters, all upper case: "WMO".
    func isUpperCaseAcronym(_ word: Word, of k: Int) -> Bool {
        let w = text(word, of: k)
        if w.utf8.allSatisfy({ $0 < 0x80 }) { return w.utf8.count >= 2 && w.utf8.allSatisfy { $0 &- 0x41 < 26 } }
        return w.count >= 2 && w.allSatisfy(\.isUppercase)
    }

}

/// Lists of actor indices by a word, in several maps at once (`Map`), each
/// list in the order its indices were added, all in flat arrays made once:
/// Swift's `[Substring: [Int]]` made an array per key, seven times over.
struct IndexLists {
    /// The maps a grouping keeps; a word's list in each is apart from its
    /// list in the others.
    enum Map: UInt64 {
        case companiesByFirstWord = 1, bodiesByKeyword, bodiesByInitials, partiesByFirstWord, clubsByFirstWord
        case fullNamesByLastWord, fullNamesByFirstWord, fullNamesByMiddleWord
    }

    private var listOfKey: HashMap64<Int>
    private var lists: [(head: Int, tail: Int, count: Int)] = []
    private var entries: [(value: Int, next: Int)] = []

    /// Room for `capacity` indices in all (more is allowed).
    init(capacity: Int) {
        listOfKey = HashMap64(minimumCapacity: capacity)
        lists.reserveCapacity(capacity)
        entries.reserveCapacity(capacity)
    }

    /// The key of a word's list in `map`.
    private static func key(_ map: Map, _ word: UInt64) -> UInt64 { word ^ (map.rawValue &* 0x9E37_79B9_7F4A_7C15) }

    mutating func append(_ value: Int, to map: Map, _ word: UInt64) {
        let key = Self.key(map, word)
        entries.append((value, -1))
        let entry = entries.count - 1
        if let list = listOfKey[key] {
            entries[lists[list].tail].next = entry
            lists[list].tail = entry
            lists[list].count += 1
        } else {
            listOfKey.set(key, lists.count)
            lists.append((entry, entry, 1))
        }
    }

    /// The list of `word` in `map`, empty when none.
    subscript(map: Map, word: UInt64) -> List {
        guard let list = listOfKey[Self.key(map, word)] else { return List(entries: entries, head: -1, count: 0) }
        return List(entries: entries, head: lists[list].head, count: lists[list].count)
    }

    struct List: Sequence {
        let entries: [(value: Int, next: Int)]
        let head: Int
        let count: Int

        func makeIterator() -> Iterator { Iterator(entries: entries, entry: head) }

        struct Iterator: IteratorProtocol {
            let entries: [(value: Int, next: Int)]
            var entry: Int
            mutating func next() -> Int? {
                guard entry >= 0 else { return nil }
                defer { entry = entries[entry].next }
                return entries[entry].value
            }
        }

        /// How many of the list are not `value`.
        func count(excluding value: Int) -> Int { reduce(0) { $0 + ($1 != value ? 1 : 0) } }

        /// The first of the list that is not `value`.
        func first(excluding value: Int) -> Int? { first { $0 != value } }

        /// The one index of a list of exactly one.
        var only: Int? { count == 1 ? first { _ in true } : nil }
    }
}
