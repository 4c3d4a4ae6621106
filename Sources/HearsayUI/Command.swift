/// Everything a key can do in the reader. The raw value is the command's name in
/// keymap files and in the help overlay.
public enum Command: String, CaseIterable, Sendable {
    case lineDown = "line-down", lineUp = "line-up"
    case pageDown = "page-down", pageUp = "page-up"
    case halfPageDown = "half-page-down", halfPageUp = "half-page-up"
    case top, bottom
    case nextParagraph = "next-paragraph", previousParagraph = "previous-paragraph"
    case nextSentence = "next-sentence", previousSentence = "previous-sentence"
    case nextQuotation = "next-quotation", previousQuotation = "previous-quotation"
    case nextMention = "next-mention", previousMention = "previous-mention"
    case switchPane = "switch-pane", toggleSidePane = "toggle-side-pane"
    case nextTab = "next-tab", previousTab = "previous-tab"
    case showQuotations = "show-quotations", showActors = "show-actors", showOutline = "show-outline"
    case open
    case search, searchNext = "search-next", searchPrevious = "search-previous"
    case setMark = "set-mark", jumpToMark = "jump-to-mark"
    case commandLine = "command-line"
    case help, redraw, quit
    case cancel
    // Annotations (issue 4).
    case visual, selectSentence = "select-sentence", selectQuotation = "select-quotation"
    case extendWordForward = "extend-word-forward", extendWordBackward = "extend-word-backward"
    case extendCharForward = "extend-char-forward", extendCharBackward = "extend-char-backward"
    case extendSentenceForward = "extend-sentence-forward", extendSentenceBackward = "extend-sentence-backward"
    case extendParagraphForward = "extend-paragraph-forward", extendParagraphBackward = "extend-paragraph-backward"
    case extendLineDown = "extend-line-down", extendLineUp = "extend-line-up"
    case selectInnerParagraph = "select-inner-paragraph", selectInnerSentence = "select-inner-sentence"
    case swapSelectionEnds = "swap-selection-ends"
    case tag, applyTag = "apply-tag", note, noteInEditor = "note-in-editor"
    case growAnnotation = "grow-annotation", shrinkAnnotation = "shrink-annotation"
    case deleteAnnotation = "delete-annotation"
    case nextAnnotation = "next-annotation", previousAnnotation = "previous-annotation"
    case showAnnotations = "show-annotations", filterAnnotations = "filter-annotations"
    case undo, redo
    case reattachOrphan = "reattach-orphan"
    // Review (issue 5).
    case review, accept, reject, changeSpeaker = "change-speaker", changeKind = "change-kind"
    case growQuotation = "grow-quotation", shrinkQuotation = "shrink-quotation"
    case acceptParagraph = "accept-paragraph", addQuotation = "add-quotation", leaveReview = "leave-review"
    case applyLostDecision = "apply-lost-decision"
    case speakerFromSelection = "speaker-from-selection", boundsFromSelection = "bounds-from-selection"
    case filterQuotations = "filter-quotations", addActor = "add-actor", yank, whoSpeaks = "who-speaks", sortChart = "sort-chart"
}

extension Command {
    /// Commands that change the annotation file (or open an editor or picker to
    /// do so): refused at once while the file is read-only, rather than letting
    /// the user type a note or move through review decisions that are then
    /// thrown away.
    var changesAnnotations: Bool {
        switch self {
        case .tag, .applyTag, .note, .noteInEditor, .growAnnotation, .shrinkAnnotation, .deleteAnnotation,
             .undo, .redo, .reattachOrphan, .accept, .reject, .changeSpeaker, .changeKind,
             .growQuotation, .shrinkQuotation, .acceptParagraph, .addQuotation, .applyLostDecision,
             .speakerFromSelection, .boundsFromSelection, .addActor:
            return true
        default:
            return false
        }
    }
}
