import HearsayCore

/// Lines of wrapped text, laid out lazily: a paragraph is wrapped the first time
/// it is shown at a width, so opening a huge text lays out one screen, not the
/// whole file. The cache is a class so the (value) state can share it; it is a
/// memo of a pure function (`ArticleLayout.wrap`), never a source of truth.
public final class LayoutCache {
    private var width = 0
    private var lines: [Int: [TextRange]] = [:]

    public init() {}

    /// The lines of paragraph `p` at `width` cells.
    public func lines(of p: Int, in article: Article, width: Int) -> [TextRange] {
        if width != self.width { lines.removeAll(keepingCapacity: true); self.width = width }
        if let cached = lines[p] { return cached }
        let result = ArticleLayout.wrap(article.document.scalars, article.paragraphs[p], width: max(1, width - article.indent(ofParagraph: p)),
                                        hidden: article.markup?.hidden ?? [], breaks: article.markup?.lineBreaks ?? [])
        lines[p] = result
        return result
    }

    public func invalidate() { lines.removeAll() }
}

public enum ArticleLayout {
    /// Greedy word wrap of `range` by display width. Breaks after white space;
    /// a word longer than the line is cut where it fills the line. Line breaks
    /// inside a paragraph count as spaces. Returns at least one line.
    /// `hidden`: sorted ranges that are not drawn (Markdown markup): they take
    /// no cells. `breaks`: sorted offsets where a line must start (Markdown list
    /// items, table rows, code lines); the line starts there as written, its
    /// indentation kept.
    public static func wrap(_ scalars: ScalarText, _ range: TextRange, width: Int,
                            hidden: [TextRange] = [], breaks: [Int] = []) -> [TextRange] {
        let width = max(1, width)
        var h = Article.firstEnding(after: range.start, in: hidden) { $0 }
        var b = Document.lastStarting(atOrBefore: range.start, in: breaks) { $0 } + 1
        var result: [TextRange] = []
        var lineStart = range.start
        // Skip leading blanks of the paragraph.
        while lineStart < range.end, isBlank(scalars[lineStart]) { lineStart += 1 }
        var i = lineStart
        var cells = 0
        var lastBreak: Int? = nil   // index just after the last blank on this line
        while i < range.end {
            while b < breaks.count, breaks[b] < i { b += 1 }
            if b < breaks.count, breaks[b] == i, i > lineStart {
                result.append(TextRange(lineStart, trimEnd(scalars, lineStart, i)))
                lineStart = i
                cells = 0
                lastBreak = nil
                b += 1
            }
            while h < hidden.count, hidden[h].end <= i { h += 1 }
            if h < hidden.count, hidden[h].start <= i {
                i += 1   // hidden: no cells, and not a place to break
                continue
            }
            let s = scalars[i]
            let w = DisplayWidth.of(DisplayWidth.visible(s) ?? s)
            let blank = isBlank(s)
            if !blank, cells + w > width, i > lineStart {
                let cut = lastBreak ?? i
                result.append(TextRange(lineStart, trimEnd(scalars, lineStart, cut)))
                lineStart = cut
                while lineStart < range.end, isBlank(scalars[lineStart]) { lineStart += 1 }
                i = lineStart
                cells = 0
                lastBreak = nil
                continue
            }
            cells += blank ? 1 : w
            i += 1
            if blank { lastBreak = i }
        }
        if lineStart < range.end || result.isEmpty {
            result.append(TextRange(lineStart, trimEnd(scalars, lineStart, range.end)))
        }
        return result
    }

    @inline(__always)
    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{A0}" || s == "\u{3000}"
    }

    static func trimEnd(_ scalars: ScalarText, _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, isBlank(scalars[e - 1]) { e -= 1 }
        return e
    }
}
