/// Splits scalars into words, numbers and punctuation in one linear pass.
///
/// Inner stops join only single-letter segments ("U.S.", "D.C.", "e.g.") and
/// digits ("3.5"), so a typo such as "Kabul.is" stays three tokens and "Kabul"
/// is still found. A possessive "’s" becomes its own token.
public enum Tokenizer {
    /// Tokens with both `WordHash`es of each, made in the same pass: the letters
    /// of a plain word are hashed while they are scanned, not read again later.
    public struct Hashed: Sendable, TokenSink {
        public var tokens: [Token] = []
        /// `WordHash.exact` and `WordHash.lower` of each token.
        public var exact: [UInt64] = []
        public var lower: [UInt64] = []

        mutating func reserve(_ n: Int) {
            tokens.reserveCapacity(n)
            exact.reserveCapacity(n)
            lower.reserveCapacity(n)
        }

        @inline(__always)
        mutating func append(_ token: Token, _ hashes: (exact: UInt64, lower: UInt64)) {
            tokens.append(token)
            exact.append(hashes.exact)
            lower.append(hashes.lower)
        }

    }

    public static func tokenize(_ scalars: ScalarText) -> [Token] {
        tokenizeHashed(scalars, parts: 1).tokens
    }

    static func tokenize<S: ScalarBuffer>(buffer s: S) -> [Token] {
        tokenize(buffer: s, range: 0..<s.count).tokens
    }

    /// The tokens that start in `range`, with their hashes. A range should start
    /// where white space starts (see `chunkBoundaries`), so its first token's
    /// flags see all of it.
    static func tokenize<S: ScalarBuffer>(buffer s: S, range: Range<Int>,
                         roomFor expectedScalars: Int? = nil) -> Hashed {
        var tokens = Hashed()
        // About one token per 4.3 scalars in English news; a little more room
        // than that saves regrowing (and copying) the whole array near its end.
        tokens.reserve((expectedScalars ?? range.count) / 4 + 16)
        scan(s, range, into: &tokens)
        return tokens
    }

    /// Appends the tokens of all of `s` to `tokens`: for the gazetteer's
    /// thousands of short names, which would otherwise pay three array
    /// allocations each (their offsets are into `s`, as for any text).
    static func tokenize<S: ScalarBuffer>(buffer s: S, appendingTo tokens: inout Hashed) {
        scan(s, 0..<s.count, into: &tokens)
    }

    /// The one tokenizing loop, inlined into its callers so the document's
    /// (the hot one) keeps its arrays or pointers in locals.
    @inline(__always)
    static func scan<S: ScalarBuffer, Sink: TokenSink>(_ s: S, _ range: Range<Int>, into tokens: inout Sink) {
        let n = s.count
        var i = range.lowerBound
        var pendingSpace = false
        var newlines = 0
        while i < range.upperBound {
            // ASCII from the raw value: a narrow text's byte is then read and
            // tested once, as a wide text's scalar is.
            let raw = s.rawValue(i)
            let c = raw < 0x80 ? Unicode.Scalar(UInt8(truncatingIfNeeded: raw)) : s[i]
            if ScalarClass.isSpace(c) {
                pendingSpace = true
                if c.value == 0x0A { newlines += 1 }
                i += 1
                continue
            }
            var flags: Token.Flags = []
            if pendingSpace { flags.insert(.spaceBefore) }
            if newlines > 0 { flags.insert(.newlineBefore) }
            if newlines > 1 { flags.insert(.paragraphBefore) }
            pendingSpace = false
            newlines = 0

            if ScalarClass.isDigit(c) {
                let end = scanNumber(s, from: i)
                // "M5S", "3D", "2nd": digits followed by letters make a word.
                if end < n, ScalarClass.isLetter(s[end]) {
                    var shape = WordShape()
                    let wend = scanWord(s, from: i, shape: &shape)
                    tokens.append(makeWord(s, i, wend, flags, shape), in: s)
                    i = wend
                } else {
                    tokens.append(Token(start: i, end: end, kind: .number, flags: flags.union(.hasDigit)), in: s)
                    i = end
                }
                continue
            }
            // The common word: ASCII letters ended by a space or punctuation that
            // cannot continue it. Anything else goes through the full scan.
            if c.value < 0x80, (c.value | 0x20) &- 0x61 < 26, let (end, lower, hashes) = plainWordEnd(s, from: i) {
                if c.value < 0x61 { flags.insert(.capitalised) }
                if end - i >= 2 && !lower { flags.insert(.allCaps) }
                tokens.append(Token(start: i, end: end, kind: .word, flags: flags), hashes)
                i = end
                continue
            }
            if ScalarClass.isLetter(c) {
                var shape = WordShape()
                let end = scanWord(s, from: i, shape: &shape)
                tokens.append(makeWord(s, i, end, flags, shape), in: s)
                i = end
                // Possessive: ’s / 's followed by a non-letter.
                if i + 1 < n, ScalarClass.isApostrophe(s[i]), s[i + 1] == "s" || s[i + 1] == "S",
                   i + 2 >= n || !ScalarClass.isLetter(s[i + 2]) {
                    tokens.append(Token(start: i, end: i + 2, kind: .possessive, flags: []), in: s)
                    i += 2
                }
                continue
            }
            tokens.append(Token(start: i, end: i + 1, kind: .punctuation, flags: flags), in: s)
            i += 1
        }
    }

    /// Tokenizes big texts in `parts` pieces at once, cut where white space starts.
    public static func tokenize(_ scalars: ScalarText, parts: Int) -> [Token] {
        tokenizeHashed(scalars, parts: parts).tokens
    }

    /// The same with the tokens' hashes. Each part writes straight into the
    /// final arrays (`TokenRegions`): a big text's tokens are not made twice,
    /// and no token pays three arrays' appends.
    public static func tokenizeHashed(_ scalars: ScalarText, parts: Int) -> Hashed {
        TokenRegions.tokenize(scalars, cuts: chunkBoundaries(scalars, parts: parts))
    }

    /// 0, the cut points, and the end: each cut is the start of a run of white space.
    static func chunkBoundaries(_ s: ScalarText, parts: Int) -> [Int] {
        var cuts = [0]
        for k in 1..<max(parts, 1) {
            var m = s.count * k / parts
            while m < s.count, !(ScalarClass.isSpace(s[m]) && m > 0 && !ScalarClass.isSpace(s[m - 1])) { m += 1 }
            if m < s.count, m > cuts.last! { cuts.append(m) }
        }
        cuts.append(s.count)
        return cuts
    }

    /// The end of a run of ASCII letters from `start`, whether any is lower
    /// case, and the run's `WordHash`es, when the scalar after the run (if any)
    /// is one that `scanWord` would stop at and that makes no possessive: white
    /// space or plain punctuation. Nil otherwise.
    @inline(__always)
    static func plainWordEnd<S: ScalarBuffer>(_ s: S, from start: Int)
        -> (end: Int, lower: Bool, hashes: (exact: UInt64, lower: UInt64))? {
        let n = s.count
        let limit = min(n, start &+ Token.maxLength)   // a longer run is cut (see `Token`)
        var j = start
        var bits: UInt32 = 0   // OR of the letters: bit 0x20 is set by any lower-case one
        // `WordHash.both` of the letters as they go by (an ASCII letter needs no
        // apostrophe folding, and lower-cases by setting bit 0x20).
        var e = WordHash.offsetBasis, l = WordHash.offsetBasis
        while j < limit {
            let v = s.rawValue(j)   // an ASCII letter is its own raw value
            guard (v | 0x20) &- 0x61 < 26 else { break }
            bits |= v
            e = WordHash.mix(e, v)
            l = WordHash.mix(l, v | 0x20)
            j &+= 1
        }
        let lower = bits & 0x20 != 0
        let hashes = (e, l)
        guard j < n else { return (j, lower, hashes) }
        let raw = s.rawValue(j)
        if raw < 0x80 {
            // Digits, apostrophes, hyphens and stops can continue a word.
            switch raw {
            case 0x30...0x39, 0x27, 0x2D, 0x2E: return nil
            default: return (j, lower, hashes)   // space or punctuation (or, past `limit`, the letters cut off)
            }
        }
        // “ ” and the long dashes end words; other scalars may be letters or marks.
        switch s[j].value {
        case 0x201C, 0x201D, 0x2013, 0x2014: return (j, lower, hashes)
        default: return nil
        }
    }

    /// Digits with inner "." or "," between digits (at most `Token.maxLength`).
    static func scanNumber<S: ScalarBuffer>(_ s: S, from start: Int) -> Int {
        let n = s.count
        let limit = min(n, start &+ Token.maxLength)
        var i = start
        while i < limit {
            if ScalarClass.isDigit(s[i]) { i += 1; continue }
            if (s[i] == "." || s[i] == ","), i + 1 < n, ScalarClass.isDigit(s[i + 1]), i > start {
                i += 1
                continue
            }
            break
        }
        return i
    }

    /// What the word scan learnt about the letters, so the flags need no second pass.
    struct WordShape {
        var letters = 0
        var lower = false
        var digit = false
        var hyphen = false
    }

    static func scanWord<S: ScalarBuffer>(_ s: S, from start: Int) -> Int {
        var shape = WordShape()
        return scanWord(s, from: start, shape: &shape)
    }

    /// The end of the word from `start`; at most `Token.maxLength` scalars
    /// (every step below moves `i` by one, so it stops at `limit` exactly).
    static func scanWord<S: ScalarBuffer>(_ s: S, from start: Int, shape: inout WordShape) -> Int {
        let n = s.count
        let limit = min(n, start &+ Token.maxLength)
        var i = start
        var segmentStart = start
        // The shape is counted in locals (registers) and stored once at the end:
        // this loop runs for every letter of the document.
        var letters = shape.letters, lower = shape.lower, digit = shape.digit, hyphen = shape.hyphen
        defer { shape.letters = letters; shape.lower = lower; shape.digit = digit; shape.hyphen = hyphen }
        while i < limit {
            // ASCII fast path: letters and digits, from the raw value (no table read).
            let v = s.rawValue(i)
            if v < 0x80 {
                let folded = v | 0x20
                if folded &- 0x61 < 26 {
                    letters &+= 1
                    lower = lower || v >= 0x61
                    i &+= 1
                    continue
                }
                if v &- 0x30 < 10 { digit = true; i &+= 1; continue }
            }
            let c = s[i]
            if v >= 0x80 {
                if ScalarClass.isLetter(c) {
                    letters += 1
                    if ScalarClass.isLowercase(c) { lower = true }
                    i += 1
                    continue
                } else if ScalarClass.isDigit(c) {
                    digit = true
                    i += 1
                    continue
                } else if ScalarClass.isWordJoiner(c) {
                    i += 1
                    continue
                }
            }
            guard i + 1 < n else {
                // A dotted abbreviation at the very end: "U.S."
                if c == ".", i - segmentStart == 1, segmentStart > start, s[segmentStart - 1] == "." { i += 1 }
                break
            }
            let next = s[i + 1]
            if ScalarClass.isApostrophe(c) {
                // "don’t", "O’Brien"; but not the possessive "’s" at a word end.
                if ScalarClass.isLetter(next) {
                    let possessive = (next == "s" || next == "S") && (i + 2 >= n || !ScalarClass.isLetter(s[i + 2]))
                    if possessive { break }
                    i += 1
                    continue
                }
                break
            }
            if ScalarClass.isHyphen(c) {
                if ScalarClass.isAlphanumeric(next) { i += 1; segmentStart = i; hyphen = true; continue }
                break
            }
            if c == "." {
                // Abbreviation stops join single letters: U.S., D.C., e.g.
                if i - segmentStart == 1, ScalarClass.isLetter(s[segmentStart]) {
                    if ScalarClass.isLetter(next), i + 2 >= n || !ScalarClass.isLetter(s[i + 2]) || s[i + 2] == "." {
                        i += 1
                        segmentStart = i
                        continue
                    }
                    // Final stop of a dotted abbreviation: "U.S." (at least one inner stop).
                    if segmentStart > start, s[segmentStart - 1] == "." {
                        i += 1
                        break
                    }
                }
                break
            }
            break
        }
        return i
    }

    static func makeWord<S: ScalarBuffer>(_ s: S, _ start: Int, _ end: Int, _ base: Token.Flags,
                         _ shape: WordShape) -> Token {
        var flags = base
        if ScalarClass.isUppercase(s[start]) { flags.insert(.capitalised) }
        if shape.digit { flags.insert(.hasDigit) }
        if shape.hyphen { flags.insert(.hasHyphen) }
        if shape.letters >= 2 && !shape.lower { flags.insert(.allCaps) }
        if s[end - 1] == "." { flags.insert(.endsWithStop) }
        return Token(start: start, end: end, kind: .word, flags: flags)
    }
}
