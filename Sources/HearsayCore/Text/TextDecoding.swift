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

    public var scalars: [Unicode.Scalar]
    /// The same text as a String when decoding changed nothing (saves a copy).
    public var unchangedString: String?
    public var lineEndings: LineEndings
    /// Offsets in the decoded text from which on one more file scalar lies behind
    /// (each CRLF became one LF).
    public var droppedCarriageReturns: [Int]
    public var hadByteOrderMark: Bool
    public var invalidSequencesReplaced: Int
    public var warnings: [String]

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
        let probe = min(bytes.count, binaryProbeLength)
        if let nul = bytes[0..<probe].firstIndex(of: 0) {
            throw TextDecodingError.binary(byteOffset: nul)
        }
        let (string, replaced) = decodeUTF8(bytes)
        return decode(string, invalidSequencesReplaced: replaced)
    }

    public static func decode(_ string: String) -> DecodedText {
        decode(string, invalidSequencesReplaced: 0)
    }

    static func decode(_ string: String, invalidSequencesReplaced: Int) -> DecodedText {
        // Fast path: no CR and no BOM, so the scalars are the text as it is.
        if let fast = plainScalars(string) {
            let style: DecodedText.LineEndings = fast.contains("\n") ? .lf : .none
            var warnings: [String] = []
            if invalidSequencesReplaced > 0 {
                warnings.append("replaced \(invalidSequencesReplaced) invalid UTF-8 sequence(s) with U+FFFD")
            }
            return DecodedText(
                scalars: fast, unchangedString: string, lineEndings: style, droppedCarriageReturns: [],
                hadByteOrderMark: false, invalidSequencesReplaced: invalidSequencesReplaced, warnings: warnings)
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

    /// The scalars of `string` decoded straight from its UTF-8, or nil when it
    /// holds a CR or starts with a BOM (those go through `normalise`).
    static func plainScalars(_ string: String) -> [Unicode.Scalar]? {
        var string = string
        return string.withUTF8 { bytes -> [Unicode.Scalar]? in
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return nil }
            if bytes.contains(0x0D) { return nil }
            return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                // The bytes are valid UTF-8 (a native String), so decode without checks.
                var i = 0, k = 0
                let n = bytes.count
                while i < n {
                    let b0 = UInt32(bytes[i])
                    var v: UInt32
                    if b0 < 0x80 { v = b0; i += 1 }
                    else if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2 }
                    else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    out.initializeElement(at: k, to: Unicode.Scalar(v).unsafelyUnwrapped)
                    k += 1
                }
                count = k
            }
        }
    }

    static func normalise(_ view: String.UnicodeScalarView, invalidSequencesReplaced: Int) -> DecodedText {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(view.count)
        var dropped: [Int] = []
        var sawLF = false, sawCRLF = false, sawCR = false
        var bom = false
        var previousWasCR = false
        for scalar in view {
            if out.isEmpty && !bom && scalar.value == 0xFEFF {
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
            scalars: out, unchangedString: nil, lineEndings: style, droppedCarriageReturns: dropped,
            hadByteOrderMark: bom, invalidSequencesReplaced: invalidSequencesReplaced, warnings: warnings)
    }
}

extension String {
    /// A string from scalars, through one UTF-8 buffer (much faster than
    /// appending to a `UnicodeScalarView` one scalar at a time).
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else {
                UTF8.encode(s) { bytes.append($0) }
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
