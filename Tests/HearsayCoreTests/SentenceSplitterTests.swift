import Testing
import HearsayCore

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let doc = Document(text: text)
        return doc.sentences.map { doc.string($0.range) }
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("Dr. Roe flew in on Jan. 5 with Mr. Lane. They left on Friday.") == [
            "Dr. Roe flew in on Jan. 5 with Mr. Lane.", "They left on Friday.",
        ])
    }

    @Test func initialsDoNotEndSentences() {
        #expect(sentences("A school named after John F. Kennedy opened. Pupils cheered.") == [
            "A school named after John F. Kennedy opened.", "Pupils cheered.",
        ])
    }

    @Test func decimalsDoNotEndSentences() {
        #expect(sentences("Output grew 3.5 percent in May. Then it fell.") == [
            "Output grew 3.5 percent in May.", "Then it fell.",
        ])
    }

    @Test func dottedAbbreviationEndsASentenceOnlyBeforeASentenceStarter() {
        #expect(sentences("The envoy flew back to the U.S. The talks resumed.") == [
            "The envoy flew back to the U.S.", "The talks resumed.",
        ])
        #expect(sentences("Trucks queued at the U.S. border for hours.") == [
            "Trucks queued at the U.S. border for hours.",
        ])
        #expect(sentences("Aid came from the U.S. Senate last week.") == [
            "Aid came from the U.S. Senate last week.",
        ])
    }

    @Test func quotationEndingInAStopBeforeALowerCaseVerbIsOneSentence() {
        #expect(sentences("“It is over.” he said.") == ["“It is over.” he said."])
        #expect(sentences("“It is over,” he said. She nodded.") == ["“It is over,” he said.", "She nodded."])
    }

    @Test func closingMarksStayWithTheirSentence() {
        #expect(sentences("She said, “We are done.” The hall emptied.") == [
            "She said, “We are done.”", "The hall emptied.",
        ])
    }

    @Test func aStopWithoutSpaceDoesNotSplit() {
        #expect(sentences("Help from Kabul.is not coming. Nobody was surprised.") == [
            "Help from Kabul.is not coming.", "Nobody was surprised.",
        ])
    }

    @Test func exclamationAndQuestionMarksSplit() {
        #expect(sentences("Stop! Who goes there? Nobody answered.") == ["Stop!", "Who goes there?", "Nobody answered."])
    }

    @Test func paragraphsAlwaysEndSentences() {
        let doc = Document(text: "A heading without a stop\n\nThe body starts here. It goes on.")
        #expect(doc.sentences.map { doc.string($0.range) } == [
            "A heading without a stop", "The body starts here.", "It goes on.",
        ])
        #expect(doc.sentences.map(\.paragraph) == [0, 1, 1])
    }

    @Test func sentencesTileTheirParagraphsTokens() {
        let doc = Document(text: "One. Two? Three!\n\nFour. Five.")
        var next = 0
        for s in doc.sentences {
            #expect(s.tokens.lowerBound == next)
            #expect(doc.paragraphTokens[s.paragraph].contains(s.tokens.lowerBound))
            #expect(doc.paragraphTokens[s.paragraph].contains(s.tokens.upperBound - 1))
            next = s.tokens.upperBound
        }
        #expect(next == doc.tokens.count)
        #expect(doc.sentences.count == 5)
    }
}
