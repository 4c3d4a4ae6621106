import Testing
import Foundation
import HearsayCore

@Suite struct OffsetIndexTests {
    /// Emoji (with ZWJ sequences, flags and skin tones), CJK, combining marks and
    /// right-to-left script, repeated past several checkpoints of the index.
    static let mixed: String = {
        let piece = "Tea \u{1F375} in 北京 and Kabul\u{1F1E6}\u{1F1EB}; cafe\u{301} \u{1F469}\u{1F3FD}\u{200D}\u{1F4BB} said “مرحبا” — \u{0915}\u{094D}\u{0937} ok.\n"
        return String(repeating: piece, count: 9)
    }()

    @Test func everyScalarOffsetRoundTripsThroughStringIndex() {
        for text in [Self.mixed, "", "a", "\u{1F600}", String(repeating: "é", count: 200)] {
            let doc = Document(text: text)
            let scalars = Array(text.unicodeScalars)
            #expect(doc.length == scalars.count)
            for offset in 0...scalars.count {
                let index = doc.stringIndex(ofScalar: offset)
                #expect(doc.text.unicodeScalars.distance(from: doc.text.startIndex, to: index) == offset)
                #expect(doc.scalarOffset(of: index) == offset)
            }
        }
    }

    @Test func everyStringIndexOfAScalarRoundTrips() {
        let doc = Document(text: Self.mixed)
        var offset = 0
        var index = doc.text.unicodeScalars.startIndex
        while index != doc.text.unicodeScalars.endIndex {
            #expect(doc.scalarOffset(of: index) == offset)
            #expect(doc.stringIndex(ofScalar: offset) == index)
            index = doc.text.unicodeScalars.index(after: index)
            offset += 1
        }
        #expect(doc.scalarOffset(of: doc.text.endIndex) == offset)
    }

    @Test func substringsOfEveryLengthMatchTheScalars() {
        let doc = Document(text: Self.mixed)
        let scalars = Array(Self.mixed.unicodeScalars)
        for start in Swift.stride(from: 0, to: scalars.count, by: 7) {
            for length in [0, 1, 5, 23, 24, 25, 64, 65, 130] where start + length <= scalars.count {
                let expected = String(String.UnicodeScalarView(scalars[start..<(start + length)]))
                let got = doc.string(TextRange(start, start + length))
                #expect(Array(got.unicodeScalars) == Array(expected.unicodeScalars), "\(start)..<\(start + length)")
            }
        }
    }

    @Test func offsetsAfterLineEndingNormalisationIndexTheNormalisedText() {
        let doc = Document(text: Self.mixed.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(doc.text == Self.mixed)
        for offset in 0...doc.length {
            #expect(doc.scalarOffset(of: doc.stringIndex(ofScalar: offset)) == offset)
        }
    }
}
