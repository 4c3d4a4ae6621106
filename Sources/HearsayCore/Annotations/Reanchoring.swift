/// How an annotation was found again in a changed article.
public enum AnchorOutcome: Equatable, Sendable {
    /// Same place, same text.
    case exact
    /// Found elsewhere (exactly or approximately); `from` is the old start offset.
    case moved(from: Int)
    /// Not found with enough confidence: kept, shown to the user, never dropped.
    case orphan
}

public struct ReanchorResult: Sendable {
    /// The fresh anchor (new offsets, exact text and context read from the new
    /// text) when found; the old anchor, unchanged, for an orphan.
    public var anchor: Anchor
    public var outcome: AnchorOutcome
    /// Confidence in [0, 1] (see `Reanchoring`): of the place chosen, or of the best
    /// place rejected for an orphan (0 when nothing came close).
    public var score: Double

    public init(anchor: Anchor, outcome: AnchorOutcome, score: Double) {
        self.anchor = anchor
        self.outcome = outcome
        self.score = score
    }
}

/// Finds annotations again after the article changed (DESIGN.md, "Text and
/// offsets"; after Hypothesis's `match-quote.ts`), in this order:
///
/// 1. the quote at its old offsets → `.exact`;
/// 2. the quote elsewhere, exactly: every occurrence (an index for a whole file of
///    annotations, a linear scan for one), the best by context agreement, then the
///    nearest to the old position → `.moved`;
/// 3. approximately (Myers's bit-parallel edit distance, at most 25 % of the
///    quote's length in edits), but only in small windows: around the old position
///    (and, in a batch, around where the previous annotation moved to), and around
///    the places that exact hits of pieces of the anchor point to (chunks of the
///    quote, the last 16 code points of the prefix, the first 16 of the suffix)
///    → `.moved`;
/// 4. otherwise `.orphan`.
///
/// **Score.** Every place considered gets
///
///     score = (w · quote + context) / (w + 1),   w = min(length of quote, 64) / 32
///
/// - `quote` = 1 − edits / length of quote (1 for an exact match);
/// - `context`: how well the stored prefix and suffix (32 code points each) agree
///   with the text before and after the place, weighted by their lengths. Each side
///   is an edit-distance similarity (1 − edits / length; the side may sit up to 32
///   code points away from the place, each code point of gap costing half an edit,
///   so words inserted next to the passage weaken the side without destroying it),
///   corrected for chance: unrelated English news text already scores about 0.25
///   on this measure (99th percentile 0.38, measured on the GUM news articles of
///   ../shared/gold), so a side counts as `(similarity − 0.4) / 0.6`, clamped to
///   [0, 1] — zero evidence at the level of chance, 1 for identical context.
/// - `w` makes the quote's own weight grow with its length: nothing for an empty
///   quote, as much as the context at 32 code points, twice as much from 64 on.
///
/// **Threshold: a place is accepted when score ≥ 0.5**, i.e. when the evidence
/// for it is at least as strong as the evidence against. What this means:
/// - an exact quote of 32 code points or more is accepted wherever it is, even with
///   its context gone (a moved sentence);
/// - a shorter exact quote needs context, the more the shorter it is:
///   context ≥ (1 − w) / 2, so "the" (3 code points) needs ≈ 0.45 (about two
///   thirds of its 64 code points of context where they were), and a random "the"
///   elsewhere scores well below that: short quotes never jump to unrelated text;
/// - an approximate match (at most 25 % edits) is accepted with intact context;
///   with no context left, only a quote of 64 code points or more (at 32, only an
///   exact one).
///
/// The quote at its old offsets with context agreement ≥ 0.5 ends the search (≥ 0.9
/// for a quote under 8 code points); an exact match elsewhere ends it only with
/// its context nearly intact (≥ 0.9), and even then approximate matches around the
/// old position are looked at. Otherwise all candidates compete on score: the
/// passage edited in place beats a surviving copy of it elsewhere. Among accepted
/// places whose scores are within 0.05 of the best, the one nearest the old position wins.
///
/// **Cost.** Each annotation costs a few comparisons when it did not move or moved
/// with its neighbours, an index look-up or a scan for exact matches, and Myers
/// passes over windows of a few hundred code points: 10,000 annotations on a 1 MB
/// article take well under a second in a release build.
public enum Reanchoring {
    /// The acceptance threshold on `ReanchorResult.score`.
    public static let threshold = 0.5
    /// Context agreement at or above which the quote at its old offsets ends the
    /// search (a quote of at least `shortQuote` code points; a shorter one says too
    /// little by itself and needs `intactContext`).
    static let strongContext = 0.5
    static let shortQuote = 8
    /// Context agreement at or above which an exact match elsewhere ends the search
    /// (below it, approximate matches are looked for and compete on score).
    static let intactContext = 0.9
    /// Edit similarity of unrelated context (see above).
    static let chanceSimilarity = 0.4
    /// Scores this close to the best count as equally good: the nearest wins.
    static let tieMargin = 0.05
    /// Edits charged per code point between the context and the place.
    static let gapCost = 0.5
    /// How far (code points) a side of the context may sit from the place.
    static let contextSlack = 32
    /// Most edits an approximate match may have: length / `errorDivisor` (25 %).
    static let errorDivisor = 4

    /// Finds one anchor again in `scalars` (the new text).
    public static func reanchor(_ anchor: Anchor, in scalars: ScalarText) -> ReanchorResult {
        var finder = Reanchorer(scalars)
        return finder.reanchor(anchor, hints: [anchor.start])
    }

    /// Finds every annotation again in `scalars`, in document order so that each
    /// one also looks where its predecessor moved to. Found annotations get a fresh
    /// anchor and `orphaned = false`; orphans keep their old anchor, flagged
    /// `orphaned = true`. The annotations come back in the order given.
    public static func reanchor(_ annotations: [Annotation], in scalars: ScalarText)
        -> (annotations: [Annotation], exact: Int, moved: Int, orphans: Int) {
        var finder = Reanchorer(scalars)
        var result = annotations
        var exact = 0, moved = 0, orphans = 0
        let order = annotations.indices.sorted {
            (annotations[$0].anchor.start, $0) < (annotations[$1].anchor.start, $1)
        }
        var delta = 0
        for i in order {
            let old = annotations[i].anchor
            let hints = delta == 0 ? [old.start] : [old.start, old.start + delta]
            let found = finder.reanchor(old, hints: hints)
            switch found.outcome {
            case .exact:
                exact += 1
                delta = 0
                result[i].anchor = found.anchor
                result[i].orphaned = false
            case .moved:
                moved += 1
                delta = found.anchor.start - old.start
                result[i].anchor = found.anchor
                result[i].orphaned = false
            case .orphan:
                orphans += 1
                result[i].orphaned = true
            }
        }
        return (result, exact, moved, orphans)
    }
}

/// One re-anchoring session over one text (keeps the exact-search index between
/// annotations). It reads the document's `ScalarText` as it is (see `ScalarValues`).
struct Reanchorer {
    private let scalars: ScalarText
    private var text: ScalarText { scalars }
    private var searcher: ScalarSearcher

    init(_ scalars: ScalarText) {
        self.scalars = scalars
        searcher = ScalarSearcher(scalars)
    }

    /// A place considered for the anchor.
    struct Candidate {
        var start: Int
        var end: Int
        var distance: Int
        var context: Double
        var score: Double
    }

    /// The stored anchor, as scalars, with the patterns its context is compared by.
    struct Probe {
        let quote: [UInt32]
        let prefix: [UInt32]
        let suffix: [UInt32]
        let prefixPattern: MyersPattern?
        /// The suffix reversed (it is matched walking backwards to the place).
        let suffixPattern: MyersPattern?
        /// The passage began (ended) between words, not inside one.
        let startsBetweenWords: Bool
        let endsBetweenWords: Bool
        var m: Int { quote.count }
        var maxErrors: Int { quote.count / Reanchoring.errorDivisor }

        init(_ anchor: Anchor) {
            quote = anchor.exact.unicodeScalars.map(\.value)
            prefix = anchor.prefix.unicodeScalars.map(\.value)
            suffix = anchor.suffix.unicodeScalars.map(\.value)
            prefixPattern = prefix.isEmpty ? nil : MyersPattern(prefix)
            suffixPattern = suffix.isEmpty ? nil : MyersPattern(suffix.reversed())
            startsBetweenWords = Reanchorer.isWordBreak(prefix.last, quote.first)
            endsBetweenWords = Reanchorer.isWordBreak(quote.last, suffix.first)
        }
    }

    /// No word runs across the place between `before` and `after` (either is
    /// missing at the text's ends, or is not a letter or digit).
    static func isWordBreak(_ before: UInt32?, _ after: UInt32?) -> Bool {
        guard let before, let after, let b = Unicode.Scalar(before), let a = Unicode.Scalar(after) else { return true }
        return !(ScalarClass.isAlphanumeric(b) && ScalarClass.isAlphanumeric(a))
    }

    /// Whether offset `i` of the text lies between words.
    private func isWordBreak(at i: Int) -> Bool {
        Self.isWordBreak(i > 0 ? text.value(i - 1) : nil, i < text.count ? text.value(i) : nil)
    }

    mutating func reanchor(_ anchor: Anchor, hints rawHints: [Int]) -> ReanchorResult {
        let probe = Probe(anchor)
        let n = text.count, m = probe.m
        var hints: [Int] = []
        for h in rawHints.map({ min(max($0, 0), n) }) where !hints.contains(h) { hints.append(h) }

        func result(_ c: Candidate) -> ReanchorResult {
            let same = c.start == anchor.start && c.end == anchor.end && c.distance == 0
            return ReanchorResult(anchor: Anchor(TextRange(c.start, c.end), in: scalars),
                                  outcome: same ? .exact : .moved(from: anchor.start), score: c.score)
        }
        func decisive(_ c: Candidate, _ context: Double) -> Bool {
            c.context >= context && c.score >= Reanchoring.threshold
        }

        // 1. The old offsets, then (in a batch) where the neighbours moved to.
        var pool: [Candidate] = []
        for h in [anchor.start] + hints where h >= 0 && h + m <= n && !pool.contains(where: { $0.start == h }) {
            guard matches(probe.quote, at: h) else { continue }
            let c = evaluate(probe, h, h + m, distance: 0)
            let oldPlace = h == anchor.start && m >= Reanchoring.shortQuote
            if decisive(c, oldPlace ? Reanchoring.strongContext : Reanchoring.intactContext) { return result(c) }
            pool.append(c)
        }
        // 2. Exact occurrences anywhere.
        for s in exactStarts(probe, hints: hints) where !pool.contains(where: { $0.start == s }) {
            pool.append(evaluate(probe, s, s + m, distance: 0))
        }
        // 3. Approximate matches near the old place (always: an exact copy far
        // away must not beat the passage edited in place), then, unless an exact
        // match has intact context, near exact hits of pieces of the anchor.
        let settled = choose(pool, hints: hints).map { decisive($0, Reanchoring.intactContext) } ?? false
        if probe.maxErrors > 0 {
            for c in fuzzyCandidates(probe, hints: hints, pieces: !settled)
            where !pool.contains(where: { $0.start == c.start && $0.end == c.end }) {
                pool.append(c)
            }
        }
        // Only accepted places compete for the tie: a nearer place within the
        // margin but below the threshold must not orphan an accepted one (fuzz-reanchor).
        if let best = choose(pool.filter { $0.score >= Reanchoring.threshold }, hints: hints) { return result(best) }
        let bestScore = pool.map(\.score).max() ?? 0
        return ReanchorResult(anchor: anchor, outcome: .orphan, score: bestScore)
    }

    /// The best-scoring candidate; among those within `Reanchoring.tieMargin` of
    /// it, the nearest to a hint.
    private func choose(_ pool: [Candidate], hints: [Int]) -> Candidate? {
        guard let top = pool.map(\.score).max() else { return nil }
        func distance(_ c: Candidate) -> Int { hints.map { abs(c.start - $0) }.min() ?? 0 }
        return pool.filter { $0.score >= top - Reanchoring.tieMargin }.min {
            (distance($0), -$0.score, $0.start) < (distance($1), -$1.score, $1.start)
        }
    }

    // MARK: Scoring

    private func evaluate(_ probe: Probe, _ start: Int, _ end: Int, distance: Int) -> Candidate {
        let m = probe.m
        let quote = m == 0 ? 1 : 1 - Double(distance) / Double(m)
        let context = contextAgreement(probe, start, end)
        let w = Double(min(m, 64)) / 32
        return Candidate(start: start, end: end, distance: distance, context: context,
                         score: (w * quote + context) / (w + 1))
    }

    /// Chance-corrected agreement of the stored context with the text around
    /// `start..<end`, the two sides weighted by their lengths (1 with no context).
    private func contextAgreement(_ probe: Probe, _ start: Int, _ end: Int) -> Double {
        let pw = probe.prefix.count, sw = probe.suffix.count
        guard pw + sw > 0 else { return 1 }
        var total = 0.0
        if pw > 0 { total += Double(pw) * evidence(prefixSimilarity(probe, start)) }
        if sw > 0 { total += Double(sw) * evidence(suffixSimilarity(probe, end)) }
        return total / Double(pw + sw)
    }

    private func evidence(_ similarity: Double) -> Double {
        min(1, max(0, (similarity - Reanchoring.chanceSimilarity) / (1 - Reanchoring.chanceSimilarity)))
    }

    private func prefixSimilarity(_ probe: Probe, _ c: Int) -> Double {
        probe.prefix.isEmpty ? 1 : max(0, 1 - prefixCost(probe, c) / Double(probe.prefix.count))
    }

    private func suffixSimilarity(_ probe: Probe, _ e: Int) -> Double {
        probe.suffix.isEmpty ? 1 : max(0, 1 - suffixCost(probe, e) / Double(probe.suffix.count))
    }

    /// Edits + gap / 2 for the prefix placed before `c`, its end at most
    /// `contextSlack` code points before `c` (the gap).
    private func prefixCost(_ probe: Probe, _ c: Int) -> Double {
        let pw = probe.prefix.count
        if c >= pw && matches(probe.prefix, at: c - pw) { return 0 }
        guard let pattern = probe.prefixPattern else { return 0 }
        let lo = max(0, c - pw - Reanchoring.contextSlack), span = c - lo
        var best = Double(pw) + Reanchoring.gapCost * Double(span)
        pattern.scan(text, from: lo, count: span, step: 1, anchored: false) { j, d in
            best = min(best, Double(d) + Reanchoring.gapCost * Double(span - j))
        }
        return best
    }

    /// The same for the suffix after `e`, walking backwards from the far end.
    private func suffixCost(_ probe: Probe, _ e: Int) -> Double {
        let sw = probe.suffix.count
        if e + sw <= text.count && matches(probe.suffix, at: e) { return 0 }
        guard let pattern = probe.suffixPattern else { return 0 }
        let hi = min(text.count, e + sw + Reanchoring.contextSlack), span = hi - e
        var best = Double(sw) + Reanchoring.gapCost * Double(span)
        pattern.scan(text, from: hi - 1, count: span, step: -1, anchored: false) { j, d in
            best = min(best, Double(d) + Reanchoring.gapCost * Double(span - j))
        }
        return best
    }

    private func matches(_ pattern: [UInt32], at start: Int) -> Bool {
        guard start >= 0, start + pattern.count <= text.count else { return false }
        return pattern.withUnsafeBufferPointer { p in
            for k in 0..<p.count where text.value(start + k) != p[k] { return false }
            return true
        }
    }

    // MARK: Exact matches

    /// Starts of exact occurrences of the quote worth scoring. A quote shorter than
    /// 8 code points is looked for only with some of its context beside it (an
    /// occurrence with none could not reach the threshold anyway). When there are
    /// many, the 48 with most context beside them and the 16 nearest a hint.
    private mutating func exactStarts(_ probe: Probe, hints: [Int]) -> [Int] {
        let m = probe.m, q = QGramIndex.q
        var starts: [Int]
        if m >= q {
            starts = searcher.occurrences(of: probe.quote, limit: 20_000)
        } else {
            var set = Set<Int>()
            let need = q - m
            let before = Array(probe.prefix.suffix(need)), after = Array(probe.suffix.prefix(need))
            let prefixTail = Array(probe.prefix.suffix(q)), suffixHead = Array(probe.suffix.prefix(q))
            var searches: [(pattern: [UInt32], offset: Int)] = []
            if !before.isEmpty { searches.append((before + probe.quote, before.count)) }
            if !after.isEmpty { searches.append((probe.quote + after, 0)) }
            if !prefixTail.isEmpty { searches.append((prefixTail, prefixTail.count)) }
            if !suffixHead.isEmpty { searches.append((suffixHead, -m)) }
            if searches.isEmpty, m > 0 { searches.append((probe.quote, 0)) }
            for (pattern, offset) in searches {
                for hit in searcher.occurrences(of: pattern, limit: 20_000) where matches(probe.quote, at: hit + offset) {
                    set.insert(hit + offset)
                }
            }
            starts = set.sorted()
        }
        guard starts.count > 64 else { return starts }
        let cheap = starts.map { s in (s, adjacency(probe, s), hints.map { abs(s - $0) }.min() ?? 0) }
        let byContext = cheap.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.prefix(48).map(\.0)
        let byDistance = cheap.sorted { $0.2 < $1.2 }.prefix(16).map(\.0)
        return Array(Set(byContext + byDistance)).sorted()
    }

    /// Cheap context check: equal code points among the 8 on each side.
    private func adjacency(_ probe: Probe, _ s: Int) -> Int {
        var same = 0
        let e = s + probe.m
        for k in 1...8 {
            if k <= probe.prefix.count, s - k >= 0, text.value(s - k) == probe.prefix[probe.prefix.count - k] { same += 1 }
            if k <= probe.suffix.count, e + k - 1 < text.count, text.value(e + k - 1) == probe.suffix[k - 1] { same += 1 }
        }
        return same
    }

    // MARK: Approximate matches

    private mutating func fuzzyCandidates(_ probe: Probe, hints: [Int], pieces: Bool) -> [Candidate] {
        let m = probe.m, k = probe.maxErrors, n = text.count
        guard m > 0, k > 0, n > 0 else { return [] }
        // Where exact hits of pieces of the anchor say the quote should start.
        var predicted: [Int] = []
        func look(for piece: [UInt32], startsAt offset: Int) {
            let hits = searcher.occurrences(of: piece, limit: 33)
            guard hits.count <= 32 else { return }   // too common to say anything
            predicted.append(contentsOf: hits.map { $0 + offset })
        }
        if pieces && m >= 8 {
            let length = m >= 16 ? 16 : 8
            let chunks = min(8, max(2, m / length))
            var offsets: [Int] = []
            for c in 0..<chunks where !offsets.contains((m - length) * c / (chunks - 1)) {
                offsets.append((m - length) * c / (chunks - 1))
            }
            for o in offsets { look(for: Array(probe.quote[o..<(o + length)]), startsAt: -o) }
        }
        let prefixTail = Array(probe.prefix.suffix(16)), suffixHead = Array(probe.suffix.prefix(16))
        if pieces && prefixTail.count >= 8 { look(for: prefixTail, startsAt: prefixTail.count) }
        if pieces && suffixHead.count >= 8 { look(for: suffixHead, startsAt: -m) }

        // Cluster the predictions; the best-supported 16 clusters, then the hints.
        predicted.sort()
        var clusters: [(start: Int, votes: Int)] = []
        var i = 0
        while i < predicted.count {
            var j = i
            while j + 1 < predicted.count && predicted[j + 1] - predicted[i] <= k + 16 { j += 1 }
            clusters.append((predicted[(i + j) / 2], j - i + 1))
            i = j + 1
        }
        clusters.sort { ($0.votes, -$0.start) > ($1.votes, -$1.start) }
        // A hint's window (padded by 64) already covers a cluster within 32 of it.
        var windows: [(start: Int, pad: Int)] = hints.map { ($0, 64) }
        windows += clusters.filter { c in !hints.contains { abs($0 - c.start) <= 32 } }.prefix(16).map { ($0.start, 32) }

        let forward = MyersPattern(probe.quote), backward = MyersPattern(probe.quote.reversed())
        var found: [Candidate] = []
        do {
            let t = text
            for (start, pad) in windows {
                let lo = max(0, start - k - pad), hi = min(n, start + m + k + pad)
                guard let hit = forward.bestEnd(in: t, lo, hi, preferredEnd: start + m), hit.distance <= k else { continue }
                // Edit distance alone leaves the ends loose ("told reporters that" →
                // "told reporters on Wednesday that" also matches from " on", one edit
                // dearer): among near-best starts, then ends, keep the one with the
                // fewest edits in quote and context together.
                // A passage that began or ended between words must again: cutting a
                // word ("ig step backwards”" for “a big step backwards”) can cost
                // no more edits than the words put in, but it is never what was meant.
                let end = hit.end
                let starts = nearBest(backward, t, from: end - 1, step: -1, limit: min(end, m + k), maxErrors: k)
                    .filter { !probe.startsBetweenWords || isWordBreak(at: end - $0.length) }
                guard let start = cheapest(starts, m: m, cost: { prefixCost(probe, end - $0) }).map({ end - $0.length })
                else { continue }
                let ends = nearBest(forward, t, from: start, step: 1, limit: min(n - start, m + k), maxErrors: k)
                    .filter { !probe.endsBetweenWords || isWordBreak(at: start + $0.length) }
                guard let span = cheapest(ends, m: m, cost: { suffixCost(probe, start + $0) }),
                      !found.contains(where: { $0.start == start && $0.end == start + span.length }) else { continue }
                found.append(evaluate(probe, start, start + span.length, distance: span.distance))
            }
        }
        return found
    }

    /// The span with the fewest edits in quote and context together (`cost` of its
    /// length: the context's edits); ties go to the length nearest `m`.
    private func cheapest(_ spans: [(length: Int, distance: Int)], m: Int,
                          cost: (Int) -> Double) -> (length: Int, distance: Int)? {
        var best: (length: Int, distance: Int)?
        var bestTotal = Double.infinity
        for span in spans.sorted(by: { $0.distance < $1.distance }) {
            if Double(span.distance) > bestTotal { break }   // the context cannot cost less than nothing
            let total = Double(span.distance) + cost(span.length)
            if total < bestTotal || (total == bestTotal && abs(span.length - m) < abs(best!.length - m)) {
                best = span
                bestTotal = total
            }
        }
        return best
    }

    /// Spans anchored at `from` (lengths and distances) within `maxErrors` and
    /// within a few edits of the best one.
    private func nearBest(_ pattern: MyersPattern, _ t: ScalarText, from: Int, step: Int, limit: Int,
                          maxErrors: Int) -> [(length: Int, distance: Int)] {
        var spans: [(length: Int, distance: Int)] = []
        var best = Int.max
        pattern.scan(t, from: from, count: limit, step: step, anchored: true) { j, d in
            guard d <= maxErrors, j > 0 else { return }
            spans.append((j, d))
            best = min(best, d)
        }
        let slack = max(2, maxErrors / 3)
        return spans.filter { $0.distance <= best + slack }
    }
}
