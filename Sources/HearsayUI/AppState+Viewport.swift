import HearsayCore

/// Moving through the wrapped article a line at a time, laying out only the
/// paragraphs it passes (see `LayoutCache`).
extension AppState {
    var paragraphCount: Int { article.paragraphs.count }

    /// Visual lines of paragraph `p`, counting the blank line after it (none after the last).
    func rowCount(of p: Int) -> Int {
        lines(of: p).count + (p + 1 < paragraphCount ? 1 : 0)
    }

    /// `position` moved by `delta` lines, clamped to the article.
    func advanced(_ position: LinePosition, by delta: Int) -> LinePosition {
        guard paragraphCount > 0 else { return .start }
        var p = position
        var remaining = delta
        while remaining > 0 {
            let rows = rowCount(of: p.paragraph)
            let step = min(remaining, rows - 1 - p.line)
            if step > 0 { p.line += step; remaining -= step; continue }
            guard p.paragraph + 1 < paragraphCount else { break }
            p = LinePosition(paragraph: p.paragraph + 1, line: 0)
            remaining -= 1
        }
        while remaining < 0 {
            if p.line > 0 {
                let step = min(-remaining, p.line)
                p.line -= step
                remaining += step
                continue
            }
            guard p.paragraph > 0 else { break }
            p = LinePosition(paragraph: p.paragraph - 1, line: rowCount(of: p.paragraph - 1) - 1)
            remaining += 1
        }
        return p
    }

    /// The last line of text: the last paragraph's last line (no blank follows it).
    /// Only that paragraph is laid out, however long the article.
    var lastLine: LinePosition {
        guard paragraphCount > 0 else { return .start }
        return LinePosition(paragraph: paragraphCount - 1, line: rowCount(of: paragraphCount - 1) - 1)
    }

    /// The last top line that still fills the pane (as `less` stops at the end).
    var maximumTop: LinePosition { advanced(lastLine, by: -(geometry.bodyRows - 1)) }

    func clampedTop(_ p: LinePosition) -> LinePosition { min(p, maximumTop) }

    /// The scalar offset where the line at `position` starts (the blank line: the next paragraph).
    func offset(of position: LinePosition) -> Int {
        guard paragraphCount > 0 else { return 0 }
        let lines = lines(of: position.paragraph)
        if position.line < lines.count { return lines[position.line].start }
        return position.paragraph + 1 < paragraphCount ? article.paragraphs[position.paragraph + 1].start : article.length
    }

    /// The line that shows scalar `offset`: the last one starting at or before it
    /// (the first for the blanks before it). A binary search, since `G` puts the
    /// cursor on the last line of a paragraph that may have thousands.
    func position(of offset: Int) -> LinePosition {
        guard paragraphCount > 0 else { return .start }
        let p = article.paragraphIndex(containing: offset)
        let line = Document.lastStarting(atOrBefore: offset, in: lines(of: p)) { $0.start }
        return LinePosition(paragraph: p, line: max(0, line))
    }

    /// Lines from `a` down to `b` (negative when `b` is above `a`), up to `limit` away.
    func distance(from a: LinePosition, to b: LinePosition, limit: Int) -> Int? {
        if a == b { return 0 }
        var p = a
        for n in 1...max(1, limit) {
            let next = advanced(p, by: a < b ? 1 : -1)
            if next == p { return nil }
            p = next
            if p == b { return a < b ? n : -n }
        }
        return nil
    }

    /// Scrolls so that the cursor's line is on screen, a third down the pane when it was off it.
    mutating func revealCursor() {
        let target = position(of: cursor)
        let rows = geometry.bodyRows
        if let d = distance(from: top, to: target, limit: rows), d >= 0, d < rows { return }
        top = clampedTop(advanced(target, by: -(rows / 3)))
    }

    /// Keeps the cursor inside the pane after the view scrolled.
    mutating func pullCursorIntoView() {
        let rows = geometry.bodyRows
        let cursorLine = position(of: cursor)
        if cursorLine < top {
            cursor = offset(of: top)
        } else if distance(from: top, to: cursorLine, limit: rows) == nil {
            var bottom = advanced(top, by: rows - 1)
            if bottom.line >= lines(of: bottom.paragraph).count { bottom = advanced(bottom, by: -1) }
            cursor = offset(of: bottom)
        }
    }

    /// How far through the article the top line is, 0–100.
    public var percent: Int {
        guard article.length > 0 else { return 100 }
        if top >= maximumTop { return 100 }
        return min(100, offset(of: top) * 100 / article.length)
    }
}
