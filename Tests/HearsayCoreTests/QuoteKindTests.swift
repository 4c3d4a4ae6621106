import Testing
import HearsayCore

@Suite struct QuoteKindTests {
    /// The kind of the quotation marked in the fixture (the last marked range).
    private func kind(_ fixture: String) -> (Quotation.Kind?, Analysis) {
        let m = MarkedText(fixture)
        let a = TestSupport.analyze(m.text)
        return (a.quotation(m.ranges.last!)?.kind, a)
    }

    @Test func wholeUtteranceWithASpeakerIsDirect() {
        let (k, a) = kind("Nadia Karimi runs the archive. ⟦“We take it seriously,”⟧ she said.")
        #expect(k == .direct, "\(a.quotationSummary)")
        let (k2, a2) = kind("Nadia Karimi said: ⟦“The archive will stay open.”⟧")
        #expect(k2 == .direct, "\(a2.quotationSummary)")
    }

    @Test func bothHalvesOfAnInterruptedUtteranceAreDirect() {
        let m = MarkedText("⟦“We are ready,”⟧ Lena Baird said, ⟦“and we have been ready for weeks.”⟧")
        let a = TestSupport.analyze(m.text)
        #expect(m.ranges.map { a.quotation($0)?.kind } == [.direct, .direct], "\(a.quotationSummary)")
    }

    @Test func aQuotationDescribedAsAWorkIsATitle() {
        // Past its exclamation mark, and past a verb that would give it a speaker.
        let (k, a) = kind("A faded poster for ⟦“Whisky Galore!”⟧, the 1949 film, hangs in the bar.")
        #expect(k == .title, "\(a.quotationSummary)")
        #expect(!a.actors.contains { $0.name == "Whisky Galore" }, "\(a.actors.map(\.name))")
        let (k2, a2) = kind("The idea is the work described in ⟦“The Silent Vessels,”⟧ a 2018 book.")
        #expect(k2 == .title && a2.quotations.last?.speaker == nil, "\(a2.quotationSummary)")
        // A new paragraph that opens with a programme's name describes nothing before it.
        let (k3, a3) = kind("His wife, Shirin, added: ⟦“We are alive because of our neighbours.”⟧\n\nThe World Food Programme said it was flying in food.")
        #expect(k3 == .direct, "\(a3.quotationSummary)")
    }

    @Test func fragmentInsideTheWritersSentenceIsPartial() {
        let (k, a) = kind("Nadia Karimi described the closure as ⟦“a step backwards”⟧ for the town.")
        #expect(k == .partial, "\(a.quotationSummary)")
        let (k2, a2) = kind("Nadia Karimi said the plan was ⟦“far from finished”⟧.")
        #expect(k2 == .partial, "\(a2.quotationSummary)")
    }

    @Test func wordsRepeatedFromAnEarlierQuoteWithoutSpeechAreAnEcho() {
        let (k, a) = kind("""
            The mayor said the river was ⟦“out of control”⟧ after the storm.

            Farmers downstream worry that these ⟦“out of control”⟧ floods will come back every spring.
            """)
        #expect(k == .echo, "\(a.quotationSummary)")
        #expect(a.quotations.first?.kind == .partial, "the first use is the mayor's words")
        #expect(a.quotations.last?.speaker == nil, "an echo has no speaker of its own")
    }

    @Test func shortQuotedTermWithoutSpeakerIsAScareQuote() {
        let (k, a) = kind("The group runs a so-called ⟦“support movement”⟧ in the valley.")
        #expect(k == .scare, "\(a.quotationSummary)")
        #expect(a.quotations.first?.speaker == nil)
    }

    @Test func titleCaseNameOfAWorkIsATitle() {
        let (k, a) = kind("The agency published the report ⟦“Rivers Without Borders”⟧ in May.")
        #expect(k == .title, "\(a.quotationSummary)")
        #expect(a.quotations.first?.speaker == nil)
        let (k2, a2) = kind("Her new book, titled ⟦“The Long Dry Season”⟧, sold well.")
        #expect(k2 == .title, "\(a2.quotationSummary)")
    }

    @Test func onlyDirectAndPartialAreReportedSpeech() {
        #expect(Quotation.Kind.direct.isReportedSpeech)
        #expect(Quotation.Kind.partial.isReportedSpeech)
        #expect(!Quotation.Kind.echo.isReportedSpeech)
        #expect(!Quotation.Kind.scare.isReportedSpeech)
        #expect(!Quotation.Kind.title.isReportedSpeech)
    }

    /// The confidence says how the kind and the speaker were found, for a
    /// reviewer to check the weakest first (docs/ANALYSIS.md, Confidence).
    @Test func confidenceFollowsHowTheSpeakerWasFound() {
        let m = MarkedText("⟦“We will rebuild the bridge,”⟧ said Ana Ruiz. "
            + "The plan was branded ⟦“reckless”⟧ by opposition MPs. "
            + "⟦“Yesterday the minister told me ⟦‘we will act,’⟧ and I believed him,”⟧ Ruiz added. "
            + "Critics called it ⟦“magic”⟧.\n\n"
            + "Omar Haddad said: ⟦“We will rebuild the school before the winter comes⟧\n\nThe council met on Tuesday.")
        let a = TestSupport.analyze(m.text)
        let confidence = m.ranges.map { a.quotation($0)?.confidence }
        // (In hundredths.) A speech verb right after the quotation; a passive's
        // agent; the outer quotation said by "Ruiz added"; the one inside it
        // (the nested rule's 0.4, times 0.8 inside another); a short quotation
        // nobody says (scare); one never closed (the cue before it, 0.85, halved).
        #expect(confidence == [0.9, 0.75, 0.9, 0.32, 0.6, 0.43], "\(a.quotationSummary)")
        #expect(a.quotation(m[3])?.speaker?.rule == "nested", "\(a.quotationSummary)")
        #expect(a.quotation(m[4])?.kind == .scare, "\(a.quotationSummary)")
        #expect(a.quotation(m[5])?.span.balanced == false, "\(a.quotationSummary)")
    }
}
