import Testing
import HearsayCore

/// Big texts are tokenized and analysed in two parts on two cores; the result
/// must be exactly what one pass over the whole text gives.
@Suite struct ParallelAnalysisTests {
    /// About 1.6 MB: many short articles with quotes, names, pronouns and roles.
    static let bigText: String = {
        var parts: [String] = []
        for k in 0..<2_400 {
            parts.append("""
                Relief Talks Resume \(k)

                Foreign Minister Amina Qadir\(k % 7) said the talks were “a step backwards” for the region. \
                “We will return to the table when the water flows again,” she said on Monday.

                The Joint River Commission (JRC) stated that “no new works will be approved” and that \
                “both delegations have agreed to publish readings.” According to Dr. Farida Noorzai\(k % 11), \
                the weir could cut flows by “as much as a third.” Kabul insists the closures are temporary, \
                while the foreign minister called them “a unilateral act”.

                “It is not a tap,” said Ahmadzai\(k % 5), Afghanistan’s minister of energy. \
                These “temporary measures” look permanent to the UN and the IMF.
                """)
        }
        return parts.joined(separator: "\n\n")
    }()

    @Test func tokensAreTheSameInTwoParts() {
        let scalars = ScalarText(Self.bigText.unicodeScalars)
        #expect(Tokenizer.tokenize(scalars, parts: 2) == Tokenizer.tokenize(scalars))
        #expect(Tokenizer.tokenize(scalars, parts: 3) == Tokenizer.tokenize(scalars))
    }

    @Test func analysisIsTheSameInTwoParts() {
        let doc = Document(text: Self.bigText)
        #expect(doc.length > 1_000_000)
        var t1 = PhaseTimings(), t2 = PhaseTimings()
        let split = Analyzer.analyze(doc, splitting: true, timings: &t1)
        let whole = Analyzer.analyze(doc, splitting: false, timings: &t2)
        #expect(split.quotations == whole.quotations)
        #expect(split.mentions == whole.mentions)
        #expect(split.actors == whole.actors)
        #expect(split.quotations.filter { $0.speaker != nil }.count > 10_000)
    }
}
