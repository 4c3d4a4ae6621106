import Testing
@testable import HearsayCore

/// Terminal escape sequences are not text: found whole, and read as white
/// space by the analysis, whose offsets stay the file's.
@Suite struct TerminalEscapesTests {
    /// The escapes of `text`, as the strings they cover.
    func escapes(_ text: String) -> [String] {
        let s = ScalarText(text.unicodeScalars)
        return TerminalEscapes.ranges(in: s).map { s.string(in: $0.start..<$0.end) }
    }

    @Test func eachKindOfSequenceIsFoundWhole() {
        #expect(escapes("plain text, no escape") == [])
        #expect(escapes("\u{1B}[31mred\u{1B}[0m") == ["\u{1B}[31m", "\u{1B}[0m"])
        #expect(escapes("a \u{1B}[1;38;5;208mbold") == ["\u{1B}[1;38;5;208m"])
        // A title or link (OSC), ended by BEL or by ESC \.
        #expect(escapes("\u{1B}]0;title\u{07}text") == ["\u{1B}]0;title\u{07}"])
        #expect(escapes("\u{1B}]8;;https://example.org\u{1B}\\link") == ["\u{1B}]8;;https://example.org\u{1B}\\"])
        // Short ones: a character set, a saved cursor.
        #expect(escapes("\u{1B}(Bword \u{1B}7") == ["\u{1B}(B", "\u{1B}7"])
        // An OSC never ended stops at the line's end, so the next paragraph is text.
        #expect(escapes("\u{1B}]0;no end\nNext line") == ["\u{1B}]0;no end"])
        // A lone ESC at the end.
        #expect(escapes("end\u{1B}") == ["\u{1B}"])
    }

    @Test func aWideTextIsSearchedToo() {
        // Cyrillic beyond the narrow form's 32 slots makes the text wide.
        let cyrillic = String((0x410...0x44F).map { Character(Unicode.Scalar($0)!) })
        let text = cyrillic + " \u{1B}[32mзелёный\u{1B}[0m"
        let s = ScalarText(text.unicodeScalars)
        #expect(!s.isNarrow)
        #expect(TerminalEscapes.ranges(in: s).map { s.string(in: $0.start..<$0.end) } == ["\u{1B}[32m", "\u{1B}[0m"])
    }

    @Test func blankingKeepsLineBreaksAndTheStorage() {
        let s = ScalarText("a\u{1B}[31m“b”\n\u{1B}]0;x\nc".unicodeScalars)
        let blanked = s.blanking(TerminalEscapes.ranges(in: s))
        #expect(blanked.string == "a     “b”\n     \nc")
        #expect(blanked.isNarrow && blanked.count == s.count)
    }

    /// "ESC[0m said" made a person called "0m" the speaker of both quotations.
    @Test func colourCodesAroundAQuotationOrANameAreNotAnActor() {
        let text = """
            The minister spoke.

            \u{1B}[31m“We will not accept it,”\u{1B}[0m said Amina Qadir on Monday.

            “Nothing changes,” \u{1B}[1mFarida Osei\u{1B}[0m said.

            """
        let a = Analyzer.analyze(Document(text: text))
        #expect(a.actors.map(\.name).sorted() == ["Amina Qadir", "Farida Osei"])
        #expect(a.quotations.map { $0.speaker?.actor.map { a.actors[$0].name } } == ["Amina Qadir", "Farida Osei"])
        // Offsets are the text's own, escapes and all.
        let first = a.quotations[0].range
        #expect(a.document.string(first) == "“We will not accept it,”")
        #expect(a.document.scalars[first.start - 1] == "m")
    }
}
