import Testing
import HearsayCore

@Suite struct ParagraphTests {
    private func paragraphs(_ text: String) -> [String] {
        let doc = Document(text: text)
        return doc.paragraphs.map { doc.string($0) }
    }

    @Test func blankLinesSplitParagraphs() {
        #expect(paragraphs("First one.\n\nSecond one.\n\n\n\nThird one.") == ["First one.", "Second one.", "Third one."])
    }

    @Test func aLineOfSpacesCountsAsBlank() {
        #expect(paragraphs("First one.\n  \t\nSecond one.") == ["First one.", "Second one."])
    }

    @Test func singleNewlinesInsideBlankLineParagraphsDoNotSplit() {
        #expect(paragraphs("A wrapped\nline of text.\n\nNext one.") == ["A wrapped\nline of text.", "Next one."])
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() {
        #expect(paragraphs("Line one.\nLine two.\nLine three.") == ["Line one.", "Line two.", "Line three."])
    }

    @Test func windowsLineEndingsSplitTheSameWay() {
        #expect(paragraphs("First one.\r\n\r\nSecond one.") == ["First one.", "Second one."])
        #expect(paragraphs("Line one.\r\nLine two.") == ["Line one.", "Line two."])
    }

    @Test func leadingAndTrailingBlankLinesMakeNoEmptyParagraphs() {
        #expect(paragraphs("\n\n\nOnly one.\n\n\n") == ["Only one."])
    }

    @Test func paragraphTokensAndRangesAgree() {
        let doc = Document(text: "Alpha beta.\n\nGamma, delta.\n\nEpsilon")
        #expect(doc.paragraphTokens.count == 3)
        #expect(doc.paragraphTokens.first?.lowerBound == 0)
        #expect(doc.paragraphTokens.last?.upperBound == doc.tokens.count)
        for (k, r) in doc.paragraphTokens.enumerated() {
            #expect(doc.paragraphs[k] == TextRange(doc.tokens[r.lowerBound].start, doc.tokens[r.upperBound - 1].end))
            for t in r { #expect(doc.paragraphIndex(ofToken: t) == k) }
        }
    }
}

/// The reader drops the word hashes once it has its analysis; nothing that reads
/// them may then answer differently.
struct DroppedWordHashesTests {
    @Test func hashesAreTheSameComputedOrStoredAndTheAnalysisIsUnchanged() {
        let doc = Document(text: "“We will not move,” Minister Jane Okafor said. The ministry’s SPOKESMAN agreed.")
        let lean = doc.droppingAnalysisTables()
        #expect(doc.hasAnalysisTables && !lean.hasAnalysisTables)
        #expect(lean.tokenHashes.isEmpty && lean.tokenLowerHashes.isEmpty)
        for i in doc.tokens.indices {
            #expect(lean.hash(ofToken: i) == doc.hash(ofToken: i))
            #expect(lean.lowerHash(ofToken: i) == doc.lowerHash(ofToken: i))
        }
        #expect(lean.withAnalysisTables().tokenHashes == doc.tokenHashes)
        let full = Analyzer.analyze(doc), again = Analyzer.analyze(lean)
        #expect(again.quotations == full.quotations && again.mentions == full.mentions && again.actors == full.actors)
        #expect(full.droppingAnalysisTables().document.tokenHashes.isEmpty)
    }
}
