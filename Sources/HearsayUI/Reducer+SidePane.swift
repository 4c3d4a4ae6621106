import HearsayCore

/// Commands with the focus on the side pane: move the selection, Enter jumps.
/// Returns nil for commands the article handles the same way (`]q`, `/`, `n`).
func runInSidePane(_ state: inout AppState, _ command: Command) -> [Effect]? {
    let count = state.sideItemCount(state.tab)
    let rows = state.geometry.bodyRows
    switch command {
    case .lineDown: state.moveSideSelection(by: 1)
    case .lineUp: state.moveSideSelection(by: -1)
    case .pageDown: state.moveSideSelection(by: max(1, rows - 1))
    case .pageUp: state.moveSideSelection(by: -max(1, rows - 1))
    case .halfPageDown: state.moveSideSelection(by: max(1, rows / 2))
    case .halfPageUp: state.moveSideSelection(by: -max(1, rows / 2))
    case .top: state.moveSideSelection(by: -count)
    case .bottom: state.moveSideSelection(by: count)
    case .open: state.openSideSelection()
    case .cancel:
        state.focus = .article
        if state.geometry.sidePaneCoversArticle { state.sidePaneShown = false }
    default: return nil
    }
    return []
}

extension AppState {
    /// The Quotations tab's rows (indices into the quotations): all of them, or
    /// what the actor selected in the Actors tab said, or what the `&` query keeps.
    public var listedQuotations: [Int] {
        // (The quotations in a local: `article.quotations` read in the closure
        // retained and released the array once per quotation: 200 ms on 458,000.)
        let quotations = article.quotations
        guard isQuotationListFiltered else { return Array(quotations.indices) }
        let key = QuotationListKey(quotations: quotations, actors: article.actors, actor: selectedActor, query: quoteQuery,
                                   reviews: annotations.reviews, annotations: annotations.annotations)
        return quotationList.value(for: key, same: QuotationListKey.same) { filteredQuotations(quotations) }
    }

    /// `listedQuotations` made anew: every quotation asked.
    func filteredQuotations(_ quotations: [Quotation]) -> [Int] {
        var rows = Array(quotations.indices)
        if let actor = selectedActor {
            rows = rows.filter { speakerActor(of: $0) == actor }
        }
        if let query = quoteQuery {
            rows = rows.filter { q in
                let review = review(of: q)
                return query.matches(reviewedQuotation(q, as: review), index: q, in: article, review: review?.decision.rawValue,
                              tags: annotations.annotations.filter { $0.range == quotations[q].range }.flatMap(\.tags),
                              speakerName: review?.speaker)
            }
        }
        return rows
    }

    /// What filters the active tab's list, for the pane to say (nil: nothing):
    /// an actor picked in the Actors tab or the `&` query empties the
    /// Quotations tab without a word otherwise.
    var sideFilterDescription: String? {
        switch tab {
        case .quotations:
            var parts: [String] = []
            if let a = selectedActor, a < article.actors.count { parts.append("said by \(article.actors[a].name)") }
            if quoteQuery != nil { parts.append("the & query") }
            return parts.isEmpty ? nil : "Filtered: " + parts.joined(separator: ", ") + " (Esc clears)"
        case .annotations:
            return annotationFilter.map { "Filtered: tag \($0) (Esc clears)" }
        default:
            return nil
        }
    }

    /// Whether the Quotations tab shows fewer than all quotations (then rows are not indices).
    var isQuotationListFiltered: Bool { selectedActor != nil || quoteQuery != nil }

    func sideItemCount(_ tab: SideTab) -> Int {
        switch tab {
        case .quotations: isQuotationListFiltered ? listedQuotations.count : article.quotations.count
        case .actors: article.actors.count
        case .outline: article.paragraphs.count
        // Counted, not sorted: this is asked at every frame and keystroke.
        case .annotations: annotations.annotations.count(where: isListed)
        }
    }

    public var sideSelected: Int { sideSelection[tab] ?? 0 }

    mutating func moveSideSelection(by delta: Int) {
        let count = sideItemCount(tab)
        guard count > 0 else { return }
        let row = max(0, min(count - 1, sideSelected + delta))
        sideSelection[tab] = row
        if tab == .actors {
            selectedActor = article.actorOrder[row]
            currentMention = nil
            sideSelection[.quotations] = 0
        }
    }

    /// Enter in the side pane: go to the quotation, the actor's first mention, or the paragraph.
    mutating func openSideSelection() {
        let row = sideSelected
        guard row < sideItemCount(tab) else { return }
        switch tab {
        case .quotations:
            let q = isQuotationListFiltered ? listedQuotations[row] : row
            currentQuotation = q
            currentMention = nil
            jump(to: article.quotations[q].range.start)
            describeCurrentQuotation()
        case .actors:
            let actor = article.actorOrder[row]
            selectedActor = actor
            currentQuotation = nil
            if let m = article.mentions.firstIndex(where: { $0.actor == actor }) {
                currentMention = m
                jump(to: article.mentions[m].range.start)
            }
        case .outline:
            jump(to: article.paragraphs[row].start)
        case .annotations:
            let a = listedAnnotations[row]
            currentAnnotation = a.id
            currentQuotation = nil
            currentMention = nil
            if a.orphaned {
                message = StatusMessage(text: "Orphan (its text is gone: \(SidePaneView.quoted(a.anchor.exact))): select its new place with v, then press a", isError: false)
                return
            }
            jump(to: a.range.start)
        }
        if geometry.sidePaneCoversArticle {
            sidePaneShown = false
            focus = .article
        }
    }

    /// The side pane follows the cursor: the quotation at or after it, its paragraph.
    mutating func syncSidePane() {
        guard focus == .article || helpVisible else { return }
        switch tab {
        case .quotations:
            let target = currentQuotation ?? article.quotationIndex(atOrAfter: cursor)
            if let target {
                if !isQuotationListFiltered {
                    sideSelection[.quotations] = target
                } else if let row = listedQuotations.firstIndex(where: { $0 >= target }) {
                    sideSelection[.quotations] = row
                }
            }
        case .outline:
            sideSelection[.outline] = article.paragraphIndex(containing: cursor)
        case .actors:
            if let a = selectedActor, let row = article.actorOrder.firstIndex(of: a) { sideSelection[.actors] = row }
        case .annotations:
            let rows = listedAnnotations
            if let id = currentAnnotation, let row = rows.firstIndex(where: { $0.id == id }) {
                sideSelection[.annotations] = row
            } else if let row = rows.firstIndex(where: { !$0.orphaned && $0.range.end > cursor }) {
                sideSelection[.annotations] = row
            }
        }
    }
}

/// What the filtered Quotations tab is made from (see `FrameMemo`).
public struct QuotationListKey {
    let quotations: [Quotation]
    let actors: [Actor]
    let actor: Int?
    let query: QuoteQuery?
    let reviews: [QuoteReview]
    let annotations: AnnotationList

    static func same(_ a: Self, _ b: Self) -> Bool {
        sameStorage(a.quotations, b.quotations) && sameStorage(a.actors, b.actors) && a.actor == b.actor
            && a.query == b.query && a.reviews == b.reviews && a.annotations == b.annotations
    }
}
