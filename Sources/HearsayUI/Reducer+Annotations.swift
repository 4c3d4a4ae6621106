import HearsayCore

/// Tagging, notes, undo and the annotation list, in the article and side pane.
/// Returns nil for commands that are not about annotations.
func runAnnotationCommand(_ state: inout AppState, _ command: Command, argument: Unicode.Scalar?) -> [Effect]? {
    switch command {
    case .visual:
        let scalars = state.article.document.scalars
        guard !scalars.isEmpty else { return [] }
        let at = min(state.cursor, scalars.count - 1)
        state.selection = Selection(anchor: at, head: TextMotion.wordEnd(scalars, from: at))
        state.sayWhatIsSelected()
        return []
    case .selectSentence:
        guard let i = state.article.document.sentenceIndex(containing: state.cursor) else { return [] }
        let r = state.article.document.sentences[i].range
        state.selection = Selection(anchor: r.start, head: max(r.start, r.end - 1))
        state.sayWhatIsSelected()
        return []
    case .selectQuotation:
        guard let q = state.quotationUnderCursor ?? state.article.quotationIndex(atOrAfter: state.cursor) else {
            state.message = StatusMessage(text: "No quotation here", isError: false)
            return []
        }
        let r = state.article.quotations[q].range
        state.currentQuotation = q
        state.selection = Selection(anchor: r.start, head: r.end - 1, snapsToWords: false)
        state.sayWhatIsSelected()
        return []
    case .tag:
        guard let target = state.annotationTarget else {
            state.message = StatusMessage(text: "Nothing to tag: select with v or V, or go to a quotation with ]q", isError: false)
            return []
        }
        state.picker = TagPicker(target: target)
        return []
    case .applyTag:
        guard let digit = argument.flatMap({ Int(String($0)) }), digit >= 1 else { return [] }
        let tags = state.annotations.codebook.tags
        guard digit <= tags.count else {
            state.message = StatusMessage(text: "No tag \(digit) in the codebook yet (t makes one)", isError: false)
            return []
        }
        guard let target = state.annotationTarget else {
            state.message = StatusMessage(text: "Nothing to tag: select with v or V, or go to a quotation with ]q", isError: false)
            return []
        }
        return state.applyTag(tags[digit - 1].name, to: target)
    case .note, .noteInEditor:
        guard let target = state.annotationTarget else {
            state.message = StatusMessage(text: "Nothing to annotate: select with v or V first", isError: false)
            return []
        }
        if command == .noteInEditor { return [.editNote(target, state.note(of: target))] }
        state.noteEditor = NoteEditor(target: target, text: state.note(of: target))
        return []
    case .growAnnotation, .shrinkAnnotation:
        guard case .annotation(let id)? = state.annotationTarget else {
            state.message = StatusMessage(text: "No annotation here", isError: false)
            return []
        }
        return state.resize(id, grow: command == .growAnnotation)
    case .deleteAnnotation:
        guard case .annotation(let id)? = state.annotationTarget else {
            state.message = StatusMessage(text: "No annotation here", isError: false)
            return []
        }
        state.pendingDelete = id
        let what = state.annotation(id: id).map { " (\(state.annotationSummary($0)))" } ?? ""
        state.message = StatusMessage(text: "Delete this annotation\(what)? y to confirm, any other key to keep it", isError: false)
        return []
    case .nextAnnotation, .previousAnnotation:
        let placed = state.annotationsInOrder.filter { !$0.orphaned }
        let from = state.annotationUnderCursor?.range.start ?? state.cursor
        let target = command == .nextAnnotation ? placed.first { $0.range.start > from } : placed.last { $0.range.start < from }
        guard let target else {
            state.message = StatusMessage(text: command == .nextAnnotation ? "No annotation after this one" : "No annotation before this one", isError: false)
            return []
        }
        state.currentAnnotation = target.id
        state.currentQuotation = nil
        state.currentMention = nil
        state.jump(to: target.range.start)
        // As `]q` does: which one, and what it holds (overlapping annotations
        // are told apart only by their colour otherwise).
        let k = placed.firstIndex { $0.id == target.id }.map { $0 + 1 } ?? 0
        state.message = StatusMessage(text: "Annotation \(k) of \(placed.count) · \(state.annotationSummary(target))", isError: false)
        return []
    case .filterAnnotations:
        state.prompt = Prompt(kind: .annotationFilter, text: state.annotationFilter ?? "")
        return []
    case .undo, .redo:
        return state.undoLast(redo: command == .redo)
    case .review:
        state.startReview()
        return []
    case .yank:
        guard let citation = state.citation() else {
            state.message = StatusMessage(text: "No quotation here to copy (]q goes to the next one)", isError: false)
            return []
        }
        state.message = StatusMessage(text: "Copied: \(citation)", isError: false)
        return [.copy(citation)]
    case .whoSpeaks:
        state.whoSpeaksVisible = true
        state.whoSpeaksScroll = 0
        return []
    case .filterQuotations:
        state.prompt = Prompt(kind: .quoteFilter, text: "")
        return []
    default:
        return nil
    }
}

/// `y` deletes the annotation waiting for confirmation; any other key keeps it.
func confirmDelete(_ state: inout AppState, _ id: String, _ key: Key) -> [Effect] {
    state.pendingDelete = nil
    guard key == .char("y") || key == .char("Y"), let old = state.annotation(id: id) else {
        state.message = StatusMessage(text: "Kept", isError: false)
        return []
    }
    if state.currentAnnotation == id { state.currentAnnotation = nil }
    return state.commit("Deleted the annotation", [.remove(old)])
}

/// `y` deletes the tag `:tag delete` asked about; any other key keeps it.
func confirmTagDelete(_ state: inout AppState, _ tag: String, _ key: Key) -> [Effect] {
    state.pendingTagDelete = nil
    guard key == .char("y") || key == .char("Y") else {
        state.message = StatusMessage(text: "Kept the tag \(tag)", isError: false)
        return []
    }
    return state.deleteTag(tag)
}

/// `y` undoes the earlier session's change that `u` asked about; any other key keeps it.
func confirmUndo(_ state: inout AppState, _ key: Key) -> [Effect] {
    state.pendingUndo = false
    guard key == .char("y") || key == .char("Y") else {
        state.message = StatusMessage(text: "Kept", isError: false)
        return []
    }
    return state.undoLast(redo: false, confirmed: true)
}

/// Keys in the tag picker: type to filter, Up/Down to choose, Enter applies, Esc leaves.
func pickTag(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var picker = state.picker else { return [] }
    let choices = picker.choices(state.annotations.codebook)
    switch key {
    case .escape, .ctrl("c"):
        state.picker = nil
        return []
    case .enter:
        state.picker = nil
        guard picker.selected < choices.count else { return [] }
        switch choices[picker.selected] {
        case .existing(let name): return state.applyTag(name, to: picker.target)
        case .create(let path): return state.applyTag(path: path, to: picker.target)
        }
    case .down, .ctrl("n"), .tab:
        picker.selected = min(max(0, choices.count - 1), picker.selected + 1)
    case .up, .ctrl("p"), .backTab:
        picker.selected = max(0, picker.selected - 1)
    case .backspace:
        if !picker.filter.isEmpty { picker.filter.unicodeScalars.removeLast() }
        picker.selected = 0
    case .char(let c) where c.value >= 0x20 && c.value != 0x7F:
        picker.filter.unicodeScalars.append(c)
        picker.selected = 0
    default:
        break
    }
    state.picker = picker
    return []
}

/// Keys in the note editor: text and cursor keys edit; Esc or Ctrl-S saves; Ctrl-C drops the changes.
func editNote(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var editor = state.noteEditor else { return [] }
    switch key {
    case .escape, .ctrl("s"):
        state.noteEditor = nil
        return state.setNote(editor.string, for: editor.target)
    case .ctrl("c"):
        state.noteEditor = nil
        state.message = StatusMessage(text: "Note not changed", isError: false)
        return []
    default:
        _ = editor.edit(key)
        state.noteEditor = editor
        return []
    }
}
