import Testing
@testable import HearsayCore

/// `ScalarText` holds a text one byte a scalar when it can (docs/DECISIONS.md 45):
/// which form it takes, its table of 32 slots, and that whatever the form every
/// scalar reads back as the plain `[Unicode.Scalar]` would have it.
@Suite struct ScalarTextTests {
    /// 40 distinct scalars that each need a slot.
    static let rare: [Unicode.Scalar] = (0..<40).map { Unicode.Scalar(0x0410 + $0)! }   // Cyrillic А...
    static let slotScalars: [Unicode.Scalar] = ["’", "‘", "“", "”", "–", "—", "…", "€", "•", "™", "中", "😀", "\u{85}", "\u{80}", "\u{9F}"]

    // MARK: Form

    @Test func asciiAndLatin1AreNarrowWithoutSlots() {
        let text = ScalarText("Zoë said: « Ça va ? » \u{A0}ÿ\u{7F}".unicodeScalars)
        #expect(text.isNarrow)
        #expect(text.slotScalars.isEmpty)
        #expect(text.storageBytes == text.count)
        #expect(Array(text) == Array("Zoë said: « Ça va ? » \u{A0}ÿ\u{7F}".unicodeScalars))
    }

    @Test func slotsAreGivenInTheOrderTheyCome() {
        let text: ScalarText = "It’s “fine” – 5 € … ’"
        #expect(text.isNarrow)
        #expect(text.slotScalars == ["’", "“", "”", "–", "€", "…"])
        #expect(text.bytes[2] == 0x80 && text.bytes[5] == 0x81 && text.bytes[text.count - 1] == 0x80)
        #expect(text.string == "It’s “fine” – 5 € … ’")
    }

    @Test func thirtyTwoSlotsStayNarrowAndTheThirtyThirdGoesWide() {
        let base = Array("abc é ".unicodeScalars)
        let full = base + Self.rare[0..<32] + Self.rare[0..<32].reversed() + base
        let narrow = ScalarText(full)
        #expect(narrow.isNarrow)
        #expect(narrow.slotScalars == Array(Self.rare[0..<32]))
        #expect(Array(narrow) == full)
        let over = full + [Self.rare[32]] + base + Self.rare
        let wide = ScalarText(over)
        #expect(!wide.isNarrow)
        #expect(wide.storageBytes == 4 * over.count)
        #expect(Array(wide) == over)
        for i in over.indices { #expect(wide[i] == over[i]) }
    }

    @Test func c1ControlsTakeSlotsAndReadBackAsThemselves() {
        let controls = (0x80...0x9F).map { Unicode.Scalar(UInt8($0)) }   // exactly 32
        let text = ScalarText(Array("x".unicodeScalars) + controls.reversed() + controls)
        #expect(text.isNarrow)
        #expect(text.slotScalars == controls.reversed())
        #expect(Array(text) == Array("x".unicodeScalars) + controls.reversed() + controls)
        // A curly quote beside all 32 controls is the 33rd.
        #expect(!ScalarText(controls + ["’"]).isNarrow)
    }

    @Test func emptyAndLiterals() {
        #expect(ScalarText().isEmpty && ScalarText().isNarrow)
        #expect(ScalarText() == [])
        #expect(ScalarText([Unicode.Scalar]()) == "")
        #expect(ScalarText().string(in: 0..<0) == "")
        let literal: ScalarText = ["a", "’"]
        #expect(literal == "a’")
    }

    // MARK: Collection

    @Test func slicesAndIndices() {
        let scalars = Array("He said “no” to 中文 😀.".unicodeScalars)
        for text in [ScalarText(scalars), ScalarText(wide: scalars)] {
            #expect(text.startIndex == 0 && text.endIndex == scalars.count && text.count == scalars.count)
            #expect(text.indices == 0..<scalars.count)
            let slice = text[8..<12]
            #expect(slice.startIndex == 8 && slice.count == 4)
            #expect(Array(slice) == Array(scalars[8..<12]))
            #expect(slice.first == "“" && slice.last == "”")
            #expect(text.firstIndex(of: "中") == scalars.firstIndex(of: "中"))
            #expect(Array(text.reversed()) == scalars.reversed())
        }
    }

    @Test func stringsOfRanges() {
        let scalars = Array("Plain ASCII run of text, then “quotes”, Zoë, 中文, 😀 and \u{85} at the end.".unicodeScalars)
        for text in [ScalarText(scalars), ScalarText(wide: scalars)] {
            for start in 0...scalars.count {
                for end in start...min(scalars.count, start + 20) {
                    #expect(text.string(in: start..<end) == String(String.UnicodeScalarView(scalars[start..<end])))
                }
            }
            #expect(text.string == String(String.UnicodeScalarView(scalars)))
            #expect(text.description == text.string)
        }
    }

    @Test func equalityIsOfTheScalarsWhateverTheStorage() {
        // The same scalars with the slots in another order (as two halves decoded apart can give).
        let a = ScalarText(bytes: [0x61, 0x80, 0x81], slots: ["’", "“"])
        let b = ScalarText(bytes: [0x61, 0x81, 0x80], slots: ["“", "’"])
        #expect(a == b)
        #expect(a == ScalarText(wide: Array("a’“".unicodeScalars)))
        #expect(ScalarText(wide: Array("a’“".unicodeScalars)) == a)
        #expect(a != ScalarText(bytes: [0x61, 0x80, 0x80], slots: ["’"]))
        #expect(a != "a’")
        #expect(ScalarText(wide: Array("ab".unicodeScalars)) != ScalarText(wide: Array("ac".unicodeScalars)))
    }

    @Test func theBuilderWidensWhatItHasWhenItMustGoWide() {
        var builder = ScalarText.Builder()
        var expected: [Unicode.Scalar] = []
        for (k, s) in (Self.rare + Self.rare).enumerated() {
            builder.append(s)
            builder.append(k % 2 == 0 ? "’" : "a")
            expected += [s, k % 2 == 0 ? "’" : "a"]
            #expect(builder.count == expected.count)
        }
        let text = builder.text()
        #expect(!text.isNarrow)
        #expect(Array(text) == expected)
    }

    @Test func storageLoopsSeeTheSameScalars() {
        let scalars = Array("“Zoë” – 中 😀 \u{85}".unicodeScalars)
        for text in [ScalarText(scalars), ScalarText(wide: scalars)] {
            let read = text.withUnsafeStorage(narrow: { s in (0..<s.count).map { s[$0] } },
                                              wide: { s in (0..<s.count).map { s[$0] } })
            #expect(read == scalars)
        }
    }

    // MARK: Decoding, property tests

    /// A random text from ASCII words, Latin-1 letters, curly quotes and dashes,
    /// C1 controls and rare scalars (CJK, emoji, Cyrillic), `rare` of them at most.
    static func randomText(_ g: inout SplitMix64, length: Int, rare: Int) -> [Unicode.Scalar] {
        let ascii = Array("abcdefghij klmnopqrstuvwxyzABCDEFGHIJ.,;:!?'\"\n".unicodeScalars)
        let latin1 = (0xA0...0xFF).map { Unicode.Scalar(UInt8($0)) }
        let rarePool = (Self.rare + ["中", "文", "😀", "𝄞", "\u{2028}", "\u{FFFD}", "\u{10FFFF}"]).shuffled(using: &g)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(length)
        for _ in 0..<length {
            switch g.below(100) {
            case 0..<80: out.append(ascii[g.below(ascii.count)])
            case 80..<88: out.append(latin1[g.below(latin1.count)])
            case 88..<97: out.append(Self.slotScalars[g.below(Self.slotScalars.count)])
            default: if rare > 0 { out.append(rarePool[g.below(min(rare, rarePool.count))]) }
            }
        }
        return out
    }

    /// The scalars must be the standard library's, and narrow exactly when they fit.
    static func checkDecoding(_ scalars: [Unicode.Scalar], _ what: String) throws {
        let string = String(String.UnicodeScalarView(scalars))
        let decoded = try TextDecoding.decode(Array(string.utf8))
        let expected = Array(string.unicodeScalars)   // CR and CRLF become LF; none are generated
        #expect(decoded.scalars.count == expected.count, "\(what)")
        var same = true
        for i in expected.indices where decoded.scalars[i] != expected[i] { same = false; break }
        #expect(same, "\(what): every subscript")
        #expect(Array(decoded.scalars) == expected, "\(what)")
        let needSlots = Set(expected.filter { !ScalarText.isDirect($0.value) }).count
        #expect(decoded.scalars.isNarrow == (needSlots <= ScalarText.slots), "\(what): \(needSlots) scalars need a slot")
        let index = try #require(decoded.offsetIndex)
        let reference = ScalarOffsetIndex(decoded.scalars)
        for offset in stride(from: 0, through: expected.count, by: max(1, expected.count / 200)) {
            #expect(index.utf8Offset(ofScalar: offset, in: decoded.scalars)
                    == reference.utf8Offset(ofScalar: offset, in: decoded.scalars), "\(what): offset \(offset)")
        }
        #expect(decoded.scalars.string == string, "\(what)")
    }

    @Test func randomTextsDecodeToTheirScalars() throws {
        for seed in UInt64(0)..<300 {
            var g = SplitMix64(seed: seed)
            let text = Self.randomText(&g, length: g.below(3000), rare: g.below(4) == 0 ? 47 : g.below(20))
            try Self.checkDecoding(text, "seed \(seed)")
        }
    }

    /// Over a megabyte the halves are decoded apart, each with its own table.
    @Test func bigRandomTextsDecodeInHalves() throws {
        for (seed, rare) in [(UInt64(1), 0), (2, 12), (3, 47)] {
            var g = SplitMix64(seed: seed)
            let text = Self.randomText(&g, length: 1_100_000, rare: rare)
            try Self.checkDecoding(text, "seed \(seed)")
        }
    }

    /// A text of a little over a megabyte with `first` in its first half and
    /// `second` in its second.
    static func halves(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let filler = Array(String(repeating: "Plain words of a text, “quoted”. ", count: 17_000).unicodeScalars)
        let middle = filler.count / 2
        return Array(filler[..<1000]) + first + Array(filler[1000..<middle]) + second + Array(filler[middle...])
    }

    @Test func halvesWithTheirSlotsInAnotherOrderAreRenumbered() throws {
        try Self.checkDecoding(Self.halves(["€", "…", "中"], ["中", "😀", "€"]), "other order")
        let text = try TextDecoding.decode(Array(String(String.UnicodeScalarView(Self.halves(["€", "…"], ["…", "€"]))).utf8))
        #expect(text.scalars.isNarrow)
    }

    @Test func halvesThatTogetherNeedTooManySlotsGoWide() throws {
        try Self.checkDecoding(Self.halves(Array(Self.rare[0..<20]), Array(Self.rare[20..<40])), "40 over two halves")
        try Self.checkDecoding(Self.halves(Array(Self.rare[0..<15]), Array(Self.rare[0..<15])), "15 in both halves")
    }

    @Test func aHalfWithTooManySlotsGoesWideFromThere() throws {
        try Self.checkDecoding(Self.halves(Self.rare, ["€"]), "first half")
        try Self.checkDecoding(Self.halves(["€"], Self.rare), "second half")
        try Self.checkDecoding(Self.halves(Self.rare, Self.rare.reversed()), "both halves")
        try Self.checkDecoding(Self.rare + Array("abc".unicodeScalars), "small")
    }

    /// Text with CRs goes through the builder (normalise): the same scalars, the same choice.
    @Test func normalisedTextIsCompactToo() throws {
        for seed in UInt64(0)..<40 {
            var g = SplitMix64(seed: seed)
            let text = Self.randomText(&g, length: g.below(2000), rare: seed % 3 == 0 ? 47 : 8)
            let string = String(String.UnicodeScalarView(text.flatMap { $0 == "\n" ? ["\r", "\n"] : [$0] }))
            let decoded = try TextDecoding.decode(Array(string.utf8))
            #expect(Array(decoded.scalars) == text, "seed \(seed)")
            let needSlots = Set(text.filter { !ScalarText.isDirect($0.value) }).count
            #expect(decoded.scalars.isNarrow == (needSlots <= ScalarText.slots))
        }
    }

    @Test func invalidBytesAfterAWideSwitchAreStillCaught() throws {
        var bytes = Array(String(String.UnicodeScalarView(Self.halves(Self.rare, []))).utf8)
        bytes[bytes.count - 10] = 0xFF
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.invalidSequencesReplaced == 1)
        #expect(Array(decoded.scalars) == Array(String(decoding: bytes, as: UTF8.self).unicodeScalars))
    }

    // MARK: Re-anchoring reads either form

    /// Anchors found again in an edited text: the same places whether the text
    /// is narrow or wide (re-anchoring reads the storage itself, no copy).
    @Test func reanchoringFindsTheSamePlacesInBothForms() {
        var g = SplitMix64(seed: 42)
        for round in 0..<6 {
            let original = Self.randomText(&g, length: 6000, rare: 0)
            var edited = original
            for _ in 0..<5 { edited.insert(contentsOf: Array(" inserted words ".unicodeScalars), at: g.below(edited.count)) }
            let before = ScalarText(original)
            let annotations = (0..<20).map { k -> Annotation in
                let start = g.below(original.count - 40), length = 8 + g.below(30)
                return Annotation(id: "a\(k)", anchor: Anchor(TextRange(start, start + length), in: before), created: "")
            }
            let narrow = ScalarText(edited), wide = ScalarText(wide: edited)
            #expect(narrow.isNarrow)
            let a = Reanchoring.reanchor(annotations, in: narrow), b = Reanchoring.reanchor(annotations, in: wide)
            #expect(a.annotations == b.annotations, "round \(round)")
            #expect((a.exact, a.moved, a.orphans) == (b.exact, b.moved, b.orphans))
            #expect(a.exact + a.moved > 0)
        }
    }
}
