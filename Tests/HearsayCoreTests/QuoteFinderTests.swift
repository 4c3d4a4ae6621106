import Testing
import HearsayCore

@Suite struct QuoteFinderTests {
    private func spans(_ m: MarkedText) -> [QuoteSpan] { QuoteFinder.find(in: Document(text: m.text)) }

    /// The fixture's marked ranges are exactly the quotations found, in order.
    private func expectQuotes(_ fixture: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let m = MarkedText(fixture)
        let found = spans(m)
        #expect(found.map(\.range) == m.ranges, "in \(m.text)", sourceLocation: sourceLocation)
    }

    @Test func curlyDoubleQuotes() {
        let m = MarkedText("The mayor called the plan ⟦“the river’s last chance”⟧ on Monday.")
        let s = spans(m)
        #expect(s.map(\.range) == [m.range])
        #expect(s.first?.family == .double)
        #expect(s.first?.balanced == true)
        #expect(s.first?.content == TextRange(m.range.start + 1, m.range.end - 1))
    }

    @Test func straightDoubleQuotes() {
        expectQuotes("He called it ⟦\"a fair deal\"⟧ and left. ⟦\"We will see,\"⟧ she said.")
    }

    @Test func singleQuoteNestedInDoubleHasItsParent() {
        let m = MarkedText("⟦“They told us ⟦‘wait until spring’⟧ and then went quiet,”⟧ the farmer said.")
        let s = spans(m)
        #expect(s.map(\.range) == m.ranges)
        guard s.count == 2 else { return }
        #expect(s[0].parent == nil)
        #expect(s[1].parent == 0)
        #expect(s[1].family == .single)
    }

    @Test func straightSingleQuoteNestedInStraightDouble() {
        let m = MarkedText("⟦\"The sign said 'closed' all week,\"⟧ a driver said.")
        let s = QuoteFinder.find(in: Document(text: m.text))
        #expect(s.count == 2)
        #expect(s.first?.range == m.range)
        #expect(s.last?.parent == 0)
    }

    @Test func apostrophesAreNotQuotes() {
        expectQuotes("The parents’ house, built in the ’90s, still plays rock ’n’ roll; it’s loud.")
        expectQuotes("The parents' house, built in the '90s, still plays rock 'n' roll; it's loud.")
        expectQuotes("The boys’ school and the Smiths’ farm share a fence.")
    }

    @Test func apostrophesInsideAQuotationDoNotEndIt() {
        expectQuotes("⟦“The farmers’ wells in the ’90s didn’t run dry,”⟧ she said.")
        expectQuotes("⟦‘We don’t know yet,’⟧ she said.")
    }

    @Test func guillemets() {
        expectQuotes("The minister replied ⟦« nous verrons »⟧ and left. Posters read ⟦«Non»⟧ everywhere.")
        let s = QuoteFinder.find(in: Document(text: MarkedText("Say ⟦«oui»⟧ now.").text))
        #expect(s.first?.family == .guillemet)
    }

    @Test func germanLowHighQuotes() {
        expectQuotes("Die Ministerin sagte ⟦„wir warten ab“⟧ und ging.")
    }

    @Test func cornerBrackets() {
        let m = MarkedText("彼は⟦「大丈夫だ」⟧と言った。")
        let s = spans(m)
        #expect(s.map(\.range) == [m.range])
        #expect(s.first?.family == .corner)
    }

    @Test func multiParagraphQuotationIsOneSpan() {
        let m = MarkedText("""
            The engineer spoke for an hour.

            ⟦“The first thing to say is that the canal was built in a hurry.

            “The second is that nobody measured the river in a dry year.

            “And the third is that we are now paying for both,”⟧ she said.
            """)
        let s = spans(m)
        #expect(s.map(\.range) == [m.range])
        #expect(s.first?.paragraphCount == 3)
        #expect(s.first?.balanced == true)
    }

    @Test func unclosedQuotationIsCutAtItsParagraphEnd() {
        let m = MarkedText("""
            The clerk said ⟦“the records were moved to another building.⟧

            A later statement called the move ⟦“routine”⟧ and closed the matter.

            Nobody asked again.
            """)
        let s = spans(m)
        #expect(s.map(\.range) == m.ranges)
        #expect(s.map(\.balanced) == [false, true])
        #expect(s.first?.paragraphCount == 1)
    }

    @Test func strayClosingMarkIsIgnored() {
        expectQuotes("The talks ended” and nobody spoke. Later she said ⟦“fine”⟧ and smiled.")
        expectQuotes("The talks ended» early. She said ⟦«fine»⟧ again.")
    }

    @Test func tenThousandUnbalancedMarksStayInTheirParagraphs() {
        let paragraphs = (0..<10_000).map { k in "Witness \(k) told the court “the water came too fast and" }
        let doc = Document(text: paragraphs.joined(separator: "\n\n"))
        let found = QuoteFinder.find(in: doc)
        #expect(found.count == 10_000)
        #expect(found.allSatisfy { !$0.balanced && $0.paragraphCount == 1 })
        let paragraphRanges = doc.paragraphs
        for (k, span) in found.enumerated() where k < paragraphRanges.count {
            #expect(paragraphRanges[k].contains(span.range))
        }
        let analysis = Analyzer.analyze(doc)
        #expect(analysis.quotations.count == 10_000)
        var p = 0
        for q in analysis.quotations {
            while p < paragraphRanges.count, paragraphRanges[p].end <= q.range.start { p += 1 }
            #expect(p < paragraphRanges.count && paragraphRanges[p].contains(q.range), "\(q.range) crosses a paragraph")
        }
    }
}
