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
}
