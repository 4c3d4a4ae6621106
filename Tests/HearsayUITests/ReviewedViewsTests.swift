import HearsayCore
@testable import HearsayUI
import XCTest

/// Outside review mode, the reader shows the quotations as reviewed: the `]q`
/// line, the Quotations tab, the `&` filter and Who speaks credit the speaker
/// and kind the user set, as `y` and `export` already did.
final class ReviewedViewsTests: XCTestCase {
    /// Quotation 1 credited to a new speaker, "The spokesman", in review.
    private func reviewedState() -> AppState {
        var s = ReaderFixtures.state()
        s.now = "2026-11-28T12:00:00Z"
        s.press("R")
        s.press("sThe spokesman<Enter>")
        XCTAssertEqual(s.review(of: 0)?.speaker, "The spokesman", "fixture")
        s.press("q")
        return s
    }

    func testTheQuotationLineNamesTheReviewedSpeaker() {
        var s = reviewedState()
        s.press("gg]q")
        XCTAssertEqual(s.currentQuotation, 0)
        XCTAssertTrue(s.message?.text.contains("The spokesman (set in review)") ?? false, s.message?.text ?? "")
    }

    func testTheFilterFindsTheReviewedSpeakerAndNotTheDetectedOne() {
        var s = reviewedState()
        let detected = s.speakerName(of: 0, reviewed: false) ?? ""
        XCTAssertFalse(detected.isEmpty)
        s.press("&speaker:spokesman<Enter>")
        XCTAssertEqual(s.listedQuotations, [0])
        s.press("&speaker:\(detected.split(separator: " ").last!)<Enter>")
        XCTAssertFalse(s.listedQuotations.contains(0), "credited to someone else now")
    }

    func testTheKindSetInReviewShowsAndFilters() {
        var s = ReaderFixtures.state()
        s.press("R")
        s.press("Kscare<Enter>")
        XCTAssertEqual(s.review(of: 0)?.kind, .scare, "fixture")
        s.press("q")
        XCTAssertEqual(s.reviewedQuotation(0).kind, .scare)
        s.press("&kind:scare<Enter>")
        XCTAssertTrue(s.listedQuotations.contains(0))
        XCTAssertEqual(SidePaneView.speakerLabel(article: s.article, 0, kind: s.reviewedQuotation(0).kind), "(scare)")
    }

    func testWhoSpeaksCreditsTheReviewedSpeaker() {
        let s = reviewedState()
        XCTAssertTrue(s.whoSpeaksStats.contains { $0.name == "The spokesman" }, "\(s.whoSpeaksStats.map(\.name))")
    }

    /// A name typed in review is offered again for the next quotation, and
    /// choosing the speaker a quotation already has records nothing.
    func testTheSpeakerPickerOffersNamesTypedBeforeAndIgnoresNoChange() {
        var s = reviewedState()
        s.press("R")
        let first = s.currentQuotation
        XCTAssertNotEqual(first, 0, "review starts at the first unreviewed quotation")
        s.press("sspokes")
        XCTAssertEqual(s.choicePicker?.choices.first, .existing("The spokesman"))
        s.press("<Esc>")
        // Quotation 1 again: its speaker is already "The spokesman".
        s.press("k")
        XCTAssertEqual(s.currentQuotation, 0)
        let before = s.annotations
        s.press("sThe spokesman<Enter>")
        XCTAssertEqual(s.annotations, before, "nothing recorded")
        XCTAssertEqual(s.message?.text, "Speaker unchanged: The spokesman")
    }
}
