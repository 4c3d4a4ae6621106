import HearsayCore

/// What the reader shows: the document, its analysis once it is ready, and the
/// lists the side pane needs, derived once (not at every frame).
public struct Article: Sendable {
    public let name: String
    public let document: Document
    /// Nil while the analysis runs in the background; the panes fill when it lands.
    /// With the user's actor edits applied (see `applyingActorEdits`).
    public let analysis: Analysis?
    /// The analysis as the detector made it, before the user's actor edits.
    public let detected: Analysis?
    /// False while the reader shows the first part of a big file that is still loading.
    public let isComplete: Bool
    /// An incomplete article that is the end of the file rather than its start
    /// (`G` while a big file loads): places in it are counted from the end.
    public let isEndOfFile: Bool
    /// Each paragraph the reader shows, as a scalar range.
    public let paragraphs: [TextRange]
    /// The first paragraph when it reads as a headline (one short line, no final stop).
    public let hasTitle: Bool
    /// Actor mentions sorted by start (from the analysis).
    public let mentions: [Mention]
    /// Mentions of each actor, and the actors as the Actors tab lists them: most mentioned first.
    public let mentionCounts: [Int]
    /// Reported-speech quotations each actor is the speaker of.
    public let quotationCounts: [Int]
    public let actorOrder: [Int]
    /// For a Markdown article: the markup to hide and the styled spans. Offsets
    /// stay those of the source text; only the drawing changes.
    public let markup: MarkdownMarkup.Markup?
    /// For each Markdown span (sorted by start), the largest end among it and
    /// those before it: a line finds the spans over it without a scan of all.
    let spanReach: [Int]
    /// Why the rest of a big file could not be loaded (too large, not text past
    /// its first part): the reader stays on the part it has, and says why.
    public var loadFailure: String? = nil
    /// Whether `analysis` has the user's edits laid over `detected` (see `applyingActorEdits`).
    var isEdited = false
    /// Whether the quotations are in order of their starts (see `quotationIndices(exactly:)`).
    let quotationsInOrderOfStart: Bool

    /// What to say when a command needs the analysis and there is none (yet).
    var withoutAnalysis: String { loadFailure.map { "Not analysed: \($0)" } ?? "Still analysing…" }

    public init(name: String, document: Document, analysis: Analysis?, isComplete: Bool = true, detected: Analysis? = nil,
                isEndOfFile: Bool = false, markup: MarkdownMarkup.Markup? = nil) {
        self.name = name
        self.markup = markup
        var reach: [Int] = []
        reach.reserveCapacity(markup?.spans.count ?? 0)
        for span in markup?.spans ?? [] { reach.append(max(reach.last ?? 0, span.range.end)) }
        spanReach = reach
        self.document = document
        self.analysis = analysis
        self.detected = detected ?? analysis
        self.isComplete = isComplete
        self.isEndOfFile = !isComplete && isEndOfFile
        // A Markdown paragraph that is all hidden markup (an HTML comment, a
        // reference definition) gets no rows: it would show as blank lines.
        paragraphs = markup.map { m in document.paragraphs.filter { !m.hides($0) } } ?? document.paragraphs
        // The analysis gives them in order already: then its array is shared, not
        // copied (1.3 million mentions, 40 MB, in a 100 MB text).
        let found = analysis?.mentions ?? []
        mentions = zip(found, found.dropFirst()).allSatisfy { !($1.range < $0.range) } ? found : found.sorted { $0.range < $1.range }
        hasTitle = document.headline != nil
        var counts = Array(repeating: 0, count: analysis?.actors.count ?? 0)
        for m in mentions { counts[m.actor] += 1 }
        mentionCounts = counts
        var said = Array(repeating: 0, count: counts.count)
        for q in analysis?.quotations ?? [] where q.kind.isReportedSpeech {
            if let a = q.speaker?.actor, a < said.count { said[a] += 1 }
        }
        quotationCounts = said
        let quotations = analysis?.quotations ?? []
        quotationsInOrderOfStart = zip(quotations, quotations.dropFirst()).allSatisfy { $0.range.start <= $1.range.start }
        let actors = analysis?.actors ?? []
        actorOrder = actors.indices.sorted { a, b in
            counts[a] != counts[b] ? counts[a] > counts[b] : actors[a].name < actors[b].name
        }
    }

    /// The article with `edits` (from the annotation file and the actor registry)
    /// applied over the detector's actors, and the quotations the user `added`
    /// in review among the detected ones, in text order. The other decisions are
    /// laid over the quotations where they are shown (`review(of:)`): detected
    /// quotations keep their places.
    public func applyingActorEdits(_ edits: [ActorEdit], added: [QuoteReview] = []) -> Article {
        guard let detected else { return self }
        // Nothing to lay over, and nothing laid over before: this article is
        // already the detector's. (Derived again, its lists cost the reader's
        // thread 30 ms when a 100 MB file's analysis landed.)
        if edits.isEmpty && added.isEmpty && !isEdited { return self }
        let edited = edits.isEmpty && added.isEmpty ? detected
            : ReviewedAnalysis.apply(reviews: added, actorEdits: edits, to: detected)
        var article = Article(name: name, document: document, analysis: edited, isComplete: isComplete, detected: detected,
                              isEndOfFile: isEndOfFile, markup: markup)
        article.isEdited = !(edits.isEmpty && added.isEmpty)
        article.loadFailure = loadFailure
        return article
    }

    /// The Markdown spans that overlap `line`, in order: a binary search for the
    /// last one starting before the line's end, then back while one could still reach it.
    public func markupSpans(over line: TextRange) -> [MarkdownMarkup.Span] {
        guard let spans = markup?.spans, !spans.isEmpty else { return [] }
        var lo = 0, hi = spans.count
        while lo < hi {   // the first span that starts at or after the line's end
            let mid = (lo + hi) / 2
            if spans[mid].range.start < line.end { lo = mid + 1 } else { hi = mid }
        }
        var found: [MarkdownMarkup.Span] = []
        var k = lo - 1
        while k >= 0, spanReach[k] > line.start {
            if spans[k].range.overlaps(line) { found.append(spans[k]) }
            k -= 1
        }
        return found.reversed()
    }

    /// Cells a block quote's lines are drawn in from the text's left edge: a
    /// bar and a space ("│ "), as Markdown readers mark quoted blocks.
    public static let blockQuoteIndent = 2

    /// The indent of paragraph `p`'s lines: `blockQuoteIndent` when it is a
    /// Markdown block quote (its first line styled so), else 0.
    public func indent(ofParagraph p: Int) -> Int {
        openingSpans(ofParagraph: p).contains { $0.style == .blockquote } ? Self.blockQuoteIndent : 0
    }

    /// Whether paragraph `p` is a heading: a Markdown heading, or in a plain
    /// text a subheading (`Document.isSubheading`) — what the Outline marks.
    public func isHeading(paragraph p: Int) -> Bool {
        guard markup != nil else { return document.isSubheading(paragraph: p) }
        return openingSpans(ofParagraph: p).contains {
            if case .heading = $0.style { return true } else { return false }
        }
    }

    /// The Markdown spans over the first scalars of paragraph `p` (past the
    /// hidden marks that open a heading or a block quote line).
    private func openingSpans(ofParagraph p: Int) -> [MarkdownMarkup.Span] {
        guard let spans = markup?.spans, !spans.isEmpty, p >= 0, p < paragraphs.count else { return [] }
        let start = paragraphs[p].start
        return markupSpans(over: TextRange(start, min(paragraphs[p].end, start + 16)))
    }

    public var quotations: [Quotation] { analysis?.quotations ?? [] }
    public var actors: [Actor] { analysis?.actors ?? [] }
    public var length: Int { document.length }

    /// The role an actor's mentions are drawn in.
    public static func role(of type: ActorType) -> Role {
        switch type {
        case .person: .actorPerson
        case .organisation: .actorOrganisation
        case .state: .actorState
        case .place: .actorPlace
        case .group: .actorGroup
        }
    }

    /// Index of the first element whose range ends after `offset`, in ranges sorted by start
    /// whose ends are also sorted (quotations and mentions do not nest in each other).
    static func firstEnding<T>(after offset: Int, in items: [T], range: (T) -> TextRange) -> Int {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if range(items[mid]).end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The quotations whose range is exactly `range`, in order: a binary search
    /// on their starts when they are in order of start (a detector's always
    /// are), else a scan.
    public func quotationIndices(exactly range: TextRange) -> [Int] {
        let quotations = self.quotations
        guard quotationsInOrderOfStart else { return quotations.indices.filter { quotations[$0].range == range } }
        // (The first quotation that starts at or after the range.)
        var lo = Document.lastStarting(atOrBefore: range.start - 1, in: quotations) { $0.range.start } + 1
        var found: [Int] = []
        while lo < quotations.count, quotations[lo].range.start == range.start {
            if quotations[lo].range == range { found.append(lo) }
            lo += 1
        }
        return found
    }

    /// The quotation at or after `offset` (first one whose end lies after it).
    public func quotationIndex(atOrAfter offset: Int) -> Int? {
        let i = Article.firstEnding(after: offset, in: quotations) { $0.range }
        return i < quotations.count ? i : nil
    }

    /// The text of `range` as the reader shows it: without a Markdown article's
    /// hidden markup ("## ", "**", "](url)"), for the one-line rows of the side pane.
    public func visibleText(in range: TextRange) -> String {
        markup?.visibleText(document.scalars, in: range) ?? document.string(range)
    }

    /// The paragraph holding `offset` (or the last one before it).
    public func paragraphIndex(containing offset: Int) -> Int {
        max(0, Document.lastStarting(atOrBefore: offset, in: paragraphs) { $0.start })
    }
}
