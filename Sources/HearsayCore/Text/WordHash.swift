/// 64-bit FNV-1a hashes of words, so lookups in the gazetteer and word lists
/// need no `String` per token (the analyzer's hottest cost otherwise).
/// ’ and ʼ hash as ', as in `Gazetteer.matchKey`; a word written with
/// combining accents hashes as its composed form (`CanonicalComposition`).
public enum WordHash {
    static let offsetBasis: UInt64 = 0xcbf29ce484222325

    /// One value (a scalar, or a word's hash for names of several words) into the hash.
    @inline(__always)
    static func mix(_ h: UInt64, _ v: UInt32) -> UInt64 { mix(h, UInt64(v)) }

    @inline(__always)
    static func mix(_ h: UInt64, _ v: UInt64) -> UInt64 { (h ^ v) &* 0x100000001b3 }

    /// ’ and ʼ read as '.
    @inline(__always)
    static func apostrophe(_ v: UInt32) -> UInt32 { v == 0x2019 || v == 0x02BC ? 0x27 : v }

    /// ASCII letters lower-cased; enough for English function words and cues.
    @inline(__always)
    static func lowered(_ v: UInt32) -> UInt32 { v &- 0x41 < 26 ? v | 0x20 : v }

    @inline(__always)
    public static func exact<C: Collection<Unicode.Scalar>>(_ scalars: C) -> UInt64 {
        var h = offsetBasis
        for s in scalars {
            if CanonicalComposition.mayCompose(s.value) { return composed(scalars, exactFold) }
            h = mix(h, apostrophe(s.value))
        }
        return h
    }

    @inline(__always)
    public static func lower<C: Collection<Unicode.Scalar>>(_ scalars: C) -> UInt64 {
        var h = offsetBasis
        for s in scalars {
            if CanonicalComposition.mayCompose(s.value) { return composed(scalars, lowerFold) }
            h = mix(h, lowered(apostrophe(s.value)))
        }
        return h
    }

    /// What `exact` and `lower` make of each scalar.
    @inline(__always) static func exactFold(_ v: UInt32) -> UInt32 { apostrophe(v) }
    @inline(__always) static func lowerFold(_ v: UInt32) -> UInt32 { lowered(apostrophe(v)) }

    /// The hash of `scalars` composed, each folded by `fold`: the way of the
    /// rare word with a combining mark, out of the hashing loops (which only
    /// test each scalar for one).
    @inline(never)
    static func composed<C: Collection<Unicode.Scalar>>(_ scalars: C, _ fold: (UInt32) -> UInt32) -> UInt64 {
        var h = offsetBasis
        for v in CanonicalComposition.composed(scalars) { h = mix(h, fold(v)) }
        return h
    }

    /// The same for a span of a document's text, read from its storage directly.
    @inline(__always)
    public static func exact(_ text: Slice<ScalarText>) -> UInt64 {
        let range = text.startIndex..<text.endIndex
        // (A paged text through a window; the others read directly, as this is per word.)
        if text.base.isPaged { return text.base.withUnsafeStorage(in: range, narrow: { exact(UnsafeScalars($0, $1)) }, wide: { exact(UnsafeScalars($0, $1)) }) }
        return text.base.withUnsafeStorage(narrow: { exact(UnsafeScalars($0, range)) },
                                           wide: { exact(UnsafeScalars($0, range)) })
    }

    @inline(__always)
    public static func lower(_ text: Slice<ScalarText>) -> UInt64 {
        let range = text.startIndex..<text.endIndex
        if text.base.isPaged { return text.base.withUnsafeStorage(in: range, narrow: { lower(UnsafeScalars($0, $1)) }, wide: { lower(UnsafeScalars($0, $1)) }) }
        return text.base.withUnsafeStorage(narrow: { lower(UnsafeScalars($0, range)) },
                                           wide: { lower(UnsafeScalars($0, range)) })
    }

    /// `exact` of the span as a title would write it: its first scalar as it
    /// is, ASCII capitals after it lower-cased ("UNITED" as "United"), to look
    /// a word written in capitals up among names.
    public static func titleCase(_ text: Slice<ScalarText>) -> UInt64 {
        let range = text.startIndex..<text.endIndex
        func fold(_ v: UInt32, first: Bool) -> UInt32 { first ? apostrophe(v) : lowered(apostrophe(v)) }
        func hash<S: ScalarBuffer>(_ s: S, _ r: Range<Int>) -> UInt64 {
            var h = offsetBasis
            for k in r {
                // A word with a mark is hashed composed (its first scalar may take
                // the mark: "E\u{301}COLE"), out of this loop, as in `exact`.
                if CanonicalComposition.mayCompose(s[k].value) {
                    h = offsetBasis
                    for (n, v) in CanonicalComposition.composed(UnsafeScalars(s, r)).enumerated() { h = mix(h, fold(v, first: n == 0)) }
                    return h
                }
                h = mix(h, fold(s[k].value, first: k == r.lowerBound))
            }
            return h
        }
        return text.base.withUnsafeStorage(in: range, narrow: hash, wide: hash)
    }

    /// FNV-1a over `bytes` as they are, from `h` (the basis, or the hash of
    /// what comes before: a text hashed in parts hashes as the whole would).
    /// For keys and name words compared byte for byte (`ActorTable.Key`,
    /// `NameWordTable`, `Actor.wordHash`), not the words `exact` and `lower` fold.
    @inline(__always)
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, from h: UInt64 = offsetBasis) -> UInt64 {
        var h = h
        for b in bytes { h = mix(h, UInt64(b)) }
        return h
    }

    /// The same over a string's UTF-8.
    static func bytes(of text: String, from h: UInt64 = offsetBasis) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes($0, from: h) }
    }

    /// Every scalar of a span as it is (no apostrophe read as ', no case
    /// folded): equal hashes mean equal text, for memos keyed by wording.
    public static func verbatim(_ text: Slice<ScalarText>) -> UInt64 {
        let range = text.startIndex..<text.endIndex
        func hash<S: ScalarBuffer>(_ s: S, _ r: Range<Int>) -> UInt64 {
            var h = offsetBasis
            for k in r { h = mix(h, s[k].value) }
            return h
        }
        return text.base.withUnsafeStorage(in: range, narrow: hash, wide: hash)
    }

    /// `exact` and `lower` in one pass over `count` scalars of `s` from `start`.
    @inline(__always)
    static func both<S: ScalarBuffer>(_ s: S, _ start: Int, _ count: Int) -> (exact: UInt64, lower: UInt64) {
        var e = offsetBasis, l = offsetBasis
        for k in start..<(start &+ count) {
            let raw = s[k].value
            if CanonicalComposition.mayCompose(raw) { return composedBoth(s, start, count) }
            let v = apostrophe(raw)
            e = mix(e, v)
            l = mix(l, lowered(v))
        }
        return (e, l)
    }

    /// `both` of a word with a combining mark (kept out of the tokenizer's loop).
    @inline(never)
    static func composedBoth<S: ScalarBuffer>(_ s: S, _ start: Int, _ count: Int) -> (exact: UInt64, lower: UInt64) {
        let word = UnsafeScalars(s, start..<(start &+ count))
        return (composed(word, exactFold), composed(word, lowerFold))
    }

    // Decoded from the string's UTF-8 as they are hashed, with no array of scalars.
    public static func exact(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8(exact(utf8:))
    }

    public static func lower(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8(lower(utf8:))
    }

    /// `exact` of the scalars of well-formed UTF-8.
    static func exact(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { hash(bytes) { apostrophe($0) } }

    /// `lower` of the scalars of well-formed UTF-8.
    static func lower(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { hash(bytes) { lowered(apostrophe($0)) } }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ fold: (UInt32) -> UInt32) -> UInt64 {
        var h = offsetBasis
        var i = 0
        while i < bytes.count {
            let v = TextDecoding.scalar(bytes, at: &i)
            if CanonicalComposition.mayCompose(v) {
                var scalars: [Unicode.Scalar] = []
                i = 0
                while i < bytes.count { scalars.append(Unicode.Scalar(TextDecoding.scalar(bytes, at: &i)) ?? "\u{FFFD}") }
                return composed(scalars, fold)
            }
            h = mix(h, fold(v))
        }
        return h
    }
}
