import HearsayCore

/// Commands with the focus on the article: scrolling moves the view (as in
/// less) and drags the cursor along; jumps move the cursor and the view follows.
func runInArticle(_ state: inout AppState, _ command: Command, argument: Unicode.Scalar?) -> [Effect] {
    let rows = state.geometry.bodyRows
    switch command {
    case .lineDown: state.scroll(by: 1)
    case .lineUp: state.scroll(by: -1)
    case .pageDown: state.scroll(by: max(1, rows - 1))
    case .pageUp: state.scroll(by: -max(1, rows - 1))
    case .halfPageDown: state.scroll(by: max(1, rows / 2))
    case .halfPageUp: state.scroll(by: -max(1, rows / 2))
    case .top where !state.article.isComplete && state.article.isEndOfFile,
         .bottom where !state.article.isComplete && !state.article.isEndOfFile:
        // Only a part of a big file is loaded, and not the part asked for.
        return [.showPartOfFile(end: command == .bottom)]
    case .top:
        state.jump(to: 0)
        state.top = .start
    case .bottom:
        // The cursor goes to the last line, as vim's G, not to the last paragraph's
        // start: when that paragraph is longer than the pane, its start is off the
        // last screen and revealing it would scroll back up from the end.
        state.top = state.maximumTop
        state.jump(to: state.offset(of: state.lastLine))
    case .nextParagraph, .previousParagraph:
        let paragraphs = state.article.paragraphs
        let p = state.article.paragraphIndex(containing: state.cursor)
        let target = command == .nextParagraph
            ? (p + 1 < paragraphs.count ? p + 1 : p)
            : (paragraphs.isEmpty || state.cursor > paragraphs[p].start ? p : max(0, p - 1))
        if !paragraphs.isEmpty { state.jump(to: paragraphs[target].start) }
    case .nextSentence, .previousSentence:
        if let target = state.sentenceStart(after: command == .nextSentence) {
            state.jump(to: target)
        } else {
            state.message = StatusMessage(text: "No more sentences", isError: false)
        }
    case .nextQuotation, .previousQuotation:
        state.moveQuotation(forward: command == .nextQuotation)
    case .nextMention, .previousMention:
        state.moveMention(forward: command == .nextMention)
    case .searchNext, .searchPrevious:
        state.repeatSearch(forward: command == .searchNext)
    case .setMark:
        if let argument {
            state.setMark(argument, at: state.cursor)
            state.message = StatusMessage(text: "Mark \(argument) set", isError: false)
        }
    case .jumpToMark:
        if let argument, let offset = argument == "'" || argument == "`" ? state.marks["'"] : state.marks[argument] {
            state.jump(to: offset)
        } else if let argument {
            state.message = StatusMessage(text: "Mark \(argument) is not set", isError: true)
        }
    case .cancel:
        state.search = nil
        state.currentMention = nil
        state.selectedActor = nil
        state.quoteQuery = nil
        state.annotationFilter = nil   // (the `F` tag filter: Esc clears every filter, as the help says)
    case .open:
        break
    default:
        return runGlobal(&state, command) ?? []
    }
    return []
}

extension AppState {
    /// Sets mark `name`; one set on the end part of a loading file is also
    /// remembered by its distance from the end, to be moved when the whole arrives.
    mutating func setMark(_ name: Unicode.Scalar, at offset: Int) {
        marks[name] = offset
        endPartMarks[name] = article.isEndOfFile ? article.length - offset : nil
    }

    /// Scrolls the view by `lines` and keeps the cursor on screen.
    mutating func scroll(by lines: Int) {
        top = clampedTop(advanced(top, by: lines))
        pullCursorIntoView()
        syncSidePane()
    }

    /// Moves the cursor to `offset` (remembering where it was for `''`) and shows it.
    mutating func jump(to offset: Int) {
        if offset != cursor { setMark("'", at: cursor) }
        cursor = max(0, min(offset, article.length))
        revealCursor()
        syncSidePane()
    }

    /// The start of the next sentence after the cursor, or of the last one before it
    /// (found through the document's token index, not a scan: texts can be 100 MB).
    func sentenceStart(after forward: Bool) -> Int? {
        let sentences = article.document.sentences
        guard let i = article.document.sentenceIndex(containing: cursor) else { return nil }
        if forward {
            var k = i
            while k < sentences.count, sentences[k].range.start <= cursor { k += 1 }
            return k < sentences.count ? sentences[k].range.start : nil
        }
        var k = i
        while k >= 0, sentences[k].range.start >= cursor { k -= 1 }
        return k >= 0 ? sentences[k].range.start : nil
    }

    mutating func moveQuotation(forward: Bool) {
        let quotations = article.quotations
        guard !quotations.isEmpty else {
            message = StatusMessage(text: article.analysis == nil ? article.withoutAnalysis : "No quotations", isError: false)
            return
        }
        let target: Int?
        if isQuotationListFiltered {
            // With an actor picked or an `&` query, `]q` and `[q` step through
            // what the Quotations tab lists, as a checker filtering by speaker expects.
            let listed = listedQuotations
            guard !listed.isEmpty else {
                message = StatusMessage(text: "No quotation matches the filter (Esc in the side pane clears it)", isError: false)
                return
            }
            if let q = quotationUnderCursor {
                target = forward ? listed.first { $0 > q } : listed.last { $0 < q }
            } else {
                target = forward ? listed.first { quotations[$0].range.start >= cursor } : listed.last { quotations[$0].range.start < cursor }
            }
        } else if forward {
            target = quotationUnderCursor.map { $0 + 1 < quotations.count ? $0 + 1 : nil }
                ?? quotations.firstIndex { $0.range.start >= cursor }
        } else {
            target = quotationUnderCursor.map { $0 > 0 ? $0 - 1 : nil }
                ?? quotations.lastIndex { $0.range.start < cursor }
        }
        guard let target else {
            let filtered = isQuotationListFiltered ? " that the filter keeps" : ""
            message = StatusMessage(text: forward ? "No quotation\(filtered) after this one" : "No quotation\(filtered) before this one", isError: false)
            return
        }
        currentQuotation = target
        currentMention = nil
        jump(to: quotations[target].range.start)
        describeCurrentQuotation()
    }

    /// The current quotation while the cursor is on it. Once the cursor has
    /// gone elsewhere (`G`, a search, a page down), `]q`, `[q` and tagging go
    /// from the cursor, as vim's `]` motions do, not from a quotation off screen.
    var quotationUnderCursor: Int? {
        guard let q = currentQuotation, q < article.quotations.count else { return nil }
        let r = article.quotations[q].range
        return r.start <= cursor && cursor <= r.end ? q : nil
    }

    /// The same for the current mention of an actor.
    var mentionUnderCursor: Int? {
        guard let m = currentMention, m < article.mentions.count else { return nil }
        let r = article.mentions[m].range
        return r.start <= cursor && cursor <= r.end ? m : nil
    }

    /// "Quotation 2 of 20 · partial · Amina Qadir (said)" on the message line.
    mutating func describeCurrentQuotation() {
        guard let q = currentQuotation, q < article.quotations.count else { return }
        // As reviewed: the kind and the speaker the user set win.
        let quotation = reviewedQuotation(q)
        var parts = ["Quotation \(q + 1) of \(article.quotations.count)", quotation.kind.rawValue]
        if isQuotationListFiltered, let k = listedQuotations.firstIndex(of: q) {
            parts[0] += " (\(k + 1) of \(listedQuotations.count) filtered)"
        }
        if quotation.kind.isReportedSpeech, let name = speakerName(of: q), !name.isEmpty {
            let corrected = review(of: q)?.speaker != nil
            let cue = quotation.speaker?.cue.map { " (" + article.document.string($0) + ")" } ?? ""
            parts.append(name + (corrected ? " (set in review)" : cue))
        }
        message = StatusMessage(text: parts.joined(separator: " · "), isError: false)
    }

    /// The actor `]a` follows: the one selected in the Actors tab, else the
    /// speaker of the current quotation, else the next actor mentioned.
    var followedActor: Int? {
        if let selectedActor { return selectedActor }
        if let q = currentQuotation, let a = speakerActor(of: q) { return a }
        let i = Article.firstEnding(after: cursor, in: article.mentions) { $0.range }
        return i < article.mentions.count ? article.mentions[i].actor : nil
    }

    mutating func moveMention(forward: Bool) {
        guard let actor = followedActor else {
            message = StatusMessage(text: "No actor selected (pick one in the Actors tab)", isError: false)
            return
        }
        let mentions = article.mentions
        let from = mentionUnderCursor.map { mentions[$0].range.start } ?? cursor
        let target = forward
            ? mentions.indices.first { mentions[$0].actor == actor && mentions[$0].range.start > from }
            : mentions.indices.last { mentions[$0].actor == actor && mentions[$0].range.start < from }
        let name = article.actors[actor].name
        guard let target else {
            message = StatusMessage(text: "No \(forward ? "later" : "earlier") mention of \(name)", isError: false)
            return
        }
        selectedActor = actor
        currentMention = target
        currentQuotation = nil
        jump(to: mentions[target].range.start)
        message = StatusMessage(text: name, isError: false)
    }
}
