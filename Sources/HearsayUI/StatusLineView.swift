import HearsayCore

/// The status line (file, position, counts, mode) and the prompt or message line below it.
enum StatusLineView {
    static func draw(_ state: AppState, into screen: inout ScreenBuffer) {
        let g = state.geometry
        let article = state.article
        // A message wider than the screen takes the rows it needs (at most half
        // the screen) and the status line moves up above it, as vim's message
        // area grows: the end of a reason ("… copy the .bak over it") is often
        // what matters, and was cut at the screen's edge. The next key clears it.
        let messageLines = state.prompt == nil ? state.message.map { messageRows($0.text, g) } ?? [] : []
        let statusRow = g.statusRow - max(0, messageLines.count - 1)
        screen.fill(row: statusRow, column: 0, count: g.width, role: .status)
        var mode: String
        switch state.mode {
        case .article: mode = " READ "
        case .side: mode = " \(state.tab.rawValue.uppercased()) "
        case .help: mode = " HELP "
        case .visual: mode = " VISUAL "
        case .review: mode = " REVIEW "
        case .chart: mode = " WHO SPEAKS "
        }
        if state.picker != nil { mode = " TAG " }
        if state.choicePicker != nil { mode = state.choicePicker?.purpose == .speaker ? " SPEAKER " : " KIND " }
        if state.noteEditor != nil { mode = " NOTE " }
        // (Always shown: a second Hearsay on the file, or a corrupt file, makes every change fail.)
        if state.readOnlyReason != nil { mode += "(read-only) " }
        var x = screen.put(mode, row: statusRow, column: 0, role: .statusMode)
        var counts: String
        if let analysis = article.analysis {
            counts = counted(analysis.quotations.count, "quotation") + " · " + counted(analysis.actors.count, "actor")
        } else {
            counts = "analysing…"
        }
        if let failure = article.loadFailure {
            counts = (article.isEndOfFile ? "only its end is shown: " : "only its start is shown: ") + failure
        } else if !article.isComplete {
            counts = (article.isEndOfFile ? "loading… (showing the end) · " : "loading… · ") + counts
        }
        // A big file's text is read back from the file as it is shown: rewritten
        // since, it can no longer be (what changed shows as �).
        if article.document.scalars.changedOnDisk { counts += " · the file changed on disk: reopen it" }
        let left = " \(article.name) · \(counts)"
        var right = "\(state.percent)% "
        // (Only a slow save, which the screen did not wait for: what the screen shows is not on disk yet.)
        if state.isSaving { right = "saving… " + right }
        if !state.pendingKeys.isEmpty { right = KeySpec.label(state.pendingKeys) + "  " + right }
        let rightWidth = DisplayWidth.of(right)
        x += screen.putClipped(left, row: statusRow, column: x, role: .status, limit: max(0, g.width - x - rightWidth - 1))
        if g.width - rightWidth > x { screen.put(right, row: statusRow, column: g.width - rightWidth, role: .status) }

        let row = g.promptRow
        if let prompt = state.prompt {
            let shown = prompt.leader + prompt.text
            // Keep the end of a long prompt in view: that is where the user types.
            var text = Substring(shown)
            while DisplayWidth.of(text) > g.width - 1, !text.isEmpty { text = text.dropFirst() }
            let used = screen.put(text, row: row, column: 0, role: .prompt)
            screen.put("█", row: row, column: used, role: .prompt)
        } else if let message = state.message {
            let role: Role = message.isError ? .error : .message
            for (k, line) in messageLines.enumerated() {
                let r = statusRow + 1 + k
                // (Rows taken from the text are cleared first.)
                if r < row { screen.fill(row: r, column: 0, count: g.width, role: .message) }
                screen.putClipped(line, row: r, column: 0, role: role, limit: g.width)
            }
        } else {
            screen.putClipped(hints(state), row: row, column: 0, role: .muted, limit: g.width)
        }
    }

    /// The rows a message takes: one when it fits, else wrapped, at most half
    /// the screen (the last row then takes the rest, cut with "…").
    static func messageRows(_ text: String, _ g: Geometry) -> [String] {
        guard DisplayWidth.of(text) > g.width, g.width >= HelpOverlay.minimumTextWidth else { return [text] }
        var lines = HelpOverlay.wrapped(text, width: g.width)
        let most = max(1, min(g.promptRow, g.height / 2))
        if lines.count > most { lines = Array(lines.prefix(most - 1)) + [lines[(most - 1)...].joined(separator: " ")] }
        return lines
    }

    /// The keys worth knowing in this mode, from the keymap (so a user's own keys show).
    static func hints(_ state: AppState) -> String {
        // The editors and pickers read keys themselves (not through the keymap).
        if state.noteEditor != nil { return "<Esc> save the note · <C-c> cancel" }
        if state.picker != nil || state.choicePicker != nil { return "type to filter · <Enter> choose · <Esc> cancel" }
        let wanted: [(Command, String)]
        switch state.mode {
        case .help:
            wanted = [(.lineDown, "scroll"), (.search, "filter"), (.cancel, "close")]
        case .visual:
            wanted = [(.extendWordForward, "extend"), (.selectInnerSentence, "sentence"), (.tag, "tag"),
                      (.note, "note"), (.cancel, "cancel")]
        case .review:
            wanted = [(.accept, "accept"), (.reject, "reject"), (.changeSpeaker, "speaker"), (.changeKind, "kind"),
                      (.lineDown, "next"), (.leaveReview, "leave")]
        case .chart:
            wanted = [(.sortChart, "sort"), (.cancel, "back"), (.help, "help")]
        case .side:
            wanted = [(.open, "jump"), (.nextTab, "next tab"), (.search, "filter"), (.switchPane, "article"), (.quit, "quit")]
        case .article:
            wanted = [(.help, "help"), (.search, "search"), (.nextQuotation, "next quotation"), (.switchPane, "side pane"), (.quit, "quit")]
        }
        return wanted.compactMap { command, label in
            state.keymap.keys(for: command, mode: state.mode).first.map { KeySpec.label($0) + " " + label }
        }.joined(separator: " · ")
    }

    static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
