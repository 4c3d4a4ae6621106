import Testing
@testable import HearsayCore

/// A question-and-answer interview: each turn is its speaker's words, with no
/// quotation marks (decision 70).
@Suite struct InterviewTurnsTests {
    static let named = """
        The island that would not let her go

        The novelist Mara Lindqvist talks to Tom Barker about her new book.

        Tom Barker: Why return to the island now?

        Mara Lindqvist: Because I finally had the distance. My editor, Ruth Okafor, read the draft and said, “This is a brochure.”

        TB: Your narrator is not very likeable.

        ML: No, and I did that on purpose.

        """

    @Test func namedTurnsAndInitialsAreTheirSpeakersWords() {
        let a = TestSupport.analyze(Self.named)
        let turns = a.quotations.filter { $0.speaker?.rule == "turn" }
        #expect(turns.map { a.speakerName($0) } == ["Tom Barker", "Mara Lindqvist", "Tom Barker", "Mara Lindqvist"], "\(a.quotationSummary)")
        #expect(turns.allSatisfy { $0.kind == .direct && $0.span.family == .turn && $0.span.range == $0.span.content })
        #expect(a.document.string(turns[0].span.range) == "Why return to the island now?")
        // "TB" and "ML" are the two people, not two bodies.
        #expect(a.actors.first { $0.name == "Tom Barker" }?.aliases.contains("TB") == true, "\(a.actors.map { ($0.name, $0.aliases) })")
        #expect(!a.actors.contains { $0.name == "TB" || $0.name == "ML" }, "\(a.actors.map(\.name))")
    }

    @Test func aQuotationInsideAnAnswerKeepsItsOwnSpeakerAndTheTurnAsItsParent() {
        let a = TestSupport.analyze(Self.named)
        guard let inner = a.quotations.firstIndex(where: { a.document.string($0.span.range).hasPrefix("“This is") }),
              let parent = a.quotations[inner].span.parent else {
            Issue.record("no quotation inside the answer, or no parent:\n\(a.quotationSummary)")
            return
        }
        #expect(a.speakerName(a.quotations[inner]) == "Ruth Okafor", "\(a.quotationSummary)")
        #expect(a.quotations[parent].speaker?.rule == "turn" && a.speakerName(a.quotations[parent]) == "Mara Lindqvist")
        // Every parent index points at a quotation that holds its child.
        for q in a.quotations { if let p = q.span.parent { #expect(a.quotations[p].span.range.contains(q.span.range)) } }
    }

    @Test func questionsAreTheInterviewersAndAnswersTheIntervieweesWords() {
        let a = TestSupport.analyze("""
            Dr Helen Achterberg is a marine biologist at the University of Bergen. She spoke to our science editor, Daniel Rees.

            Q: What does the ocean sound like?

            A: Much louder than people think.

            Q: And what has changed?

            A: Ships.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Daniel Rees", "Helen Achterberg", "Daniel Rees", "Helen Achterberg"],
                "\(a.quotationSummary)")
    }

    @Test func aFewLabelledLinesAreNoInterview() {
        let a = TestSupport.analyze("""
            Floods close the coast road

            Update: the road reopened at 6pm.

            Note: figures are provisional.

            Police said the water was “higher than in 2019”.

            """)
        #expect(a.quotations.count == 1 && a.quotations[0].speaker?.rule != "turn", "\(a.quotationSummary)")
        // Labels that name nobody are no one's words, however many.
        let b = TestSupport.analyze("""
            The new phone, reviewed

            Pros: a bright screen.

            Cons: a weak battery.

            Pros: the price.

            Verdict: buy it.

            """)
        #expect(b.quotations.isEmpty, "\(b.quotationSummary)")
    }
}
