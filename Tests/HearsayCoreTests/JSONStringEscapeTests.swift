import Foundation
import Testing
@testable import HearsayCore

/// `JSONValue.writeString` copies plain bytes in runs and escapes the rest; any
/// string must come back unchanged through a real JSON parser, with no raw
/// control character, U+2028/U+2029 or C1 control left in the output.
@Suite struct JSONStringEscapeTests {
    static let pool: [Unicode.Scalar] = ["a", "Z", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{7F}",
                                         "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "é", "\u{2019}", "\u{201C}", "\u{2028}",
                                         "\u{2029}", "\u{202F}", "€", "中", "𝄞"]

    @Test func randomStringsRoundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<200 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(Self.pool.randomElement(using: &generator)!) }
            let text = String(scalars)
            var out: [UInt8] = []
            JSONValue.writeString(text, into: &out)
            let parsed = try JSONSerialization.jsonObject(with: Data(out), options: [.fragmentsAllowed]) as? String
            #expect(parsed == text)
            let written = String(decoding: out, as: UTF8.self).unicodeScalars
            #expect(!written.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) || $0.value == 0x2028 || $0.value == 0x2029 })
        }
    }
}

/// Integers are written digit by digit, with no `String` made: the same text.
@Suite struct JSONIntegerTests {
    @Test(arguments: [0, 7, -7, 10, 99, 100, -1_000_000, 1 << 40, Int.max, Int.min])
    func integersAreWrittenAsSwiftPrintsThem(value: Int) {
        var bytes: [UInt8] = []
        var writer = JSONStreamWriter { bytes += $0 }
        writer.beginArray()
        writer.int(value)
        writer.endArray()
        writer.finish()
        #expect(String(decoding: bytes, as: UTF8.self) == "[\(value)]")
    }
}
