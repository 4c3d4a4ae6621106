import HearsayCore
@testable import HearsayUI
import XCTest

final class ReviewReducerTests: XCTestCase {
    func state() -> AppState {
        var s = ReaderFixtures.state()
        s.now = "2026-11-28T12:00:00Z"
        return s
    }

    func testReviewStepsThroughUnreviewedQuotationsWithOneKeyEach() {
        var s = state()
        s.press("R")
        XCTAssertEqual(s.mode, .review)
        XCTAssertEqual(s.currentQuotation, 0)
        XCTAssertEqual(s.message?.text, "Reviewed 0 of 3")
        let effects = s.press("a")
        XCTAssertEqual(effects, [.saveAnnotations(s.annotations)])
        XCTAssertEqual(s.review(of: 0)?.decision, .accepted)
        XCTAssertEqual(s.currentQuotation, 1, "on to the next unreviewed quotation")
        s.press("x")
        XCTAssertEqual(s.review(of: 1)?.decision, .rejected)
        XCTAssertEqual(s.message?.text, "Rejected · Reviewed 2 of 3")
        s.press("q")
        XCTAssertEqual(s.mode, .article)
        s.press("R")
        XCTAssertEqual(s.currentQuotation, 2, "review resumes at the first unreviewed quotation")
    }

    /// `R` reviews the quotation the reader is on (after `]q`, a search), not
    /// the first unreviewed one; with the cursor on no quotation, the first
    /// unreviewed one.
    func testReviewStartsOnTheQuotationAtTheCursor() {
        var s = state()
        s.press("]q]q]q")
        XCTAssertEqual(s.currentQuotation, 2)
        s.press("R")
        XCTAssertEqual(s.mode, .review)
        XCTAssertEqual(s.currentQuotation, 2, "the quotation ]q stepped to")
        s.press("q")
        var searched = state()
        let second = searched.article.quotations[1].range
        searched.cursor = second.start + 1
        searched.press("R")
        XCTAssertEqual(searched.currentQuotation, 1, "the quotation holding the cursor")
        var elsewhere = state()
        elsewhere.press("R")
        XCTAssertEqual(elsewhere.currentQuotation, 0, "no quotation at the cursor: the first unreviewed")
    }

    /// A decision the article's edit orphaned is offered on the quotation
    /// whose words are closest to its own; `L` applies it and drops the
    /// orphan, in one undoable step. A quotation far from it gets no offer.
    func testALostDecisionIsOfferedOnTheNearestQuotation() {
        var s = state()
        let lost = QuoteReview(id: "q999-1020", anchor: Anchor(start: 999, end: 1020, exact: "“A river is not a faucet,”",
                                                               prefix: "", suffix: ""),
                               decision: .corrected, speaker: "Amina Qadir", kind: .partial, orphaned: true,
                               modified: "2026-11-01T00:00:00Z")
        s.annotations.reviews = [lost]
        s.press("R:1<Enter>")
        XCTAssertFalse(s.message?.text.contains("L applies it") ?? true, "a quotation far from it: \(s.message?.text ?? "")")
        s.press(":3<Enter>")
        XCTAssertTrue(s.message?.text.contains("may be this one's: Speaker Amina Qadir · partial (“A river is not a faucet,”) (L applies it)") ?? false,
                      s.message?.text ?? "")
        let effects = s.press("L")
        XCTAssertEqual(effects, [.saveAnnotations(s.annotations)])
        XCTAssertEqual(s.review(of: 2)?.speaker, "Amina Qadir")
        XCTAssertEqual(s.review(of: 2)?.kind, .partial)
        XCTAssertFalse(s.annotations.reviews.contains { $0.orphaned }, "the orphan is gone")
        s.press("u")
        XCTAssertNil(s.review(of: 2))
        XCTAssertEqual(s.annotations.reviews, [lost], "undone: the orphan is back")
    }

    /// `:N` goes to quotation N in review (the count the status line gives),
    /// and to paragraph N when reading, as before.
    func testColonNumberGoesToAQuotationInReview() {
        var s = state()
        s.press("R:3<Enter>")
        XCTAssertEqual(s.mode, .review)
        XCTAssertEqual(s.currentQuotation, 2)
        XCTAssertEqual(s.message?.text, "Reviewed 0 of 3")
        s.press(":1<Enter>")
        XCTAssertEqual(s.currentQuotation, 0)
        s.press(":99<Enter>")
        XCTAssertEqual(s.currentQuotation, 2, "past the last: the last")
        var reading = state()
        reading.press(":2<Enter>")
        XCTAssertEqual(reading.mode, .article)
        XCTAssertEqual(reading.cursor, reading.article.paragraphs[1].start)
    }

    func testChangingTheSpeakerAndTheKind() {
        var s = state()
        s.press("R")
        s.press("sAmina<Enter>")
        XCTAssertEqual(s.review(of: 0)?.speaker, "Amina Qadir")
        XCTAssertEqual(s.review(of: 0)?.decision, .corrected)
        XCTAssertEqual(s.currentQuotation, 0, "a correction stays on the quotation")
        s.press("sThe spokesman<Enter>")
        XCTAssertEqual(s.review(of: 0)?.speaker, "The spokesman", "a typed name makes a new speaker")
        s.press("Kpart<Enter>")
        XCTAssertEqual(s.review(of: 0)?.kind, .partial)
        XCTAssertEqual(s.review(of: 0)?.speaker, "The spokesman", "the kind change keeps the speaker correction")
        s.press("u")
        XCTAssertNil(s.review(of: 0)?.kind)
    }

    func testBoundariesAndAcceptingTheRestOfAParagraph() {
        var s = state()
        s.press("R<lt>")
        XCTAssertEqual(s.article.document.string(s.reviewedRange(of: 0)), "“We will not wait another")
        s.press(">")
        XCTAssertEqual(s.article.document.string(s.reviewedRange(of: 0)), "“We will not wait another season,”")
        s.press("jjA")
        XCTAssertEqual(s.review(of: 2)?.decision, .accepted)
        XCTAssertNil(s.review(of: 1), "A accepts only in the current paragraph, from here on")
        XCTAssertEqual(s.currentQuotation, 2, "nothing left to review after it: it stays")
        // From the first paragraph, A moves on to the next one left to review, as a does.
        var t = state()
        t.press("RA")
        XCTAssertEqual(t.review(of: 0)?.decision, .accepted)
        XCTAssertEqual(t.currentQuotation, 1)
    }

    func testAddingAMissedQuotationFromASelection() {
        var s = state()
        s.press("}}})vwwQ")
        XCTAssertEqual(s.annotations.reviews.count, 1)
        XCTAssertEqual(s.annotations.reviews[0].decision, .added)
        XCTAssertEqual(s.annotations.reviews[0].anchor.exact, "Kabul did not")
        XCTAssertNil(s.selection)
        XCTAssertEqual(s.choicePicker?.purpose, .speaker, "then: who said it?")
        s.press("Sayed<Enter>")
        XCTAssertEqual(s.annotations.reviews[0].speaker, "Sayed Karim")
        XCTAssertEqual(s.annotations.reviews[0].decision, .added)
    }

    func testDecisionsAreMatchedByRangeOnAFreshAnalysis() {
        var s = state()
        s.press("Rax")
        let reviews = s.annotations.reviews
        // A new analysis of the same text: the decisions apply again by range.
        var fresh = state()
        fresh.annotations.reviews = reviews
        XCTAssertEqual(fresh.review(of: 0)?.decision, .accepted)
        XCTAssertEqual(fresh.review(of: 1)?.decision, .rejected)
        XCTAssertEqual(fresh.reviewProgress, "Reviewed 2 of 3")
    }

    /// The count of reviewed quotations is looked up from the reviews, and is
    /// the count of quotations `review(of:)` finds a decision for: by range,
    /// by the detected range a corrected review's id names, not orphans.
    func testTheReviewedCountIsTheCountOfQuotationsWithADecision() {
        func naive(_ s: AppState) -> Int { s.article.quotations.indices.filter { s.review(of: $0) != nil }.count }
        var s = state()
        XCTAssertEqual(s.reviewedCount, 0)
        s.press("R<lt>")   // the first one's bounds corrected: found by its id now
        XCTAssertNotEqual(s.annotations.reviews[0].anchor.range, s.article.quotations[0].range)
        XCTAssertEqual(s.reviewedCount, 1)
        XCTAssertEqual(s.reviewedCount, naive(s))
        s.press("ax")   // accepts the corrected one, rejects the next
        XCTAssertEqual(s.annotations.reviews.count, 2)
        XCTAssertEqual(s.reviewedCount, 2)
        XCTAssertEqual(s.reviewedCount, naive(s))
        s.annotations.reviews.append(s.annotations.reviews[0])   // two decisions on one quotation count once
        XCTAssertEqual(s.reviewedCount, 2)
        XCTAssertEqual(s.reviewedCount, naive(s))
        s.annotations.reviews[1].orphaned = true
        XCTAssertEqual(s.reviewedCount, 1)
        XCTAssertEqual(s.reviewedCount, naive(s))
        s.annotations.reviews.removeLast()
        s.press("u")
        XCTAssertEqual(s.reviewedCount, naive(s))
    }

    /// The Quotations tab's filtered rows are kept between frames; they follow
    /// every change they depend on: the query, the decisions, the actor picked,
    /// the article.
    func testTheFilteredListFollowsWhatItDependsOn() throws {
        func naive(_ s: AppState) -> [Int] { s.filteredQuotations(s.article.quotations) }
        var s = state()
        s.quoteQuery = try QuoteQuery.parse("state:rejected")
        XCTAssertEqual(s.listedQuotations, [])
        s.press("Rax")
        XCTAssertEqual(s.listedQuotations, [1])
        s.press("u")
        XCTAssertEqual(s.listedQuotations, [])
        s.quoteQuery = try QuoteQuery.parse("state:accepted")
        XCTAssertEqual(s.listedQuotations, [0])
        s.quoteQuery = nil
        let speaker = try XCTUnwrap(s.article.quotations[2].speaker?.actor)
        s.selectedActor = speaker
        XCTAssertEqual(s.listedQuotations, naive(s))
        XCTAssertTrue(s.listedQuotations.contains(2))
        s.selectedActor = s.article.quotations[0].speaker?.actor
        XCTAssertEqual(s.listedQuotations, naive(s))
        let document = s.article.document
        s.article = Article(name: "again.txt", document: document, analysis: Analyzer.analyze(document))
        XCTAssertEqual(s.listedQuotations, naive(s))
    }

    /// The who-speaks chart's rows are kept between frames and follow the
    /// decisions and the actor edits they are made from.
    func testTheChartFollowsTheDecisionsAndTheEdits() throws {
        var s = state()
        func quotations(of name: String) -> Int { s.whoSpeaksStats.first { $0.name == name }?.quotations ?? 0 }
        let speaker = try XCTUnwrap(s.article.quotations[0].speaker?.actor)
        let name = s.article.actors[speaker].name
        let before = quotations(of: name)
        XCTAssertGreaterThan(before, 0)
        XCTAssertEqual(s.whoSpeaksStats, WhoSpeaks.stats(s.article))   // (no decisions: the detector's)
        s.press("Rx")   // not a quotation
        XCTAssertEqual(quotations(of: name), before - 1)
        s.press("u")
        XCTAssertEqual(quotations(of: name), before)
        s.press("q")
        s.annotations.actorEdits = [ActorEdit(.rename(from: name, to: name + " Jr"), time: s.now)]
        s.article = s.article.applyingActorEdits(s.annotations.actorEdits)
        XCTAssertEqual(quotations(of: name + " Jr"), before)
        XCTAssertEqual(quotations(of: name), 0)
    }

    func testAReviewIdNamesTheDetectedRangeOnlyInItsOwnForm() {
        let s = state()
        XCTAssertEqual(s.detectedRange(ofReviewID: "q120-180"), TextRange(120, 180))
        XCTAssertEqual(s.detectedRange(ofReviewID: s.reviewID(TextRange(0, 7))), TextRange(0, 7))
        for id in ["q07-9", "q+7-9", "q7-", "q-7", "q9-7", "q1-2-3", "a1-2", "", "q", "added-1"] {
            XCTAssertNil(s.detectedRange(ofReviewID: id), id)
        }
    }

    /// Nested quotations end out of order; the lookup by exact range still
    /// finds every one, as a scan does.
    func testQuotationsAreFoundByTheirExactRangeWhenNested() {
        let text = "She said “the plan, which he called ‘a farce’, will fail” and left. “Fine,” he said. “Fine,” he said again."
        let document = Document(text: text)
        let article = Article(name: "n.txt", document: document, analysis: Analyzer.analyze(document))
        XCTAssertGreaterThanOrEqual(article.quotations.count, 3)
        for q in article.quotations {
            XCTAssertEqual(article.quotationIndices(exactly: q.range),
                           article.quotations.indices.filter { article.quotations[$0].range == q.range })
        }
        XCTAssertEqual(article.quotationIndices(exactly: TextRange(1, 2)), [])
    }
}

final class ReviewGoldenScreenTests: XCTestCase {
    func testReviewPanel() throws {
        var state = AppState(article: GoldenScreen.article(text: SampleArticle.text, name: "sample-editorial.txt"), width: 100, height: 30)
        state.now = "2026-11-28T12:00:00Z"
        _ = KeyScript.play(try KeyScript.parse("Rax"), on: &state)
        GoldenScreen.assertMatches(ScreenDump.render(render(state)), named: "review-mode")
        _ = KeyScript.play(try KeyScript.parse("s"), on: &state)
        GoldenScreen.assertMatches(ScreenDump.render(render(state)), named: "review-speaker-picker")
    }
}

final class ActorsPaneGoldenTests: XCTestCase {
    func testActorsPaneWithASelectedActor() throws {
        var state = AppState(article: GoldenScreen.article(text: SampleArticle.text, name: "sample-editorial.txt"), width: 110, height: 30)
        _ = KeyScript.play(try KeyScript.parse(":actor select Amina Qadir<Enter>"), on: &state)
        GoldenScreen.assertMatches(ScreenDump.render(render(state)), named: "actors-selected")
        _ = KeyScript.play(try KeyScript.parse("Q"), on: &state)
        GoldenScreen.assertMatches(ScreenDump.render(render(state)), named: "quotations-of-the-selected-actor")
    }
}

final class ReviewSelectionTests: XCTestCase {
    func testSpeakerAndBoundsFromASelection() {
        var s = ReaderFixtures.state()
        s.now = "2026-11-28T12:00:00Z"
        s.press("R")   // “We will not wait another season,” said Sayed Karim, …
        s.press("v")
        XCTAssertEqual(s.mode, .visual)
        s.selection = Selection(anchor: 59, head: 63)   // "Sayed"
        XCTAssertEqual(s.article.document.string(s.selection!.range(in: s.article.document.scalars)), "Sayed")
        s.press("s")
        XCTAssertEqual(s.review(of: 0)?.speaker, "Sayed Karim", "the actor those words name")
        XCTAssertEqual(s.mode, .review)
        s.press("v")
        s.selection = Selection(anchor: 20, head: 35, snapsToWords: false)
        s.press("r")
        XCTAssertEqual(s.article.document.string(s.reviewedRange(of: 0)), "We will not wait")
    }
}
