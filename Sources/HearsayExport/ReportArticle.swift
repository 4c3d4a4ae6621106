import HearsayCore

/// What the CSV, Markdown and HTML exporters say about one article, gathered once:
/// its quotations (the reviewed ones, plus the detected ones the user rejected),
/// the annotations' texts and tag paths, and the title.
struct ReportArticle {
    struct Quote {
        var range: TextRange
        var kind: Quotation.Kind
        /// "accepted", "rejected", "corrected", "added", or "unreviewed".
        var review: String
        var rejected: Bool
        /// The speaker's words in the article, if any (article text).
        var mention: TextRange?
        var cue: TextRange?
        /// The actor (reviewed analysis index; nil for a rejected quotation's) and its name and type.
        var actor: Int?
        var actorName: String?
        var actorType: ActorType?
    }

    let input: ExportInput
    let quotes: [Quote]

    init(_ input: ExportInput) {
        self.input = input
        let doc = input.document
        func valid(_ r: TextRange?) -> TextRange? {
            guard let r, r.start >= 0, r.end <= doc.length else { return nil }
            return r
        }
        var quotes: [Quote] = []
        let reviewed = input.reviewed
        for q in reviewed.quotations {
            guard let range = valid(q.range) else { continue }
            let a = q.speaker?.actor.flatMap { $0 >= 0 && $0 < reviewed.actors.count ? $0 : nil }
            quotes.append(Quote(range: range, kind: q.kind, review: q.review?.rawValue ?? "unreviewed", rejected: false,
                                mention: valid(q.speaker?.mention), cue: valid(q.speaker?.cue), actor: a,
                                actorName: a.map { reviewed.actors[$0].name }, actorType: a.map { reviewed.actors[$0].type }))
        }
        // The detected quotations a rejection removed from the reviewed analysis.
        let rejected = Set(input.annotations.reviews.filter { !$0.orphaned && $0.decision == .rejected }.map(\.range))
        let kept = Set(reviewed.quotations.map(\.range))
        let detected = input.detected
        for q in detected.quotations where rejected.contains(q.range) && !kept.contains(q.range) {
            guard let range = valid(q.range) else { continue }
            let a = q.speaker?.actor.flatMap { $0 >= 0 && $0 < detected.actors.count ? $0 : nil }
            quotes.append(Quote(range: range, kind: q.kind, review: QuoteReview.Decision.rejected.rawValue, rejected: true,
                                mention: valid(q.speaker?.mention), cue: valid(q.speaker?.cue), actor: nil,
                                actorName: a.map { detected.actors[$0].name }, actorType: a.map { detected.actors[$0].type }))
        }
        self.quotes = quotes.sorted { $0.range < $1.range }
    }

    var document: Document { input.document }
    var includeText: Bool { input.includeText }

    func text(_ range: TextRange?) -> String {
        guard includeText, let range, range.start >= 0, range.end <= document.length else { return "" }
        return document.string(range)
    }

    /// The annotation's passage: the article's words at its range, or the stored
    /// `exact` text when it is orphaned (or its range is outside the article).
    func passage(_ a: Annotation) -> String {
        guard includeText else { return "" }
        let r = a.range
        if !a.orphaned, r.start >= 0, r.end <= document.length { return document.string(r) }
        return a.anchor.exact
    }

    func tagPaths(_ a: Annotation) -> [String] { a.tags.map { input.annotations.codebook.path(of: $0) } }

    /// The tag paths and the non-empty notes of the annotations on exactly `range`.
    func tagsAndNotes(on range: TextRange) -> (tags: [String], notes: [String]) {
        var tags: [String] = []
        var notes: [String] = []
        for a in input.annotations(on: range) {
            for t in tagPaths(a) where !tags.contains(t) { tags.append(t) }
            if !a.note.isEmpty { notes.append(a.note) }
        }
        return (tags, notes)
    }

    /// The article's first paragraph when it reads as a headline (one short line,
    /// no final stop or closing quotation mark), else the file name. Without text: the name.
    var title: String {
        guard includeText, let headline = document.headline else { return input.name }
        return document.string(headline)
    }

    /// The who-speaks rows, counted as the reader's `W` view counts them.
    var speakerRows: [SpeakerStats] { WhoSpeaks.stats(input.reviewed) }

    /// The tag paths used by the annotations, in codebook order, then any others A to Z.
    var usedTagPaths: [(name: String, path: String)] {
        let codebook = input.annotations.codebook
        var used: [String] = []
        for a in input.annotations.annotations { for t in a.tags where !used.contains(t) { used.append(t) } }
        let known = codebook.tags.map(\.name).filter { used.contains($0) }
        let unknown = used.filter { codebook.tag(named: $0) == nil }.sorted()
        return (known + unknown).map { ($0, codebook.path(of: $0)) }
    }
}
