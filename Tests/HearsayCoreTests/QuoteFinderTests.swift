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

    // Unbalanced marks in one paragraph: as many quotations as marks at most, and
    // few of them over any character, so the output stays linear in the text.

    /// The quotations found, with their total length, which must stay within a
    /// few times the text's length (each character in a few quotations at most).
    private func expectLinear(_ text: String, marks: Int, sourceLocation: SourceLocation = #_sourceLocation) -> [QuoteSpan] {
        let doc = Document(text: text)
        let found = QuoteFinder.find(in: doc)
        let covered = found.reduce(0) { $0 + $1.range.length }
        #expect(found.count <= marks, sourceLocation: sourceLocation)
        #expect(covered < 4 * doc.scalars.count, "\(covered) quoted scalars in \(doc.scalars.count)",
                sourceLocation: sourceLocation)
        return found
    }

    @Test func straightDoubleMarksInARowPairUp() {
        let n = 5_000
        let found = expectLinear(String(repeating: "He said \"", count: n), marks: n)
        #expect(found.count == n / 2)
        #expect(found.allSatisfy { $0.balanced && $0.parent == nil && $0.range.length == 10 })
    }

    @Test func curlyOpeningMarksInARowEndEachOther() {
        let n = 5_000
        let found = expectLinear(String(repeating: "She said \u{201C}yes and ", count: n), marks: n)
        #expect(found.count == n)
        #expect(found.allSatisfy { !$0.balanced && $0.parent == nil && $0.paragraphCount == 1 })
        // Each ends before the next mark: “yes and She said
        #expect(found.dropLast().allSatisfy { $0.range.length == 17 })
    }

    @Test func openingMarksOfEveryKindInARowStayLinear() {
        let unit = "A \u{201C}b \u{2018}c \u{AB}d \u{2039}e \u{300C}f \u{300E}g \u{201E}h 'i \"j "
        let n = 2_000
        _ = expectLinear(String(repeating: unit, count: n), marks: 9 * n)
        // Alternating marks nest, but only so deep.
        _ = expectLinear(String(repeating: "A \u{201C}b \u{2018}c ", count: n), marks: 2 * n)
        _ = expectLinear(String(repeating: "A \"b 'c ", count: n), marks: 2 * n)
    }

    /// The marked spans, side by side (no nesting), balanced as given.
    private func expectSideBySide(_ fixture: String, balanced: [Bool], sourceLocation: SourceLocation = #_sourceLocation) {
        let m = MarkedText(fixture)
        let s = spans(m)
        #expect(s.map(\.range) == m.ranges, sourceLocation: sourceLocation)
        #expect(s.map(\.balanced) == balanced, sourceLocation: sourceLocation)
        #expect(s.allSatisfy { $0.parent == nil }, sourceLocation: sourceLocation)
    }

    @Test func fourStraightMarksAreTwoPairs() {
        expectSideBySide("He said ⟦\"He said \"⟧He said ⟦\"He said \"⟧", balanced: [true, true])
    }

    @Test func aStrayStraightMarkEndsBeforeTheNextQuotation() {
        expectSideBySide("He said ⟦\"yes. Later she said⟧ ⟦\"no\"⟧ to it.", balanced: [false, true])
    }

    @Test func aMarkDoesNotNestDirectlyInItself() {
        expectSideBySide("The clerk said ⟦“the records were moved. Another⟧ ⟦“routine”⟧ move, he said.", balanced: [false, true])
    }

    @Test func genuineNestingKeepsItsParents() {
        let cases = [
            "⟦“He called it ⟦\"fine\"⟧ today,”⟧ she said.",
            "⟦“She told me ⟦‘he said ⟦“no”⟧ twice’⟧ today,”⟧ she said.",
            "彼は⟦「母は⟦『はい』⟧と言った」⟧と言った。",
            "Il a dit ⟦« elle répondit ⟦‹ non ›⟧ hier »⟧ puis il est parti.",
            "⟦„Er sagte ⟦‚ja‘⟧ und ging“⟧, sagte sie.",
        ]
        for fixture in cases {
            let m = MarkedText(fixture)
            let s = spans(m)
            #expect(s.map(\.range) == m.ranges, "in \(m.text)")
            #expect(s.allSatisfy { $0.balanced }, "in \(m.text)")
            #expect(s.map(\.parent) == [nil] + (0..<(m.ranges.count - 1)).map { $0 }, "in \(m.text)")
        }
    }

    @Test func straightMarksContinueOverParagraphsAndPairAtTheEnd() {
        let m = MarkedText("""
            ⟦"The first thing to say is that the canal was built in a hurry.

            "The second is that nobody measured the river,"⟧ she said. ⟦"Then "⟧what?
            """)
        let s = spans(m)
        #expect(s.map(\.range) == m.ranges)
        #expect(s.first?.paragraphCount == 2)
    }
}
