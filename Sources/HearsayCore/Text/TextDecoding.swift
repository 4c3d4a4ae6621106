/// Turns the bytes of a file into the text Hearsay analyses.
///
/// Decisions (docs/DECISIONS.md): invalid UTF-8 is replaced by U+FFFD with a
/// warning, never refused, so a web page saved with one bad byte still opens;
/// NUL bytes near the start mean a binary file, refused with a clear reason;
/// CRLF and lone CR become LF (the removed CRs are remembered so an offset can be
/// mapped back to the file); a leading BOM is dropped. Nothing is NFC-normalised:
/// the text keeps the scalars the user typed, and only lookup keys are normalised.
public struct DecodedText: Sendable {
    public enum LineEndings: String, Sendable { case lf, crlf, cr, mixed, none }

    public var scalars: ScalarText
    /// The same text as a String when decoding changed nothing (saves a copy).
    public var unchangedString: String?
    public var lineEndings: LineEndings
    /// Offsets in the decoded text from which on one more file scalar lies behind
    /// (each CRLF became one LF).
    public var droppedCarriageReturns: [Int]
    public var hadByteOrderMark: Bool
    public var invalidSequencesReplaced: Int
    public var warnings: [String]
    /// The scalar offset index, when decoding built it on the way.
    public var offsetIndex: ScalarOffsetIndex? = nil

    /// The offset in the decoded text of scalar offset `fileOffset` in the
    /// original file (the inverse of `originalOffset`; an offset between a
    /// dropped CR and its LF goes to the line break's place).
    public func textOffset(fromFileOffset fileOffset: Int) -> Int {
        var lo = 0, hi = max(0, fileOffset)
        while lo < hi {   // the first text offset whose file offset is at or past it
            let mid = (lo + hi) / 2
            if originalOffset(mid) < fileOffset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Maps an offset in the decoded text to the scalar offset in the original file.
    public func originalOffset(_ offset: Int) -> Int {
        // Count the dropped scalars at or before `offset` (binary search).
        var lo = 0, hi = droppedCarriageReturns.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if droppedCarriageReturns[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return offset + lo + (hadByteOrderMark ? 1 : 0)
    }
}

public enum TextDecodingError: Error, Equatable, CustomStringConvertible {
    case binary(byteOffset: Int)

    public var description: String {
        switch self {
        case .binary(let offset):
            return "looks like a binary file (NUL byte at offset \(offset)), not text"
        }
    }
}

public enum TextDecoding {
    /// How far into the file a NUL byte marks it as binary (as git and grep do).
    public static let binaryProbeLength = 8192

    public static func decode(_ bytes: [UInt8]) throws -> DecodedText {
        // UTF-16 with its byte order mark (what some Windows editors save): read
        // as such, and said, rather than refused as binary for its NUL bytes.
        // (UTF-32's mark first: its little-endian form starts with UTF-16's.)
        for (width, read) in [(32, utf32Text), (16, utf16Text)] {
            guard let text = read(bytes) else { continue }
            var decoded = decode(text)
            decoded.warnings.append("read as UTF-\(width) (its byte order mark says so); offsets count in the text, not the file's bytes")
            return decoded
        }
        let probe = min(bytes.count, binaryProbeLength)
        // (memchr: a short article is all probe, and a Swift loop over it was a
        // fifth of its decoding.)
        if let nul = bytes.withUnsafeBufferPointer({ ByteSearch.firstIndex(of: 0, in: UnsafeBufferPointer(rebasing: $0[0..<probe])) }) {
            throw TextDecodingError.binary(byteOffset: nul)
        }
        // Fast path: valid UTF-8 with no CR and no BOM is decoded and checked in
        // one pass (two halves at once for a big file), with no String made: the
        // analysis reads scalars, and `Document.text` is made only if asked for.
        if let fast = bytes.withUnsafeBufferPointer({ plainScalars(utf8: $0, validating: true) }) {
            let style: DecodedText.LineEndings = bytes.withUnsafeBufferPointer { ByteSearch.contains(0x0A, in: $0) } ? .lf : .none
            return DecodedText(
                scalars: fast.scalars, unchangedString: nil, lineEndings: style, droppedCarriageReturns: [],
                hadByteOrderMark: false, invalidSequencesReplaced: 0, warnings: [], offsetIndex: fast.index)
        }
        let (string, replaced) = decodeUTF8(bytes)
        var decoded = decode(string, invalidSequencesReplaced: replaced)
        // Not UTF-8 at all (no valid sequence of two bytes or more): likely a
        // Windows-1252 / Latin-1 file, as news archives hold many of. The bytes
        // are still replaced (docs/DECISIONS.md 3: a reader cannot tell such a
        // file from a damaged one), and the warning says how to convert it.
        if replaced > 0, looksLikeWindows1252(bytes) {
            decoded.warnings = decoded.warnings.map {
                $0.hasPrefix("replaced ") ? $0 + " (it may be Windows-1252 or Latin-1 text: iconv -f CP1252 -t UTF-8 converts it)" : $0
            }
        }
        return decoded
    }

    /// The text of UTF-16 bytes that start with a byte order mark, or nil.
    /// The text of UTF-32 bytes with their byte order mark (`FF FE 00 00` or
    /// `00 00 FE FF`), a value that is no scalar read as U+FFFD; nil without the mark.
    static func utf32Text(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 4 else { return nil }
        let little: Bool
        switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
        case (0xFF, 0xFE, 0x00, 0x00): little = true
        case (0x00, 0x00, 0xFE, 0xFF): little = false
        default: return nil
        }
        var scalars = String.UnicodeScalarView()
        var i = 4
        while i + 3 < bytes.count {
            let b = (UInt32(bytes[i]), UInt32(bytes[i + 1]), UInt32(bytes[i + 2]), UInt32(bytes[i + 3]))
            let value = little ? b.0 | b.1 << 8 | b.2 << 16 | b.3 << 24 : b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            i += 4
        }
        return String(scalars)
    }

    static func utf16Text(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let little: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): little = true
        case (0xFE, 0xFF): little = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Whether `bytes` hold no valid UTF-8 sequence of two bytes or more but
    /// bytes above 0x7F: what a Windows-1252 or Latin-1 file looks like.
    static func looksLikeWindows1252(_ bytes: [UInt8]) -> Bool {
        var high = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x80 { high = true }
            let length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 1
            if length > 1, i + length <= bytes.count, (1..<length).allSatisfy({ bytes[i + $0] & 0xC0 == 0x80 }) { return false }
            i += 1
        }
        return high
    }

    public static func decode(_ string: String) -> DecodedText {
        decode(string, invalidSequencesReplaced: 0)
    }

    static func decode(_ string: String, invalidSequencesReplaced: Int) -> DecodedText {
        // Fast path: no CR and no BOM, so the scalars are the text as it is.
        if let (fast, index) = plainScalars(string) {
            var text = string
            let style: DecodedText.LineEndings = text.withUTF8 { ByteSearch.contains(0x0A, in: $0) } ? .lf : .none
            var warnings: [String] = []
            if invalidSequencesReplaced > 0 {
                warnings.append("replaced \(invalidSequencesReplaced) invalid UTF-8 sequence(s) with U+FFFD")
            }
            return DecodedText(
                scalars: fast, unchangedString: string, lineEndings: style, droppedCarriageReturns: [],
                hadByteOrderMark: false, invalidSequencesReplaced: invalidSequencesReplaced, warnings: warnings,
                offsetIndex: index)
        }
        // A CR or a BOM is there, so normalising changes the text.
        return normalise(string.unicodeScalars, invalidSequencesReplaced: invalidSequencesReplaced)
    }

    static func decodeUTF8(_ bytes: [UInt8]) -> (String, Int) {
        if let valid = String(validating: bytes, as: UTF8.self) { return (valid, 0) }
        // Count the sequences that the lossy decoder replaces.
        var replaced = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: replaced += 1
            case .emptyInput: break loop
            }
        }
        return (String(decoding: bytes, as: UTF8.self), replaced)
    }

    /// The scalars of `string` decoded straight from its UTF-8, with the offset
    /// index's checkpoints taken on the way; nil when it holds a CR or starts with
    /// a BOM (those go through `normalise`).
    static func plainScalars(_ string: String) -> (scalars: ScalarText, index: ScalarOffsetIndex)? {
        var string = string
        return string.withUTF8 { plainScalars(utf8: $0, validating: false) }   // a String is valid UTF-8
    }

    /// The same over UTF-8 bytes; with `validating`, also nil when they are not
    /// valid UTF-8 (the caller then repairs them the slow way).
    ///
    /// The text is decoded narrow, one byte a scalar (`ScalarText`), and goes
    /// wide only if it needs more than 32 slots. A big text is decoded in two
    /// halves at once, each written straight to its place in the one array;
    /// each half fills a table of its own, and the second half's slot bytes are
    /// renumbered afterwards if the two tables came in a different order.
    static func plainScalars(utf8 bytes: UnsafeBufferPointer<UInt8>, validating: Bool)
        -> (scalars: ScalarText, index: ScalarOffsetIndex)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return nil }
        if ByteSearch.contains(0x0D, in: bytes) { return nil }
        let n = bytes.count
        var cuts = [0]
        if n > Document.parallelThreshold {
            var m = n / 2
            while m < n, bytes[m] & 0xC0 == 0x80 { m += 1 }   // not inside a scalar
            cuts.append(m)
        }
        cuts.append(n)
        let shared = Unchecked(bytes)   // read by both threads
        let ends = cuts
        let counts = Parallel.map(cuts.count - 1) { k in
            scalarCount(UnsafeBufferPointer(rebasing: shared.value[ends[k]..<ends[k + 1]]))
        }
        var firstScalar = [0]
        for count in counts { firstScalar.append(firstScalar.last! + count) }
        let total = firstScalar.last!
        let ranges = cuts, starts = firstScalar
        let stride = ScalarOffsetIndex.stride
        var checkpoints = [UInt32](repeating: 0, count: (total + stride - 1) / stride)
        var parts: [NarrowPart] = []
        var narrow = [UInt8](unsafeUninitializedCapacity: total) { out, count in
            checkpoints.withUnsafeMutableBufferPointer { points in
                let shared = Unchecked((bytes, out, points))   // each thread writes its own part
                parts = Parallel.map(cuts.count - 1) { p in
                    let (bytes, out, points) = shared.value
                    FreshMemory.populate(out.baseAddress! + starts[p], count: starts[p + 1] - starts[p])
                    return decodeNarrow(bytes, into: out, checkpoints: points, from: ranges[p], to: ranges[p + 1],
                                        firstScalar: starts[p], validating: validating)
                }
            }
            count = total   // bytes need no initialising: the ones not written are never read
        }
        guard parts.allSatisfy(\.valid) else { return nil }
        let index = { ScalarOffsetIndex(checkpoints: checkpoints, scalarCount: total, utf8Count: n) }
        if parts.allSatisfy({ $0.overflow == nil }), let slots = oneTable(parts, starts, &narrow) {
            return (ScalarText(bytes: narrow, slots: slots), index())
        }
        // Over 32 slots: the narrow parts are widened and the rest decoded wide.
        let done = parts
        var valid = true
        let wide = [Unicode.Scalar](unsafeUninitializedCapacity: total) { out, count in
            narrow.withUnsafeBufferPointer { narrow in
                checkpoints.withUnsafeMutableBufferPointer { points in
                    let shared = Unchecked((bytes, narrow, out, points))
                    let results = Parallel.map(done.count) { p in
                        let (bytes, narrow, out, points) = shared.value
                        let stop = done[p].overflow ?? .init(byte: ranges[p + 1], scalar: starts[p + 1])
                        widen(narrow, starts[p]..<stop.scalar, table: done[p].slots, into: out)
                        return decode(bytes, into: out, checkpoints: points, from: stop.byte, to: ranges[p + 1],
                                      firstScalar: stop.scalar, validating: validating)
                    }
                    valid = !results.contains(false)
                }
            }
            count = valid ? total : 0
        }
        guard valid else { return nil }
        return (ScalarText(wide: wide), index())
    }

    /// Scalars in valid UTF-8: the bytes that are not continuation bytes.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var continuation = 0
        var i = 0
        // Eight bytes at a time: a continuation byte is 10xxxxxx, so its top bit
        // is set and the next one is clear. The marks (one bit a byte, moved to
        // the byte's lowest bit) are added up by a multiplication into the top
        // byte: `nonzeroBitCount` is a dozen instructions on the baseline x86-64
        // the release is built for, which has no POPCNT.
        while i + 8 <= bytes.count {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let marks = (w & ~(w << 1) & 0x8080_8080_8080_8080) >> 7
            continuation &+= Int((marks &* 0x0101_0101_0101_0101) >> 56)
            i &+= 8
        }
        while i < bytes.count {
            if bytes[i] & 0xC0 == 0x80 { continuation &+= 1 }
            i &+= 1
        }
        return bytes.count - continuation
    }

    /// Decodes UTF-8 `from..<to` (whole scalars) into `out` from `firstScalar`
    /// on, noting the UTF-8 offset of every `stride`-th scalar. With `validating`,
    /// stops and returns false at the first ill-formed sequence (a bad lead or
    /// continuation byte, a truncated, overlong or surrogate sequence, or one
    /// beyond U+10FFFF); it never writes more scalars than the lead bytes counted.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<Unicode.Scalar>,
                       checkpoints points: UnsafeMutableBufferPointer<UInt32>, from: Int, to: Int, firstScalar: Int,
                       validating: Bool) -> Bool {
        let mask = ScalarOffsetIndex.stride - 1
        var i = from, k = firstScalar
        let base = bytes.baseAddress!
        // Unicode.Scalar is a UInt32 underneath: the fast path writes the values.
        return out.baseAddress!.withMemoryRebound(to: UInt32.self, capacity: out.count) { target -> Bool in
            while i < to {
                // Eight ASCII bytes at a time: one load and one test, then widened.
                if i &+ 8 <= to {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        let checkpoint = (k &+ mask) & ~mask   // the first multiple of the stride at or after k
                        if checkpoint < k &+ 8 { points[checkpoint / ScalarOffsetIndex.stride] = UInt32(truncatingIfNeeded: i &+ (checkpoint &- k)) }
                        for j in 0..<8 { target[k &+ j] = UInt32(truncatingIfNeeded: word >> (UInt64(j) &* 8)) & 0xFF }
                        i &+= 8
                        k &+= 8
                        continue
                    }
                }
                let b0 = UInt32(bytes[i])
                // Checked before anything is written: a stray continuation byte was
                // not counted as a scalar, so there is no room for it.
                if validating, b0 >= 0x80, !isWellFormed(bytes, at: i, to: to) { return false }
                if k & mask == 0 { points[k / ScalarOffsetIndex.stride] = UInt32(truncatingIfNeeded: i) }
                target[k] = scalar(bytes, at: &i)
                k &+= 1
            }
            return true
        }
    }

    /// The value of the scalar of well-formed UTF-8 at `i`, and `i` moved past it.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
        let b0 = UInt32(bytes[i])
        var v: UInt32
        if b0 < 0x80 { v = b0; i &+= 1 }
        else if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i &+= 2 }
        else if b0 < 0xF0 {
            v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i &+= 3
        } else {
            v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
            i &+= 4
        }
        return v
    }

    /// Whether the multi-byte sequence at `i` (lead byte ≥ 0x80) is well formed
    /// and ends before `to` (Unicode, table 3-7).
    @inline(__always)
    static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, to: Int) -> Bool {
        let b0 = bytes[i]
        @inline(__always) func continuation(_ k: Int) -> Bool { i + k < to && bytes[i + k] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return continuation(1)
        case 0xE0...0xEF:
            guard continuation(1), continuation(2) else { return false }
            if b0 == 0xE0 { return bytes[i + 1] >= 0xA0 }   // overlong
            if b0 == 0xED { return bytes[i + 1] <= 0x9F }   // surrogates
            return true
        case 0xF0...0xF4:
            guard continuation(1), continuation(2), continuation(3) else { return false }
            if b0 == 0xF0 { return bytes[i + 1] >= 0x90 }   // overlong
            if b0 == 0xF4 { return bytes[i + 1] <= 0x8F }   // beyond U+10FFFF
            return true
        default:
            return false   // a continuation byte, 0xC0, 0xC1 or 0xF5...0xFF as a lead
        }
    }

    static func normalise(_ view: String.UnicodeScalarView, invalidSequencesReplaced: Int) -> DecodedText {
        var out = ScalarText.Builder()
        out.reserveCapacity(view.count)
        var dropped: [Int] = []
        var sawLF = false, sawCRLF = false, sawCR = false
        var bom = false
        var previousWasCR = false
        for scalar in view {
            if out.count == 0 && !bom && scalar.value == 0xFEFF {
                bom = true
                continue
            }
            if scalar == "\r" {
                if previousWasCR { sawCR = true } // the earlier CR was lone; it already became LF
                out.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" {
                if previousWasCR {
                    // CRLF: the LF already written stands for the pair.
                    sawCRLF = true
                    dropped.append(out.count)
                    previousWasCR = false
                    continue
                }
                sawLF = true
            } else if previousWasCR {
                sawCR = true
            }
            previousWasCR = false
            out.append(scalar)
        }
        if previousWasCR { sawCR = true }
        let kinds = [sawLF, sawCRLF, sawCR].filter { $0 }.count
        let style: DecodedText.LineEndings =
            kinds > 1 ? .mixed : sawCRLF ? .crlf : sawCR ? .cr : sawLF ? .lf : .none
        var warnings: [String] = []
        if invalidSequencesReplaced > 0 {
            warnings.append("replaced \(invalidSequencesReplaced) invalid UTF-8 sequence(s) with U+FFFD")
        }
        return DecodedText(
            scalars: out.text(), unchangedString: nil, lineEndings: style, droppedCarriageReturns: dropped,
            hadByteOrderMark: bom, invalidSequencesReplaced: invalidSequencesReplaced, warnings: warnings)
    }
}

extension String {
    /// A string from scalars, through one UTF-8 buffer (much faster than
    /// appending to a `UnicodeScalarView` one scalar at a time).
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        // Encoded straight into the string's storage (at most 4 bytes a scalar).
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var k = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buffer[k] = UInt8(truncatingIfNeeded: v)
                    k += 1
                } else {
                    UTF8.encode(s) { buffer[k] = $0; k += 1 }
                }
            }
            return k
        }
    }
}
