import HearsayCore
import Testing
@testable import HearsayUI

/// How an annotation reads in the Annotations tab.
struct AnnotationRowTests {
    func annotation(_ exact: String, note: String = "") -> Annotation {
        Annotation(id: "a", anchor: Anchor(start: 0, end: exact.unicodeScalars.count, exact: exact, prefix: "", suffix: ""),
                   note: note, created: "2026-11-29T00:00:00Z")
    }

    @Test func aPassageIsShownInQuotationMarks() {
        #expect(SidePaneView.preview(of: annotation("the weir was closed")) == "“the weir was closed”")
    }

    @Test func aQuotationKeepsItsOwnMarksNotTwoPairs() {
        #expect(SidePaneView.preview(of: annotation("“a unilateral act”")) == "“a unilateral act”")
        #expect(SidePaneView.preview(of: annotation("\"The gates will reopen\"")) == "\"The gates will reopen\"")
        #expect(SidePaneView.preview(of: annotation("«non»")) == "«non»")
    }

    /// A selection that took the opening mark but not the closing one shows as
    /// it is: "““a unilateral act”" read as a bug (a user test, stop 20).
    @Test func aMarkOnOneSideIsNotDoubledAndBracketsAreNotAQuotation() {
        #expect(SidePaneView.preview(of: annotation("“a unilateral act")) == "“a unilateral act")
        #expect(SidePaneView.preview(of: annotation("a unilateral act”")) == "“a unilateral act”")
        #expect(SidePaneView.preview(of: annotation("(see above)")) == "“(see above)”")
        #expect(SidePaneView.preview(of: annotation("“")) == "“")
    }

    @Test func aNoteIsShownInsteadOfThePassage() {
        #expect(SidePaneView.preview(of: annotation("“a unilateral act”", note: "check the date")) == "check the date")
    }
}
