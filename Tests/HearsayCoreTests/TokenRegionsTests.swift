import Testing
@testable import HearsayCore

/// A big text's parts write their tokens straight into regions of the final
/// arrays; whatever room each part gets, the result is one pass's tokens.
@Suite struct TokenRegionsTests {
    static let scalars = ScalarText(ParallelAnalysisTests.bigText.unicodeScalars)
    static let whole = Tokenizer.tokenizeHashed(scalars, parts: 1)

    static func expectSameAsOnePass(_ hashed: Tokenizer.Hashed) {
        #expect(hashed.tokens == whole.tokens)
        #expect(hashed.exact == whole.exact)
        #expect(hashed.lower == whole.lower)
    }

    @Test func regionsSizedFromSamplesGiveOnePassTokens() {
        for parts in [2, 3, 5] {
            Self.expectSameAsOnePass(Tokenizer.tokenizeHashed(Self.scalars, parts: parts))
        }
    }

    @Test func partsThatOutgrowTheirRoomKeepEveryToken() {
        let cuts = Tokenizer.chunkBoundaries(Self.scalars, parts: 3)
        // The first and last parts overflow, the middle one has room to spare.
        Self.expectSameAsOnePass(TokenRegions.tokenize(Self.scalars, cuts: cuts, rooms: [10, cuts[2] - cuts[1], 0]))
        // Exactly the room needed: no gap to move across.
        let counts = (0..<3).map { k in
            Tokenizer.tokenize(buffer: Self.scalars, range: cuts[k]..<cuts[k + 1]).tokens.count
        }
        Self.expectSameAsOnePass(TokenRegions.tokenize(Self.scalars, cuts: cuts, rooms: counts))
        // No room anywhere: every token overflows.
        Self.expectSameAsOnePass(TokenRegions.tokenize(Self.scalars, cuts: cuts, rooms: [0, 0, 0]))
        // One token short in the middle part.
        Self.expectSameAsOnePass(TokenRegions.tokenize(Self.scalars, cuts: cuts, rooms: [counts[0], counts[1] - 1, counts[2]]))
    }

    @Test func anEmptyTextHasNoTokens() {
        let empty = Tokenizer.tokenizeHashed(ScalarText("".unicodeScalars), parts: 1)
        #expect(empty.tokens.isEmpty && empty.exact.isEmpty && empty.lower.isEmpty)
        #expect(Tokenizer.tokenizeHashed(ScalarText(" \n\n ".unicodeScalars), parts: 2).tokens.isEmpty)
    }

    @Test func roomsAreAMarginAboveTheTokensAndNeverAboveTheScalars() {
        let cuts = Tokenizer.chunkBoundaries(Self.scalars, parts: 2)
        for k in 0..<2 {
            let range = cuts[k]..<cuts[k + 1]
            let room = TokenRegions.room(Self.scalars, range)
            let found = Tokenizer.tokenize(buffer: Self.scalars, range: range).tokens.count
            #expect(room >= found)
            #expect(room <= range.count)
            #expect(Double(room) < Double(found) * 1.4 + 4_096)
        }
        // A short range gets a token per scalar: no sample to go by.
        #expect(TokenRegions.room(Self.scalars, 0..<1_000) == 1_000)
        // A run of punctuation is a token per scalar, and gets no more room than that.
        let dense = ScalarText(String(repeating: ".,;", count: 40_000).unicodeScalars)
        #expect(TokenRegions.room(dense, 0..<dense.count) == dense.count)
    }
}
