/// The user's decisions (an annotation file's `actorEdits` and `reviews`) laid
/// over a fresh analysis, so that they win over whatever the detector says on
/// every run. Pure, and idempotent: applying the result again changes nothing.
///
/// **Actor edits** first, in order. Each names actors by their current name
/// (exactly, else ignoring case; never by an alias); an edit whose actor is not
/// there does nothing.
/// - `rename`: the name changes; the old one is kept as an alias.
/// - `setType`: the type changes.
/// - `merge`: `from`'s mentions, name, aliases, roles and the quotations it
///   speaks go to `into`; `from` goes.
/// - `splitAlias`: `from`'s mentions whose text is exactly `alias` (and the
///   quotations spoken through them) go to the actor named `alias` (made, with
///   `from`'s type, when there is none); `alias` is no longer `from`'s alias.
/// - `notAnActor`: the actor goes with its mentions; quotations it spoke keep
///   their speaker's words but link to no actor.
/// - `add`: an actor of that name and type (the existing one of that name gets
///   the type), and every occurrence of the exact name in the text that is not
///   part of a longer word becomes its named mention (a detected mention of
///   exactly that range is taken over, not doubled).
///
/// **Reviews** then, the orphaned ones left out, matched to detected
/// quotations by exact range (anchor start and end; for two reviews of one
/// range, the later in the list wins):
/// - `rejected`: the quotation is removed;
/// - `accepted`, `corrected`, and `added` (when the detector found the quotation
///   after all): the kind and the speaker become the review's where it gives
///   them (nil: the detector's; a blank speaker name: no speaker).
///
/// A review that matches no quotation:
/// - `corrected` (a correction of the boundaries, as review mode's grow and
///   shrink make): the detected quotation no review matched that overlaps it
///   most (overlap / union) takes its range, kind and speaker; when none
///   overlaps, it is inserted as an added one;
/// - `added` (range not empty): the quotation is inserted in text order, kind as
///   given (else direct), speaker as given (else none), confidence 1;
/// - `accepted`, `rejected`: ignored.
///
/// A speaker is found by name, then alias, ignoring case (a person actor with
/// no mention is made when none has it); when it is the detected speaker's
/// actor the detected speaker stays, otherwise the speaker's mention is that
/// actor's nearest mention ending before the quotation, or else the empty range
/// at the quotation's start, with rule "review" (the detected cue is kept).
/// Every quotation a review applied to gets `review` = its decision.
///
/// **Compaction** last: removed actors go; actors are ordered by first mention
/// (those without a mention after, in their order) and renumbered `a1`, `a2`, …;
/// mentions' and speakers' actor indices follow; quotations' `parent` indices
/// follow removals and insertions (a removed parent gives way to its own
/// parent; an inserted or moved quotation gets the smallest one around it).
public enum ReviewedAnalysis {
    /// The rule of a speaker the user set.
    public static let rule = "review"

    /// The actor a speaker name set in review stands for, as `apply` finds it:
    /// by name exactly, else ignoring case, else (with `aliases`) by an alias
    /// ignoring case; actors `skipping` says are passed over. For the reader's
    /// lists, which lay a review's speaker over a detected quotation.
    public static func actor(named name: String, in actors: [Actor], aliases: Bool = true,
                             skipping: (Int) -> Bool = { _ in false }) -> Int? {
        if let k = actors.indices.first(where: { !skipping($0) && actors[$0].name == name }) { return k }
        let lower = name.lowercased()
        if let k = actors.indices.first(where: { !skipping($0) && actors[$0].name.lowercased() == lower }) { return k }
        guard aliases else { return nil }
        return actors.indices.first { k in !skipping(k) && actors[k].aliases.contains { $0.lowercased() == lower } }
    }

    public static func apply(reviews: [QuoteReview], actorEdits: [ActorEdit], to analysis: Analysis) -> Analysis {
        var work = Work(analysis)
        for edit in actorEdits { work.apply(edit.operation) }
        work.apply(reviews.filter { !$0.orphaned })
        return work.result()
    }
}

/// The analysis being changed: actors are only marked removed until `result()`.
private struct Work {
    let doc: Document
    var actors: [Actor]
    var removed: [Bool]
    var mentions: [Mention]
    var quotations: [Quotation]
    /// Mentions were added or moved: sort them again.
    var mentionsUnsorted = false

    init(_ a: Analysis) {
        doc = a.document
        actors = a.actors
        removed = Array(repeating: false, count: a.actors.count)
        mentions = a.mentions
        quotations = a.quotations
    }

    // MARK: Finding actors

    /// By name: exactly, else ignoring case.
    func actor(named name: String) -> Int? {
        ReviewedAnalysis.actor(named: name, in: actors, aliases: false) { removed[$0] }
    }

    /// By name, else by alias, ignoring case.
    func actor(namedOrAliased name: String) -> Int? {
        ReviewedAnalysis.actor(named: name, in: actors, aliases: true) { removed[$0] }
    }

    mutating func makeActor(name: String, type: ActorType, origin: Actor.Origin) -> Int {
        actors.append(Actor(id: "", name: name, type: type, aliases: [], gender: nil, roles: [], origin: origin))
        removed.append(false)
        return actors.count - 1
    }

    /// Every speaker link to `from` goes to `to` (nil: no actor), where `when` holds.
    mutating func relinkSpeakers(from: Int, to: Int?, when: (Speaker) -> Bool = { _ in true }) {
        for q in quotations.indices {
            if let s = quotations[q].speaker, s.actor == from, when(s) { quotations[q].speaker?.actor = to }
        }
    }

    // MARK: Actor edits

    mutating func apply(_ operation: ActorEdit.Operation) {
        switch operation {
        case .rename(let from, let to):
            guard let a = actor(named: from), actors[a].name != to, !to.isEmpty else { return }
            let old = actors[a].name
            actors[a].name = to
            if !actors[a].aliases.contains(old) { actors[a].aliases.append(old) }

        case .setType(let name, let type):
            if let a = actor(named: name) { actors[a].type = type }

        case .merge(let from, let into):
            guard let f = actor(named: from), let t = actor(named: into), f != t else { return }
            for alias in [actors[f].name] + actors[f].aliases
            where alias != actors[t].name && !actors[t].aliases.contains(alias) {
                actors[t].aliases.append(alias)
            }
            for role in actors[f].roles where !actors[t].roles.contains(role) { actors[t].roles.append(role) }
            if actors[t].gender == nil { actors[t].gender = actors[f].gender }
            for m in mentions.indices where mentions[m].actor == f { mentions[m].actor = t }
            relinkSpeakers(from: f, to: t)
            removed[f] = true

        case .splitAlias(let alias, let from):
            guard !alias.isEmpty, let f = actor(named: from) else { return }
            let target: Int
            if let existing = actor(named: alias) {
                guard existing != f else { return }   // splitting an actor from itself
                target = existing
            } else {
                target = makeActor(name: alias, type: actors[f].type, origin: actors[f].origin)
            }
            actors[f].aliases.removeAll { $0 == alias }
            for m in mentions.indices where mentions[m].actor == f && doc.string(mentions[m].range) == alias {
                mentions[m].actor = target
            }
            let doc = self.doc
            relinkSpeakers(from: f, to: target) { doc.string($0.mention) == alias }

        case .notAnActor(let name):
            guard let a = actor(named: name) else { return }
            mentions.removeAll { $0.actor == a }
            relinkSpeakers(from: a, to: nil)
            removed[a] = true

        case .add(let name, let type):
            guard !name.isEmpty else { return }
            let a: Int
            if let existing = actor(named: name) {
                a = existing
                actors[a].type = type
            } else {
                a = makeActor(name: name, type: type, origin: .text)
            }
            var byRange: [TextRange: Int] = [:]
            for (k, m) in mentions.enumerated() { byRange[m.range] = k }
            for r in occurrences(of: name) {
                if let k = byRange[r] {
                    if mentions[k].actor != a { mentions[k].actor = a }
                } else {
                    mentions.append(Mention(range: r, actor: a, kind: .named, rule: .capitalised))
                    byRange[r] = mentions.count - 1
                    mentionsUnsorted = true
                }
            }
        }
    }

    /// Where `name` occurs in the text, not inside a longer word.
    func occurrences(of name: String) -> [TextRange] {
        let pattern = Array(name.unicodeScalars)
        let text = doc.scalars
        let m = pattern.count, n = text.count
        guard m > 0, m <= n else { return [] }
        func isWord(_ s: Unicode.Scalar) -> Bool { ScalarClass.isAlphanumeric(s) }
        let boundedStart = isWord(pattern[0]), boundedEnd = isWord(pattern[m - 1])
        var found: [TextRange] = []
        var i = 0
        while i <= n - m {
            if text[i] == pattern[0], (1..<m).allSatisfy({ text[i + $0] == pattern[$0] }),
               !(boundedStart && i > 0 && isWord(text[i - 1])),
               !(boundedEnd && i + m < n && isWord(text[i + m])) {
                found.append(TextRange(i, i + m))
                i += m
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: Reviews

    mutating func apply(_ reviews: [QuoteReview]) {
        var byRange: [TextRange: QuoteReview] = [:]
        var order: [TextRange] = []
        for r in reviews where r.anchor.start >= 0 && r.anchor.start <= r.anchor.end && r.anchor.end <= doc.length {
            if byRange.updateValue(r, forKey: r.range) == nil { order.append(r.range) }
        }
        guard !byRange.isEmpty else { return }

        var rejected = Array(repeating: false, count: quotations.count)
        // Quotations a review applies to (by range, or by a boundary correction).
        var reviewed = Array(repeating: false, count: quotations.count)
        var matched = Set<TextRange>()
        for q in quotations.indices {
            guard let r = byRange[quotations[q].range] else { continue }
            matched.insert(r.range)
            reviewed[q] = true
            if r.decision == .rejected { rejected[q] = true } else { correct(q, by: r) }
        }

        var moved = Set<Int>()
        var added: [Quotation] = []
        for range in order where !matched.contains(range) {
            let r = byRange[range]!
            guard r.decision == .added || r.decision == .corrected, !range.isEmpty else { continue }
            // A correction of a quotation's boundaries: the unreviewed quotation it
            // overlaps most (by overlap / union) takes the review's range.
            if r.decision == .corrected, let q = boundaryTarget(of: range, skipping: reviewed) {
                reviewed[q] = true
                moved.insert(q)
                quotations[q].span = span(range)
                correct(q, by: r)
                continue
            }
            var q = Quotation(span: span(range), kind: r.kind ?? .direct, confidence: 1, speaker: nil)
            q.speaker = r.speaker.flatMap { speaker($0, for: q) }
            q.review = r.decision
            added.append(q)
        }
        rebuild(rejected: rejected, moved: moved, added: added)
    }

    /// The review's kind and speaker, when it gives them, on quotation `q`, and its mark.
    mutating func correct(_ q: Int, by r: QuoteReview) {
        if let kind = r.kind { quotations[q].kind = kind }
        if let name = r.speaker { quotations[q].speaker = speaker(name, for: quotations[q]) }
        quotations[q].review = r.decision
    }

    /// The quotation whose boundaries a correction to `range` changed: the one not
    /// yet reviewed that overlaps it most, relative to both together.
    func boundaryTarget(of range: TextRange, skipping reviewed: [Bool]) -> Int? {
        var best: (q: Int, score: Double)?
        for q in quotations.indices where !reviewed[q] && quotations[q].range.overlaps(range) {
            let r = quotations[q].range
            let score = Double(min(r.end, range.end) - max(r.start, range.start)) / Double(max(r.end, range.end) - min(r.start, range.start))
            if best == nil || score > best!.score { best = (q, score) }
        }
        return best?.q
    }

    /// The speaker the user named for `q`; nil for a blank name (no speaker).
    mutating func speaker(_ name: String, for q: Quotation) -> Speaker? {
        guard !name.allSatisfy({ $0.isWhitespace }) else { return nil }
        let a = actor(namedOrAliased: name) ?? makeActor(name: name, type: .person, origin: .speaker)
        if let detected = q.speaker, detected.actor == a { return detected }
        let start = q.range.start
        let nearest = mentions.filter { $0.actor == a && $0.range.end <= start }.max { $0.range < $1.range }
        return Speaker(mention: nearest?.range ?? TextRange(start, start), mentionKind: nearest?.kind ?? .named,
                       actor: a, cue: q.speaker?.cue, rule: ReviewedAnalysis.rule)
    }

    /// The span of a quotation the detector missed (or whose boundaries moved).
    func span(_ range: TextRange) -> QuoteSpan {
        let s = doc.scalars
        var family = QuoteMarkFamily.double
        var content = range
        if range.length >= 2, QuoteMarkClass.isQuoteMark(s[range.start]), QuoteMarkClass.isQuoteMark(s[range.end - 1]) {
            content = TextRange(range.start + 1, range.end - 1)
            switch QuoteFinder.classify(s[range.start]) {
            case .opener(let f), .closer(let f), .ambiguous(let f): family = f
            case .none: break
            }
        }
        let paragraphs = doc.paragraphs.filter { $0.overlaps(range) }.count
        return QuoteSpan(range: range, content: content, family: family, parent: nil,
                         paragraphCount: max(1, paragraphs), balanced: true)
    }

    /// The quotations without the rejected ones, the added ones inserted in text
    /// order (before the first that starts after, or at the same place and ends
    /// sooner), all re-sorted so when boundaries moved; parents renumbered: a
    /// rejected parent gives way to its own parent, and an added or moved
    /// quotation (or one whose parent no longer holds it) gets the smallest
    /// quotation around it.
    mutating func rebuild(rejected: [Bool], moved: Set<Int>, added: [Quotation]) {
        struct Entry {
            var q: Quotation
            var id: Int
            var parent: Int?
            var fixParent: Bool
        }
        let old = quotations
        var list: [Entry] = []
        for (k, q) in old.enumerated() where !rejected[k] {
            var p = q.span.parent
            while let pp = p, pp < old.count, rejected[pp] { p = old[pp].span.parent }
            list.append(Entry(q: q, id: k, parent: p, fixParent: moved.contains(k)))
        }
        func before(_ a: Quotation, _ b: Quotation) -> Bool {
            a.range.start < b.range.start || (a.range.start == b.range.start && a.range.end > b.range.end)
        }
        for (k, q) in added.enumerated() {
            let at = list.firstIndex { before(q, $0.q) } ?? list.endIndex
            list.insert(Entry(q: q, id: old.count + k, parent: nil, fixParent: true), at: at)
        }
        if !moved.isEmpty {
            list = list.enumerated().sorted { x, y in
                before(x.element.q, y.element.q) || (!before(y.element.q, x.element.q) && x.offset < y.offset)
            }.map(\.element)
        }
        var position: [Int: Int] = [:]
        for (k, e) in list.enumerated() { position[e.id] = k }
        quotations = list.indices.map { k in
            var q = list[k].q
            let r = q.range
            func holds(_ p: Int) -> Bool { p != k && list[p].q.range.contains(r) && list[p].q.range != r }
            var parent = list[k].parent.flatMap { position[$0] }
            if list[k].fixParent || parent.map({ !holds($0) }) ?? false {
                parent = list.indices.filter(holds).min { list[$0].q.range.length < list[$1].q.range.length }
            }
            q.span.parent = parent
            return q
        }
    }

    // MARK: Compaction

    func result() -> Analysis {
        var sorted = mentions.filter { !removed[$0.actor] }
        if mentionsUnsorted {
            sorted = sorted.enumerated().sorted { ($0.element.range, $0.offset) < ($1.element.range, $1.offset) }.map(\.element)
        }
        var newIndex = [Int?](repeating: nil, count: actors.count)
        var order: [Int] = []
        for m in sorted where newIndex[m.actor] == nil {
            newIndex[m.actor] = order.count
            order.append(m.actor)
        }
        for a in actors.indices where !removed[a] && newIndex[a] == nil {
            newIndex[a] = order.count
            order.append(a)
        }
        let newActors = order.enumerated().map { k, a -> Actor in
            var actor = actors[a]
            actor.id = "a\(k + 1)"
            return actor
        }
        for m in sorted.indices { sorted[m].actor = newIndex[sorted[m].actor]! }
        var qs = quotations
        for q in qs.indices {
            if let a = qs[q].speaker?.actor { qs[q].speaker?.actor = newIndex[a] }
        }
        return Analysis(document: doc, quotations: qs, actors: newActors, mentions: sorted)
    }
}
