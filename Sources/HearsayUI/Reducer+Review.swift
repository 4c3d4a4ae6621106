import HearsayCore

/// Review mode: each detected quotation in turn, one key per decision. Decisions
/// are `QuoteReview`s in the annotation file, matched to the detector's output by
/// range, so a re-analysis never overwrites them.
func runInReview(_ state: inout AppState, _ command: Command, argument: Unicode.Scalar?) -> [Effect] {
    let quotations = state.article.quotations
    guard let q = state.currentQuotation, q < quotations.count else {
        state.reviewing = false
        return []
    }
    switch command {
    case .lineDown: state.reviewMove(to: q + 1)
    case .lineUp: state.reviewMove(to: q - 1)
    case .top: state.reviewMove(to: 0)
    case .bottom: state.reviewMove(to: quotations.count - 1)
    case .accept: return state.decide(q, .accepted)
    case .reject: return state.decide(q, .rejected)
    case .acceptParagraph:
        let p = state.article.paragraphIndex(containing: quotations[q].range.start)
        let paragraph = state.article.paragraphs[p]
        let open = quotations.indices.filter { i in
            i >= q && paragraph.contains(quotations[i].range.start) && state.review(of: i) == nil
        }
        let effects = state.commitReviews("Accepted \(open.count) in this paragraph", open.map { ($0, .accepted, nil, nil, nil) })
        // Then on to the next one left to review, as `a` does.
        if state.readOnlyReason == nil, let next = state.nextUnreviewed(after: q) {
            state.reviewMove(to: next)
            state.message = StatusMessage(text: "Accepted \(open.count) in this paragraph · \(state.reviewProgress)", isError: false)
        }
        return effects
    case .changeSpeaker:
        state.choicePicker = ChoicePicker(purpose: .speaker, items: state.speakerChoices, allowsNew: true)
    case .changeKind:
        state.choicePicker = ChoicePicker(purpose: .kind, items: ["direct", "partial", "echo", "scare", "title"], allowsNew: false)
    case .growQuotation, .shrinkQuotation:
        let scalars = state.article.document.scalars
        var r = state.reviewedRange(of: q)
        if command == .growQuotation {
            r.end = min(scalars.count, TextMotion.wordEnd(scalars, from: TextMotion.nextWordStart(scalars, after: max(r.start, r.end - 1))) + 1)
            // The punctuation and closing marks that stick to the word come with it: “… season,”
            while r.end < scalars.count, !ArticleLayout.isBlank(scalars[r.end]) { r.end += 1 }
        } else {
            let start = TextMotion.previousWordStart(scalars, before: r.end - 1)
            guard start > r.start else { return [] }
            var end = start
            while end > r.start, ArticleLayout.isBlank(scalars[end - 1]) { end -= 1 }
            r.end = end
        }
        return state.commitReviews("Boundaries changed", [(q, .corrected, nil, nil, r)])
    case .visual:
        return runAnnotationCommand(&state, .visual, argument: nil) ?? []
    case .undo, .redo:
        let effects = runAnnotationCommand(&state, command, argument: argument) ?? []
        // To the quotation whose decision was undone or redone, so the box shows it.
        let group = command == .undo ? state.annotations.journal.redo.last : state.annotations.journal.undo.last
        if !effects.isEmpty, let group, let q = state.quotationOfReviewChange(in: group) {
            state.reviewMove(to: q, keepingMessage: true)
        }
        return effects
    case .tag, .applyTag, .note, .yank:
        return runAnnotationCommand(&state, command, argument: argument) ?? []
    case .applyLostDecision:
        return state.applyLostDecision(to: q)
    case .leaveReview, .cancel:
        state.reviewing = false
        state.message = StatusMessage(text: state.reviewProgress, isError: false)
    default:
        return runGlobal(&state, command) ?? []
    }
    return []
}

/// Keys in the speaker or kind picker.
func pickChoice(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var picker = state.choicePicker else { return [] }
    let (choice, done) = picker.handle(key)
    state.choicePicker = done ? nil : picker
    guard let choice else { return [] }
    let value: String
    switch choice {
    case .existing(let v), .new(let v): value = v
    }
    // The speaker of a quotation added by hand (`Q` in visual mode).
    if let id = picker.reviewID, let old = state.annotations.reviews.first(where: { $0.id == id }) {
        var new = old
        new.speaker = value
        new.modified = state.now
        return state.commit("Speaker: \(value)", [.review(old: old, new: new)])
    }
    guard let q = state.currentQuotation else { return [] }
    // Choosing what the quotation already has changes nothing: no "corrected" for it.
    let unchanged = picker.purpose == .speaker ? state.speakerName(of: q) == value
        : state.reviewedQuotation(q).kind.rawValue == value
    if unchanged {
        state.message = StatusMessage(text: "\(picker.purpose == .speaker ? "Speaker" : "Kind") unchanged: \(value)", isError: false)
        return []
    }
    switch picker.purpose {
    case .speaker: return state.decide(q, .corrected, speaker: value)
    case .kind: return state.decide(q, .corrected, kind: Quotation.Kind(rawValue: value))
    }
}

extension AppState {
    /// The current quotation as a citation, with the review's text and speaker.
    func citation() -> String? {
        guard let q = currentQuotation ?? article.quotationIndex(atOrAfter: cursor), q < article.quotations.count else { return nil }
        return Citation.of(q, in: article, text: article.document.string(reviewedRange(of: q)), speaker: .some(speakerName(of: q)))
    }

    /// The decision on detected quotation `q`, if any (by its range, or the range it was corrected from).
    func review(of q: Int) -> QuoteReview? {
        guard !annotations.reviews.isEmpty else { return nil }   // (no id to make: most articles, most of the time)
        let range = article.quotations[q].range
        let id = reviewID(range)
        return annotations.reviews.first { !$0.orphaned && ($0.anchor.range == range || $0.id == id) }
    }

    /// A review's id is its detected range, so corrections of the boundaries still find it.
    func reviewID(_ range: TextRange) -> String { "q\(range.start)-\(range.end)" }

    /// The detected range a review's id names ("q120-180"), or nil for an id of another form.
    func detectedRange(ofReviewID id: String) -> TextRange? {
        guard id.hasPrefix("q") else { return nil }
        let parts = id.dropFirst().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Int(parts[0]), let end = Int(parts[1]), start <= end else { return nil }
        let range = TextRange(start, end)
        return reviewID(range) == id ? range : nil   // (not "q+7-9" or "q07-9")
    }

    /// The quotations `review` names, in order: by its range or by the
    /// detected range its id names, as `review(of:)` matches them (which also
    /// passes over orphans), but looked up from the review (a few) instead of
    /// asked of every quotation (458,000 in the 100 MB bench text, where
    /// counting them so took a second at every key).
    func quotations(namedBy review: QuoteReview) -> [Int] {
        var found = article.quotationIndices(exactly: review.anchor.range)
        if let detected = detectedRange(ofReviewID: review.id), detected != review.anchor.range {
            found += article.quotationIndices(exactly: detected)
        }
        return found.sorted()
    }

    /// Quotation `q` with the kind the user gave it in review (the speaker set
    /// in review is a name: `speakerName(of:)`).
    func reviewedQuotation(_ q: Int) -> Quotation { reviewedQuotation(q, as: review(of: q)) }

    /// The same with its review (`review(of: q)`) already in hand.
    func reviewedQuotation(_ q: Int, as review: QuoteReview?) -> Quotation {
        var quotation = article.quotations[q]
        if let kind = review?.kind { quotation.kind = kind }
        return quotation
    }

    /// The quotation a group's first review change is about (by its range,
    /// before or after the change), or nil.
    func quotationOfReviewChange(in group: ChangeGroup) -> Int? {
        for change in group.changes {
            guard case .review(let old, let new) = change else { continue }
            for review in [new, old].compactMap({ $0 }) {
                if let q = quotations(namedBy: review).first { return q }
            }
        }
        return nil
    }

    /// The speaker picker's names: the actors, most mentioned first, then the
    /// names typed in review before (so "Roza Otunbayeva" is offered again, not
    /// typed anew as "Roza", a second person).
    var speakerChoices: [String] {
        var names = article.actorOrder.map { article.actors[$0].name }
        var seen = Set(names.map { $0.lowercased() })
        for review in annotations.reviews {
            guard let name = review.speaker, !name.isEmpty, seen.insert(name.lowercased()).inserted else { continue }
            names.append(name)
        }
        return names
    }

    /// The quotation's range after the user's boundary corrections.
    func reviewedRange(of q: Int) -> TextRange { review(of: q)?.anchor.range ?? article.quotations[q].range }

    var reviewedCount: Int {
        var reviewed = Set<Int>()
        for review in annotations.reviews where !review.orphaned { reviewed.formUnion(quotations(namedBy: review)) }
        return reviewed.count
    }

    public var reviewProgress: String { "Reviewed \(reviewedCount) of \(article.quotations.count)" }

    /// Enters review mode on the quotation at the cursor (where `]q`, a search
    /// or a click put it: the one the reader is looking at), else at the first
    /// unreviewed quotation.
    mutating func startReview() {
        guard !article.quotations.isEmpty else {
            message = StatusMessage(text: article.analysis == nil ? article.withoutAnalysis : "No quotations to review", isError: false)
            return
        }
        reviewing = true
        selection = nil
        let here = article.quotationIndex(atOrAfter: cursor).flatMap { article.quotations[$0].range.start <= cursor ? $0 : nil }
        reviewMove(to: here ?? article.quotations.indices.first { review(of: $0) == nil } ?? 0)
    }

    /// Moves review to quotation `q` and says the progress, unless `keepingMessage`
    /// and there is a message to keep (what a search or an undo said).
    mutating func reviewMove(to q: Int, keepingMessage: Bool = false) {
        let count = article.quotations.count
        guard count > 0 else { return }
        let target = max(0, min(count - 1, q))
        currentQuotation = target
        currentMention = nil
        let said = message
        jump(to: article.quotations[target].range.start)
        message = keepingMessage && said != nil ? said : StatusMessage(text: reviewProgress, isError: false)
        // A decision the article's edit left without its quotation may be this one's.
        if let lost = lostDecision(for: target), let text = message?.text {
            message = StatusMessage(text: text + " · a decision lost when the article changed may be this one's: "
                                    + Self.describe(lost) + " (L applies it)", isError: false)
        }
    }

    /// The first quotation after `q` with no decision yet, where `a` and `A` go on to.
    func nextUnreviewed(after q: Int) -> Int? {
        article.quotations.indices.first { $0 > q && review(of: $0) == nil }
    }

    /// Records a decision on quotation `q` and moves on to the next unreviewed one.
    mutating func decide(_ q: Int, _ decision: QuoteReview.Decision, speaker: String? = nil, kind: Quotation.Kind? = nil) -> [Effect] {
        let label: String
        switch decision {
        case .accepted: label = "Accepted"
        case .rejected: label = "Rejected"
        case .corrected: label = speaker.map { "Speaker: \($0)" } ?? kind.map { "Kind: \($0.rawValue)" } ?? "Corrected"
        case .added: label = "Added"
        }
        let effects = commitReviews(label, [(q, decision, speaker, kind, nil)])
        if decision != .corrected, let next = nextUnreviewed(after: q) {
            reviewMove(to: next)
        }
        if readOnlyReason == nil {
            let done = reviewedCount == article.quotations.count ? " · all done (q leaves review mode)" : ""
            message = StatusMessage(text: "\(label) · \(reviewProgress)\(done)", isError: false)
        }
        return effects
    }

    /// One undoable step with a review change for each (quotation, decision, speaker, kind, range).
    mutating func commitReviews(_ label: String, _ items: [(Int, QuoteReview.Decision, String?, Quotation.Kind?, TextRange?)]) -> [Effect] {
        var changes: [AnnotationChange] = []
        for (q, decision, speaker, kind, range) in items {
            let detected = article.quotations[q].range
            let old = review(of: q)
            var new = old ?? QuoteReview(id: reviewID(detected), anchor: Anchor(detected, in: article.document.scalars),
                                         decision: decision, speaker: nil, kind: nil, orphaned: false, modified: now)
            // A correction keeps an earlier correction's other fields; accept or reject resets nothing else.
            // (A quotation added by hand stays "added" whatever is corrected on it.)
            if new.decision != .added, decision == .corrected || new.decision != .corrected { new.decision = decision }
            if let speaker { new.speaker = speaker }
            if let kind { new.kind = kind }
            if let range { new.anchor = Anchor(range, in: article.document.scalars) }
            new.modified = now
            if old != new { changes.append(.review(old: old, new: new)) }
        }
        return commit(label, changes)
    }

    /// Adds a quotation the detector missed, from the selection (then asks for its speaker).
    mutating func addMissedQuotation(_ range: TextRange) -> [Effect] {
        guard range.length > 0 else { return [] }
        let review = QuoteReview(id: reviewID(range), anchor: Anchor(range, in: article.document.scalars), decision: .added,
                                 speaker: nil, kind: .direct, orphaned: false, modified: now)
        selection = nil
        let effects = commit("Added a quotation: who said it?", [.review(old: nil, new: review)])
        // Then its speaker: an actor, or a name typed in (Esc leaves it without one).
        var picker = ChoicePicker(purpose: .speaker, items: speakerChoices, allowsNew: true)
        picker.reviewID = review.id
        choicePicker = picker
        return effects
    }
}

/// Decisions lost when the article changed: a review whose quotation was edited
/// away is kept in the file, orphaned; review mode offers it on the quotation
/// whose words are closest to those it was made on.
extension AppState {
    /// The orphaned review closest to quotation `q`'s words, within a third of
    /// their length; nil when `q` has a decision or none is near enough.
    func lostDecision(for q: Int) -> QuoteReview? {
        guard q < article.quotations.count, annotations.reviews.contains(where: \.orphaned), review(of: q) == nil else { return nil }
        let text = article.document.string(article.quotations[q].range)
        var best: (review: QuoteReview, distance: Int)?
        for r in annotations.reviews where r.orphaned {
            let allowed = max(3, max(r.anchor.exact.count, text.count) / 3)
            guard abs(r.anchor.exact.count - text.count) <= allowed else { continue }
            let d = EditDistance.between(r.anchor.exact, text)
            if d <= allowed, d < best?.distance ?? Int.max { best = (r, d) }
        }
        return best?.review
    }

    /// `L` in review: the lost decision made quotation `q`'s, and the orphan
    /// gone, in one undoable step.
    mutating func applyLostDecision(to q: Int) -> [Effect] {
        guard let lost = lostDecision(for: q) else {
            message = StatusMessage(text: "No decision lost near this quotation", isError: false)
            return []
        }
        let detected = article.quotations[q].range
        let new = QuoteReview(id: reviewID(detected), anchor: Anchor(detected, in: article.document.scalars),
                              decision: lost.decision == .added ? .corrected : lost.decision,
                              speaker: lost.speaker, kind: lost.kind, orphaned: false, modified: now)
        let effects = commit("Applied the lost decision", [.review(old: lost, new: nil), .review(old: nil, new: new)])
        if readOnlyReason == nil { message = StatusMessage(text: "Applied: \(Self.describe(new)) · \(reviewProgress)", isError: false) }
        return effects
    }

    /// "Speaker Unison · partial (“no resilience whatsoever”)".
    static func describe(_ r: QuoteReview) -> String {
        var parts: [String] = []
        switch r.decision {
        case .rejected: parts.append("rejected")
        case .accepted: parts.append("accepted")
        case .corrected, .added: break
        }
        if let speaker = r.speaker { parts.append("Speaker \(speaker)") }
        if let kind = r.kind { parts.append(kind.rawValue) }
        return parts.joined(separator: " · ") + " (" + oneLine(r.anchor.exact, 40) + ")"
    }
}
