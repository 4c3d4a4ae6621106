import Testing
@testable import HearsayCore

/// The fast decoder checks UTF-8 itself: every ill-formed sequence must send
/// the file down the repairing path (U+FFFD and a warning), exactly as the
/// standard library's validation would, and well-formed text must decode as is.
@Suite struct UTF8ValidationTests {
    static let illFormed: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xC2], [0xC2, 0x41], [0xE0, 0x80, 0xAF], [0xE0, 0x9F, 0xBF],
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xE2, 0x82], [0xE2, 0x28, 0xA1], [0xF0, 0x80, 0x80, 0xAF],
        [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0xFF], [0xFE],
    ]

    @Test func illFormedSequencesAreRepairedAndWarned() throws {
        for bad in Self.illFormed {
            for (before, after) in [("", ""), ("Plain text, ", " and more."), (String(repeating: "a", count: 13), "z")] {
                let bytes = Array(before.utf8) + bad + Array(after.utf8)
                #expect(String(validating: bytes, as: UTF8.self) == nil)
                let decoded = try TextDecoding.decode(bytes)
                #expect(decoded.invalidSequencesReplaced > 0, "\(bad)")
                #expect(decoded.scalars == ScalarText(String(decoding: bytes, as: UTF8.self).unicodeScalars), "\(bad)")
                #expect(!decoded.warnings.isEmpty)
            }
        }
    }

    @Test func wellFormedEdgesDecodeAsTheyAre() throws {
        let text = "\u{7F}\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFD}\u{FFFF}\u{10000}\u{10FFFF} é ’ “ ” 中 𝄞"
        for repeats in [1, 3, 40_000] {   // the last is over 1 MB: two halves
            let whole = String(repeating: text + "\n", count: repeats)
            let decoded = try TextDecoding.decode(Array(whole.utf8))
            #expect(decoded.invalidSequencesReplaced == 0)
            #expect(decoded.scalars == ScalarText(whole.unicodeScalars))
            #expect(decoded.warnings.isEmpty)
        }
    }

    /// A big file with one bad byte in its second half is repaired too.
    @Test func aBadByteInTheSecondHalfIsCaught() throws {
        var bytes = Array(String(repeating: "Line of text “quoted”.\n", count: 60_000).utf8)
        bytes[bytes.count * 3 / 4] = 0xFF
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.invalidSequencesReplaced == 1)
        #expect(decoded.scalars == ScalarText(String(decoding: bytes, as: UTF8.self).unicodeScalars))
    }

    /// The scalar count that places the second half's scalars: eight bytes at a
    /// time (the continuation bytes added up by a multiplication) must agree
    /// with the standard library's count for every mix of one- to four-byte
    /// scalars, every length (the tail of fewer than eight bytes) and offset.
    @Test func scalarCountAgreesWithTheStandardLibrary() {
        var rng = SplitMix64(seed: 7)
        let pieces = ["a", " ", "é", "’", "“", "€", "ж", "😀", "\u{10FFFF}", "中文"]
        for length in 0..<200 {
            var text = ""
            for _ in 0..<length { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let bytes = Array(text.utf8)
            for offset in 0..<min(bytes.count, 9) where bytes[offset] & 0xC0 != 0x80 {
                let tail = Array(bytes[offset...])
                let expected = String(decoding: tail, as: UTF8.self).unicodeScalars.count
                #expect(tail.withUnsafeBufferPointer { TextDecoding.scalarCount($0) } == expected)
            }
        }
        // Eight continuation-heavy scalars in a row: every byte of a word counted.
        let dense = Array(String(repeating: "😀", count: 64).utf8)
        #expect(dense.withUnsafeBufferPointer { TextDecoding.scalarCount($0) } == 64)
    }
}
