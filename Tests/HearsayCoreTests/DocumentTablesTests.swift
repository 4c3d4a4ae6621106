import Testing
@testable import HearsayCore

/// A big text's per-token tables: made in runs on both cores, and a token's
/// paragraph read through its sentence; they must be what one run makes.
@Suite struct DocumentTablesTests {
    /// Sorted ranges of tokens with gaps before, between and after them.
    static func rangesWithGaps(seed: UInt64, count: Int) -> [Range<Int>] {
        var random = SplitMix64(seed: seed)
        var ranges: [Range<Int>] = []
        var k = Int(random.next() % 3)
        while k < count {
            let length = 1 + Int(random.next() % 7)
            ranges.append(k..<min(count, k + length))
            k += length + Int(random.next() % 3)
        }
        return ranges
    }

    @Test func ownersFillTheGapsWithTheRangeBefore() {
        for seed in UInt64(1)...40 {
            let count = Int(seed) * 13
            let ranges = Self.rangesWithGaps(seed: seed, count: count)
            let expected = (0..<count).map { i in Int32(max(0, (ranges.lastIndex { $0.lowerBound <= i }) ?? 0)) }
            #expect(Document.owners(ranges, count: count) == expected)
        }
        #expect(Document.owners([], count: 4) == [0, 0, 0, 0])
    }

    @Test func everyTokensParagraphHoldsIt() {
        for text in [ParallelAnalysisTests.bigText, "One line.\nTwo lines. And more.\nThree.", "Solo."] {
            let doc = Document(text: text)
            for i in doc.tokens.indices {
                guard let p = doc.paragraphIndex(ofToken: i) else { Issue.record("token \(i) has no paragraph"); break }
                #expect(doc.paragraphTokens[p].contains(i))
            }
            #expect(doc.paragraphIndex(ofToken: doc.tokens.count) == nil)
        }
        #expect(Document(text: "").paragraphIndex(ofToken: 0) == nil)
    }

    @Test func paragraphsInRunsAreParagraphsInOne() {
        let text = ParallelAnalysisTests.bigText
        let tokens = Tokenizer.tokenize(ScalarText(text.unicodeScalars))
        for parts in [2, 3, 7] { #expect(Document.paragraphs(tokens, parts: parts) == Document.paragraphs(tokens)) }
        // One paragraph per line when no blank line separates them.
        let lines = Tokenizer.tokenize(ScalarText("One line.\nTwo lines.\nThree.".unicodeScalars))
        #expect(Document.paragraphs(lines, parts: 2).count == 3)
        #expect(Document.paragraphs([], parts: 2).isEmpty)
    }
}
