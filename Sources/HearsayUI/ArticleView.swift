import HearsayCore

/// The article pane: a title bar, then the wrapped text from the top line, with
/// quotations, actor mentions and search matches in their roles.
enum ArticleView {
    static func draw(_ state: AppState, into screen: inout ScreenBuffer) {
        let g = state.geometry
        let article = state.article
        screen.fill(row: 0, column: 0, count: g.articleWidth, role: .header)
        var title = " \(article.name)"
        if article.loadFailure != nil {
            title += article.isEndOfFile ? " (its end only)" : " (its start only)"
        } else if !article.isComplete {
            title += " (loading…)"
        } else if article.analysis == nil {
            title += " (analysing…)"
        }
        screen.put(title, row: 0, column: 0, role: .header, limit: g.articleWidth)

        guard !article.paragraphs.isEmpty else {
            let empty = article.isComplete ? "(empty document)" : article.loadFailure != nil ? "(nothing shown)" : "(loading…)"
            screen.put(empty, row: g.bodyTop, column: g.textX, role: .muted)
            return
        }
        let cursorLine = state.position(of: state.cursor)
        let search = state.search.map { TextSearch($0.pattern) }
        // The lines on screen first, so the annotations over them are picked out
        // of all of them once per frame, not once per line (100,000 annotations
        // scanned for each of 60 lines cost 65 ms a frame).
        // (A row with no line is the blank row between two paragraphs.)
        var shown: [(position: LinePosition, line: TextRange?)] = []
        var position = state.top
        for row in 0..<g.bodyRows {
            if row > 0 {
                let next = state.advanced(position, by: 1)
                if next == position { break }
                position = next
            }
            let lines = state.lines(of: position.paragraph)
            shown.append((position, position.line < lines.count ? lines[position.line] : nil))
        }
        let onScreen = shown.compactMap(\.line)
        let annotations = onScreen.isEmpty ? [] : visibleAnnotations(state.annotations.annotations,
                                                                     TextRange(onScreen.map(\.start).min()!, onScreen.map(\.end).max()!))
        for (row, item) in shown.enumerated() {
            guard let line = item.line else { continue }
            let y = g.bodyTop + row
            if item.position == cursorLine { screen.put("▌", row: y, column: g.textX - 2, role: .cursorLine) }
            drawLine(state, line, paragraph: item.position.paragraph, search: search, annotations: annotations, row: y, into: &screen)
        }
    }

    /// The placed annotations that touch `range` (the text on screen), in their order.
    static func visibleAnnotations(_ all: AnnotationList, _ range: TextRange) -> [Annotation] {
        all.filter { !$0.orphaned && $0.range.overlaps(range) }
    }

    static func drawLine(_ state: AppState, _ line: TextRange, paragraph: Int, search: TextSearch?, annotations: [Annotation],
                         row: Int, into screen: inout ScreenBuffer) {
        let g = state.geometry
        let scalars = state.article.document.scalars
        let (roles, annotated) = lineRoles(state, line, paragraph: paragraph, search: search, annotations: annotations)
        // A bar in the margin marks lines that carry an annotation.
        if annotated { screen.put("┃", row: row, column: g.textX - 1, role: .annotation) }
        let indent = state.article.indent(ofParagraph: paragraph)
        if indent > 0 { screen.put("│", row: row, column: g.textX, role: .muted) }
        var x = g.textX + indent
        let limit = g.articleWidth - 1
        let hidden = hiddenMask(state.article.markup, line)
        var runStart = line.start
        while runStart < line.end, x < limit {
            let role = roles[runStart - line.start]
            var runEnd = runStart + 1
            while runEnd < line.end, roles[runEnd - line.start] == role { runEnd += 1 }
            var text = String.UnicodeScalarView()
            for k in runStart..<runEnd where !(hidden?[k - line.start] ?? false) {
                let s = scalars[k]
                text.append(ArticleLayout.isBlank(s) ? " " : s)
            }
            x += screen.put(String(text), row: row, column: x, role: role, limit: limit - x)
            runStart = runEnd
        }
    }

    /// Which scalars of a line are Markdown markup (not drawn); nil for plain text.
    static func hiddenMask(_ markup: MarkdownMarkup.Markup?, _ line: TextRange) -> [Bool]? {
        guard let hidden = markup?.hidden, !hidden.isEmpty else { return nil }
        var mask = [Bool](repeating: false, count: line.length)
        var h = Article.firstEnding(after: line.start, in: hidden) { $0 }
        while h < hidden.count, hidden[h].start < line.end {
            for i in max(hidden[h].start, line.start)..<min(hidden[h].end, line.end) { mask[i - line.start] = true }
            h += 1
        }
        return mask
    }

    /// The role Markdown gives a span of text.
    static func role(of style: MarkdownMarkup.Style) -> Role {
        switch style {
        case .heading: return .textHeading
        case .emphasis, .blockquote: return .textEmphasis
        case .strong: return .textStrong
        case .code: return .textCode
        case .link: return .textLink
        }
    }

    /// The role of each scalar of a line: text (or title), then quotations,
    /// then actor mentions, then search matches, each drawn over the last; and
    /// whether an annotation touches the line (one pass over the annotations).
    static func lineRoles(_ state: AppState, _ line: TextRange, paragraph: Int, search: TextSearch?,
                          annotations: [Annotation]) -> (roles: [Role], annotated: Bool) {
        let article = state.article
        let base: Role = paragraph == 0 && article.hasTitle ? .title : .text
        var roles = [Role](repeating: base, count: line.length)
        func paint(_ r: TextRange, _ role: Role) {
            let a = max(r.start, line.start), b = min(r.end, line.end)
            if a < b { for i in a..<b { roles[i - line.start] = role } }
        }
        // Markdown styles first: quotations, mentions and annotations go over them.
        for span in article.markupSpans(over: line) { paint(span.range, role(of: span.style)) }
        let quotations = article.quotations
        var q = Article.firstEnding(after: line.start, in: quotations) { $0.range }
        while q < quotations.count, quotations[q].range.start < line.end {
            paint(quotations[q].range, q == state.currentQuotation ? .quoteCurrent : .quote)
            q += 1
        }
        if let current = state.currentQuotation, current < quotations.count, let speaker = quotations[current].speaker {
            paint(speaker.mention, .quoteSpeaker)
        }
        let mentions = article.mentions
        var m = Article.firstEnding(after: line.start, in: mentions) { $0.range }
        let actors = article.actors
        while m < mentions.count, mentions[m].range.start < line.end {
            let mention = mentions[m]
            let role: Role = m == state.currentMention ? .mentionCurrent
                : mention.actor == state.selectedActor ? .mentionSelected : Article.role(of: actors[mention.actor].type)
            paint(mention.range, role)
            m += 1
        }
        // Annotations over quotations and mentions: the user's coding is what they
        // came to see. Cells under two or more annotations get their own role.
        var depth = [UInt8](repeating: 0, count: line.length)
        var annotated = false
        for a in annotations where a.range.overlaps(line) {
            annotated = true
            let lo = max(a.range.start, line.start), hi = min(a.range.end, line.end)
            for i in lo..<hi { depth[i - line.start] &+= 1 }
            paint(a.range, a.id == state.currentAnnotation ? .annotationCurrent : .annotation)
        }
        for i in depth.indices where depth[i] > 1 && roles[i] != .annotationCurrent { roles[i] = .annotationOverlap }
        if let search {
            for match in search.matches(in: article.document.scalars, overlapping: line.start..<line.end) {
                let r = TextRange(match.lowerBound, match.upperBound)
                paint(r, r == state.search?.current ? .searchCurrent : .searchMatch)
            }
        }
        if let selection = state.selection {
            paint(selection.range(in: article.document.scalars), .selection)
        }
        return (roles, annotated)
    }
}
