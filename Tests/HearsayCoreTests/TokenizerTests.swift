import Testing
import HearsayCore

@Suite struct TokenizerTests {
    /// The tokens of `text` as (string, kind) pairs.
    private func tokens(_ text: String) -> [(String, Token.Kind)] {
        let scalars = ScalarText(text.unicodeScalars)
        return Tokenizer.tokenize(scalars).map { t in
            (String(String.UnicodeScalarView(scalars[t.start..<t.end])), t.kind)
        }
    }

    private func words(_ text: String) -> [String] { tokens(text).map(\.0) }

    @Test func wordsWithAnInnerHyphenAreMarked() {
        let text = "UN-led talks, a well-known al-Amr; Kabul - not 3D-printed"
        let scalars = ScalarText(text.unicodeScalars)
        let hyphenated = Tokenizer.tokenize(scalars).filter { $0.flags.contains(.hasHyphen) }
            .map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.start..<$0.end])) }
        #expect(hyphenated == ["UN-led", "well-known", "al-Amr", "3D-printed"])
    }

    @Test func dottedAbbreviationsAreOneToken() {
        #expect(words("talks in the U.S. today") == ["talks", "in", "the", "U.S.", "today"])
        #expect(words("Washington, D.C. is busy") == ["Washington", ",", "D.C.", "is", "busy"])
        #expect(words("she lives in D.C.") == ["she", "lives", "in", "D.C."])
        let us = Tokenizer.tokenize(ScalarText("U.S.".unicodeScalars))
        #expect(us.count == 1)
        #expect(us.first?.kind == .word)
        #expect(us.first?.isAllCaps == true)
        #expect(us.first?.flags.contains(.endsWithStop) == true)
    }

    @Test func aMissingSpaceAfterAStopKeepsTheWordsApart() {
        let t = tokens("from Kabul.is not")
        #expect(t.map(\.0) == ["from", "Kabul", ".", "is", "not"])
        #expect(t.map(\.1) == [.word, .word, .punctuation, .word, .word])
    }

    @Test func decimalsAndThousandsAreOneNumber() {
        let t = tokens("rose 3.5 percent to 10,000 tonnes.")
        #expect(t.map(\.0) == ["rose", "3.5", "percent", "to", "10,000", "tonnes", "."])
        #expect(t[1].1 == .number)
        #expect(t[4].1 == .number)
    }

    @Test func possessiveIsSplitOffItsWord() {
        for text in ["Kabul’s reply", "Kabul's reply"] {
            let t = tokens(text)
            #expect(t.map(\.0).first == "Kabul", "\(text)")
            #expect(t.count == 3, "\(text)")
            #expect(t.count == 3 && t[1].1 == .possessive, "\(text)")
        }
    }

    @Test func contractionsAndHyphenatedWordsStayWhole() {
        #expect(words("we don’t know") == ["we", "don’t", "know"])
        #expect(words("we don't know") == ["we", "don't", "know"])
        #expect(words("a well-founded fear") == ["a", "well-founded", "fear"])
        #expect(words("O’Brien spoke") == ["O’Brien", "spoke"])
        #expect(tokens("well-founded").first?.1 == .word)
    }

    @Test func aTrailingApostropheIsPunctuation() {
        #expect(words("the parents’ house") == ["the", "parents", "’", "house"])
    }

    @Test func combiningMarksBelongToTheirLetter() {
        #expect(words("cafe\u{301} au lait") == ["cafe\u{301}", "au", "lait"])
    }

    @Test func flagsRecordCaseAndWhiteSpace() {
        let scalars = ScalarText("Hello WHO\nnext\n\nPara".unicodeScalars)
        let t = Tokenizer.tokenize(scalars)
        #expect(t.count == 4)
        #expect(t[0].isCapitalised && !t[0].isAllCaps)
        #expect(t[1].isAllCaps && t[1].flags.contains(.spaceBefore))
        #expect(t[2].flags.contains(.newlineBefore) && !t[2].flags.contains(.paragraphBefore))
        #expect(t[3].flags.contains(.paragraphBefore))
        #expect(t.map(\.range) == [TextRange(0, 5), TextRange(6, 9), TextRange(10, 14), TextRange(16, 20)])
    }

    /// A token is at most `Token.maxLength` scalars (its length is 16 bits):
    /// a longer run of letters or digits is cut into tokens that follow one
    /// another, each with the hashes of its own scalars, whichever scan
    /// (plain ASCII word, full word, number) found the run.
    @Test(arguments: ["a", "é", "ж", "7"]) func aRunLongerThanATokenIsCutIntoTokens(unit: String) {
        let long = String(repeating: unit, count: Token.maxLength * 2 + 10)
        for text in ["x " + long + " y", long + "’s", "“" + long + "”"] {
            let doc = Document(text: text)
            let run = doc.tokens.filter { $0.end - $0.start > 2 }
            #expect(run.map { $0.end - $0.start } == [Token.maxLength, Token.maxLength, 10], "\(text.prefix(3))")
            #expect(zip(run, run.dropFirst()).allSatisfy { $0.end == $1.start })
            #expect(run.dropFirst().allSatisfy { !$0.flags.contains(.spaceBefore) })
            for (i, t) in doc.tokens.enumerated() {
                let piece = doc.scalars[t.start..<t.end]
                #expect(doc.tokenHashes[i] == WordHash.exact(piece))
                #expect(doc.tokenLowerHashes[i] == WordHash.lower(piece))
            }
        }
    }
}
