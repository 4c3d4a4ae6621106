/// 64-bit FNV-1a hashes of words, so lookups in the gazetteer and word lists
/// need no `String` per token (the analyzer's hottest cost otherwise).
/// ’ and ʼ hash as ', as in `Gazetteer.matchKey`.
public enum WordHash {
    @inline(__always)
    public static func exact(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for s in scalars {
            var v = s.value
            if v == 0x2019 || v == 0x02BC { v = 0x27 }
            h = (h ^ UInt64(v)) &* 0x100000001b3
        }
        return h
    }

    /// Lower-cases ASCII letters only; enough for English function words and cues.
    @inline(__always)
    public static func lower(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for s in scalars {
            var v = s.value
            if v >= 0x41 && v <= 0x5A { v |= 0x20 }
            if v == 0x2019 || v == 0x02BC { v = 0x27 }
            h = (h ^ UInt64(v)) &* 0x100000001b3
        }
        return h
    }

    @inline(__always)
    public static func exact(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for s in scalars {
            var v = s.value
            if v == 0x2019 || v == 0x02BC { v = 0x27 }
            h = (h ^ UInt64(v)) &* 0x100000001b3
        }
        return h
    }

    @inline(__always)
    public static func lower(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for s in scalars {
            var v = s.value
            if v >= 0x41 && v <= 0x5A { v |= 0x20 }
            if v == 0x2019 || v == 0x02BC { v = 0x27 }
            h = (h ^ UInt64(v)) &* 0x100000001b3
        }
        return h
    }

    /// `exact` and `lower` in one pass over the scalars.
    @inline(__always)
    static func both(_ base: UnsafePointer<Unicode.Scalar>, _ count: Int) -> (exact: UInt64, lower: UInt64) {
        var e: UInt64 = 0xcbf29ce484222325
        var l: UInt64 = 0xcbf29ce484222325
        for k in 0..<count {
            var v = base[k].value
            if v == 0x2019 || v == 0x02BC { v = 0x27 }
            e = (e ^ UInt64(v)) &* 0x100000001b3
            if v &- 0x41 < 26 { v |= 0x20 }
            l = (l ^ UInt64(v)) &* 0x100000001b3
        }
        return (e, l)
    }

    public static func exact(_ word: String) -> UInt64 { exact(ArraySlice(Array(word.unicodeScalars))) }
    public static func lower(_ word: String) -> UInt64 { lower(ArraySlice(Array(word.unicodeScalars))) }
}
