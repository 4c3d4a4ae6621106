/// The bytes of JSON strings and numbers, written into room the caller has
/// reserved (`JSONStreamWriter`): pure functions of their input, each returning
/// how many bytes it wrote. Working on raw pointers, not on `[UInt8].append`,
/// is what makes the writer fast: an append checks capacity and uniqueness for
/// every byte, and a `String` per number or text span costs more than writing
/// it (see docs/DECISIONS.md 38).
enum JSONText {
    /// The most bytes one byte or scalar of a string becomes (`\u001b`).
    static let maxBytesPerUnit = 6
    /// The longest integer: "-9223372036854775808".
    static let maxIntLength = 20
    /// Longer than any `Double.description` ("-2.2250738585072014e-308" is 24).
    static let maxDoubleLength = 32

    // MARK: Strings

    /// Which scalars a string escapes: those RFC 8259 requires (quote, backslash,
    /// C0 controls), and also DEL, the C1 controls and U+2028/U+2029, so article
    /// text can never carry raw terminal bytes or JavaScript line breaks through
    /// JSON output. The fast paths below are this rule restricted to ASCII or to
    /// lead bytes; the tests check them against it for every scalar.
    @inline(__always)
    static func isEscaped(_ v: UInt32) -> Bool {
        v < 0x20 || v == 0x22 || v == 0x5C || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029
    }

    /// `!isEscaped(v) && v < 0x80` in three comparisons: printable ASCII but the
    /// quote and the backslash.
    @inline(__always)
    static func isPlainASCII(_ v: UInt32) -> Bool {
        v &- 0x20 < 0x5F && v != 0x22 && v != 0x5C
    }

    /// The escape of `v` (one that `isEscaped`): JSON's short forms for the quote,
    /// backslash, line feed, carriage return and tab; `\uXXXX` in lower-case hex
    /// for the rest.
    static func escape(_ v: UInt32, into p: UnsafeMutablePointer<UInt8>) -> Int {
        p[0] = UInt8(ascii: "\\")
        switch v {
        case 0x22: p[1] = UInt8(ascii: "\""); return 2
        case 0x5C: p[1] = UInt8(ascii: "\\"); return 2
        case 0x0A: p[1] = UInt8(ascii: "n"); return 2
        case 0x0D: p[1] = UInt8(ascii: "r"); return 2
        case 0x09: p[1] = UInt8(ascii: "t"); return 2
        default:
            p[1] = UInt8(ascii: "u")
            for k in 0..<4 { p[2 + k] = hexDigit(v >> UInt32(12 - 4 * k)) }
            return 6
        }
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt32) -> UInt8 {
        let d = UInt8(truncatingIfNeeded: v & 0xF)
        return d < 10 ? d &+ UInt8(ascii: "0") : d &- 10 &+ UInt8(ascii: "a")
    }

    // The fast paths below take blocks of eight bytes or scalars that are all
    // plain ASCII at once. At the end of a text the last block overlaps what is
    // already written: its first units were plain too, so they were written one
    // byte each, and are written again, the same, at the same place.

    /// The inside of a JSON string from UTF-8 (a `String`'s, so valid and cut
    /// only between scalars): at most `maxBytesPerUnit` bytes per input byte.
    /// Eight plain ASCII bytes are copied at once; of the non-ASCII scalars only
    /// some with lead byte 0xC2 (the C1 controls) or 0xE2 (U+2028, U+2029) are
    /// escaped, so only those two leads are decoded.
    static func escaped(utf8 bytes: UnsafeBufferPointer<UInt8>, into p: UnsafeMutablePointer<UInt8>) -> Int {
        guard let s = bytes.baseAddress else { return 0 }
        let count = bytes.count
        if count >= 4 && count < 8 {
            // A short word ("named", "direct"): the first four bytes and the last four.
            let first = UnsafeRawPointer(s).loadUnaligned(as: UInt32.self)
            let last = UnsafeRawPointer(s + count - 4).loadUnaligned(as: UInt32.self)
            if isPlainASCII(word: first) && isPlainASCII(word: last) {
                UnsafeMutableRawPointer(p).storeBytes(of: first, as: UInt32.self)
                UnsafeMutableRawPointer(p + count - 4).storeBytes(of: last, as: UInt32.self)
                return count
            }
        }
        var i = 0, n = 0
        while i < count {
            if count >= 8 {
                // The next eight bytes, or at the end the last eight.
                let start = min(i, count &- 8)
                let x = UnsafeRawPointer(s + start).loadUnaligned(as: UInt64.self)
                if isPlainASCII(word: x) {
                    UnsafeMutableRawPointer(p + (n &- (i &- start))).storeBytes(of: x, as: UInt64.self)
                    n &+= start &+ 8 &- i
                    i = start &+ 8
                    continue
                }
            }
            // Up to the next block of eight, one byte (or escaped scalar) at a time.
            let end = min(count, i &+ 8)
            while i < end {
                let b = s[i]
                if isPlainASCII(UInt32(b)) || (b >= 0x80 && b != 0xC2 && b != 0xE2) {
                    p[n] = b
                    n &+= 1
                    i &+= 1
                    continue
                }
                // An ASCII byte to escape, or a lead byte whose scalar may be escaped.
                var v = UInt32(b), length = 1
                if b == 0xC2 && i &+ 1 < count {
                    (v, length) = (0x80 | UInt32(s[i + 1] & 0x3F), 2)
                } else if b == 0xE2 && i &+ 2 < count {
                    (v, length) = (0x2000 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F), 3)
                }
                if isEscaped(v) {
                    n &+= escape(v, into: p + n)
                    i &+= length
                } else {
                    p[n] = b   // the lead byte, kept; the rest of its scalar follows as plain bytes
                    n &+= 1
                    i &+= 1
                }
            }
        }
        return n
    }

    /// `isPlainASCII` of every byte of `x`, with the word tricks of "Bit
    /// Twiddling Hacks" (any byte below n: `(x - n·0x01…) & ~x & 0x80…`, exact as
    /// a yes or no for n ≤ 128).
    @inline(__always)
    static func isPlainASCII<Word: FixedWidthInteger & UnsignedInteger>(word x: Word) -> Bool {
        let ones = Word.max / 0xFF, high = ones &* 0x80
        @inline(__always) func anyZero(_ y: Word) -> Word { (y &- ones) & ~y }
        let below = (x &- 0x20 &* ones) & ~x
        let special = anyZero(x ^ 0x22 &* ones) | anyZero(x ^ 0x5C &* ones) | anyZero(x ^ 0x7F &* ones)
        return (x | below | special) & high == 0
    }

    /// The inside of a JSON string from scalars (a document's text, with no
    /// `String` made of it): at most `maxBytesPerUnit` bytes per scalar. Eight
    /// plain ASCII scalars, most of an article, are narrowed at once.
    static func escaped(scalars: UnsafeBufferPointer<Unicode.Scalar>, into p: UnsafeMutablePointer<UInt8>) -> Int {
        guard let base = scalars.baseAddress else { return 0 }
        let count = scalars.count
        // A scalar is its UInt32 value in memory.
        return base.withMemoryRebound(to: UInt32.self, capacity: count) { s in
            // isPlainASCII on eight lanes at once. Vector against vector: Swift
            // compiles the forms with a scalar operand lane by lane.
            let space = SIMD8<UInt32>(repeating: 0x20), printable = SIMD8<UInt32>(repeating: 0x5F)
            let quote = SIMD8<UInt32>(repeating: 0x22), backslash = SIMD8<UInt32>(repeating: 0x5C)
            var i = 0, n = 0
            while i < count {
                if count >= 8 {
                    // The next eight scalars, or at the end the last eight.
                    let start = min(i, count &- 8)
                    let v = UnsafeRawPointer(s + start).loadUnaligned(as: SIMD8<UInt32>.self)
                    if !any((v &- space) .>= printable .| (v .== quote) .| (v .== backslash)) {
                        UnsafeMutableRawPointer(p + (n &- (i &- start)))
                            .storeBytes(of: SIMD8<UInt8>(truncatingIfNeeded: v), as: SIMD8<UInt8>.self)
                        n &+= start &+ 8 &- i
                        i = start &+ 8
                        continue
                    }
                }
                // Up to the next block of eight, one scalar at a time.
                let end = min(count, i &+ 8)
                while i < end {
                    n &+= scalar(s[i], into: p + n)
                    i &+= 1
                }
            }
            return n
        }
    }

    /// The inside of a JSON string from a narrow text's bytes `range` (see
    /// `ScalarText`): eight plain ASCII bytes are copied at once, as from UTF-8;
    /// the others are read as scalars (Latin-1, or the table's for 0x80...0x9F)
    /// and escaped or encoded one at a time.
    static func escaped(narrow s: NarrowScalars, _ range: Range<Int>, into p: UnsafeMutablePointer<UInt8>) -> Int {
        guard let base = s.bytes.baseAddress else { return 0 }
        var i = range.lowerBound, n = 0
        let end = range.upperBound
        while i < end {
            if i &+ 8 <= end {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if isPlainASCII(word: x) {
                    UnsafeMutableRawPointer(p + n).storeBytes(of: x, as: UInt64.self)
                    n &+= 8
                    i &+= 8
                    continue
                }
            }
            // Up to the next block of eight, one byte at a time.
            let stop = min(end, i &+ 8)
            while i < stop {
                let b = base[i]
                let v = b & 0xE0 == 0x80 ? s.table[Int(b & 0x1F)].value : UInt32(b)
                n &+= scalar(v, into: p + n)
                i &+= 1
            }
        }
        return n
    }

    /// One scalar, escaped or in UTF-8.
    @inline(__always)
    static func scalar(_ v: UInt32, into p: UnsafeMutablePointer<UInt8>) -> Int {
        if isPlainASCII(v) {
            p[0] = UInt8(truncatingIfNeeded: v)
            return 1
        }
        if isEscaped(v) { return escape(v, into: p) }
        return UTF8Encoding.encode(v, into: p)
    }

    // MARK: Numbers

    /// "00", "01", ... "99": integers are written two digits at a time.
    private static let digitPairs: StaticString =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    /// `value` in decimal, as `String(value)` has it: at most `maxIntLength` bytes.
    static func int(_ value: Int, into p: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        if value < 0 { p[0] = UInt8(ascii: "-"); n = 1 }
        var rest = value.magnitude
        n &+= digitCount(rest)
        // From the last digit back, a pair at a time.
        let pairs = UnsafeRawPointer(digitPairs.utf8Start)
        var k = n
        while rest >= 100 {
            let q = rest / 100
            let r = Int(truncatingIfNeeded: rest &- q &* 100)
            k &-= 2
            UnsafeMutableRawPointer(p + k).storeBytes(of: pairs.loadUnaligned(fromByteOffset: 2 * r, as: UInt16.self), as: UInt16.self)
            rest = q
        }
        if rest >= 10 {
            UnsafeMutableRawPointer(p + k - 2).storeBytes(of: pairs.loadUnaligned(fromByteOffset: 2 * Int(rest), as: UInt16.self),
                                                         as: UInt16.self)
        } else {
            p[k - 1] = UInt8(truncatingIfNeeded: rest) &+ UInt8(ascii: "0")
        }
        return n
    }

    /// How many decimal digits `v` has: a few comparisons for the offsets and
    /// counts of an analysis (below 10^8), a loop above.
    @inline(__always)
    static func digitCount(_ v: UInt) -> Int {
        if v < 10_000 { return v < 100 ? (v < 10 ? 1 : 2) : (v < 1000 ? 3 : 4) }
        if v < 100_000_000 { return v < 1_000_000 ? (v < 100_000 ? 5 : 6) : (v < 10_000_000 ? 7 : 8) }
        var digits = 9
        var t = v / 1_000_000_000
        while t > 0 { t /= 10; digits &+= 1 }
        return digits
    }

    /// A number as the analysis has always printed it: whole values below 1e15
    /// without a fraction ("1", not "1.0"), others in Swift's shortest form that
    /// reads back the same (`description`), and null when not finite. At most
    /// `maxDoubleLength` bytes.
    static func double(_ value: Double, into p: UnsafeMutablePointer<UInt8>) -> Int {
        guard value.isFinite else { return copy("null", into: p) }
        if value == value.rounded() && abs(value) < 1e15 { return int(Int(value), into: p) }
        var text = value.description
        return text.withUTF8 { bytes in
            p.initialize(from: bytes.baseAddress!, count: bytes.count)
            return bytes.count
        }
    }

    /// A literal's bytes as they are (no escaping: for JSON's own words and keys).
    @inline(__always)
    static func copy(_ text: StaticString, into p: UnsafeMutablePointer<UInt8>) -> Int {
        p.initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
        return text.utf8CodeUnitCount
    }
}
