import HearsayCore

/// The tag picker and the note editor, drawn as boxes over the lower part of the screen.
enum AnnotationOverlays {
    static func draw(_ state: AppState, into screen: inout ScreenBuffer) {
        if let picker = state.picker { drawPicker(state, picker, into: &screen) }
        if let editor = state.noteEditor { drawNoteEditor(state, editor, into: &screen) }
    }

    /// A framed box of `height` rows above the status line, centred, at most 70 wide.
    /// `atTop`: under the header instead of above the status line (review mode,
    /// when the quotation under review is at the bottom of the pane).
    static func box(_ screen: inout ScreenBuffer, _ g: Geometry, height: Int, title: String, footer: String,
                    atTop: Bool = false) -> (left: Int, top: Int, width: Int, rows: Int) {
        let width = min(g.width - 2, 70)
        let h = max(3, min(height, g.statusRow - 1))
        let left = (g.width - width) / 2
        let top = atTop ? g.bodyTop : max(0, g.statusRow - h - 1)
        for row in top..<top + h { screen.fill(row: row, column: left, count: width, role: .help) }
        screen.put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, role: .help)
        screen.put(" \(title) ", row: top, column: left + 2, role: .helpTitle, limit: width - 4)
        screen.put("└" + String(repeating: "─", count: width - 2) + "┘", row: top + h - 1, column: left, role: .help)
        let f = " \(footer) "
        if DisplayWidth.of(f) < width - 4 { screen.put(f, row: top + h - 1, column: left + width - 2 - DisplayWidth.of(f), role: .helpKey) }
        for row in top + 1..<top + h - 1 {
            screen.put("│", row: row, column: left, role: .help)
            screen.put("│", row: row, column: left + width - 1, role: .help)
        }
        return (left + 2, top + 1, width - 4, h - 2)
    }

    static func drawPicker(_ state: AppState, _ picker: TagPicker, into screen: inout ScreenBuffer) {
        let g = state.geometry
        let codebook = state.annotations.codebook
        let choices = picker.choices(codebook)
        let applied: [String]
        switch picker.target {
        case .annotation(let id): applied = state.annotations.annotation(id: id)?.tags ?? []
        case .range(let r): applied = state.annotations.annotation(on: r)?.tags ?? []
        }
        let area = box(&screen, g, height: min(12, choices.count + 4), title: "Tag", footer: "Enter apply · Esc cancel")
        guard area.rows > 0, area.width > 4 else { return }
        let used = screen.put("> " + picker.filter, row: area.top, column: area.left, role: .prompt, limit: area.width - 1)
        screen.put("█", row: area.top, column: area.left + used, role: .prompt)
        let listRows = area.rows - 1
        guard listRows > 0 else { return }
        let first = max(0, min(picker.selected - listRows + 1, choices.count - listRows))
        for (i, choice) in choices.enumerated().dropFirst(first).prefix(listRows) {
            let y = area.top + 1 + i - first
            switch choice {
            case .existing(let name):
                let number = codebook.tags.firstIndex { $0.name == name }.map { $0 < 9 ? "\($0 + 1) " : "  " } ?? "  "
                var x = area.left + screen.put(number, row: y, column: area.left, role: .helpKey)
                // ✓ marks the tags the annotation has: Enter on one takes it off.
                x += screen.put(applied.contains(name) ? "✓ " : "  ", row: y, column: x, role: .helpKey)
                // In the tag's own colour, with its description after it when
                // there is room (a coder picks by what the code means).
                let limit = area.left + area.width - x
                let used = screen.putClipped(codebook.path(of: name), row: y, column: x, role: .tag(name), limit: limit)
                if let about = codebook.tag(named: name)?.description, !about.isEmpty, limit - used > 6 {
                    screen.putClipped("  " + about, row: y, column: x + used, role: .muted, limit: limit - used)
                }
            case .create(let name):
                screen.putClipped("+ new tag “\(name)”", row: y, column: area.left, role: .help, limit: area.width)
            }
            if i == picker.selected { screen.restyle(row: y, column: area.left, count: area.width, role: .listSelectedFocused) }
        }
        if choices.isEmpty {
            screen.put("Type a name to make the first tag", row: area.top + 1, column: area.left, role: .muted, limit: area.width)
        }
    }

    static func drawNoteEditor(_ state: AppState, _ editor: NoteEditor, into screen: inout ScreenBuffer) {
        let g = state.geometry
        let area = box(&screen, g, height: 10, title: "Note", footer: "Esc save · Ctrl-C cancel")
        guard area.rows > 0, area.width > 2 else { return }
        // Wrap by logical lines, then by width; keep the cursor's row in view.
        var rows: [(start: Int, end: Int)] = []
        var start = 0
        for i in 0...editor.text.count where i == editor.text.count || editor.text[i] == "\n" {
            var s = start
            repeat {
                var cells = 0, e = s
                while e < i, cells + DisplayWidth.of(editor.text[e]) <= area.width - 1 { cells += DisplayWidth.of(editor.text[e]); e += 1 }
                rows.append((s, e))
                s = e
            } while s < i
            start = i + 1
        }
        let cursorRow = rows.lastIndex { $0.start <= editor.cursor } ?? 0
        let first = max(0, cursorRow - area.rows + 1)
        for (k, r) in rows.enumerated().dropFirst(first).prefix(area.rows) {
            let y = area.top + k - first
            let text = String(String.UnicodeScalarView(editor.text[r.start..<r.end]))
            screen.put(text, row: y, column: area.left, role: .help, limit: area.width)
            if k == cursorRow {
                let before = String(String.UnicodeScalarView(editor.text[r.start..<min(editor.cursor, r.end)]))
                let x = area.left + DisplayWidth.of(before)
                if x < area.left + area.width { screen.restyle(row: y, column: x, count: 1, role: .listSelectedFocused) }
            }
        }
    }
}
