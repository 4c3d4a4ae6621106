/// Canonical composition (the "C" of NFC) for lookup keys and word hashes.
///
/// Why: a name can reach Hearsay decomposed, a letter followed by a combining
/// accent ("Bogota\u{301}", text copied from a PDF or a macOS file name). The
/// text itself is never normalised: the reader shows what the user typed and
/// every offset stays an offset into it (docs/DECISIONS.md, 3). But the words
/// are looked up by their `WordHash`, a hash of their scalars, and the
/// decomposed "Bogotá" hashed apart from the gazetteer's, so it was not the
/// capital of Colombia but a person. So the keys and hashes of words are
/// made over the composed scalars: canonically equivalent spellings of a word
/// look up, group and hash alike (decision 68).
///
/// What it composes: each mark with the scalar before it, when Unicode has
/// one scalar for the pair (`CanonicalCompositionTable.swift`, generated), and
/// Hangul syllables by their rule; repeatedly, so "e" + U+0323 + U+0302 is "ệ".
/// That is NFC for text whose marks are in canonical order, as decomposed text
/// (NFD) always is. Marks in another order, and a mark that composes with a
/// starter across another mark it is not blocked by, are left as they are.
public enum CanonicalComposition {
    /// Whether `v` may compose with the scalar before it: the test a hashing
    /// loop makes of each scalar (a comparison for all below U+0300).
    @inline(__always)
    public static func mayCompose(_ v: UInt32) -> Bool {
        // (Inline, only what settles the common scalars: all below U+0300, the
        // combining diacritics, and general punctuation such as ’ “ ” —, which
        // the words that reach these loops hold. The rest asks out of line.)
        v >= 0x300 && (v < 0x370 || v >= 0x653 && v &- 0x2000 >= 0x70 && isOtherMark(v))
    }

    @inline(never)
    static func isOtherMark(_ v: UInt32) -> Bool { isOtherComposingMark(v) || isHangulVowelOrFinal(v) }

    /// The scalars of `scalars` composed.
    public static func composed<C: Collection<Unicode.Scalar>>(_ scalars: C) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(scalars.count)
        for s in scalars {
            let v = s.value
            if let last = out.last, mayCompose(v), let c = composite(last, v) {
                out[out.count - 1] = c
            } else {
                out.append(v)
            }
        }
        return out
    }

    /// The one scalar `starter` and `mark` compose into, or nil.
    public static func composite(_ starter: UInt32, _ mark: UInt32) -> UInt32? {
        // Hangul: a leading consonant and a vowel make a syllable, which a final
        // consonant completes (Unicode's rule; the syllables are not in the table).
        if starter &- 0x1100 < 19, mark &- 0x1161 < 21 {
            return 0xAC00 + ((starter - 0x1100) * 21 + (mark - 0x1161)) * 28
        }
        if starter &- 0xAC00 < 11172, (starter - 0xAC00) % 28 == 0, mark &- 0x11A8 < 27 {
            return starter + (mark - 0x11A7)
        }
        let key = UInt64(starter) << 32 | UInt64(mark)
        var low = 0, high = pairKeys.count
        while low < high {
            let mid = (low + high) / 2
            if pairKeys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < pairKeys.count && pairKeys[low] == key ? composites[low] : nil
    }

    /// The scalars of `scalars` decomposed as far as the composition table
    /// goes ("é" → "e" + U+0301, "ệ" → "e" + U+0323 + U+0302): NFD for the
    /// letters Unicode composes, Hangul syllables left whole. For a search
    /// typed composed to find the same word written decomposed.
    public static func decomposed<C: Collection<Unicode.Scalar>>(_ scalars: C) -> [UInt32] {
        var out: [UInt32] = []
        func add(_ v: UInt32) {
            if let pair = decompositions[v] {
                add(UInt32(truncatingIfNeeded: pair >> 32))
                out.append(UInt32(truncatingIfNeeded: pair))
            } else {
                out.append(v)
            }
        }
        for s in scalars { add(s.value) }
        return out
    }

    /// Each composite and the pair it is made of (the table read backwards).
    /// Where two pairs make one composite, the first in the table is taken.
    static let decompositions: [UInt32: UInt64] = {
        var map: [UInt32: UInt64] = [:]
        for (k, c) in composites.enumerated() where map[c] == nil { map[c] = pairKeys[k] }
        return map
    }()

    @inline(__always)
    static func isHangulVowelOrFinal(_ v: UInt32) -> Bool {
        v &- 0x1161 < 21 || v &- 0x11A8 < 27
    }
}
