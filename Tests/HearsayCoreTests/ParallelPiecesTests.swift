import Testing
@testable import HearsayCore

/// The pieces of loading and analysis that a big text splits over both cores,
/// each against the same work done in one pass.
@Suite struct ParallelPiecesTests {
    /// Over 1 MB with two- and three-byte UTF-8 (é, ’, “ ”), some four-byte (𝄞).
    static let bigText: String = (0..<30_000).map { k in
        "Café \(k): “Señor Zoë’s” plan 𝄞 — said Ngozi\(k % 9).\n\nNext line \(k) ends here."
    }.joined(separator: "\n\n")

    @Test func decodingInHalvesGivesTheScalarsAndTheirOffsets() throws {
        let bytes = Array(Self.bigText.utf8)
        #expect(bytes.count > Document.parallelThreshold)
        let decoded = try TextDecoding.decode(bytes)
        let scalars = ScalarText(Self.bigText.unicodeScalars)
        #expect(decoded.scalars == scalars)
        let index = try #require(decoded.offsetIndex)
        let reference = ScalarOffsetIndex(scalars)
        for offset in stride(from: 0, through: scalars.count, by: 997) {
            #expect(index.utf8Offset(ofScalar: offset, in: scalars) == reference.utf8Offset(ofScalar: offset, in: scalars))
        }
        #expect(index.utf8Count == bytes.count)
        #expect(Document(decoded: decoded).text == Self.bigText)   // made on first use
    }

    @Test func tokenHashesAreTheWordsHashes() {
        let doc = Document(text: Self.bigText)
        for i in stride(from: 0, to: doc.tokens.count, by: 101) {
            let t = doc.tokens[i]
            #expect(doc.hash(ofToken: i) == WordHash.exact(doc.scalars[t.start..<t.end]))
            #expect(doc.lowerHash(ofToken: i) == WordHash.lower(doc.scalars[t.start..<t.end]))
        }
    }

    /// Tokens marked as quoted in two runs, as one loop marks them.
    @Test func quotedTokensMarkedInTwoRunsAreTheSame() {
        let doc = Document(text: ParallelAnalysisTests.bigText)
        #expect(doc.tokens.count > Analyzer.splitThreshold)
        let quotes = QuoteFinder.find(in: doc)
        var expected = [Bool](repeating: false, count: doc.tokens.count)
        var cursor = 0   // quotations are sorted by start: one walk over the tokens
        for span in quotes where span.parent == nil {
            while cursor > 0, doc.tokens[cursor - 1].end > span.range.start { cursor -= 1 }
            while cursor < doc.tokens.count, doc.tokens[cursor].end <= span.range.start { cursor += 1 }
            var i = cursor
            while i < doc.tokens.count, doc.tokens[i].start < span.range.end { expected[i] = true; i += 1 }
        }
        #expect(expected.contains(true) && expected.contains(false))
        #expect(TokenContext.quotedTokens(doc, quotes) == expected)
    }

    /// Quotations found in two halves, the first ending inside a quotation that
    /// runs on into the second (with one nested inside it), as in one pass.
    @Test func quotationsFoundInHalvesAreTheSameAsInOnePass() {
        let count = 40_000
        var paragraphs = (0..<count).map { "Speaker \($0) said “line \($0)” and left." }
        let middle = count / 2
        paragraphs[middle - 1] = "“This runs on, with a ‘nested phrase’ inside,"
        paragraphs[middle] = "“and ends in the second half,” she said."
        let doc = Document(text: paragraphs.joined(separator: "\n\n"))
        #expect(doc.tokens.count > Analyzer.splitThreshold)
        #expect(doc.paragraphTokens.count == count)
        var stack: [QuoteFinder.Open] = []
        let onePass = QuoteFinder.reindexParents(QuoteFinder.spans(in: doc, paragraphs: 0..<count, stack: &stack))
        let halves = QuoteFinder.find(in: doc)
        #expect(halves.count == onePass.count)
        #expect(halves.elementsEqual(onePass), "quotations differ")  // not ==: a failure would print 100,000 spans
        #expect(halves.contains { $0.paragraphCount == 2 })
        #expect(halves.contains { $0.parent != nil })
    }
}

/// Quotation kinds classified in parts: a part that starts with a quotation
/// resuming the one before it (“…,” she said, “…”) is put right.
@Suite struct KindsInPartsTests {
    @Test func aResumedQuotationAtAPartStartKeepsItsKind() {
        let doc = Document(text: """
            “We are ready,” Lena Baird said, “and we have been ready for weeks.”

            Officials called it “a step backwards” on Monday.
            """)
        let spans = QuoteFinder.find(in: doc)
        #expect(spans.count == 3)
        var attributor = SpeakerAttributor(doc: doc, gazetteer: .bundled, quotes: spans, table: ActorTable())
        let speakers = attributor.attributeAll()
        let classifier = QuoteKindClassifier(doc: doc, gazetteer: .bundled)
        let whole = classifier.classify(spans, speakers: speakers, parts: [0..<3])
        #expect(whole[1].kind == .direct)   // it resumes the first quotation
        for cut in 1..<3 {
            #expect(classifier.classify(spans, speakers: speakers, parts: [0..<cut, cut..<3]) == whole, "cut at \(cut)")
        }
    }
}

/// Sentence-initial words of a big text marked in two runs, against one run.
@Suite struct SentenceStartHalvesTests {
    @Test func marksAreTheSameAsInOneRun() {
        let doc = Document(text: ParallelAnalysisTests.bigText)
        #expect(doc.tokens.count > Analyzer.splitThreshold)
        let finder = ActorFinder(doc: doc, gazetteer: .bundled)
        let oneRun = finder.sentenceInitialWords(parts: 1)
        #expect(finder.sentenceInitialWords(parts: 2) == oneRun)
        #expect(finder.sentenceInitial == oneRun)
        #expect(oneRun.filter { $0 }.count > 10_000)
        #expect(Document(text: "").tokens.isEmpty && ActorFinder(doc: Document(text: ""), gazetteer: .bundled).sentenceInitial.isEmpty)
    }

    /// Names retyped by apposition when the mentions are read in two halves,
    /// as in one pass: described names in both halves, one actor in both.
    @Test func appositionTypesInTwoHalvesAreTheSame() {
        func name(_ stem: String, _ k: Int) -> String { stem + String(UnicodeScalar(UInt8(97 + k % 20))) }
        let paragraphs = (0..<3_000).map { k -> String in
            switch k % 4 {
            // (Names only in the second half: each half must retype its own.)
            case 0: return "The carrier, \(name(k < 1_500 ? "Veltrex" : "Quorvan", k)), said fares would rise."
            case 1: return "\(name("Orbany", k)), the regional airline, cut routes."
            case 2: return "Critics met \(name("Veltrex", k)) and \(name("Dalmar", k)) on Monday."
            default: return "Later \(name("Dalmar", k)) said nothing."
            }
        }
        let doc = Document(text: paragraphs.joined(separator: "\n\n"))
        var finder = ActorFinder(doc: doc, gazetteer: .bundled)
        finder.findNames()
        var one = finder, two = finder
        one.typeByApposition(parts: 1)
        two.typeByApposition(parts: 2)
        #expect(one.table.mentions.count >= 3_000)
        #expect(one.table.actors.map(\.type) == two.table.actors.map(\.type))
        #expect(one.table.actors.contains { $0.type == .organisation } && one.table.actors.contains { $0.type == .person })
        let secondHalfOnly = two.table.actors.filter { $0.name.hasPrefix("Quorvan") }
        #expect(!secondHalfOnly.isEmpty && secondHalfOnly.allSatisfy { $0.type == .organisation })
    }
}
