import Foundation
import Testing
@testable import HearsayCore

/// `JSONStreamWriter` copies plain text in blocks and escapes the rest; any
/// string must come back unchanged through a real JSON parser, with no raw
/// control character, U+2028/U+2029 or C1 control left in the output, whether
/// it is written from a `String` or from a document's scalars.
@Suite struct JSONStringEscapeTests {
    static let pool: [Unicode.Scalar] = ["a", "Z", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{7F}",
                                         "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "é", "\u{2019}", "\u{201C}", "\u{2028}",
                                         "\u{2029}", "\u{202F}", "€", "中", "𝄞"]

    @Test func randomStringsRoundTrip() throws {
        var generator = SplitMix64(seed: 1957)
        for length in 0..<200 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<length { scalars.append(Self.pool[generator.below(Self.pool.count)]) }
            let text = String(String.UnicodeScalarView(scalars))
            let fromString = JSONTestWriting.compact { $0.string(text) }
            // From a document's text, narrow (one byte a scalar) and wide.
            for stored in [ScalarText(scalars), ScalarText(wide: scalars)] {
                #expect(JSONTestWriting.compact { $0.string(stored[...]) } == fromString)
            }
            let parsed = try JSONSerialization.jsonObject(with: Data(fromString), options: [.fragmentsAllowed]) as? String
            #expect(parsed == text)
            let written = String(decoding: fromString, as: UTF8.self).unicodeScalars
            #expect(!written.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) || $0.value == 0x2028 || $0.value == 0x2029 })
        }
    }
}

/// Integers are written digit by digit, with no `String` made: the same text.
@Suite struct JSONIntegerTests {
    static let values: [Int] = [0, 7, -7, 10, 99, 100, -1_000_000, 1 << 40, Int.max, Int.min, Int.max - 1, Int.min + 1]
        + (0...18).flatMap { k -> [Int] in
            let power = (0..<k).reduce(1) { r, _ in r * 10 }
            return [power - 1, power, power + 1, -(power - 1), -power, -(power + 1)]
        }

    @Test func integersAreWrittenAsSwiftPrintsThem() {
        for value in Self.values {
            #expect(String(decoding: JSONTestWriting.compact { w in
                w.beginArray()
                w.int(value)
                w.endArray()
            }, as: UTF8.self) == "[\(value)]")
        }
    }
}

/// What the tests write through a `JSONStreamWriter`, as one array of bytes.
enum JSONTestWriting {
    static func compact(pretty: Bool = false, _ write: (inout JSONStreamWriter) -> Void) -> [UInt8] {
        var bytes: [UInt8] = []
        var writer = JSONStreamWriter(pretty: pretty) { bytes += $0 }
        write(&writer)
        writer.finish()
        return bytes
    }
}
