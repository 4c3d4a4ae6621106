import Testing
@testable import HearsayCore

/// `tokenIndex(atOrAfter:)` through its checkpoints, against a plain scan.
@Suite struct TokenIndexTests {
    @Test(arguments: ["", "a", "One two.", String(repeating: "Word “quoted” — x, 3.5 Zoë’s 𝄞 end.\n\n", count: 40)])
    func everyOffsetFindsTheFirstTokenEndingAfterIt(text: String) {
        let doc = Document(text: text)
        for offset in -2...(doc.length + 70) {
            let expected = doc.tokens.firstIndex { $0.end > offset } ?? doc.tokens.count
            #expect(doc.tokenIndex(atOrAfter: offset) == expected, "offset \(offset)")
        }
    }
}
