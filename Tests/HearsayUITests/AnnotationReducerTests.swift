import HearsayCore
@testable import HearsayUI
import XCTest

final class AnnotationReducerTests: XCTestCase {
    func state() -> AppState {
        var s = ReaderFixtures.state()
        s.now = "2026-11-28T12:00:00Z"
        return s
    }

    func text(_ s: AppState, _ r: TextRange) -> String { s.article.document.string(r) }

    func testVisualModeSelectsWordsAndSnaps() {
        var s = state()
        s.press("}")   // “We will not wait…
        s.press("v")
        XCTAssertEqual(s.mode, .visual)
        s.press("ww")
        let r = s.selection!.range(in: s.article.document.scalars)
        XCTAssertEqual(text(s, r), "“We will not")
        // The message line says what is selected and which end moves.
        XCTAssertEqual(s.message?.text, "Selected 3 words: ⟨“We will not⟩ · moving its end (o: its start)")
        s.press("o")
        XCTAssertEqual(s.message?.text, "Selected 3 words: ⟨“We will not⟩ · moving its start (o: its end)")
        s.press("<Esc>")
        // Moving the start back, b goes one word a press.
        var back = state()
        back.press("}}vwo")
        XCTAssertEqual(text(back, back.selection!.range(in: back.article.document.scalars)), "Islamabad called")
        let words = { (t: AppState) in t.article.document.string(t.selection!.range(in: t.article.document.scalars))
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
        back.press("b")
        XCTAssertEqual(words(back), 3, "one word further back")
        back.press("b")
        XCTAssertEqual(words(back), 4)
        // V says what it selected at once.
        s.press("V")
        XCTAssertTrue(s.message?.text.hasPrefix("Selected ") ?? false, s.message?.text ?? "")
        s.press("<Esc>")
        XCTAssertNil(s.selection)
        XCTAssertEqual(s.mode, .article)
    }

    func testVSelectsTheSentenceAndTaggingCreatesTheTagAndTheAnnotation() {
        var s = state()
        s.press("}}V")
        XCTAssertEqual(text(s, s.selection!.range(in: s.article.document.scalars)), "Islamabad called the weir “a unilateral act” on Monday.")
        let effects = s.press("tblame<Enter>")
        XCTAssertNil(s.selection)
        XCTAssertNil(s.picker)
        XCTAssertEqual(s.annotations.codebook.tags.map(\.name), ["blame"])
        XCTAssertEqual(s.annotations.annotations.count, 1)
        let a = s.annotations.annotations[0]
        XCTAssertEqual(a.tags, ["blame"])
        XCTAssertEqual(a.anchor.exact, "Islamabad called the weir “a unilateral act” on Monday.")
        XCTAssertEqual(a.created, "2026-11-28T12:00:00Z")
        XCTAssertEqual(effects, [.saveAnnotations(s.annotations)])
        XCTAssertEqual(s.currentAnnotation, a.id)
    }

    func testDigitsApplyCodebookTagsToTheCurrentQuotation() {
        var s = state()
        s.press("]qtblame<Enter>")
        s.press("]qtthreat<Enter>")
        XCTAssertEqual(s.annotations.codebook.tags.map(\.name), ["blame", "threat"])
        s.press("[q2")
        let first = s.annotations.annotations.first { $0.range == s.article.quotations[0].range }
        XCTAssertEqual(first?.tags, ["blame", "threat"], "the digit added tag 2 to the first quotation's annotation")
        s.press("7")
        XCTAssertEqual(s.message?.text, "No tag 7 in the codebook yet (t makes one)")
    }

    /// `]n` says which annotation it went to and what it holds, as `]q` does,
    /// and `d` names the one it would delete.
    func testAnnotationStepsAndDeletionSayWhichAnnotation() {
        var s = state()
        s.press("]qtblame<Enter>")
        s.press("}}Vtthreat<Enter>")
        s.press("gg]n")
        XCTAssertEqual(s.message?.text, "Annotation 1 of 2 · blame · “We will not wait another season,”")
        s.press("]n")
        XCTAssertEqual(s.message?.text, "Annotation 2 of 2 · threat · “A river is not a tap,” Qadir said.")
        s.press("d")
        XCTAssertEqual(s.message?.text, "Delete this annotation (threat · “A river is not a tap,” Qadir said.)? y to confirm, any other key to keep it")
        s.press("n")
        XCTAssertEqual(s.annotations.annotations.count, 2)
    }

    func testPickerFiltersFuzzilyAndOffersToCreate() {
        var s = state()
        s.annotations.codebook = Codebook(tags: [Tag(name: "diplomacy"), Tag(name: "threat"), Tag(name: "blame")])
        s.press("]qt")
        XCTAssertEqual(s.picker?.choices(s.annotations.codebook), [.existing("diplomacy"), .existing("threat"), .existing("blame")])
        s.press("thr")
        XCTAssertEqual(s.picker?.choices(s.annotations.codebook), [.existing("threat"), .create("thr")])
        s.press("<Down><Enter>")
        XCTAssertEqual(s.annotations.codebook.tags.last?.name, "thr", "the second row created a new tag")
    }

    func testNoteEditorSavesOnEscapeAndCancelsOnControlC() {
        var s = state()
        s.press("]qc")
        XCTAssertNotNil(s.noteEditor)
        s.press("Said twice<Enter>in the piece<Esc>")
        XCTAssertNil(s.noteEditor)
        XCTAssertEqual(s.annotations.annotations.first?.note, "Said twice\nin the piece")
        s.press("c<BS><BS><BS><BS><BS>talk<C-c>")
        XCTAssertEqual(s.annotations.annotations.first?.note, "Said twice\nin the piece")
    }

    func testUndoAndRedoEveryChange() {
        var s = state()
        s.press("]qtblame<Enter>")
        s.press("cwhy<Esc>")
        XCTAssertEqual(s.annotations.annotations.first?.note, "why")
        s.press("u")
        XCTAssertEqual(s.annotations.annotations.first?.note, "")
        s.press("u")
        XCTAssertEqual(s.annotations.annotations, [])
        XCTAssertEqual(s.annotations.codebook.tags, [], "the new tag was part of the same step")
        s.press("u")
        XCTAssertEqual(s.message?.text, "Nothing to undo")
        s.press("<C-r><C-r>")
        XCTAssertEqual(s.annotations.annotations.first?.note, "why")
        XCTAssertEqual(s.annotations.journal.undo.count, 2)
    }

    func testDeleteAsksFirst() {
        var s = state()
        s.press("]qtblame<Enter>")
        s.press("dn")
        XCTAssertEqual(s.annotations.annotations.count, 1)
        XCTAssertEqual(s.message?.text, "Kept")
        let effects = s.press("dy")
        XCTAssertEqual(s.annotations.annotations.count, 0)
        XCTAssertEqual(effects, [.saveAnnotations(s.annotations)])
    }

    func testGrowAndShrinkByWord() {
        var s = state()
        s.press("}}vw")   // Islamabad called
        s.press("tx<Enter>")
        XCTAssertEqual(s.annotations.annotations[0].anchor.exact, "Islamabad called")
        s.press(">")
        XCTAssertEqual(s.annotations.annotations[0].anchor.exact, "Islamabad called the")
        s.press("<lt><lt>")
        XCTAssertEqual(s.annotations.annotations[0].anchor.exact, "Islamabad")
        s.press("<lt>")
        XCTAssertEqual(s.message?.text, "Cannot shrink below one word")
    }

    func testAnnotationsTabListsJumpsAndFilters() {
        var s = state()
        s.press("]qtblame<Enter>]q]qtpraise<Enter>")
        s.press("T")
        XCTAssertEqual(s.tab, .annotations)
        XCTAssertEqual(s.listedAnnotations.map(\.tags), [["blame"], ["praise"]])
        s.press("Fpraise<Enter>")
        XCTAssertEqual(s.listedAnnotations.map(\.tags), [["praise"]])
        s.press("F<C-u><Enter>")
        XCTAssertEqual(s.listedAnnotations.count, 2)
        s.press("<Tab>g<Enter>")
        XCTAssertTrue(s.cursorText.hasPrefix("“We will not"))
    }

    func testReadOnlyRefusesChanges() {
        var s = state()
        s.readOnlyReason = "open in another Hearsay (pid 42)"
        let effects = s.press("]qt")
        XCTAssertEqual(effects, [])
        XCTAssertNil(s.picker, "refused before the picker opens")
        XCTAssertEqual(s.annotations.annotations, [])
        XCTAssertEqual(s.message?.text, "Read-only: open in another Hearsay (pid 42)")
        // The note editor does not open to take a note that would be thrown away.
        s.press("<Esc>Vc")
        XCTAssertNil(s.noteEditor)
        XCTAssertEqual(s.message?.text, "Read-only: open in another Hearsay (pid 42)")
        // Review: a decision is refused and review stays on the same quotation.
        s.press("<Esc>R")
        XCTAssertEqual(s.mode, .review)
        let before = s.currentQuotation
        s.press("a")
        XCTAssertEqual(s.currentQuotation, before, "does not move on as if it were recorded")
        XCTAssertEqual(s.annotations.reviews, [])
        XCTAssertEqual(s.message?.text, "Read-only: open in another Hearsay (pid 42)")
        s.press("j")
        XCTAssertNotEqual(s.currentQuotation, before, "moving through review still works")
    }
}

final class OrphanReattachTests: XCTestCase {
    func testAnOrphanIsReattachedToANewSelection() {
        var s = ReaderFixtures.state()
        s.now = "2026-11-28T12:00:00Z"
        let orphan = Annotation(id: "o1", anchor: Anchor(start: 5, end: 20, exact: "text that went", prefix: "", suffix: ""),
                                tags: ["blame"], note: "kept", created: s.now, orphaned: true)
        s.annotations.annotations = [orphan]
        s.press("T<Tab><Enter>")
        XCTAssertEqual(s.currentAnnotation, "o1")
        XCTAssertTrue(s.message?.text.hasPrefix("Orphan") ?? false)
        s.press("<Tab>}}V")
        let effects = s.press("a")
        let a = s.annotations.annotations[0]
        XCTAssertFalse(a.orphaned)
        XCTAssertEqual(a.anchor.exact, "Islamabad called the weir “a unilateral act” on Monday.")
        XCTAssertEqual(a.note, "kept")
        XCTAssertEqual(effects, [.saveAnnotations(s.annotations)])
        s.press("u")
        XCTAssertTrue(s.annotations.annotations[0].orphaned)
    }
}

final class VisualMotionTests: XCTestCase {
    func selected(_ s: AppState) -> String {
        s.article.document.string(s.selection!.range(in: s.article.document.scalars))
    }

    /// At the start of “A river is not a tap,” Qadir said. Kabul did not answer. Sayed Karim left early.
    func lastParagraph() -> AppState {
        var s = ReaderFixtures.state()
        s.press("}}}")
        return s
    }

    func testWordsAndCharacters() {
        var s = lastParagraph()
        s.press("v")
        XCTAssertEqual(selected(s), "“A")
        s.press("ww")
        XCTAssertEqual(selected(s), "“A river is")
        s.press("b")
        XCTAssertEqual(selected(s), "“A river")
        s.press("l")
        XCTAssertEqual(selected(s), "“A river ", "by character: no snapping to words")
        s.press("h")
        XCTAssertEqual(selected(s), "“A river")
    }

    func testSentencesParagraphsAndTheOtherEnd() {
        var s = lastParagraph()
        s.press("v)")
        XCTAssertEqual(selected(s), "“A river is not a tap,” Qadir said.")
        s.press(")")
        XCTAssertEqual(selected(s), "“A river is not a tap,” Qadir said. Kabul did not answer.")
        s.press("(")
        XCTAssertEqual(selected(s), "“A river is not a tap,” Qadir said.")
        s.press("}")
        XCTAssertEqual(selected(s), "“A river is not a tap,” Qadir said. Kabul did not answer. Sayed Karim left early.")
        s.press("o")
        XCTAssertEqual(s.selection?.anchor, s.article.paragraphs[3].end - 1, "o swaps the ends")
    }

    func testInnerParagraphAndSentence() {
        var s = lastParagraph()
        s.press("vwwwip")
        XCTAssertEqual(selected(s), "“A river is not a tap,” Qadir said. Kabul did not answer. Sayed Karim left early.")
        s.press("<Esc>")
        s.press("vis")
        XCTAssertTrue(selected(s).hasPrefix("“A river") || selected(s).hasPrefix("Sayed") || selected(s).hasPrefix("Kabul"), selected(s))
    }

    func testLinesDownAndUp() {
        var s = ReaderFixtures.state(width: 40, height: 20)
        s.press("}}v")
        s.press("j")
        let twoLines = selected(s)
        XCTAssertTrue(twoLines.hasPrefix("Islamabad called") && twoLines.contains("\n") == false && twoLines.count > 20, twoLines)
        s.press("k")
        XCTAssertEqual(selected(s), "Islamabad")
    }
}

final class AnnotationNavigationTests: XCTestCase {
    /// The tester's steps: tag paragraphs 1 to 4 (the last one tagged stays the
    /// current annotation), `}` six times, `g`. `]n` and `[n` then go from the
    /// cursor at the top, not from paragraph 4, now far below the view.
    func testNextAndPreviousAnnotationGoFromTheCursorOnceItLeftTheCurrentOne() {
        var s = ReaderFixtures.state("Editorial on the weir\n\n" + ReaderFixtures.long(paragraphs: 8))
        s.now = "2026-11-28T12:00:00Z"
        s.press("}Vtblame<Enter>}Vtblame<Enter>}Vtblame<Enter>}Vtblame<Enter>")
        XCTAssertEqual(s.annotations.annotations.count, 4)
        XCTAssertTrue(s.annotation(id: s.currentAnnotation!)?.anchor.exact.hasPrefix("Paragraph 4") ?? false)
        s.press("}}}}}}g")
        XCTAssertEqual(s.cursor, 0)
        s.press("]n")
        XCTAssertTrue(s.cursorText.hasPrefix("Paragraph 1 "), s.cursorText)
        XCTAssertNotEqual(s.message?.text, "No annotation after this one")
        s.press("[n")
        XCTAssertEqual(s.message?.text, "No annotation before this one")
        XCTAssertTrue(s.cursorText.hasPrefix("Paragraph 1 "), s.cursorText)
        // From the middle: G, then [n is the last annotation, ]n is none.
        s.press("G[n")
        XCTAssertTrue(s.cursorText.hasPrefix("Paragraph 4 "), s.cursorText)
        s.press("}}]n")
        XCTAssertEqual(s.message?.text, "No annotation after this one")
        s.press("{{{{[n")
        XCTAssertTrue(s.cursorText.hasPrefix("Paragraph 1 "), "from paragraph 2's start: paragraph 1, \(s.cursorText)")
    }

    func testNextAndPreviousAnnotationAndTheEditorEffect() {
        var s = ReaderFixtures.state()
        s.now = "2026-11-28T12:00:00Z"
        s.press("]qtblame<Enter>]q]qtpraise<Enter>g")
        s.currentQuotation = nil
        s.currentAnnotation = nil
        s.press("]n")
        XCTAssertTrue(s.cursorText.hasPrefix("“We will not"))
        s.press("]n")
        XCTAssertTrue(s.cursorText.hasPrefix("“A river"))
        s.press("]n")
        XCTAssertEqual(s.message?.text, "No annotation after this one")
        s.press("[n")
        XCTAssertTrue(s.cursorText.hasPrefix("“We will not"))
        let id = s.currentAnnotation!
        XCTAssertEqual(s.press("C"), [.editNote(.annotation(id: id), "")])
        _ = reduce(into: &s, .noteEdited(.annotation(id: id), "from the editor"))
        XCTAssertEqual(s.annotation(id: id)?.note, "from the editor")
        _ = reduce(into: &s, .noteEdited(.annotation(id: id), nil))
        XCTAssertEqual(s.message?.text, "The editor failed; the note is unchanged")
        XCTAssertEqual(s.annotation(id: id)?.note, "from the editor")
    }
}
