/// Actor mentions sorted by position, for range queries while the analysis adds
/// more of them.
///
/// The actor pass's mentions stay in one sorted array; mentions added later (the
/// speaker descriptions, which arrive roughly in text order) go to a second
/// sorted array, so an insertion never shifts the whole document's mentions.
struct MentionIndex: Sendable {
    private var base: [Mention]
    private var added: [Mention] = []
    /// The longest mention, so overlap queries know how far back to look.
    private var longest = 0

    init(_ mentions: [Mention]) {
        base = Parallel.sorted(mentions) { $0.range < $1.range }
        longest = mentions.map(\.range.length).max() ?? 0
    }

    var all: [Mention] { (base + added).sorted { $0.range < $1.range } }

    mutating func insert(_ m: Mention) {
        added.insert(m, at: Self.firstIndex(in: added, startingAtOrAfter: m.range.start))
        longest = max(longest, m.range.length)
    }

    static func firstIndex(in list: [Mention], startingAtOrAfter offset: Int) -> Int {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].range.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Mentions whose start lies in `from..<to` and whose end is at most `maxEnd`, in order.
    private func starting(from: Int, to: Int, maxEnd: Int = .max) -> [Mention] {
        var result: [Mention] = []
        Self.collect(base, from: from, to: to, maxEnd: maxEnd, into: &result)
        if !added.isEmpty {
            let before = result.count
            Self.collect(added, from: from, to: to, maxEnd: maxEnd, into: &result)
            if result.count > before { result.sort { $0.range < $1.range } }
        }
        return result
    }

    private static func collect(_ list: [Mention], from: Int, to: Int, maxEnd: Int, into result: inout [Mention]) {
        var k = firstIndex(in: list, startingAtOrAfter: from)
        while k < list.count, list[k].range.start < to {
            if list[k].range.end <= maxEnd { result.append(list[k]) }
            k += 1
        }
    }

    /// The first of `starting(from:to:maxEnd:)` that `accept` takes, with no
    /// array made when only the sorted mentions have any there (most
    /// questions: the speaker rules ask these for every phrase they try).
    private func firstStarting(from: Int, to: Int, maxEnd: Int = .max, where accept: (Mention) -> Bool) -> Mention? {
        if !added.isEmpty {
            let k = Self.firstIndex(in: added, startingAtOrAfter: from)
            if k < added.count, added[k].range.start < to {
                return starting(from: from, to: to, maxEnd: maxEnd).first(where: accept)
            }
        }
        var k = Self.firstIndex(in: base, startingAtOrAfter: from)
        while k < base.count, base[k].range.start < to {
            if base[k].range.end <= maxEnd, accept(base[k]) { return base[k] }
            k += 1
        }
        return nil
    }

    /// Mentions that lie inside `range`, in order. Most often a slice of the
    /// sorted mentions, with no array made: when none added later starts there
    /// and none of those starting there runs past its end (the speaker rules
    /// ask this for every phrase they resolve).
    func mentions(in range: TextRange) -> Found {
        let k = added.isEmpty ? 0 : Self.firstIndex(in: added, startingAtOrAfter: range.start)
        if k == added.count || added[k].range.start >= range.end {
            let lo = Self.firstIndex(in: base, startingAtOrAfter: range.start)
            var hi = lo
            var inside = true
            while hi < base.count, base[hi].range.start < range.end {
                if base[hi].range.end > range.end { inside = false }
                hi += 1
            }
            if inside { return Found(base, lo..<hi) }
        }
        let gathered = starting(from: range.start, to: range.end, maxEnd: range.end)
        return Found(gathered, gathered.indices)
    }

    /// Mentions in order, read with no reference counted (see `UnownedTable`):
    /// a window on the sorted mentions, valid while the index lives, or on
    /// mentions gathered for the question, which it holds itself. A slice of
    /// the sorted mentions retained their array, which both cores share.
    struct Found: RandomAccessCollection {
        private let gathered: [Mention]
        private let window: UnownedTable<Mention>
        fileprivate init(_ mentions: [Mention], _ range: Range<Int>) {
            gathered = range.count == mentions.count ? mentions : []
            window = UnownedTable(mentions, range)
        }
        var startIndex: Int { 0 }
        var endIndex: Int { window.count }
        subscript(i: Int) -> Mention { window[i] }
    }

    /// The first mention inside `range` that `accept` takes (the first of `mentions(in:)`).
    func first(in range: TextRange, where accept: (Mention) -> Bool = { _ in true }) -> Mention? {
        firstStarting(from: range.start, to: range.end, maxEnd: range.end, where: accept)
    }

    func overlaps(_ range: TextRange) -> Bool {
        firstStarting(from: range.start - longest, to: range.end) { $0.range.overlaps(range) } != nil
    }

    func first(endingAt end: Int, where accept: (Mention) -> Bool) -> Mention? {
        firstStarting(from: end - longest, to: end) { $0.range.end == end && accept($0) }
    }

    /// The named mention that starts before `offset` and ends after it: the
    /// name a phrase starting at `offset` begins inside.
    func named(straddling offset: Int) -> Mention? {
        firstStarting(from: offset - longest, to: offset) { $0.range.end > offset && $0.kind == .named }
    }

    /// The named mention that covers exactly `range`, if any.
    func named(exactly range: TextRange) -> Mention? {
        first(in: range) { $0.range == range && $0.kind == .named }
    }

    func hasPerson(in range: TextRange, actors: [Actor]) -> Bool {
        first(in: range) { actors[$0.actor].type == .person && $0.kind == .named } != nil
    }

    /// The latest mention before `offset` that satisfies `accept`, within `window` scalars.
    func last(before offset: Int, window: Int, where accept: (Mention) -> Bool) -> Mention? {
        func latest(in list: [Mention], after floor: Int) -> Mention? {
            var k = Self.firstIndex(in: list, startingAtOrAfter: offset) - 1
            while k >= 0, list[k].range.start >= floor {
                if accept(list[k]) { return list[k] }
                k -= 1
            }
            return nil
        }
        let fromBase = latest(in: base, after: offset - window)
        guard !added.isEmpty else { return fromBase }
        let fromAdded = latest(in: added, after: max(offset - window, (fromBase?.range.start ?? Int.min) + 1))
        return fromAdded ?? fromBase
    }
}
