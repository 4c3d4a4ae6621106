import Testing
@testable import HearsayCore

/// Decomposed text (a letter, then its combining accents) looks up, groups
/// and hashes as its composed form, while the text keeps what was typed.
@Suite struct CanonicalCompositionTests {
    private func string(_ values: [UInt32]) -> String {
        String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
    }

    /// Swift's `String` equality is canonical equivalence: every pair of the
    /// generated table must be equivalent to the scalar it composes into, and
    /// composing must find that scalar again.
    @Test func everyPairOfTheTableIsCanonicallyEquivalentToItsComposite() {
        #expect(CanonicalComposition.pairKeys.count == CanonicalComposition.composites.count)
        #expect(CanonicalComposition.pairKeys == CanonicalComposition.pairKeys.sorted())
        for (key, composite) in zip(CanonicalComposition.pairKeys, CanonicalComposition.composites) {
            let starter = UInt32(key >> 32), mark = UInt32(key & 0xFFFF_FFFF)
            #expect(string([starter, mark]) == string([composite]), "U+\(String(starter, radix: 16)) U+\(String(mark, radix: 16))")
            #expect(CanonicalComposition.mayCompose(mark))
            #expect(CanonicalComposition.composite(starter, mark) == composite)
        }
    }

    @Test func hangulSyllablesComposeByTheirRule() {
        // ᄀ + ᅡ = 가; 가 + ᆨ = 각; 한 from its three jamo.
        #expect(CanonicalComposition.composite(0x1100, 0x1161) == 0xAC00)
        #expect(CanonicalComposition.composite(0xAC00, 0x11A8) == 0xAC01)
        let han = CanonicalComposition.composed("\u{1112}\u{1161}\u{11AB}".unicodeScalars)
        #expect(han == [0xD55C])
        #expect(string(han) == "\u{1112}\u{1161}\u{11AB}")
        // A syllable that already has a final consonant takes no other.
        #expect(CanonicalComposition.composite(0xAC01, 0x11A8) == nil)
    }

    @Test func marksComposeOneAfterAnother() {
        // NFD of "ệ" puts the dot below (220) before the circumflex (230).
        #expect(CanonicalComposition.composed("Vie\u{323}\u{302}t".unicodeScalars) == [0x56, 0x69, 0x1EC7, 0x74])
        #expect(CanonicalComposition.composed("Zu\u{308}rich".unicodeScalars).count == 6)
    }

    @Test func aMarkWithNoCompositeStays() {
        // There is no precomposed J with an acute: "J́." keeps both scalars.
        #expect(CanonicalComposition.composed("J\u{301}.".unicodeScalars) == [0x4A, 0x301, 0x2E])
        #expect(CanonicalComposition.composed("Bogota\u{301}".unicodeScalars) == "Bogotá".unicodeScalars.map(\.value))
        // A mark at the start has nothing to compose with.
        #expect(CanonicalComposition.composed("\u{301}a".unicodeScalars) == [0x301, 0x61])
    }

    @Test func commonScalarsAreSettledWithoutTheTable() {
        for v: UInt32 in [0x41, 0xE9, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026, 0x20AC, 0x4E2D] {
            #expect(!CanonicalComposition.mayCompose(v), "U+\(String(v, radix: 16))")
        }
        for v: UInt32 in [0x300, 0x301, 0x308, 0x327, 0x36F, 0x93C, 0x3099, 0x1161, 0x11A8] {
            #expect(CanonicalComposition.mayCompose(v), "U+\(String(v, radix: 16))")
        }
    }

    @Test func decomposedWordsHashAsComposedOnes() {
        for (decomposed, composed) in [("Bogota\u{301}", "Bogotá"), ("Zu\u{308}rich", "Zürich"),
                                        ("Vie\u{323}\u{302}t", "Việt"), ("E\u{301}COLE", "ÉCOLE"), ("Cafe\u{301}’s", "Café's")] {
            #expect(WordHash.exact(decomposed) == WordHash.exact(composed), "\(composed)")
            #expect(WordHash.lower(decomposed) == WordHash.lower(composed), "\(composed)")
            #expect(WordHash.exact(decomposed.unicodeScalars) == WordHash.exact(composed.unicodeScalars))
            #expect(WordHash.lower(decomposed.unicodeScalars) == WordHash.lower(composed.unicodeScalars))
            let d = ScalarText(decomposed.unicodeScalars), c = ScalarText(composed.unicodeScalars)
            #expect(WordHash.exact(d[...]) == WordHash.exact(c[...]))
            #expect(WordHash.titleCase(d[...]) == WordHash.titleCase(c[...]))
            let both = d.withUnsafeStorage(narrow: { WordHash.both($0, 0, $0.count) }, wide: { WordHash.both($0, 0, $0.count) })
            #expect(both.exact == WordHash.exact(composed) && both.lower == WordHash.lower(composed))
            // The keys are the composed UTF-8, byte for byte.
            #expect(Array(Gazetteer.matchKey(decomposed.unicodeScalars).utf8) == Array(Gazetteer.matchKey(composed.unicodeScalars).utf8))
            #expect(Array(Gazetteer.lowerKey(d[...]).utf8) == Array(Gazetteer.lowerKey(c[...]).utf8))
        }
        // Only canonical equivalents meet: "e" alone is not "é".
        #expect(WordHash.exact("Bogota") != WordHash.exact("Bogota\u{301}"))
    }

    /// An article typed decomposed is analysed as the same article composed;
    /// its offsets are still those of what was typed.
    @Test func aDecomposedArticleFindsWhatTheComposedOneFinds() {
        let composed = "José Martínez, the mayor of Bogotá, said: “We will rebuild the bridges.”\n\n"
            + "The government of Colombia said later that Bogotá would receive aid. Officials in Zürich were told."
        let decomposed = composed.replacing("é", with: "e\u{301}").replacing("í", with: "i\u{301}")
            .replacing("á", with: "a\u{301}").replacing("ü", with: "u\u{308}")
        let c = TestSupport.analyze(composed), d = TestSupport.analyze(decomposed)
        func summary(_ a: Analysis) -> [String] {
            a.actors.map { "\($0.name)|\($0.type.rawValue)" }.sorted()
        }
        // Names as typed: the decomposed ones are canonically equal to the composed.
        #expect(summary(d) == summary(c), "\(d.mentionSummary)")
        #expect(d.mentionCounts().sorted() == c.mentionCounts().sorted())
        #expect(d.quotations.count == 1 && d.speakerName(d.quotations.first) == "Jose\u{301} Marti\u{301}nez")
        // Bogotá is Colombia's capital (the city after "the mayor of", the state
        // where it acts), as in the composed text, and never a person.
        let bogota = d.mentions.filter { d.document.string($0.range) == "Bogota\u{301}" }
        let composedBogota = c.mentions.filter { c.document.string($0.range) == "Bogotá" }
        #expect(bogota.map { d.actors[$0.actor].type } == composedBogota.map { c.actors[$0.actor].type }, "\(d.mentionSummary)")
        #expect(bogota.count == 2 && !bogota.contains { d.actors[$0.actor].type == .person }, "\(d.mentionSummary)")
        #expect(bogota.contains { d.actors[$0.actor].name == "Colombia" }, "\(d.mentionSummary)")
        #expect(bogota.first?.range.length == 7)
        #expect(d.actors.contains { $0.name == "Zurich" && $0.type == .place })
    }
}
