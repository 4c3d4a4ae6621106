/// A token's word in the forms the analyzers look things up by.
extension Document {
    /// The word as written, with ’ read as ' (gazetteer names, actor keys).
    @inline(__always)
    public func key(ofToken i: Int) -> String {
        let t = tokenTable[i]
        return Gazetteer.matchKey(scalars[t.start..<t.end])
    }

    /// The same with ASCII letters lower-cased (function words, cues).
    @inline(__always)
    public func lowerKey(ofToken i: Int) -> String {
        let t = tokenTable[i]
        return Gazetteer.lowerKey(scalars[t.start..<t.end])
    }

    /// `WordHash.exact` of the word: lookups with no `String` made.
    @inline(__always)
    public func hash(ofToken i: Int) -> UInt64 { hashTable[i] }

    /// `WordHash.lower` of the word.
    @inline(__always)
    public func lowerHash(ofToken i: Int) -> UInt64 { lowerHashTable[i] }

    /// Whether token `i` is the word `w` (given in lower case), ignoring ASCII case.
    /// Inlined: called out of line from a rule, the document (272 bytes) was
    /// copied to the stack for the call each time, a tenth of all the copying.
    @inline(__always)
    public func token(_ i: Int, is w: StaticString) -> Bool {
        guard i >= 0, i < tokenTable.count, tokenTable[i].kind == .word else { return false }
        let t = tokenTable[i]
        guard t.end - t.start == w.utf8CodeUnitCount else { return false }
        return w.withUTF8Buffer { bytes in
            (0..<bytes.count).allSatisfy { k in
                var v = scalars[t.start + k].value
                if v >= 0x41 && v <= 0x5A { v |= 0x20 }
                return v == UInt32(bytes[k])
            }
        }
    }

    /// Whether token `i` is the punctuation mark `c`.
    @inline(__always)
    public func token(_ i: Int, isPunctuation c: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokenTable.count && tokenTable[i].kind == .punctuation && scalars[tokenTable[i].start] == c
    }

    /// Whether ", which" opens at token `i`: what follows a thing's name, a body's
    /// or a place's, and not a person's ("Copa-Cogeca, which represents farmers").
    public func opensWhichClause(at i: Int) -> Bool {
        token(i, isPunctuation: ",") && token(i + 1, is: "which")
    }

    /// Whether token `i` is a word longer than `suffix` that ends with it ("reportedly", "saying").
    public func token(_ i: Int, endsWith suffix: StaticString) -> Bool {
        guard i >= 0, i < tokenTable.count, tokenTable[i].kind == .word else { return false }
        let t = tokenTable[i]
        let n = suffix.utf8CodeUnitCount
        guard t.end - t.start > n else { return false }
        return suffix.withUTF8Buffer { bytes in
            (0..<n).allSatisfy { scalars[t.end - n + $0].value == UInt32(bytes[$0]) }
        }
    }

    /// `WordHash.lower` of the word at `i` without its last letter, when that
    /// is an "s": the singular a plural is looked up by ("nurses" → "nurse",
    /// "reports" → "report"). Nil for any other token.
    func singularLowerHash(ofToken i: Int) -> UInt64? {
        guard token(i, endsWith: "s") else { return nil }
        let t = tokenTable[i]
        return WordHash.lower(scalars[t.start..<(t.end - 1)])
    }

    /// The token at `k` is an apostrophe that ends a plural's possessive
    /// ("nurses’ union", "Leeds Magistrates’ Court").
    func isPluralPossessiveApostrophe(_ k: Int) -> Bool {
        k < tokenTable.count && tokenTable[k].kind == .punctuation && ScalarClass.isApostrophe(scalars[tokenTable[k].start])
            && isPluralPossessive(k)
    }

    /// The punctuation at `k` (an apostrophe, as the caller reads it) ends a
    /// plural's possessive: right after a word ending in "s", with a word
    /// after it ("nurses’ union", "farmers' groups", "St Thomas' Hospital").
    func isPluralPossessive(_ k: Int) -> Bool {
        let tokens = tokenTable
        guard k > 0, k + 1 < tokens.count, tokens[k - 1].kind == .word, tokens[k - 1].end == tokens[k].start,
              tokens[k + 1].kind == .word, tokens[k + 1].flags.contains(.spaceBefore) else { return false }
        let last = scalars[tokens[k - 1].end - 1]
        return last == "s" || last == "S"
    }
}
