import HearsayCore

/// The side pane: tabs on the header row, then the list of the active tab.
enum SidePaneView {
    static let tabSeparator = " "

    /// The tab labels and their columns in the header, from the roomiest layout
    /// that fits: full names spaced out; the active tab's full name and short names
    /// for the others; short names only.
    static func tabLayout(width: Int, active: SideTab) -> [(tab: SideTab, label: String, column: Int)] {
        let layouts: [(full: (SideTab) -> Bool, gap: Int)] = [({ _ in true }, 1), ({ $0 == active }, 0), ({ _ in false }, 0)]
        var result: [(tab: SideTab, label: String, column: Int)] = []
        for (useFull, gap) in layouts {
            result = []
            var x = 1
            for tab in SideTab.allCases {
                let label = " \(useFull(tab) ? tab.rawValue : tab.shortTitle)" + (gap > 0 ? " " : "")
                result.append((tab, label, x))
                x += DisplayWidth.of(label) + gap
            }
            if x - gap <= width { break }
        }
        return result
    }

    /// The tab under a column of the header (for mouse clicks).
    static func tab(atColumn column: Int, width: Int, active: SideTab) -> SideTab? {
        tabLayout(width: width, active: active).first { column >= $0.column && column < $0.column + DisplayWidth.of($0.label) }?.tab
    }

    static func draw(_ state: AppState, into screen: inout ScreenBuffer) {
        let g = state.geometry
        screen.fill(row: 0, column: g.sideX, count: g.sideWidth, role: .header)
        for (tab, label, column) in tabLayout(width: g.sideWidth, active: state.tab) {
            let role: Role = tab == state.tab ? .tabActive : .tab
            screen.put(label, row: 0, column: g.sideX + column, role: role, limit: max(0, g.sideWidth - column))
        }
        for row in g.bodyTop..<g.bodyTop + g.bodyRows {
            screen.fill(row: row, column: g.sideX, count: g.sideWidth, role: .text)
        }
        let count = state.sideItemCount(state.tab)
        if count == 0 {
            let notAnalysed = state.article.loadFailure != nil ? "Not analysed (see the status line)" : "Analysing…"
            let empty = state.article.analysis == nil && state.tab != .outline ? notAnalysed : "None found"
            // No annotations and a read-only file: maybe the file was refused
            // (corrupt, newer, empty beside its .bak). "None found" would read
            // as if the work were gone; the reason says where it is.
            if state.tab == .annotations, let reason = state.readOnlyReason, state.annotationFilter == nil {
                let lines = ["None shown: read-only"] + HelpOverlay.wrapped(reason, width: max(1, g.sideWidth - 2))
                for (k, line) in lines.prefix(g.bodyRows).enumerated() {
                    screen.putClipped(line, row: g.bodyTop + k, column: g.sideX + 1, role: k == 0 ? .muted : .error, limit: g.sideWidth - 2)
                }
                return
            }
            screen.put(empty, row: g.bodyTop, column: g.sideX + 1, role: .muted, limit: g.sideWidth - 1)
            if let filter = state.sideFilterDescription, g.bodyRows > 1 {
                screen.putClipped(filter, row: g.bodyTop + 1, column: g.sideX + 1, role: .muted, limit: g.sideWidth - 2)
            }
            return
        }
        // A filtered list says so below its rows, when they leave room.
        if let filter = state.sideFilterDescription, count + 1 < g.bodyRows {
            screen.putClipped(filter, row: g.bodyTop + count + 1, column: g.sideX + 1, role: .muted, limit: g.sideWidth - 2)
        }
        let first = scrollTop(state, count: count)
        let shown = first..<first + min(g.bodyRows, count - first)
        // Rows to quotation indices, once a frame (a filter makes them differ).
        let listed = state.tab == .quotations && state.isQuotationListFiltered ? state.listedQuotations : nil
        let quotationIndex = { (row: Int) in listed?[row] ?? row }
        // One speaker column for the rows on screen, so the quotations line up.
        let nameColumn = state.tab == .quotations
            ? min(shown.map { DisplayWidth.of(speakerLabel(article: state.article, quotationIndex($0))) }.max() ?? 0, max(8, (g.sideWidth - 2) * 2 / 5))
            : 0
        // The Annotations tab's rows, sorted once a frame (not once a row).
        let annotationRows = state.tab == .annotations ? state.listedAnnotations : []
        for item in shown {
            let y = g.bodyTop + item - first
            let selected = item == state.sideSelected
            drawItem(state, state.tab == .quotations ? quotationIndex(item) : item, annotationRows: annotationRows,
                     row: y, nameColumn: nameColumn, into: &screen)
            if selected {
                screen.restyle(row: y, column: g.sideX, count: g.sideWidth,
                               role: state.focus == .side ? .listSelectedFocused : .listSelected)
            }
        }
    }

    /// The first row shown: the selection stays in view, as in tig's lists.
    static func scrollTop(_ state: AppState, count: Int) -> Int {
        let rows = state.geometry.bodyRows
        var top = state.sideScroll[state.tab] ?? 0
        let selected = state.sideSelected
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        return max(0, min(top, max(0, count - rows)))
    }

    /// Who said quotation `q`, or its kind in brackets when it is not reported
    /// speech (`kind`: the kind set in review, which wins).
    static func speakerLabel(article: Article, _ q: Int, kind: Quotation.Kind? = nil) -> String {
        let quotation = article.quotations[q]
        let kind = kind ?? quotation.kind
        guard kind.isReportedSpeech else { return "(\(kind.rawValue))" }
        return quotation.speaker?.actor.map { article.actors[$0].name }
            ?? quotation.speaker.map { article.visibleText(in: $0.mention) } ?? "?"
    }

    static func drawItem(_ state: AppState, _ item: Int, annotationRows: [Annotation], row: Int, nameColumn: Int,
                         into screen: inout ScreenBuffer) {
        let g = state.geometry
        let article = state.article
        let left = g.sideX + 1
        let width = g.sideWidth - 2
        guard width > 0 else { return }
        switch state.tab {
        case .quotations:
            let index = item
            let q = state.reviewedQuotation(index)
            let review = state.review(of: index)
            let who = q.kind.isReportedSpeech ? review?.speaker ?? speakerLabel(article: article, index, kind: q.kind)
                : speakerLabel(article: article, index, kind: q.kind)
            // The review decision, when there is one: ✓ ✗ ✎ +.
            let mark = ReviewPanel.mark(review?.decision)
            screen.put(mark, row: row, column: left - 1, role: review?.decision == .rejected ? .error : .message)
            screen.putClipped(who, row: row, column: left, role: q.kind.isReportedSpeech ? .quoteSpeaker : .muted, limit: nameColumn)
            let x = left + nameColumn + 1
            let text = article.visibleText(in: q.range)
            screen.putClipped(flattened(text), row: row, column: x, role: .quote, limit: left + width - x)
        case .actors:
            let a = article.actorOrder[item]
            let actor = article.actors[a]
            // Type, mentions and quotations said: "person 4m 2q".
            let said = state.reviewedQuotationCounts[a]
            let right = "\(actor.type.rawValue) \(article.mentionCounts[a])m" + (said > 0 ? " \(said)q" : "")
            let nameLimit = max(1, width - DisplayWidth.of(right) - 1)
            screen.putClipped(actor.name, row: row, column: left, role: Article.role(of: actor.type), limit: nameLimit)
            screen.put(right, row: row, column: left + width - DisplayWidth.of(right), role: .muted)
        case .annotations:
            let a = annotationRows[item]
            // Where it is, right-aligned: its paragraph, or ⚠ for an orphan.
            let position = a.orphaned ? "⚠" : "¶\(article.paragraphIndex(containing: a.range.start) + 1)"
            let right = left + width - DisplayWidth.of(position)
            screen.put(position, row: row, column: right, role: a.orphaned ? .error : .muted)
            let width = max(1, width - DisplayWidth.of(position) - 1)
            var x = left
            let tagLimit = left + min(width / 2, width - 1)
            if a.tags.isEmpty { x += screen.put("(note)", row: row, column: x, role: .muted, limit: max(0, tagLimit - x)) }
            // Each tag in its own colour (`tag.<name>`, see Theme.withTagColors).
            for tag in a.tags where x < tagLimit {
                x += screen.putClipped(state.annotations.codebook.path(of: tag), row: row, column: x, role: .tag(tag), limit: max(1, tagLimit - x))
                x += 1
            }
            screen.putClipped(flattened(preview(of: a)), row: row, column: x, role: a.note.isEmpty ? .quote : .text,
                              limit: max(0, left + width - x))
        case .outline:
            let p = article.paragraphs[item]
            let number = "¶\(item + 1) "
            let x = left + screen.put(number, row: row, column: left, role: .muted)
            let end = min(p.end, p.start + 200)
            // A heading (Markdown's, or a plain text's subheading) stands out: the outline's sections.
            let role: Role = item == 0 && article.hasTitle ? .title : article.isHeading(paragraph: item) ? .textHeading : .text
            screen.putClipped(flattened(article.visibleText(in: TextRange(p.start, end))), row: row, column: x, role: role,
                              limit: left + width - x)
        }
    }

    /// An annotation's row text: its note, or its passage in quotation marks.
    /// A passage that starts or ends with a quotation mark keeps its own
    /// (not ““…”” nor ““… when the selection left the closing mark out).
    static func preview(of a: Annotation) -> String {
        a.note.isEmpty ? quoted(a.anchor.exact) : a.note
    }

    /// `text` in quotation marks, unless it starts or ends with its own.
    static func quoted(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let opens = scalars.first.map { QuoteMarkClass.isQuoteMark($0) && QuoteMarkClass.isOpener($0) } ?? false
        let closes = scalars.count > 1 && scalars.last.map { QuoteMarkClass.isQuoteMark($0) && QuoteMarkClass.isCloser($0) } ?? false
        return (opens ? "" : "“") + text + (opens || closes ? "" : "”")
    }

    /// Line breaks and tabs as spaces, for one-line list rows.
    static func flattened(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { ArticleLayout.isBlank($0) ? " " : $0 }))
    }
}
