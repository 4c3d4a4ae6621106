import Testing
@testable import HearsayCore

/// `JSONText`'s fast paths (eight bytes or scalars at a time, the last block
/// overlapping, short words, only two lead bytes decoded) against the one rule
/// they stand for, `isEscaped` and `escape`, applied a scalar at a time.
@Suite struct JSONTextTests {
    /// The escaped text of `scalars` by the rule alone.
    static func reference(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        var out: [UInt8] = []
        for s in scalars {
            if JSONText.isEscaped(s.value) {
                var escape = [UInt8](repeating: 0, count: 6)
                let n = escape.withUnsafeMutableBufferPointer { JSONText.escape(s.value, into: $0.baseAddress!) }
                out += escape[..<n]
            } else {
                out += Array(String(Character(s)).utf8)
            }
        }
        return out
    }

    static func escaped(scalars: [Unicode.Scalar]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: scalars.count * JSONText.maxBytesPerUnit)
        let n = scalars.withUnsafeBufferPointer { s in
            out.withUnsafeMutableBufferPointer { JSONText.escaped(scalars: s, into: $0.baseAddress!) }
        }
        return Array(out[..<n])
    }

    static func escaped(utf8 text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        var out = [UInt8](repeating: 0, count: bytes.count * JSONText.maxBytesPerUnit)
        let n = bytes.withUnsafeBufferPointer { s in
            out.withUnsafeMutableBufferPointer { JSONText.escaped(utf8: s, into: $0.baseAddress!) }
        }
        return Array(out[..<n])
    }

    static let allScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test func theRuleEscapesControlsQuotesBackslashAndLineSeparators() {
        #expect(Self.reference(["\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}",
                                "\u{9F}", "\u{2028}", "\u{2029}"])
                == Array(#"\"\\\n\r\t\u0008\u000c\u0000\u001f\u007f\u0085\u009f\u2028\u2029"#.utf8))
        #expect(Self.reference([" ", "~", "/", "\u{A0}", "é", "\u{2027}", "\u{202A}", "😀"]) == Array(" ~/\u{A0}é\u{2027}\u{202A}😀".utf8))
    }

    @Test func fastTestsAgreeWithTheRuleForEveryScalar() {
        for s in Self.allScalars {
            let v = s.value
            #expect(JSONText.isPlainASCII(v) == (v < 0x80 && !JSONText.isEscaped(v)), "U+\(String(v, radix: 16))")
            // Only the leads 0xC2 and 0xE2 start an escaped non-ASCII scalar.
            if v >= 0x80 && JSONText.isEscaped(v) {
                #expect([0xC2, 0xE2].contains(String(Character(s)).utf8.first!), "U+\(String(v, radix: 16))")
            }
        }
    }

    @Test func everyScalarAloneAndAmongPlainText() {
        // Alone, then at every place of a block of eight and of the overlapping last block.
        for s in Self.allScalars {
            #expect(Self.escaped(scalars: [s]) == Self.reference([s]))
        }
        let special: [Unicode.Scalar] = ["\"", "\\", "\u{0}", "\u{1F}", " ", "~", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}",
                                         "é", "\u{2028}", "\u{2029}", "\u{FFFD}", "😀"]
        for length in 1...27 {
            for position in 0..<length {
                for s in special {
                    var scalars = Array("abcdefghijklmnopqrstuvwxyz0".unicodeScalars.prefix(length))
                    scalars[position] = s
                    let text = String(String.UnicodeScalarView(scalars))
                    #expect(Self.escaped(scalars: scalars) == Self.reference(scalars), "\(length) \(position) \(s.value)")
                    #expect(Self.escaped(utf8: text) == Self.reference(scalars), "\(length) \(position) \(s.value)")
                }
            }
        }
    }

    @Test func randomTextsFromUTF8AndFromScalarsAgree() {
        var generator = SplitMix64(seed: 8259)
        let pool: [Unicode.Scalar] = Array("aZ 0~/'".unicodeScalars) + ["\"", "\\", "\n", "\u{1}", "\u{7F}", "\u{80}", "\u{85}",
                                                                           "\u{A0}", "\u{C2}", "\u{E2}", "é", "\u{2000}", "\u{2028}",
                                                                           "\u{2029}", "\u{202F}", "€", "中", "𝄞"]
        for _ in 0..<3000 {
            // Mostly plain words, so the block paths are taken too.
            let scalars: [Unicode.Scalar] = (0..<generator.below(40)).map { _ in
                generator.below(4) == 0 ? pool[generator.below(pool.count)] : "x"
            }
            let expected = Self.reference(scalars)
            #expect(Self.escaped(scalars: scalars) == expected)
            #expect(Self.escaped(utf8: String(String.UnicodeScalarView(scalars))) == expected)
        }
    }

    @Test func wordTestsAgreeWithTheByteTest() {
        var generator = SplitMix64(seed: 64)
        for _ in 0..<20_000 {
            // Plain bytes with, often, one byte of any value.
            var bytes = (0..<8).map { _ in UInt8(0x20 + generator.below(0x5F)) }.map { $0 == 0x22 || $0 == 0x5C ? 0x41 : $0 }
            if generator.below(2) == 0 { bytes[generator.below(8)] = UInt8(generator.below(256)) }
            let plain = bytes.allSatisfy { JSONText.isPlainASCII(UInt32($0)) }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let half = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
            #expect(JSONText.isPlainASCII(word: word) == plain, "\(bytes)")
            #expect(JSONText.isPlainASCII(word: half) == bytes.prefix(4).allSatisfy { JSONText.isPlainASCII(UInt32($0)) }, "\(bytes)")
        }
        for b in 0...255 {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = UInt8(b)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(JSONText.isPlainASCII(word: word) == JSONText.isPlainASCII(UInt32(b)), "\(b) at \(position)")
            }
        }
    }

    @Test func digitCounts() {
        var power: UInt = 1
        for digits in 1...19 {
            #expect(JSONText.digitCount(power) == digits)
            #expect(JSONText.digitCount(power * 10 - 1) == digits)
            power *= 10
        }
        #expect(JSONText.digitCount(0) == 1)
        #expect(JSONText.digitCount(UInt.max) == 20)
    }

    /// Doubles as `JSONValue` always printed them: whole ones below 1e15 as
    /// integers, the rest as Swift's `description`, and null when not finite.
    @Test func doublesAreWrittenAsBefore() {
        func before(_ d: Double) -> String {
            d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)) : "null"
        }
        var values: [Double] = [0.85, 0.9, 0.32, 0.4, 0.7, 0.75, 0.1 + 0.2, 1, 0, -0.0, -2.5, 1e15, 1e15 - 1, -(1e15 - 1),
                                1e16, 123_456_789_012_345, 1e-7, 5e-324, 2.2250738585072014e-308, -2.2250738585072014e-308,
                                .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .nan, .infinity, -.infinity,
                                1.5e300, 0.1, 100.25]
        values += (0..<40).map { Double($0) / 7 }   // more distinct numbers than are remembered
        let written = String(decoding: JSONTestWriting.compact { w in
            w.beginArray()
            for _ in 0..<2 { for d in values { w.double(d) } }   // twice: the second time from memory
            w.endArray()
        }, as: UTF8.self)
        let expected = "[" + (values + values).map(before).joined(separator: ",") + "]"
        #expect(written == expected)
    }
}

/// The writer's structure: separators, pretty layout, long strings in pieces,
/// the buffer handed over in pieces.
@Suite struct JSONStreamWriterTests {
    @Test func prettyLayoutIsTheOneJSONValueAlwaysHad() {
        let value: JSONValue = .object([("a", .array([])), ("b", .object([])), ("c", .array([.int(1), .object([("d", .null)])])),
                                        ("e \"q\"", .string("x\n")), ("f", .bool(true)), ("g", .double(0.5))])
        #expect(value.serialized(pretty: true) == """
            {
              "a": [],
              "b": {},
              "c": [
                1,
                {
                  "d": null
                }
              ],
              "e \\"q\\"": "x\\n",
              "f": true,
              "g": 0.5
            }
            """)
        #expect(value.serialized() == #"{"a":[],"b":{},"c":[1,{"d":null}],"e \"q\"":"x\n","f":true,"g":0.5}"#)
        #expect(JSONValue.string("only").serialized(pretty: true) == #""only""#)
    }

    @Test func idsArePrefixAndNumber() {
        #expect(String(decoding: JSONTestWriting.compact { w in
            w.beginArray()
            w.string("q", 12)
            w.string("q", -3)
            w.endArray()
        }, as: UTF8.self) == #"["q12","q-3"]"#)
        var builder = JSONTreeBuilder()
        builder.string("q", 12)
        #expect(builder.result == .string("q12"))
    }

    @Test func longStringsAreCutBetweenScalarsAndTheBufferGoesInPieces() {
        // Far longer than a piece and than the buffer, with multi-byte scalars
        // and escapes at every offset, from a String and from scalars.
        let unit: [Unicode.Scalar] = Array("ab\"é中𝄞\n".unicodeScalars)
        let scalars = (0..<100_000).map { unit[$0 % unit.count] } + Array("xyz".unicodeScalars)
        let text = String(String.UnicodeScalarView(scalars))
        let expected = [UInt8(ascii: "\"")] + JSONTextTests.reference(scalars) + [UInt8(ascii: "\"")]
        let narrow = ScalarText(scalars), wide = ScalarText(wide: scalars)
        #expect(narrow.isNarrow)
        for fromScalars in [nil, narrow, wide] {
            var pieces: [Int] = []
            var bytes: [UInt8] = []
            var writer = JSONStreamWriter { pieces.append($0.count); bytes += $0 }
            if let fromScalars { writer.string(fromScalars[...]) } else { writer.string(text) }
            writer.finish()
            #expect(bytes == expected)
            #expect(pieces.count > 2 && pieces.allSatisfy { $0 <= 1 << 16 })
        }
    }

    @Test func theShapeGivesTheSameTextThroughTheTreeAndTheStream() {
        let text = """
            Nadia Karimi runs the archive. “We take it seriously,” she said.

            The board called the plan “a step backwards” on Monday. “No,” said Omar Haddad, “it is \u{1B}[31mnot\u{2028}.”
            """
        let a = TestSupport.analyze(text)
        for fileOffsets in [false, true] {
            var streamed: [UInt8] = []
            AnalysisJSON.write(a, path: "a \"b\".txt", sha256: "x", warnings: ["w\t1"], fileOffsets: fileOffsets) { streamed += $0 }
            let tree = AnalysisJSON.value(a, path: "a \"b\".txt", sha256: "x", warnings: ["w\t1"], fileOffsets: fileOffsets)
            #expect(String(decoding: streamed, as: UTF8.self) == tree.serialized())
        }
    }
}
