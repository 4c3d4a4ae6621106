import Testing
@testable import HearsayCore

/// `tokenIndex(atOrAfter:)` through its checkpoints, against a plain scan.
@Suite struct TokenIndexTests {
    @Test(arguments: ["", "a", "One two.", String(repeating: "Word “quoted” — x, 3.5 Zoë’s 𝄞 end.\n\n", count: 40),
                      // Gaps longer than a checkpoint's stride, and a word across one.
                      "a" + String(repeating: " ", count: 300) + "b" + String(repeating: "\n", count: 130)
                          + String(repeating: "x", count: 150) + " c"])
    func everyOffsetFindsTheFirstTokenEndingAfterIt(text: String) {
        let doc = Document(text: text)
        for offset in -2...(doc.length + 70) {
            let expected = doc.tokens.firstIndex { $0.end > offset } ?? doc.tokens.count
            #expect(doc.tokenIndex(atOrAfter: offset) == expected, "offset \(offset)")
        }
    }
}

/// `sentenceIndex(containing:)` through the tokens, against a search over the sentences.
@Suite struct SentenceIndexTests {
    @Test(arguments: ["", "a", "One two. Three four!  Five?", "“Quoted.” He said so.\n\nNext paragraph here. And more.",
                      String(repeating: "Dr. Ann Lee said “It is over.” Then  she left.\n\n", count: 30)])
    func everyOffsetFindsTheSameSentence(text: String) {
        let doc = Document(text: text)
        for offset in -2...(doc.length + 70) {
            #expect(doc.sentenceIndex(containing: offset) == Self.bySearch(doc, offset), "offset \(offset)")
        }
    }

    /// The last sentence that starts at or before `offset` (the first if none), by
    /// binary search over the sentences.
    static func bySearch(_ doc: Document, _ offset: Int) -> Int? {
        guard !doc.sentences.isEmpty else { return nil }
        var lo = 0, hi = doc.sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if doc.sentences[mid].range.start <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
