/// The loaded article: its text as scalars, words, paragraphs and sentences.
///
/// Everything is computed once, in linear time, when the document is made; all
/// offsets are scalar offsets into `scalars` (end exclusive).
public struct Document: Sendable {
    /// Everything below, in one object that every copy shares: the analyzers
    /// hold the document and are copied into their rules' frames; one
    /// reference moves in one word, where the 17 fields took 272 bytes and 18
    /// retains a copy (see docs/DECISIONS.md). Changed only by making a new one.
    private let box: Box

    private final class Box: Sendable {
        let fields: Fields
        /// The per-token arrays of `fields`, for reading with no reference
        /// counted (see `UnownedTable`): `fields` never changes, so neither
        /// does where their storage is.
        let tokenTable: UnownedTable<Token>
        let hashTable: UnownedTable<UInt64>
        let lowerHashTable: UnownedTable<UInt64>
        let sentenceTable: UnownedTable<Int32>
        let checkpointTable: UnownedTable<Int32>
        let sentenceList: UnownedTable<Sentence>
        let paragraphTokenTable: UnownedTable<Range<Int>>
        init(_ fields: Fields) {
            self.fields = fields
            tokenTable = UnownedTable(fields.tokens)
            hashTable = UnownedTable(fields.tokenHashes)
            lowerHashTable = UnownedTable(fields.tokenLowerHashes)
            sentenceTable = UnownedTable(fields.sentenceOfToken)
            checkpointTable = UnownedTable(fields.tokenCheckpoints)
            sentenceList = UnownedTable(fields.sentences)
            paragraphTokenTable = UnownedTable(fields.paragraphTokens)
        }
    }

    struct Fields: Sendable {
        var scalars: ScalarText
        var lazyText: LazyText
        var tokens: [Token]
        var paragraphTokens: [Range<Int>]
        var paragraphs: [TextRange]
        var sentences: [Sentence]
        var hasTokens = true
        var sentenceOfToken: [Int32]
        var offsets: ScalarOffsetIndex
        var decoding: DecodedText?
        var tokenHashes: [UInt64]
        var tokenLowerHashes: [UInt64]
        var tokenCheckpoints: [Int32]
        var hiddenMarkup: [TextRange] = []
    }

    private init(_ fields: Fields) { box = Box(fields) }

    /// The same document with some fields changed.
    private func changing(_ change: (inout Fields) -> Void) -> Document {
        var fields = box.fields
        change(&fields)
        return Document(fields)
    }

    public var scalars: ScalarText { box.fields.scalars }
    /// The text as one `String` (made on first use, see `LazyText`).
    public var text: String { box.fields.lazyText.string }
    /// The words, numbers and punctuation. Empty in a lean document (see
    /// `droppingAnalysisTables`): what is asked of it then reads the text, the
    /// sentences and the paragraphs instead.
    public var tokens: [Token] { box.fields.tokens }
    /// The tokens, read with no reference counted: for the analyzers' hot
    /// loops, which hold the document (see `UnownedTable`).
    var tokenTable: UnownedTable<Token> { box.tokenTable }
    /// Each paragraph as a range of token indices, in order. Empty in a lean
    /// document, with the tokens they index.
    public var paragraphTokens: [Range<Int>] { box.fields.paragraphTokens }
    /// Each paragraph as a scalar range, from its first to its last token.
    public var paragraphs: [TextRange] { box.fields.paragraphs }
    public var sentences: [Sentence] { box.fields.sentences }
    /// False once `droppingAnalysisTables` took the tokens away.
    public var hasTokens: Bool { box.fields.hasTokens }
    /// For each token, the index of its sentence: O(1) lookups for the
    /// analyzers, which ask it millions of times; its paragraph is its
    /// sentence's (a sentence never crosses a paragraph), with no table of its
    /// own (8 MB of a 10 MB text's 130 to fault in).
    /// Empty after `droppingAnalysisTables()`, with the tokens.
    public var sentenceOfToken: [Int32] { box.fields.sentenceOfToken }
    var sentenceTable: UnownedTable<Int32> { box.sentenceTable }
    public var offsets: ScalarOffsetIndex { box.fields.offsets }
    public var decoding: DecodedText? { box.fields.decoding }
    /// `WordHash.exact` and `WordHash.lower` of every token, computed once: the
    /// analyzers look words up by hash millions of times (see docs/DECISIONS.md).
    /// Empty after `droppingAnalysisTables()`, with the tokens.
    public var tokenHashes: [UInt64] { box.fields.tokenHashes }
    public var tokenLowerHashes: [UInt64] { box.fields.tokenLowerHashes }
    var hashTable: UnownedTable<UInt64> { box.hashTable }
    var lowerHashTable: UnownedTable<UInt64> { box.lowerHashTable }
    /// For every 64th scalar offset, `tokenIndex(atOrAfter:)` of it: a lookup
    /// then searches a few tokens instead of the whole array (whose binary
    /// search misses the cache at every step on a big text).
    var tokenCheckpoints: [Int32] { box.fields.tokenCheckpoints }

    /// Markup the analysis reads as white space, sorted (a Markdown article's
    /// `**`, `[`, `](https://…)`): offsets stay the source's, and "said
    /// **Anna Smith**" is attributed as "said Anna Smith" is.
    public var hiddenMarkup: [TextRange] { box.fields.hiddenMarkup }

    /// The same document with `ranges` as its hidden markup.
    public func hidingMarkup(_ ranges: [TextRange]) -> Document { changing { $0.hiddenMarkup = ranges } }

    /// The text with `ranges` made spaces (line breaks kept, so paragraphs stay
    /// where they are): what the analyzers read when the text holds markup or
    /// terminal escapes.
    func withSpaces(over ranges: [TextRange]) -> Document {
        Document(scalars: scalars.blanking(ranges), text: nil, decoding: nil)
    }

    public init(decoded: DecodedText) {
        self.init(scalars: decoded.scalars, text: decoded.unchangedString, decoding: decoded)
    }

    /// A document from a string; line endings are normalised as for files.
    public init(text: String) {
        let decoded = TextDecoding.decode(text)
        self.init(scalars: decoded.scalars, text: decoded.unchangedString, decoding: decoded)
    }

    init(scalars: ScalarText, text: String?, decoding: DecodedText?) {
        // Big texts are split on both cores: tokens with their hashes, then the
        // sentences of each half of the paragraphs and the per-token tables. The
        // offset index comes from decoding (built here only for normalised text).
        let parts = scalars.count > Document.parallelThreshold ? 2 : 1
        let hashed = Tokenizer.tokenizeHashed(scalars, parts: parts)
        let tokens = hashed.tokens
        let paragraphs = Document.paragraphs(tokens, parts: parts)
        let ranges = Parallel.split(paragraphs.indices, into: parts)
        let pieces = Parallel.map(ranges.count) { k in
            SentenceSplitter.split(tokens: tokens, paragraphs: paragraphs, indices: ranges[k], scalars: scalars)
        }
        let sentences = Parallel.joined(pieces)
        // The two tables at once, on both cores.
        // (On both cores only for big texts; a corpus's small articles are already spread over the cores.)
        let makeTable: @Sendable (Int) -> [Int32] = { k in
            k == 0 ? Document.owners(sentences.map(\.tokens), count: tokens.count)
                : Document.tokenCheckpoints(tokens, length: scalars.count)
        }
        let tables = parts == 1 ? (0..<2).map(makeTable) : Parallel.map(2, makeTable)
        self.init(Fields(
            scalars: scalars, lazyText: LazyText(ready: text, scalars: scalars), tokens: tokens,
            paragraphTokens: paragraphs,
            paragraphs: paragraphs.map { TextRange(tokens[$0.lowerBound].start, tokens[$0.upperBound - 1].end) },
            sentences: sentences, sentenceOfToken: tables[0],
            offsets: decoding?.offsetIndex ?? ScalarOffsetIndex(scalars), decoding: decoding,
            tokenHashes: hashed.exact, tokenLowerHashes: hashed.lower, tokenCheckpoints: tables[1]))
    }

    /// Whether the per-token tables of the analyzers are there (see `droppingAnalysisTables`).
    public var hasAnalysisTables: Bool {
        // (Counted through the tables: no array retained, see `UnownedTable`.)
        hasTokens && box.hashTable.count == box.tokenTable.count && box.sentenceTable.count == box.tokenTable.count
    }

    /// The lean document a long-lived holder keeps: the text, its sentences
    /// and paragraphs, without the tokens and the per-token tables that make
    /// the analyzers fast (the two word hashes, the sentence and paragraph of
    /// each token): 36 bytes a token, 750 MB for a 100 MB text, and the
    /// paragraphs' token ranges (7 MB). The reader keeps
    /// the document for as long as the article is open, but has its analysis by
    /// then; what it still asks (the sentence at the cursor, the words of a
    /// quotation) is answered from the sentences, the paragraphs and the text.
    public func droppingAnalysisTables() -> Document {
        changing { lean in
            lean.tokenHashes = []
            lean.tokenLowerHashes = []
            lean.sentenceOfToken = []
            lean.tokens = []
            lean.tokenCheckpoints = []
            lean.paragraphTokens = []
            lean.hasTokens = false
        }
    }

    /// The document with its text read back from its file from now on, a chunk
    /// at a time as it is read (`PagedScalars`): what the reader keeps of a big
    /// file once it is analysed. Nil when the file, read through `read`, does
    /// not hold exactly this text as UTF-8 (decoding changed it, or the file did).
    /// `changed` tells whether the file was written since (see `PagedScalars`).
    public func readingTextBack(from read: @escaping PagedScalars.ReadBytes,
                                changed: @escaping PagedScalars.Changed = { false }) -> Document? {
        guard !scalars.isEmpty, let paged = PagedScalars(scalars, offsets: offsets, read: read, changed: changed) else { return nil }
        return changing { document in
            document.scalars = ScalarText(paged: paged)
            document.lazyText = LazyText(ready: nil, scalars: document.scalars)
            document.decoding?.scalars = document.scalars   // (it held the text too)
        }
    }

    /// The document with its tokens and analysis tables, made again if they
    /// were dropped (they are only ever dropped together, see above).
    public func withAnalysisTables() -> Document {
        hasAnalysisTables ? self : Document(scalars: scalars, text: nil, decoding: decoding)
    }

    static let checkpointStride = 64

    /// Entry b is the index of the first token that ends after scalar offset b × 64.
    static func tokenCheckpoints(_ tokens: [Token], length: Int) -> [Int32] {
        let count = length / checkpointStride + 2
        return [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            // By checkpoint, each moving the token on to its own: about fourteen
            // tokens go by between two checkpoints, with one test each.
            tokens.withUnsafeBufferPointer { tokens in
                var i = 0
                for b in 0..<count {
                    let boundary = b * checkpointStride
                    while i < tokens.count, tokens[i].end <= boundary { i += 1 }
                    buffer[b] = Int32(i)
                }
            }
            initialized = count
        }
    }

    /// Maps each token to the index of the range that holds it.
    static func owners(_ ranges: [Range<Int>], count: Int) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let start = buffer.baseAddress { FreshMemory.populate(start, count: count) }
            var k = 0
            for (index, range) in ranges.enumerated() {
                while k < range.lowerBound { buffer[k] = Int32(max(0, index - 1)); k += 1 }
                while k < range.upperBound { buffer[k] = Int32(index); k += 1 }
            }
            while k < count { buffer[k] = Int32(max(0, ranges.count - 1)); k += 1 }
            initialized = count
        }
    }

    /// The sentence that holds token `i`.
    @inline(__always)
    public func sentence(ofToken i: Int) -> Sentence? {
        sentences.isEmpty ? nil : sentences[sentenceIndex(ofToken: i)]
    }

    /// The index of the sentence that holds token `i` (a document with its tokens).
    @inline(__always)
    func sentenceIndex(ofToken i: Int) -> Int { Int(sentenceTable[i]) }

    public var length: Int { scalars.count }

    /// Texts longer than this (in scalars, about 1 MB) are split on two cores.
    static let parallelThreshold = 1_000_000

    /// Paragraphs break at blank lines; a text without any blank line but with
    /// several lines (one paragraph per line, as many sites save it) breaks at
    /// lines. A big text's breaks are found in `parts` runs of tokens at once.
    static func paragraphs(_ tokens: [Token], parts: Int = 1) -> [Range<Int>] {
        guard !tokens.isEmpty else { return [] }
        let hasBlankLines = tokens.contains { $0.flags.contains(.paragraphBefore) }
        let breakFlag: Token.Flags = hasBlankLines ? .paragraphBefore : .newlineBefore
        let runs = Parallel.split(1..<tokens.count, into: parts)
        let breaks = Parallel.map(runs.count) { r in
            var found: [Int] = []
            for i in runs[r] where tokens[i].flags.contains(breakFlag) { found.append(i) }
            return found
        }
        var result: [Range<Int>] = []
        result.reserveCapacity(breaks.reduce(1) { $0 + $1.count })
        var start = 0
        for i in breaks.joined() {
            result.append(start..<i)
            start = i
        }
        result.append(start..<tokens.count)
        return result
    }

    // MARK: Text access

    /// The words of `range`, made from the scalars (so the analysis never needs `text`).
    public func string(_ range: TextRange) -> String {
        scalars.string(in: range.start..<range.end)
    }

    public func string(_ token: Token) -> String { string(token.range) }

    public func string(tokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return string(TextRange(tokens[first].start, tokens[last].end))
    }

    public func stringIndex(ofScalar offset: Int) -> String.Index {
        offsets.stringIndex(ofScalar: offset, in: text, scalars: scalars)
    }

    public func scalarOffset(of index: String.Index) -> Int {
        offsets.scalarOffset(of: index, in: text, scalars: scalars)
    }

    // MARK: Lookup by offset

    /// Index of the first token whose end lies after `offset` (tokens.count if none).
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        if offset < 0 { return 0 }
        let b = offset / Document.checkpointStride
        // (Both tables read with no reference counted: every speaker rule asks
        // this, on both cores, see `UnownedTable`.)
        let checkpoints = box.checkpointTable, tokens = box.tokenTable
        if b + 1 >= checkpoints.count { return tokens.count }
        // The answer lies between the answers for the checkpoints around `offset`.
        var lo = Int(checkpoints[b]), hi = Int(checkpoints[b + 1])
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Index of the sentence that contains `offset`, or the last one that starts before it.
    public func sentenceIndex(containing offset: Int) -> Int? {
        guard !sentences.isEmpty else { return nil }
        // A lean document: the last sentence that starts at or before `offset`.
        guard hasTokens else { return max(0, Document.lastStarting(atOrBefore: offset, in: sentences) { $0.range.start }) }
        // Through the token at or after `offset` (no search over all sentences):
        // its sentence if `offset` is inside it, else the sentence of the token before.
        let t = tokenIndex(atOrAfter: offset)
        if t < tokens.count, tokens[t].start <= offset { return sentenceIndex(ofToken: t) }
        return t > 0 ? sentenceIndex(ofToken: t - 1) : 0
    }

    /// The index of the last element of `items` (in order of `start`) that
    /// starts at or before `offset`; -1 when none does. One binary search for
    /// sentences, paragraphs and the reader's paragraphs alike.
    public static func lastStarting<C: RandomAccessCollection>(atOrBefore offset: Int, in items: C,
                                                               start: (C.Element) -> Int) -> Int where C.Index == Int {
        var lo = items.startIndex, hi = items.endIndex
        while lo < hi {   // the first item that starts after offset
            let mid = (lo + hi) / 2
            if start(items[mid]) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }

    /// Index of the paragraph that holds token `token`.
    @inline(__always)
    public func paragraphIndex(ofToken token: Int) -> Int? {
        // (Through the tables, with no array retained: the name pass asks this
        // of capitalised words on both cores, see `UnownedTable`.)
        guard token >= 0, token < box.tokenTable.count, !box.sentenceList.isEmpty else { return nil }
        return box.sentenceList[sentenceIndex(ofToken: token)].paragraph
    }

    /// Whether token `token` is its paragraph's first (a dateline's place, a wire slug).
    public func opensParagraph(_ token: Int) -> Bool {
        paragraphIndex(ofToken: token).map { box.paragraphTokenTable[$0].lowerBound == token } ?? false
    }
}
