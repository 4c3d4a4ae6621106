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

    /// The Actors tab's "2q", the Quotations tab filtered by an actor and `]a`
    /// follow the speaker set in review, as Who speaks does; a rejected
    /// quotation no longer counts for anyone.
    func testTheActorsTabAndTheActorFilterCountTheReviewedSpeaker() throws {
        var s = ReaderFixtures.state()
        s.now = "2026-11-28T12:00:00Z"
        let karim = try XCTUnwrap(s.article.actors.firstIndex { $0.name == "Sayed Karim" })
        let qadir = try XCTUnwrap(s.article.actors.firstIndex { $0.name == "Amina Qadir" })
        XCTAssertEqual(s.reviewedQuotationCounts[karim], 1, "fixture: the detector's")
        XCTAssertEqual(s.reviewedQuotationCounts[qadir], 1, "fixture: the detector's")
        s.press("R")
        s.press("sAmina<Enter>")
        XCTAssertEqual(s.review(of: 0)?.speaker, "Amina Qadir")
        s.press("q")
        XCTAssertEqual(s.reviewedQuotationCounts[karim], 0)
        XCTAssertEqual(s.reviewedQuotationCounts[qadir], 2)
        XCTAssertEqual(s.speakerActor(of: 0), qadir)
        s.selectedActor = qadir
        XCTAssertEqual(s.listedQuotations, [0, 2])
        s.selectedActor = karim
        XCTAssertEqual(s.listedQuotations, [])
        s.selectedActor = nil
        s.press("gg]q")
        XCTAssertEqual(s.followedActor, qadir, "]a follows the reviewed speaker of the current quotation")
        // Rejected: counted for no one.
        s.press("R:3<Enter>x")
        XCTAssertEqual(s.review(of: 2)?.decision, .rejected)
        XCTAssertEqual(s.reviewedQuotationCounts[qadir], 1)
    }

    /// With an actor picked or an `&` query, `]q` and `[q` step through the
    /// quotations the filter keeps, and the line says where in them.
    func testQuotationStepsFollowTheFilter() throws {
        var s = ReaderFixtures.state()
        let qadir = try XCTUnwrap(s.article.actors.firstIndex { $0.name == "Amina Qadir" })
        s.selectedActor = qadir
        let kept = s.listedQuotations
        XCTAssertFalse(kept.isEmpty)
        s.press("gg]q")
        XCTAssertEqual(s.currentQuotation, kept[0])
        XCTAssertTrue(s.message?.text.contains("(1 of \(kept.count) filtered)") ?? false, s.message?.text ?? "")
        s.press("]q")
        if kept.count == 1 {
            XCTAssertEqual(s.message?.text, "No quotation that the filter keeps after this one")
        }
        s.selectedActor = nil
        s.press("gg]q")
        XCTAssertEqual(s.currentQuotation, 0, "no filter: every quotation")
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
        s.press("]qR")
        XCTAssertEqual(s.currentQuotation, 1, "review starts on the quotation ]q went to")
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

    /// The last quotation, at the article's end, is not hidden under the review
    /// panel: the panel moves to the top.
    func testTheReviewPanelDoesNotCoverTheQuotationUnderReview() {
        var s = ReaderFixtures.state()
        _ = reduce(into: &s, .resize(width: 100, height: 14))
        s.press("R")
        for _ in 0..<s.article.quotations.count { s.press("j") }
        let q = s.article.quotations.count - 1
        XCTAssertEqual(s.currentQuotation, q)
        let screen = ScreenDump.render(render(s))
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let panelTop = rows.firstIndex(where: { $0.contains("Review · quotation") }) else {
            return XCTFail("no review panel:\n\(screen)")
        }
        let panel = panelTop..<(panelTop + 7)   // the panel's rows
        // The line that names the speaker after the quotation: "Qadir said. Kabul did not answer."
        let shown = rows.indices.filter { rows[$0].contains("Kabul did not answer") }
        XCTAssertTrue(shown.contains { !panel.contains($0) }, "the quotation's line is not under the panel:\n\(screen)")
    }

    /// A quotation added with `Q` shows among the others at once: in the count,
    /// the Quotations tab, `]q`, review, and with its speaker; undo takes it away.
    func testAnAddedQuotationShowsAmongTheOthers() {
        var s = ReaderFixtures.state()
        let detected = s.article.quotations.count
        s.press("}}})vwwQ")
        s.press("Sayed<Enter>")
        XCTAssertEqual(s.article.quotations.count, detected + 1)
        let added = s.article.quotations.firstIndex { s.article.document.string($0.range) == "Kabul did not" }
        XCTAssertNotNil(added)
        guard let added else { return }
        XCTAssertEqual(s.review(of: added)?.decision, .added)
        XCTAssertEqual(s.speakerName(of: added), "Sayed Karim")
        XCTAssertTrue(s.listedQuotations.contains(added))
        s.press("gg")
        for _ in 0...added { s.press("]q") }
        XCTAssertEqual(s.currentQuotation, added)
        XCTAssertTrue(s.message?.text.contains("Sayed Karim") ?? false, s.message?.text ?? "")
        s.press("uu")
        XCTAssertEqual(s.article.quotations.count, detected, "undone: gone again")
    }

    /// `/` in review goes to the quotation at the match (letters typed after it
    /// no longer run as review commands).
    func testSearchInReviewGoesToTheQuotationAtTheMatch() {
        var s = ReaderFixtures.state()
        s.press("R")
        XCTAssertEqual(s.currentQuotation, 0)
        s.press("/tap<Enter>")
        XCTAssertEqual(s.mode, .review)
        let q = s.article.quotations.firstIndex { s.article.document.string($0.range).contains("tap") }
        XCTAssertEqual(s.currentQuotation, q)
        XCTAssertEqual(s.annotations.reviews, [], "no letter ran as a command")
    }

    /// Undo in review goes to the quotation whose decision it undid, so the box
    /// shows what changed back.
    func testUndoInReviewShowsTheQuotationItUndid() {
        var s = ReaderFixtures.state()
        s.press("Ra")
        XCTAssertEqual(s.review(of: 0)?.decision, .accepted)
        XCTAssertEqual(s.currentQuotation, 1, "a moved on")
        s.press("u")
        XCTAssertNil(s.review(of: 0))
        XCTAssertEqual(s.currentQuotation, 0)
        XCTAssertEqual(s.message?.text, "Undone: Accepted")
    }

    /// g and G in review go to the first and the last quotation.
    func testGAndShiftGInReviewGoToTheFirstAndLastQuotation() {
        var s = ReaderFixtures.state()
        s.press("RG")
        XCTAssertEqual(s.currentQuotation, s.article.quotations.count - 1)
        XCTAssertEqual(s.mode, .review)
        s.press("g")
        XCTAssertEqual(s.currentQuotation, 0)
    }
}
