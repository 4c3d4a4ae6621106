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
/// - `corrected`: the kind becomes the review's (nil: the detector's) and the
///   speaker the actor the review names (nil: none);
/// - `accepted`: kept as detected (a kind or speaker the review does give wins);
/// - `added`: as `corrected` when the detector found the quotation after all.
///
/// A review that matches no quotation is ignored, unless it is `added` or
/// `corrected`: then the quotation is inserted (in text order; kind as given,
/// else direct; confidence 1; its parent the smallest quotation around it).
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
/// follow removals and insertions (a removed parent gives way to its own parent).
public enum ReviewedAnalysis {
    /// The rule of a speaker the user set.
    public static let rule = "review"

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
        if let k = actors.indices.first(where: { !removed[$0] && actors[$0].name == name }) { return k }
        let lower = name.lowercased()
        return actors.indices.first { !removed[$0] && actors[$0].name.lowercased() == lower }
    }

    /// By name, else by alias, ignoring case.
    func actor(namedOrAliased name: String) -> Int? {
        if let k = actor(named: name) { return k }
        let lower = name.lowercased()
        return actors.indices.first { k in !removed[k] && actors[k].aliases.contains { $0.lowercased() == lower } }
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
        var matched = Set<TextRange>()
        for q in quotations.indices {
            guard let r = byRange[quotations[q].range] else { continue }
            matched.insert(r.range)
            switch r.decision {
            case .rejected:
                rejected[q] = true
            case .accepted:
                if let kind = r.kind { quotations[q].kind = kind }
                if let name = r.speaker { quotations[q].speaker = speaker(name, for: quotations[q]) }
            case .corrected, .added:
                if let kind = r.kind { quotations[q].kind = kind }
                quotations[q].speaker = r.speaker.flatMap { speaker($0, for: quotations[q]) }
            }
            quotations[q].review = r.decision
        }

        var added: [Quotation] = []
        for range in order where !matched.contains(range) {
            let r = byRange[range]!
            guard r.decision == .added || r.decision == .corrected else { continue }
            var q = Quotation(span: span(range), kind: r.kind ?? .direct, confidence: 1, speaker: nil)
            q.speaker = r.speaker.flatMap { speaker($0, for: q) }
            q.review = r.decision
            added.append(q)
        }
        rebuild(rejected: rejected, added: added)
    }

    /// The speaker the user named for `q`.
    mutating func speaker(_ name: String, for q: Quotation) -> Speaker? {
        guard !name.allSatisfy({ $0.isWhitespace }) else { return nil }
        let a = actor(namedOrAliased: name) ?? makeActor(name: name, type: .person, origin: .speaker)
        if let detected = q.speaker, detected.actor == a { return detected }
        let start = q.range.start
        let nearest = mentions.filter { $0.actor == a && $0.range.end <= start }.max { $0.range < $1.range }
        return Speaker(mention: nearest?.range ?? TextRange(start, start), mentionKind: nearest?.kind ?? .named,
                       actor: a, cue: q.speaker?.cue, rule: ReviewedAnalysis.rule)
    }

    /// The span of a quotation the detector missed.
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
    /// sooner), parents renumbered.
    mutating func rebuild(rejected: [Bool], added: [Quotation]) {
        let old = quotations
        // Each kept quotation's new index (before insertions), and its parent's.
        var newIndex = [Int?](repeating: nil, count: old.count)
        var kept: [(q: Quotation, parent: Int?)] = []
        for (k, q) in old.enumerated() where !rejected[k] {
            newIndex[k] = kept.count
            var p = q.span.parent
            while let pp = p, pp < old.count, rejected[pp] { p = old[pp].span.parent }
            kept.append((q, p))
        }
        var list: [(q: Quotation, parent: Int?, added: Bool)] = kept.map { ($0.q, $0.parent.flatMap { newIndex[$0] }, false) }
        for q in added {
            let at = list.firstIndex {
                $0.q.range.start > q.range.start || ($0.q.range.start == q.range.start && $0.q.range.end < q.range.end)
            } ?? list.endIndex
            for k in list.indices { if let p = list[k].parent, p >= at { list[k].parent = p + 1 } }
            list.insert((q, nil, true), at: at)
        }
        for k in list.indices where list[k].added {
            let r = list[k].q.range
            list[k].parent = list.indices.filter { $0 != k && list[$0].q.range.contains(r) && list[$0].q.range != r }
                .min { list[$0].q.range.length < list[$1].q.range.length }
        }
        quotations = list.map { item in
            var q = item.q
            q.span.parent = item.parent
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
