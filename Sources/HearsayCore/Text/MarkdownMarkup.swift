/// The markup of a Markdown article: which scalars are syntax to hide and which
/// visible text to style. The reader keeps the SOURCE text (so annotation
/// offsets refer to it) and draws it without the hidden ranges.
///
/// A conservative reading of CommonMark: whatever is not clearly markup stays
/// visible. One pass over the lines finds the blocks; each paragraph's inline
/// markup is found in one pass plus CommonMark's delimiter algorithm (with its
/// "openers bottom" bound), so the time is linear in the length of the text.
///
/// What is recognised:
/// - **ATX headings** ("## Title", up to three spaces of indent, an optional
///   closing "##"): the marks and the space after them are hidden; the text is a
///   `.heading(level)` span. **Setext headings** (a paragraph underlined with "="
///   or at least two "-"): the underline line is hidden.
/// - **Emphasis and strong** with `*`, `_`, `**`, `__` by CommonMark's flanking
///   rules and delimiter algorithm ("5 * 3" and "snake_case" are text; an
///   unclosed "*" stays visible). Emphasis may run over the lines of a paragraph.
/// - **Code spans** (backtick runs of equal length): the backticks are hidden,
///   the content is `.code`. **Fenced code blocks** (``` or ~~~, closed): both
///   fence lines are hidden with their line breaks, the content is one `.code`
///   span. An unclosed fence is left as text.
/// - **Links** "[text](url)", images "![alt](url)", full and collapsed
///   references "[text][ref]", "[text][]": "[" (or "!["), and "](url)" or
///   "][ref]" are hidden; the text is `.link`. Autolinks "<https://…>": the angle
///   brackets are hidden. A lone "[text]" is left alone.
/// - **Block quotes**: each line's "> " (nested too) is hidden and the rest of the
///   line is `.blockquote`.
/// - **Reference definitions** "[ref]: url" (not footnotes "[^1]: …") and HTML
///   comments are hidden, a definition or a comment that fills its lines together
///   with its line break.
/// - **Backslash escapes**: the backslash before ASCII punctuation is hidden.
/// - Lists keep their "- " / "1. " visible; thematic breaks stay visible.
/// - **Line breaks the reader keeps** (`lineBreaks`): each list item, table row
///   ("| a | b |") and line of a fenced code block starts a new screen line,
///   and so does the line after a hard break (two trailing spaces), though a
///   paragraph's other line breaks are reflowed.
///
/// Not handled (left as text): indented code blocks, tables, strikethrough,
/// raw HTML other than comments, lazy continuation lines of block quotes, link
/// destinations spanning lines.
public enum MarkdownMarkup {
    public enum Style: Hashable, Sendable {
        case heading(Int)
        case emphasis
        case strong
        case code
        case link
        case blockquote
    }

    /// Visible text with a style. A span may contain hidden markup of constructs
    /// nested in it (a heading with an emphasised word): style the visible
    /// scalars of the range.
    public struct Span: Hashable, Sendable {
        public var range: TextRange
        public var style: Style

        public init(_ range: TextRange, _ style: Style) {
            self.range = range
            self.style = style
        }
    }

    public struct Markup: Equatable, Sendable {
        /// Scalar ranges of syntax not to draw: sorted, non-overlapping, touching
        /// ranges merged.
        public var hidden: [TextRange]
        /// Styled ranges, sorted by start (an enclosing span before the ones in it).
        /// Spans may nest but do not cross block boundaries.
        public var spans: [Span]
        /// Sorted offsets where a screen line must start though no blank line
        /// comes before: list items, table rows, code lines, after hard breaks.
        public var lineBreaks: [Int]

        public init(hidden: [TextRange] = [], spans: [Span] = [], lineBreaks: [Int] = []) {
            self.hidden = hidden
            self.spans = spans
            self.lineBreaks = lineBreaks
        }

        /// Whether the whole of `range` is hidden markup (a paragraph that is only an
        /// HTML comment or a reference definition: the reader gives it no rows).
        public func hides(_ range: TextRange) -> Bool {
            let k = Document.lastStarting(atOrBefore: range.start, in: hidden) { $0.start }
            return k >= 0 && hidden[k].end >= range.end
        }

        /// The source without the hidden ranges: what the reader shows.
        public func visibleText(_ scalars: ScalarText) -> String {
            visibleText(scalars, in: TextRange(0, scalars.count))
        }

        /// The part `range` of the source without the hidden ranges in it (the
        /// side pane's one-line rows of a paragraph or a quotation).
        public func visibleText(_ scalars: ScalarText, in range: TextRange) -> String {
            var out = ""
            var at = range.start
            var h = max(0, Document.lastStarting(atOrBefore: range.start, in: hidden) { $0.start })
            while at < range.end {
                if h < hidden.count, hidden[h].end <= at { h += 1; continue }
                if h < hidden.count, hidden[h].start <= at { at = hidden[h].end; h += 1; continue }
                let stop = h < hidden.count ? min(range.end, hidden[h].start) : range.end
                out += scalars.string(in: at..<stop)
                at = stop
            }
            return out
        }
    }

    public static func parse(_ scalars: ScalarText) -> Markup {
        var parser = BlockParser(scalars)
        parser.run()
        return parser.result()
    }

    /// The same for a string (its scalars are the offsets).
    public static func parse(_ text: String) -> Markup {
        parse(ScalarText(text.unicodeScalars))
    }
}

// MARK: - Blocks

extension MarkdownMarkup {
    struct Line {
        var start: Int
        var end: Int      // before "\r\n" or "\n"
        var next: Int     // the start of the next line
    }

    enum GroupKind { case none, plain, quote, list }

    struct BlockParser {
        let s: ScalarText
        var lines: [Line] = []
        var hidden: [TextRange] = []
        var spans: [(span: Span, order: Int)] = []
        var lineBreaks: [Int] = []
        /// Whether the line before ended in a hard break (two spaces or more).
        var hardBreakBefore = false
        var group: [Range<Int>] = []
        var groupKind = GroupKind.none
        var groupQuoteDepth = 0
        var commentSearch = CommentSearch()
        var rejectedComment = -1

        init(_ scalars: ScalarText) {
            s = scalars
            var start = 0
            var k = 0
            while k < s.count {
                if s[k] == "\n" {
                    let end = k > start && s[k - 1] == "\r" ? k - 1 : k
                    lines.append(Line(start: start, end: end, next: k + 1))
                    start = k + 1
                }
                k += 1
            }
            if start < s.count {
                let end = s[s.count - 1] == "\r" ? s.count - 1 : s.count
                lines.append(Line(start: start, end: end, next: s.count))
            }
        }

        mutating func hide(_ a: Int, _ b: Int) { if a < b { hidden.append(TextRange(a, b)) } }
        mutating func style(_ a: Int, _ b: Int, _ st: Style) {
            if a < b { spans.append((Span(TextRange(a, b), st), spans.count)) }
        }

        mutating func run() {
            var fenceFinder = FenceFinder(lines: lines, s: s)
            var prevBlank = true
            var k = 0
            while k < lines.count {
                let line = lines[k]
                let indent = spaces(from: line.start, to: line.end, max: 3)
                let p = line.start + indent
                if isBlank(line) {
                    flushGroup()
                    prevBlank = true
                    k += 1
                    continue
                }
                // A fenced code block, when it is closed.
                if indent <= 3, let close = fenceFinder.closer(forLine: k) {
                    flushGroup()
                    hide(line.start, line.next)
                    if close > k + 1 { style(lines[k + 1].start, lines[close - 1].end, .code) }
                    for m in (k + 1)..<close { lineBreaks.append(lines[m].start) }
                    hide(lines[close].start, lines[close].next)
                    k = close + 1
                    prevBlank = false
                    continue
                }
                // An HTML comment that starts a line and ends at the end of a line.
                if starts(with: "<!--", at: p), let q = commentSearch.close(in: s, from: p + 4), q != rejectedComment {
                    let after = q + 3
                    var m = k
                    while m < lines.count && lines[m].next < after { m += 1 }
                    if m < lines.count && isSpaceOnly(after, lines[m].end) {
                        flushGroup()
                        hide(line.start, lines[m].next)
                        k = m + 1
                        prevBlank = true
                        continue
                    }
                    rejectedComment = q      // text follows it: an inline comment, found by the inline pass
                }
                // A reference definition.
                if (prevBlank || groupKind == .none), isReferenceDefinition(p, line.end) {
                    flushGroup()
                    hide(line.start, line.next)
                    k += 1
                    prevBlank = true
                    continue
                }
                if heading(at: p, lineStart: line.start, lineEnd: line.end) {
                    k += 1
                    prevBlank = false
                    continue
                }
                // A setext underline below a paragraph.
                if groupKind == .plain, !group.isEmpty, let level = setextLevel(p, line.end) {
                    style(group[0].lowerBound, group[group.count - 1].upperBound, .heading(level))
                    hide(line.start, line.next)
                    flushGroup()
                    k += 1
                    prevBlank = false
                    continue
                }
                if isThematicBreak(p, line.end) {
                    flushGroup()
                    k += 1
                    prevBlank = false
                    continue
                }
                if s[p] == ">" {
                    quoteLine(line)
                    k += 1
                    prevBlank = false
                    continue
                }
                // A list item (at any indent) starts a paragraph of its own.
                let content = line.start + spaces(from: line.start, to: line.end, max: Int.max)
                let listItem = isListItem(content, line.end)
                if listItem || s[content] == "|" || hardBreakBefore && !prevBlank {
                    lineBreaks.append(content)
                }
                hardBreakBefore = line.end - line.start >= 2 && s[line.end - 1] == " " && s[line.end - 2] == " "
                if listItem {
                    flushGroup()
                    groupKind = .list
                    group.append(content..<line.end)
                } else if (groupKind == .plain || groupKind == .list) && !prevBlank {
                    group.append(content..<line.end)
                } else {
                    flushGroup()
                    groupKind = .plain
                    group.append(content..<line.end)
                }
                prevBlank = false
                k += 1
            }
            flushGroup()
        }

        /// "> text", "> > text", ">": markers hidden, the rest a block-quote line.
        mutating func quoteLine(_ line: Line) {
            var p = line.start + spaces(from: line.start, to: line.end, max: 3)
            var depth = 0
            while p < line.end && s[p] == ">" {
                p += 1
                if p < line.end && (s[p] == " " || s[p] == "\t") { p += 1 }
                depth += 1
                let more = spaces(from: p, to: line.end, max: 3)
                if p + more < line.end && s[p + more] == ">" { p += more } else { break }
            }
            hide(line.start, p)
            if isSpaceOnly(p, line.end) {
                flushGroup()
                return
            }
            style(p, line.end, .blockquote)
            let inner = p + spaces(from: p, to: line.end, max: 3)
            if heading(at: inner, lineStart: p, lineEnd: line.end) { return }
            if groupKind != .quote || groupQuoteDepth != depth {
                flushGroup()
                groupKind = .quote
                groupQuoteDepth = depth
            }
            group.append(p..<line.end)
        }

        /// An ATX heading at `p`: marks hidden (from `lineStart`), text styled.
        mutating func heading(at p: Int, lineStart: Int, lineEnd: Int) -> Bool {
            var q = p
            while q < lineEnd && s[q] == "#" && q - p < 7 { q += 1 }
            let level = q - p
            guard level >= 1 && level <= 6, q == lineEnd || s[q] == " " || s[q] == "\t" else { return false }
            flushGroup()
            var start = q
            while start < lineEnd && (s[start] == " " || s[start] == "\t") { start += 1 }
            var end = lineEnd
            while end > start && (s[end - 1] == " " || s[end - 1] == "\t") { end -= 1 }
            // An optional closing run of "#", after a space (or making up the whole text).
            var hashes = end
            while hashes > start && s[hashes - 1] == "#" { hashes -= 1 }
            if hashes < end && (hashes == start || s[hashes - 1] == " " || s[hashes - 1] == "\t") {
                end = hashes
                while end > start && (s[end - 1] == " " || s[end - 1] == "\t") { end -= 1 }
            }
            hide(lineStart, start)
            hide(end, lineEnd)
            if start < end {
                style(start, end, .heading(level))
                inline([start..<end])
            }
            return true
        }

        mutating func flushGroup() {
            if !group.isEmpty { inline(group) }
            group = []
            groupKind = .none
            groupQuoteDepth = 0
        }

        mutating func inline(_ segments: [Range<Int>]) {
            var p = InlineParser(s: s, segments: segments)
            p.run()
            hidden.append(contentsOf: p.hidden)
            for span in p.spans { style(span.range.start, span.range.end, span.style) }
        }

        func result() -> Markup {
            var sorted = hidden.sorted()
            var merged: [TextRange] = []
            merged.reserveCapacity(sorted.count)
            for r in sorted {
                if let last = merged.last, r.start <= last.end {
                    merged[merged.count - 1] = TextRange(last.start, max(last.end, r.end))
                } else {
                    merged.append(r)
                }
            }
            sorted = merged
            let ordered = spans.sorted { a, b in
                if a.span.range.start != b.span.range.start { return a.span.range.start < b.span.range.start }
                if a.span.range.end != b.span.range.end { return a.span.range.end > b.span.range.end }
                return a.order < b.order
            }
            return Markup(hidden: sorted, spans: ordered.map(\.span), lineBreaks: lineBreaks.sorted())
        }

        // MARK: Line tests

        func spaces(from a: Int, to b: Int, max: Int) -> Int {
            var k = a
            while k < b && k - a < max && (s[k] == " " || s[k] == "\t") { k += 1 }
            return k - a
        }

        func isSpaceOnly(_ a: Int, _ b: Int) -> Bool {
            var k = a
            while k < b { if s[k] != " " && s[k] != "\t" && s[k] != "\r" { return false }; k += 1 }
            return true
        }

        func isBlank(_ line: Line) -> Bool { isSpaceOnly(line.start, line.end) }

        func starts(with text: String, at p: Int) -> Bool {
            var k = p
            for c in text.unicodeScalars {
                guard k < s.count, s[k] == c else { return false }
                k += 1
            }
            return true
        }

        /// "[label]: destination", label not a footnote ("^").
        func isReferenceDefinition(_ p: Int, _ end: Int) -> Bool {
            guard p < end, s[p] == "[", p + 1 < end, s[p + 1] != "^", s[p + 1] != "]" else { return false }
            var k = p + 1
            while k < end && s[k] != "]" && k - p < 1000 {
                if s[k] == "[" { return false }
                if s[k] == "\\" { k += 1 }
                k += 1
            }
            guard k + 1 < end, s[k] == "]", s[k + 1] == ":" else { return false }
            k += 2
            k += spaces(from: k, to: end, max: Int.max)
            return k < end
        }

        func setextLevel(_ p: Int, _ end: Int) -> Int? {
            guard p < end, s[p] == "=" || s[p] == "-" else { return nil }
            let c = s[p]
            var k = p
            while k < end && s[k] == c { k += 1 }
            let run = k - p
            guard isSpaceOnly(k, end) else { return nil }
            if c == "=" { return 1 }
            return run >= 2 ? 2 : nil
        }

        func isThematicBreak(_ p: Int, _ end: Int) -> Bool {
            guard p < end, s[p] == "*" || s[p] == "-" || s[p] == "_" else { return false }
            let c = s[p]
            var count = 0
            var k = p
            while k < end {
                if s[k] == c { count += 1 } else if s[k] != " " && s[k] != "\t" { return false }
                k += 1
            }
            return count >= 3
        }

        func isListItem(_ p: Int, _ end: Int) -> Bool {
            guard p < end else { return false }
            var k = p
            if s[p] == "-" || s[p] == "*" || s[p] == "+" {
                k += 1
            } else {
                while k < end && k - p < 9 && s[k].value >= 48 && s[k].value <= 57 { k += 1 }
                guard k > p, k < end, s[k] == "." || s[k] == ")" else { return false }
                k += 1
            }
            return k == end || s[k] == " " || s[k] == "\t"
        }
    }

    /// Finds the closing fence of a fence line, remembering failures so that a
    /// text full of unclosed fences is still read in linear time.
    struct FenceFinder {
        struct Fence { var line: Int; var char: Unicode.Scalar; var length: Int; var canClose: Bool }
        var fences: [Fence] = []
        var indexOfLine: [Int: Int] = [:]
        /// For each fence character: an opener at least this long has no closer.
        var failedAt: [Unicode.Scalar: Int] = [:]
        /// Fence lines inside a block already found are not openers.
        var consumedThrough = -1

        init(lines: [Line], s: ScalarText) {
            for (k, line) in lines.enumerated() {
                var p = line.start
                while p < line.end && p - line.start < 3 && s[p] == " " { p += 1 }
                guard p < line.end, s[p] == "`" || s[p] == "~" else { continue }
                let c = s[p]
                var q = p
                while q < line.end && s[q] == c { q += 1 }
                guard q - p >= 3 else { continue }
                var rest = q
                var onlySpace = true
                var infoHasBacktick = false
                while rest < line.end {
                    if s[rest] != " " && s[rest] != "\t" { onlySpace = false }
                    if s[rest] == "`" { infoHasBacktick = true }
                    rest += 1
                }
                if c == "`" && infoHasBacktick { continue }
                indexOfLine[k] = fences.count
                fences.append(Fence(line: k, char: c, length: q - p, canClose: onlySpace))
            }
        }

        /// The line of the fence closing the one at `line`, if that line opens a closed block.
        mutating func closer(forLine line: Int) -> Int? {
            guard let f = indexOfLine[line], line > consumedThrough else { return nil }
            let open = fences[f]
            if let failed = failedAt[open.char], open.length >= failed { return nil }
            var g = f + 1
            while g < fences.count {
                let c = fences[g]
                if c.char == open.char && c.length >= open.length && c.canClose {
                    consumedThrough = c.line
                    return c.line
                }
                g += 1
            }
            failedAt[open.char] = open.length
            return nil
        }
    }

    /// The next "-->" at or after a position, remembered.
    struct CommentSearch {
        var found = -1
        var failedFrom = Int.max
        var searchedTo = -1

        mutating func close(in s: ScalarText, from p: Int) -> Int? {
            if p >= failedFrom { return nil }
            if found >= p { return found }
            var k = max(p, searchedTo)
            while k + 2 < s.count {
                if s[k] == "-" && s[k + 1] == "-" && s[k + 2] == ">" {
                    found = k
                    searchedTo = k
                    return k
                }
                k += 1
            }
            failedFrom = min(failedFrom, p)
            return nil
        }
    }
}

// MARK: - Inline markup

extension MarkdownMarkup {
    struct InlineParser {
        /// The paragraph's scalars, lines joined by "\n", and each one's source offset.
        var ch: [Unicode.Scalar] = []
        var pos: [Int] = []
        var hidden: [TextRange] = []
        var spans: [Span] = []

        struct Delimiter {
            var char: Unicode.Scalar
            var start: Int
            var count: Int
            let original: Int
            let canOpen: Bool
            let canClose: Bool
            var prev: Int
            var next: Int
        }
        var delimiters: [Delimiter] = []

        init(s: ScalarText, segments: [Range<Int>]) {
            for (k, seg) in segments.enumerated() {
                if k > 0 {
                    ch.append("\n")
                    pos.append(max(segments[k - 1].upperBound, 0))
                }
                for o in seg {
                    ch.append(s[o])
                    pos.append(o)
                }
            }
        }

        /// Local index range to a source range.
        mutating func hide(_ a: Int, _ b: Int) {
            guard a < b else { return }
            hidden.append(TextRange(pos[a], pos[b - 1] + 1))
        }

        mutating func style(_ a: Int, _ b: Int, _ st: Style) {
            guard a < b else { return }
            spans.append(Span(TextRange(pos[a], pos[b - 1] + 1), st))
        }

        mutating func run() {
            let m = ch.count
            guard m > 0 else { return }
            let parens = matchingParens()
            var codeCloser = CodeSpanFinder(ch)
            var brackets: [(start: Int, image: Bool)] = []
            var commentFailed = false
            var x = 0
            while x < m {
                let c = ch[x]
                switch c {
                case "\\":
                    if x + 1 < m, MarkdownMarkup.isASCIIPunctuation(ch[x + 1]) {
                        hide(x, x + 1)
                        x += 2
                    } else {
                        x += 1
                    }
                case "`":
                    var r = x
                    while r < m && ch[r] == "`" { r += 1 }
                    let length = r - x
                    if let close = codeCloser.closer(after: x, length: length) {
                        hide(x, r)
                        hide(close, close + length)
                        style(r, close, .code)
                        x = close + length
                    } else {
                        x = r
                    }
                case "<":
                    if x + 3 < m && ch[x + 1] == "!" && ch[x + 2] == "-" && ch[x + 3] == "-" && !commentFailed {
                        var q = x + 4
                        while q + 2 < m && !(ch[q] == "-" && ch[q + 1] == "-" && ch[q + 2] == ">") { q += 1 }
                        if q + 2 < m {
                            hide(x, q + 3)
                            x = q + 3
                        } else {
                            commentFailed = true
                            x += 1
                        }
                    } else if let end = autolinkEnd(x) {
                        hide(x, x + 1)
                        hide(end, end + 1)
                        style(x + 1, end, .link)
                        x = end + 1
                    } else {
                        x += 1
                    }
                case "!":
                    if x + 1 < m && ch[x + 1] == "[" {
                        brackets.append((x, true))
                        x += 2
                    } else {
                        x += 1
                    }
                case "[":
                    brackets.append((x, false))
                    x += 1
                case "]":
                    guard let open = brackets.popLast() else { x += 1; continue }
                    let textStart = open.start + (open.image ? 2 : 1)
                    if x + 1 < m && ch[x + 1] == "(", let close = parens[x + 1] {
                        hide(open.start, textStart)
                        hide(x, close + 1)
                        style(textStart, x, .link)
                        if !open.image { brackets.removeAll() }     // no links inside links
                        x = close + 1
                    } else if x + 1 < m && ch[x + 1] == "[", let close = referenceEnd(x + 1) {
                        hide(open.start, textStart)
                        hide(x, close + 1)
                        style(textStart, x, .link)
                        if !open.image { brackets.removeAll() }
                        x = close + 1
                    } else {
                        x += 1
                    }
                case "*", "_":
                    var r = x
                    while r < m && ch[r] == c { r += 1 }
                    let before: Unicode.Scalar = x > 0 ? ch[x - 1] : "\n"
                    let after: Unicode.Scalar = r < m ? ch[r] : "\n"
                    let beforeSpace = MarkdownMarkup.isWhitespace(before), afterSpace = MarkdownMarkup.isWhitespace(after)
                    let beforePunct = MarkdownMarkup.isPunctuation(before), afterPunct = MarkdownMarkup.isPunctuation(after)
                    let left = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
                    let right = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
                    let canOpen = c == "*" ? left : left && (!right || beforePunct)
                    let canClose = c == "*" ? right : right && (!left || afterPunct)
                    if canOpen || canClose {
                        let k = delimiters.count
                        delimiters.append(Delimiter(char: c, start: x, count: r - x, original: r - x,
                                                    canOpen: canOpen, canClose: canClose,
                                                    prev: k - 1, next: -1))
                        if k > 0 { delimiters[k - 1].next = k }
                    }
                    x = r
                default:
                    x += 1
                }
            }
            processEmphasis()
        }

        /// For each "(", the ")" closing it on the same line (balanced), if any.
        func matchingParens() -> [Int: Int] {
            var result: [Int: Int] = [:]
            var open: [Int] = []
            for (k, c) in ch.enumerated() {
                if c == "\n" { open.removeAll() }
                else if c == "(" && (k == 0 || ch[k - 1] != "\\") { open.append(k) }
                else if c == ")" && (k == 0 || ch[k - 1] != "\\"), let o = open.popLast() { result[o] = k }
            }
            return result
        }

        /// "[ref]" or "[]" at `p`: the index of its "]".
        func referenceEnd(_ p: Int) -> Int? {
            var k = p + 1
            while k < ch.count && k - p <= 1000 {
                let c = ch[k]
                if c == "]" { return k }
                if c == "[" || c == "\n" { return nil }
                k += 1
            }
            return nil
        }

        /// "<scheme:…>" at `p`: the index of its ">".
        func autolinkEnd(_ p: Int) -> Int? {
            var k = p + 1
            while k < ch.count && k - p <= 33 && MarkdownMarkup.isSchemeScalar(ch[k]) { k += 1 }
            guard k - p - 1 >= 2, k < ch.count, ch[k] == ":" else { return nil }
            k += 1
            while k < ch.count {
                let c = ch[k]
                if c == ">" { return k }
                if c == "<" || MarkdownMarkup.isWhitespace(c) { return nil }
                k += 1
            }
            return nil
        }

        /// CommonMark's "process emphasis", over the whole paragraph.
        mutating func processEmphasis() {
            var bottoms: [Int: Int] = [:]
            var closer = delimiters.isEmpty ? -1 : 0
            while closer >= 0 {
                let d = delimiters[closer]
                guard d.canClose else { closer = d.next; continue }
                let key = Int(d.char.value) * 8 + (d.canOpen ? 4 : 0) + d.original % 3
                let bottom = bottoms[key] ?? -1
                var o = d.prev
                var found = false
                while o > bottom {
                    let od = delimiters[o]
                    if od.char == d.char && od.canOpen {
                        let oddMatch = (od.canClose || d.canOpen) && (od.original + d.original) % 3 == 0
                            && !(od.original % 3 == 0 && d.original % 3 == 0)
                        if !oddMatch { found = true; break }
                    }
                    o = od.prev
                }
                guard found else {
                    bottoms[key] = d.prev
                    let next = d.next
                    if !d.canOpen { unlink(closer) }
                    closer = next
                    continue
                }
                let od = delimiters[o]
                let use = d.count >= 2 && od.count >= 2 ? 2 : 1
                let contentStart = od.start + od.count
                hide(contentStart - use, contentStart)
                hide(d.start, d.start + use)
                style(contentStart, d.start, use == 2 ? .strong : .emphasis)
                delimiters[o].count -= use
                delimiters[closer].count -= use
                delimiters[closer].start += use
                // Delimiters between the two can no longer match.
                delimiters[o].next = closer
                delimiters[closer].prev = o
                if delimiters[o].count == 0 { unlink(o) }
                if delimiters[closer].count == 0 {
                    let next = delimiters[closer].next
                    unlink(closer)
                    closer = next
                }
            }
        }

        mutating func unlink(_ k: Int) {
            let p = delimiters[k].prev, n = delimiters[k].next
            if p >= 0 { delimiters[p].next = n }
            if n >= 0 { delimiters[n].prev = p }
        }
    }

    /// For a backtick run, the next run of the same length, in linear total time.
    struct CodeSpanFinder {
        var runsByLength: [Int: [Int]] = [:]
        var cursor: [Int: Int] = [:]

        init(_ ch: [Unicode.Scalar]) {
            var k = 0
            while k < ch.count {
                if ch[k] == "`" {
                    var r = k
                    while r < ch.count && ch[r] == "`" { r += 1 }
                    runsByLength[r - k, default: []].append(k)
                    k = r
                } else {
                    k += 1
                }
            }
        }

        mutating func closer(after start: Int, length: Int) -> Int? {
            guard let runs = runsByLength[length] else { return nil }
            var c = cursor[length] ?? 0
            while c < runs.count && runs[c] <= start { c += 1 }
            cursor[length] = c
            return c < runs.count ? runs[c] : nil
        }
    }

    static func isASCIIPunctuation(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 33 && v <= 47) || (v >= 58 && v <= 64) || (v >= 91 && v <= 96) || (v >= 123 && v <= 126)
    }

    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c.properties.isWhitespace
    }

    /// Punctuation or a symbol, as CommonMark's flanking rules count them.
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return isASCIIPunctuation(c) }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    static func isSchemeScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || (v >= 48 && v <= 57) || c == "+" || c == "." || c == "-"
    }
}
