import HearsayCore

/// The one place state changes: `reduce(into:_:)` applies an action and returns
/// the effects to run. Keys go through the keymap here (with pending prefixes such
/// as `]` of `]q`), so a key script and a real keyboard take the same path.
public func reduce(into state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        return handleKey(&state, key)
    case .command(let command, let argument):
        return run(&state, command, argument: argument)
    case .resize(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        state.top = state.clampedTop(state.top)
        state.revealCursor()
        return []
    case .mouse(let event):
        return handleMouse(&state, event)
    case .noteEdited(let target, let text):
        guard let text else {
            state.message = StatusMessage(text: "The editor failed; the note is unchanged", isError: true)
            return []
        }
        return state.setNote(text, for: target)
    case .keyTimeout:
        return resolvePendingCount(&state)
    case .actorRegistryLoaded(let edits):
        state.registryEdits = edits
        state.refreshActors()
        return []
    case .annotationsLoaded(let file, let reason, let message):
        state.annotations = file
        state.earlierSessionUndoCount = file.journal.undo.count
        state.refreshActors()
        state.readOnlyReason = reason
        // Back where the reader left off, with the marks (unless they moved already).
        if state.cursor == 0, file.reading.position > 0 {
            state.jump(to: min(file.reading.position, state.article.length))
        }
        for (name, offset) in file.reading.marks {
            if let key = name.unicodeScalars.first, name.unicodeScalars.count == 1, state.marks[key] == nil { state.marks[key] = offset }
        }
        if let message { state.message = StatusMessage(text: message, isError: reason != nil) }
        return []
    case .articleUpdated(let article):
        var topOffset = state.offset(of: state.top)
        if state.article.isEndOfFile && article.isComplete {
            // From the end of a big file to the whole: the same place, counted from the end.
            let shift = article.length - state.article.length
            topOffset = max(0, topOffset + shift)
            state.cursor = max(0, state.cursor + shift)
        } else if state.article.isEndOfFile != article.isEndOfFile {
            // From one part of a loading file to the other (the loop jumps next).
            topOffset = 0
            state.cursor = 0
        }
        if article.isComplete {
            // Marks set on the end part: the same places, counted from the end.
            for (name, distance) in state.endPartMarks { state.marks[name] = max(0, article.length - distance) }
            state.endPartMarks = [:]
        }
        state.article = article.applyingActorEdits(state.allActorEdits, added: state.addedQuotationReviews)
        state.layout.invalidate()
        state.cursor = min(state.cursor, article.length)
        state.top = state.clampedTop(state.position(of: topOffset))
        state.syncSidePane()
        return []
    }
}

func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    state.interruptArmed = false
    if state.prompt != nil { return editPrompt(&state, key) }
    if state.picker != nil { return pickTag(&state, key) }
    if state.choicePicker != nil { return pickChoice(&state, key) }
    if state.noteEditor != nil { return editNote(&state, key) }
    if let id = state.pendingDelete { return confirmDelete(&state, id, key) }
    if let tag = state.pendingTagDelete { return confirmTagDelete(&state, tag, key) }
    if state.pendingUndo { return confirmUndo(&state, key) }
    state.message = nil
    if let effects = countKey(&state, key) { return effects }
    // Esc after a prefix (`]`, `m`) cancels it without a word, as in vim
    // (and the count before it).
    if key == .escape, !state.pendingKeys.isEmpty {
        state.pendingKeys = []
        state.pendingCount = nil
        return []
    }
    state.pendingKeys.append(key)
    switch state.keymap.lookup(state.pendingKeys, mode: state.mode) {
    case .pending:
        return []
    case .command(let command, let argument):
        state.pendingKeys = []
        if state.pendingCount != nil { return runCounted(&state, command, argument: argument) }
        return run(&state, command, argument: argument)
    case .unbound:
        // (A count before a key that means nothing is dropped with it.)
        state.pendingCount = nil
        let typed = KeySpec.label(state.pendingKeys)
        // Ctrl-C cancels what is open (a prompt, the note editor, a picker);
        // with nothing open it does not quit at once, as in less and vim: a
        // reflex from the shell must not end a session by surprise.
        if state.pendingKeys == [.ctrl("c")] {
            state.pendingKeys = []
            state.interruptArmed = true
            state.message = StatusMessage(text: "Ctrl-C again quits; q quits too", isError: false)
            return []
        }
        state.pendingKeys = []
        state.message = StatusMessage(text: "\(typed) is not a key here (? for help)", isError: true)
        return []
    }
}

func run(_ state: inout AppState, _ command: Command, argument: Unicode.Scalar?) -> [Effect] {
    if let reason = state.readOnlyReason, command.changesAnnotations, state.mode != .help {
        state.message = StatusMessage(text: "Read-only: \(reason)", isError: true)
        return []
    }
    switch state.mode {
    case .help: return runInHelp(&state, command)
    case .visual: return runInVisual(&state, command, argument: argument)
    case .review: return runInReview(&state, command, argument: argument)
    case .chart: return runInChart(&state, command)
    case .side: if let effects = runInSidePane(&state, command) { return effects }
    case .article: break
    }
    if let effects = runAnnotationCommand(&state, command, argument: argument) { return effects }
    return runInArticle(&state, command, argument: argument)
}

/// Commands that mean the same in every mode.
func runGlobal(_ state: inout AppState, _ command: Command) -> [Effect]? {
    switch command {
    case .quit:
        state.shouldQuit = true
        return [.quit]
    case .redraw:
        return [.redraw]
    case .help:
        let from = state.mode
        state.helpVisible = true
        state.helpScroll = HelpOverlay.firstLine(of: from, state)
        return []
    case .commandLine:
        state.prompt = Prompt(kind: .command, text: "")
        return []
    case .search:
        state.prompt = Prompt(kind: state.helpVisible ? .helpFilter : .search, text: "")
        return []
    case .switchPane:
        if !state.geometry.sidePaneVisible { state.sidePaneShown = true }
        state.focus = state.focus == .article ? .side : .article
        if state.focus == .article, state.geometry.sidePaneCoversArticle { state.sidePaneShown = false }
        return []
    case .toggleSidePane:
        let visible = state.geometry.sidePaneVisible
        state.sidePaneShown = !visible
        if visible { state.focus = .article }
        // On a narrow screen the pane covers the article: the keys go to what
        // is seen (j had scrolled the hidden article under it).
        if !visible, state.geometry.sidePaneCoversArticle { state.focus = .side }
        return []
    case .showQuotations, .showActors, .showOutline, .showAnnotations:
        state.tab = command == .showQuotations ? .quotations : command == .showActors ? .actors
            : command == .showOutline ? .outline : .annotations
        if !state.geometry.sidePaneVisible { state.sidePaneShown = true; state.focus = .side }
        state.syncSidePane()
        return []
    case .nextTab, .previousTab:
        let tabs = SideTab.allCases
        let i = tabs.firstIndex(of: state.tab)!
        state.tab = tabs[(i + (command == .nextTab ? 1 : tabs.count - 1)) % tabs.count]
        state.syncSidePane()
        return []
    default:
        return nil
    }
}

/// The help overlay: scroll, filter, close.
func runInHelp(_ state: inout AppState, _ command: Command) -> [Effect] {
    let rows = max(1, HelpOverlay.layout(state).rows.count)
    switch command {
    case .lineDown: state.helpScroll += 1
    case .lineUp: state.helpScroll -= 1
    case .pageDown: state.helpScroll += state.geometry.bodyRows - 2
    case .pageUp: state.helpScroll -= state.geometry.bodyRows - 2
    case .halfPageDown: state.helpScroll += state.geometry.bodyRows / 2
    case .halfPageUp: state.helpScroll -= state.geometry.bodyRows / 2
    case .top: state.helpScroll = 0
    case .bottom: state.helpScroll = rows
    case .cancel:
        state.helpVisible = false
        state.helpFilter = ""
    default:
        return runGlobal(&state, command) ?? []
    }
    state.helpScroll = max(0, min(state.helpScroll, rows - 1))
    return []
}
