/// Splits gazetteer names into words with the document tokenizer's rules, for
/// the thousands of names loaded at start-up.
///
/// `Tokenizer.tokenize(_:)` is made for a whole document: it plans a parallel
/// split and reserves room for a long text on every call, and a name also paid
/// for an array of its scalars and then a second one per word to hash it. Here
/// the scalars and tokens live in buffers reused from one name to the next, and
/// each word's hash is the one the tokenizer made while scanning it.
struct NameSplitter {
    /// The scalars of the name being split, at the start of a buffer that only
    /// grows: it is overwritten, not emptied and refilled.
    private var scalars: [Unicode.Scalar] = []
    /// The tokens of every name split so far, appended to rather than emptied
    /// for each name: a few hundred kilobytes for the bundled data, freed with
    /// the splitter.
    private var tokens = Tokenizer.Hashed()

    /// The words of the UTF-8 name `bytes[range]` in matching form
    /// (`Gazetteer.matchKey`), and their `WordHash.exact`. The tokenizer's hash
    /// of a word equals `WordHash.exact` of its matching form, as both read ’ and ʼ as '.
    mutating func split(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
        -> (words: [String], hashes: [UInt64]) {
        let count = decode(bytes, range)
        let first = tokens.tokens.count
        scalars.withUnsafeBufferPointer {
            Tokenizer.tokenize(buffer: UnsafeBufferPointer(rebasing: $0[..<count]), appendingTo: &tokens)
        }
        // An ASCII name (a byte a scalar) has no ’ or ʼ to fold: its words are
        // its own bytes, made into strings at half the cost of `matchKey`.
        let ascii = count == range.count
        func word(_ t: Token) -> String {
            guard ascii else { return Gazetteer.matchKey(scalars[t.start..<t.end]) }
            let utf8 = bytes[range.lowerBound + t.start..<range.lowerBound + t.end]
            return String(decoding: UnsafeBufferPointer(rebasing: utf8), as: UTF8.self)
        }
        let name = first..<tokens.tokens.count
        // Most names are one word: array literals cost half of arrays filled one by one.
        if name.count == 1 { return ([word(tokens.tokens[first])], [tokens.exact[first]]) }
        var words: [String] = []
        words.reserveCapacity(name.count)
        for t in tokens.tokens[name] { words.append(word(t)) }
        // Copied through a buffer pointer: cheaper than from an `ArraySlice`.
        return (words, tokens.exact.withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[name])) })
    }

    /// Decodes `bytes[range]` into the start of `scalars` and returns how many
    /// scalars it holds. The bytes are a `String`'s, so well-formed UTF-8, and
    /// there are no more scalars than bytes.
    private mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        if scalars.count < range.count { scalars = Array(repeating: "\0", count: 2 * range.count) }
        return scalars.withUnsafeMutableBufferPointer { out in
            var i = range.lowerBound, k = 0
            while i < range.upperBound {
                let byte = bytes[i]
                if byte < 0x80 {   // most names are ASCII
                    out[k] = Unicode.Scalar(byte)
                    i += 1
                } else {
                    out[k] = Unicode.Scalar(TextDecoding.scalar(bytes, at: &i))!
                }
                k += 1
            }
            return k
        }
    }
}
