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
            let line = state.advanced(state.top, by: row)
            state.cursor = state.offset(of: line)
            state.syncSidePane()
        }
    case .release, .drag:
        break
    }
    return []
}
