import Testing
@testable import HearsayCore

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

/// The reader keeps a lean document once it has its analysis (no tokens, no
/// per-token tables); nothing it still asks may then answer differently.
struct LeanDocumentTests {
    static let texts = [
        "“We will not move,” Minister Jane Okafor said. The ministry’s SPOKESMAN agreed.",
        "Ferry Cuts Loom\n\n  The council met on Monday. “It is over,” said Maeve Dunleavy, 54.\n\nDr. Keane said the U.S. offer (worth $3.5m) was “a convenient number”. He left.\n",
        "\n\n   leading blank lines. Then one line\nand another line without a stop\n\n“Unbalanced quote. And more",
        "",
    ]

    @Test func leanDropsTheTokensAndGetsThemBack() {
        for text in Self.texts {
            let doc = Document(text: text)
            let lean = doc.droppingAnalysisTables()
            #expect(doc.hasAnalysisTables && doc.hasTokens)
            #expect(!lean.hasTokens && lean.tokens.isEmpty && lean.tokenHashes.isEmpty && lean.sentenceOfToken.isEmpty)
            #expect(text.isEmpty || !lean.hasAnalysisTables)
            let again = lean.withAnalysisTables()
            #expect(again.tokens == doc.tokens && again.tokenHashes == doc.tokenHashes && again.tokenLowerHashes == doc.tokenLowerHashes)
            #expect(again.sentences == doc.sentences && again.paragraphs == doc.paragraphs)
            let full = Analyzer.analyze(doc), fromLean = Analyzer.analyze(lean)
            #expect(fromLean.quotations == full.quotations && fromLean.mentions == full.mentions && fromLean.actors == full.actors)
            #expect(full.droppingAnalysisTables().document.tokens.isEmpty)
        }
    }

    @Test func whatTheReaderAsksIsAnsweredTheSame() {
        for text in Self.texts {
            let doc = Document(text: text)
            let lean = doc.droppingAnalysisTables()
            #expect(lean.paragraphs == doc.paragraphs)
            #expect(lean.headline == doc.headline)
            #expect(lean.sentences == doc.sentences)
            for offset in -2...(doc.length + 2) {
                #expect(lean.sentenceIndex(containing: offset) == doc.sentenceIndex(containing: offset), "offset \(offset)")
            }
        }
    }

    /// Words that join across stops, apostrophes, hyphens and digits, next to
    /// every kind of quotation mark.
    static let trickyText = "He said \"U.S. aid\" and “3.5 million” were “don’t-care” sums; «O’Brien’s 10,000» said: „no“ — "
        + "‘Kabul’s’ “e.g. this” and “rock'n'roll” “—” “”. The A.B.C. “1st-round” \"x\"y “Dr. No” ends “here.”\n\n“Next, ”paragraph"

    @Test func wordCountsAreTheSameForAnyRange() {
        var rng = SplitMix64(seed: 7)
        for text in Self.texts + [Self.trickyText] where !text.isEmpty {
            let doc = Document(text: text)
            let lean = doc.droppingAnalysisTables()
            for _ in 0..<400 {
                let a = Int(rng.next() % UInt64(doc.length + 1)), b = Int(rng.next() % UInt64(doc.length + 1))
                let r = TextRange(min(a, b), max(a, b))
                #expect(WhoSpeaks.wordCount(r, in: lean) == WhoSpeaks.wordCount(r, in: doc), "\(r)")
            }
            let analysis = Analyzer.analyze(doc)
            #expect(WhoSpeaks.stats(analysis.droppingAnalysisTables()) == WhoSpeaks.stats(analysis))
            // Ranges that start after white space or a double mark are split from
            // there, not from their paragraph's start: every such start, checked.
            for start in 1..<max(1, doc.length) where WhoSpeaks.endsEveryToken(doc.scalars[start - 1]) {
                for end in [start, min(doc.length, start + 1), min(doc.length, start + 9), min(doc.length, start + 40)] {
                    let r = TextRange(start, end)
                    #expect(WhoSpeaks.wordCount(r, in: lean) == WhoSpeaks.wordCount(r, in: doc), "\(r)")
                }
            }
        }
    }
}
