import HearsayCore

/// The whole screen for a state: a pure function, so tests and `hearsay render`
/// see exactly what the terminal shows.
public func render(_ state: AppState) -> ScreenBuffer {
    let g = state.geometry
    var screen = ScreenBuffer(width: g.width, height: g.height)
    if g.isTooSmall {
        drawTooSmall(&screen, g)
        return screen
    }
    if state.whoSpeaksVisible {
        // The chart takes the whole width: names and bars need the room more than the side pane.
        let stats = WhoSpeaks.sorted(state.whoSpeaksStats, by: state.whoSpeaksSort)
        screen.fill(row: 0, column: 0, count: g.width, role: .header)
        screen.put(" Who speaks in \(state.article.name)", row: 0, column: 0, role: .header, limit: g.width)
        WhoSpeaksView.draw(stats, sortKey: state.whoSpeaksSort, scroll: state.whoSpeaksScroll, selected: state.whoSpeaksScroll,
                           into: &screen, x: 1, y: g.bodyTop, width: g.width - 2, height: g.bodyRows)
    } else if !g.sidePaneCoversArticle {
        ArticleView.draw(state, into: &screen)
    }
    if g.sidePaneVisible && !state.whoSpeaksVisible {
        if !g.sidePaneCoversArticle {
            let role: Role = state.focus == .side ? .paneBorderFocused : .paneBorder
            for row in 0..<g.statusRow { screen.put("│", row: row, column: g.articleWidth, role: role) }
        }
        SidePaneView.draw(state, into: &screen)
    }
    StatusLineView.draw(state, into: &screen)
    ReviewPanel.draw(state, into: &screen)
    AnnotationOverlays.draw(state, into: &screen)
    ReviewPanel.drawChoicePicker(state, into: &screen)
    if state.helpVisible { HelpView.draw(state, into: &screen) }
    return screen
}

/// A terminal below the minimum gets a clear sentence, never a garbled layout.
func drawTooSmall(_ screen: inout ScreenBuffer, _ g: Geometry) {
    let words = ["Terminal", "too", "small:", "\(g.width)x\(g.height).", "Hearsay", "needs", "\(Geometry.minimumWidth)x\(Geometry.minimumHeight)."]
    // Greedy wrap of the message into the rows there are.
    var lines: [String] = []
    for word in words {
        if let last = lines.last, DisplayWidth.of(last) + 1 + DisplayWidth.of(word) <= g.width {
            lines[lines.count - 1] = last + " " + word
        } else {
            lines.append(word)
        }
    }
    let top = max(0, (g.height - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < g.height {
        let x = max(0, (g.width - DisplayWidth.of(line)) / 2)
        screen.put(line, row: top + i, column: x, role: .error)
    }
}
