import HearsayCore

/// Visual mode: motions move the selection's head; t, digits and c act on it.
func runInVisual(_ state: inout AppState, _ command: Command, argument: Unicode.Scalar?) -> [Effect] {
    guard var selection = state.selection else { return [] }
    let doc = state.article.document
    let scalars = doc.scalars
    let last = max(0, scalars.count - 1)
    switch command {
    case .extendWordForward:
        selection.head = TextMotion.wordEnd(scalars, from: TextMotion.nextWordStart(scalars, after: selection.head))
    case .extendWordBackward:
        if selection.head < selection.anchor {
            // Moving the start (after `o`, or selecting backwards): one word back.
            selection.head = TextMotion.previousWordStart(scalars, before: selection.head)
            break
        }
        // To the last letter of the word before (the selection's end stays on a word),
        // or, past the anchor, to the start of the word before (selecting backwards).
        let start = TextMotion.previousWordStart(scalars, before: selection.head)
        var i = start - 1
        while i > 0, !Selection.isWordScalar(scalars[i]) { i -= 1 }
        selection.head = max(0, i)
        if selection.head < selection.anchor { selection.head = TextMotion.previousWordStart(scalars, before: start) }
    case .extendCharForward:
        selection.head = min(last, selection.head + 1)
        selection.snapsToWords = false
    case .extendCharBackward:
        selection.head = max(0, selection.head - 1)
        selection.snapsToWords = false
    case .extendLineDown, .extendLineUp:
        let line = state.position(of: selection.head)
        let target = state.advanced(line, by: command == .extendLineDown ? 1 : -1)
        let column = selection.head - state.offset(of: line)
        selection.head = min(last, state.offset(of: target) + max(0, column))
    case .extendSentenceForward, .extendSentenceBackward:
        guard let i = doc.sentenceIndex(containing: selection.head) else { break }
        if command == .extendSentenceForward {
            let r = doc.sentences[i].range
            selection.head = r.end - 1 > selection.head || i + 1 >= doc.sentences.count ? r.end - 1 : doc.sentences[i + 1].range.end - 1
        } else if i > 0, doc.sentences[i - 1].range.end - 1 >= selection.anchor {
            // Shrinking a forward selection: back to the end of the sentence before.
            selection.head = doc.sentences[i - 1].range.end - 1
        } else {
            let r = doc.sentences[i].range
            selection.head = r.start < selection.head || i == 0 ? r.start : doc.sentences[i - 1].range.start
        }
    case .extendParagraphForward, .extendParagraphBackward:
        let p = state.article.paragraphIndex(containing: selection.head)
        let r = state.article.paragraphs[p]
        if command == .extendParagraphForward {
            selection.head = r.end - 1 > selection.head || p + 1 >= state.article.paragraphs.count ? r.end - 1 : state.article.paragraphs[p + 1].end - 1
        } else if p > 0, state.article.paragraphs[p - 1].end - 1 >= selection.anchor {
            selection.head = state.article.paragraphs[p - 1].end - 1
        } else {
            selection.head = r.start < selection.head || p == 0 ? r.start : state.article.paragraphs[p - 1].start
        }
    case .selectInnerParagraph:
        let r = state.article.paragraphs[state.article.paragraphIndex(containing: selection.head)]
        selection = Selection(anchor: r.start, head: r.end - 1)
    case .selectInnerSentence:
        guard let i = doc.sentenceIndex(containing: selection.head) else { break }
        let r = doc.sentences[i].range
        selection = Selection(anchor: r.start, head: r.end - 1)
    case .swapSelectionEnds:
        swap(&selection.anchor, &selection.head)
    case .cancel:
        state.selection = nil
        return []
    case .tag, .applyTag, .note, .noteInEditor:
        return runAnnotationCommand(&state, command, argument: argument) ?? []
    case .speakerFromSelection, .boundsFromSelection:
        guard state.reviewing, let q = state.currentQuotation, q < state.article.quotations.count else {
            state.message = StatusMessage(text: "Only while reviewing a quotation (R)", isError: false)
            return []
        }
        let range = selection.range(in: scalars)
        state.selection = nil
        if command == .boundsFromSelection {
            return state.commitReviews("Boundaries changed", [(q, .corrected, nil, nil, range)])
        }
        let name = state.article.document.string(range).trimmingSpaces
        // The actor those words name, when there is one; else the words themselves.
        let actor = state.article.mentions.first { $0.range.overlaps(range) }.map { state.article.actors[$0.actor].name }
        return state.decide(q, .corrected, speaker: actor ?? name)
    case .addActor:
        return state.addActor(from: selection.range(in: scalars))
    case .addQuotation:
        return state.addMissedQuotation(selection.range(in: scalars))
    case .reattachOrphan:
        return state.reattachOrphan(to: selection.range(in: scalars))
    default:
        return runGlobal(&state, command) ?? []
    }
    state.selection = selection
    // The view follows the moving end, as the cursor does.
    state.cursor = selection.head
    state.revealCursor()
    state.sayWhatIsSelected()
    return []
}

extension AppState {
    /// What is selected and which end moves, on the message line: the colour
    /// alone did not say where the selection ended (a closing mark left out)
    /// or what `o` did.
    mutating func sayWhatIsSelected() {
        guard let selection else { return }
        message = StatusMessage(text: selectionSummary(selection, in: article.document), isError: false)
    }
}

/// "Selected 3 words: “so-called “reform”” · moving its end (o: its start)".
func selectionSummary(_ selection: Selection, in doc: Document) -> String {
    let range = selection.range(in: doc.scalars)
    let text = doc.string(range).split(whereSeparator: { $0.isNewline }).joined(separator: " ")
    let words = text.split(whereSeparator: { $0 == " " }).count
    let shown = text.count <= 50 ? text : String(text.prefix(24)) + " … " + String(text.suffix(24))
    let end = selection.head >= selection.anchor ? "moving its end (o: its start)" : "moving its start (o: its end)"
    return "Selected \(words) word\(words == 1 ? "" : "s"): ⟨\(shown)⟩ · \(end)"
}
