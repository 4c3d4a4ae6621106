import Testing
@testable import HearsayCore

/// A big text's per-token tables are made in runs on both cores; they must be
/// what one run makes.
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

    @Test(arguments: [1, 2, 3, 5])
    func ownersInRunsAreOwnersInOne(parts: Int) {
        for seed in UInt64(1)...40 {
            let count = Int(seed) * 13
            let ranges = Self.rangesWithGaps(seed: seed, count: count)
            #expect(Document.owners(ranges, count: count, parts: parts) == Document.owners(ranges, count: count))
        }
        #expect(Document.owners([], count: 4, parts: parts) == [0, 0, 0, 0])
        #expect(Document.owners([2..<3], count: 5, parts: parts) == [0, 0, 0, 0, 0])
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
