import HearsayCore

/// Review mode's panel over the bottom of the article: the quotation, who said
/// it and how the detector decided, and the decision so far.
enum ReviewPanel {
    static func draw(_ state: AppState, into screen: inout ScreenBuffer) {
        guard state.reviewing, let q = state.currentQuotation, q < state.article.quotations.count else { return }
        let g = state.geometry
        let article = state.article
        let quotation = article.quotations[q]
        let review = state.review(of: q)
        let title = "Review · quotation \(q + 1) of \(article.quotations.count) · \(state.reviewedCount) reviewed"
        let area = AnnotationOverlays.box(&screen, g, height: Self.height, title: title,
                                          footer: "a accept · x reject · s speaker · K kind · j/k · q leave",
                                          atTop: state.reviewedQuotationIsUnderTheBottomBox(q))
        guard area.rows >= 1, area.width > 10 else { return }
        var rows: [(String, String, Role)] = []
        let text = SidePaneView.flattened(article.document.string(state.reviewedRange(of: q)))
        rows.append(("", text, .quote))
        let detected = state.speakerName(of: q, reviewed: false)
        let speaker = review?.speaker ?? detected
        let cue = quotation.speaker?.cue.map { " (" + article.document.string($0) + ")" } ?? ""
        rows.append(("Speaker ", (speaker ?? "none") + cue + (review?.speaker != nil ? "   was: \(detected ?? "none")" : ""), .quoteSpeaker))
        let kind = review?.kind ?? quotation.kind
        rows.append(("Kind    ", kind.rawValue + (review?.kind != nil && review?.kind != quotation.kind ? "   was: \(quotation.kind.rawValue)" : "")
                     + "   rule: \(quotation.speaker?.rule ?? "-")", .text))
        rows.append(("Decision", " " + (review.map { ReviewPanel.label($0.decision) } ?? "not reviewed yet"), review == nil ? .muted : .message))
        for (i, row) in rows.prefix(area.rows).enumerated() {
            var x = area.left
            if !row.0.isEmpty { x += screen.put(row.0 + " ", row: area.top + i, column: x, role: .helpKey) }
            screen.putClipped(row.1, row: area.top + i, column: x, role: row.2, limit: area.left + area.width - x)
        }
    }

    /// The panel's rows, frame included.
    static let height = 7

    static func label(_ decision: QuoteReview.Decision) -> String {
        switch decision {
        case .accepted: "✓ accepted"
        case .rejected: "✗ rejected: not a quotation"
        case .corrected: "✎ corrected"
        case .added: "+ added by hand"
        }
    }

    /// The mark in the Quotations tab.
    static func mark(_ decision: QuoteReview.Decision?) -> String {
        switch decision {
        case nil: " "
        case .accepted?: "✓"
        case .rejected?: "✗"
        case .corrected?: "✎"
        case .added?: "+"
        }
    }

    static func drawChoicePicker(_ state: AppState, into screen: inout ScreenBuffer) {
        guard let picker = state.choicePicker else { return }
        let choices = picker.choices
        let title = picker.purpose == .speaker ? "Speaker" : "Kind"
        let area = AnnotationOverlays.box(&screen, state.geometry, height: min(12, choices.count + 4), title: title, footer: "Enter choose · Esc cancel")
        guard area.rows > 1, area.width > 4 else { return }
        let used = screen.put("> " + picker.filter, row: area.top, column: area.left, role: .prompt, limit: area.width - 1)
        screen.put("█", row: area.top, column: area.left + used, role: .prompt)
        let listRows = area.rows - 1
        let first = max(0, min(picker.selected - listRows + 1, choices.count - listRows))
        for (i, choice) in choices.enumerated().dropFirst(first).prefix(listRows) {
            let y = area.top + 1 + i - first
            switch choice {
            case .existing(let name): screen.putClipped(name, row: y, column: area.left, role: .help, limit: area.width)
            case .new(let name): screen.putClipped("+ new speaker “\(name)”", row: y, column: area.left, role: .help, limit: area.width)
            }
            if i == picker.selected { screen.restyle(row: y, column: area.left, count: area.width, role: .listSelectedFocused) }
        }
    }
}

extension AppState {
    /// Whether quotation `q` (with the words before it that name its speaker)
    /// shows on the rows the review panel takes at the bottom: then the panel
    /// goes to the top, where the article's end leaves the view no room to scroll.
    func reviewedQuotationIsUnderTheBottomBox(_ q: Int) -> Bool {
        let rows = geometry.bodyRows
        let boxTop = max(0, geometry.statusRow - ReviewPanel.height - 1) - geometry.bodyTop
        guard boxTop > 0 else { return false }
        let range = reviewedRange(of: q)
        guard let last = distance(from: top, to: position(of: max(range.start, range.end - 1)), limit: rows),
              last >= boxTop else { return false }
        // Only when the top is free of it: a quotation that fills the pane keeps the panel below.
        let first = distance(from: top, to: position(of: range.start), limit: rows) ?? 0
        return first >= ReviewPanel.height
    }

    /// Who said quotation `q`: the user's correction, else the detector's actor or mention text.
    func speakerName(of q: Int, reviewed: Bool = true) -> String? {
        if reviewed, let s = review(of: q)?.speaker { return s }
        let quotation = article.quotations[q]
        guard let speaker = quotation.speaker else { return nil }
        return speaker.actor.map { article.actors[$0].name } ?? article.document.string(speaker.mention)
    }
}
