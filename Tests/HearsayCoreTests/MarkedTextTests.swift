import Testing
import HearsayCore

/// The fixture helper itself, so that every other test can trust its offsets.
@Suite struct MarkedTextTests {
    @Test func removesBracketsAndReportsScalarOffsets() {
        let m = MarkedText("Asif said ⟦“not available”⟧ on X")
        #expect(m.text == "Asif said “not available” on X")
        #expect(m.range == TextRange(10, 25))
        #expect(m.string(0) == "“not available”")
    }

    @Test func severalAndNestedPairsInOpeningOrder() {
        let m = MarkedText("⟦“He said ⟦‘no’⟧ twice,”⟧ ⟦Lena⟧ said. \u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467} ⟦e\u{301}⟧")
        #expect(m.text == "“He said ‘no’ twice,” Lena said. \u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467} e\u{301}")
        #expect(m.ranges.count == 4)
        #expect(m.string(0) == "“He said ‘no’ twice,”")
        #expect(m.string(1) == "‘no’")
        #expect(m.string(2) == "Lena")
        // The family emoji is five scalars; the combining accent is a scalar of its own.
        #expect(m[3] == TextRange(39, 41))
        #expect(m.string(3) == "e\u{301}")
    }

    @Test func noMarksGivesTheTextUnchanged() {
        let m = MarkedText("plain text")
        #expect(m.text == "plain text")
        #expect(m.ranges.isEmpty)
    }
}
