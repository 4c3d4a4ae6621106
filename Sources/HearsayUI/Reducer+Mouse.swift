/// The wheel scrolls the pane under the pointer; a click moves the cursor to a
/// line, selects a side pane row (a second click opens it) or a tab.
func handleMouse(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
    let g = state.geometry
    let inSide = g.sidePaneVisible && event.column >= g.sideX
    let row = event.row - g.bodyTop
    switch event.kind {
    case .wheelUp, .wheelDown:
        let delta = event.kind == .wheelDown ? 3 : -3
        if inSide { state.moveSideSelection(by: delta) } else { state.scroll(by: delta) }
    case .click, .press:
        if inSide {
            state.focus = .side
            if event.row == 0 {
                if let tab = SidePaneView.tab(atColumn: event.column - g.sideX, width: g.sideWidth, active: state.tab) { state.tab = tab }
            } else if row >= 0, row < g.bodyRows {
                let index = state.sideScroll[state.tab, default: 0] + row
                guard index < state.sideItemCount(state.tab) else { return [] }
                if index == state.sideSelected, event.kind == .click {
                    state.openSideSelection()
                } else {
                    state.moveSideSelection(by: index - state.sideSelected)
                }
            }
        } else if row >= 0, row < g.bodyRows {
            state.focus = .article
            let offset = state.offset(atRow: row, column: event.column)
            // A press starts a selection that dragging extends; a plain click moves the cursor.
            if event.kind == .press {
                state.selection = Selection(anchor: offset, head: offset)
            } else {
                state.selection = nil
            }
            state.cursor = offset
            state.syncSidePane()
        }
    case .drag:
        guard var selection = state.selection, row >= 0, row < g.bodyRows, !inSide else { return [] }
        selection.head = state.offset(atRow: row, column: event.column)
        state.selection = selection
        state.cursor = selection.head
    case .release:
        // A press and release on the same spot selected nothing: no visual mode.
        if let s = state.selection, s.anchor == s.head { state.selection = nil }
    }
    return []
}

extension AppState {
    /// The scalar offset shown at a body row and screen column (the nearest on that line).
    func offset(atRow row: Int, column: Int) -> Int {
        let line = advanced(top, by: row)
        let lines = lines(of: line.paragraph)
        guard line.line < lines.count else { return offset(of: line) }
        let range = lines[line.line]
        var x = geometry.textX + article.indent(ofParagraph: line.paragraph)
        var i = range.start
        let scalars = article.document.scalars
        // (Markdown's hidden markup takes no cells, as it is drawn.)
        let hidden = ArticleView.hiddenMask(article.markup, range)
        while i < range.end {
            if hidden?[i - range.start] == true { i += 1; continue }
            let w = DisplayWidth.of(DisplayWidth.visible(scalars[i]) ?? scalars[i])
            if column < x + max(w, 1) { break }
            x += w
            i += 1
        }
        return min(i, max(range.start, range.end - 1))
    }
}
