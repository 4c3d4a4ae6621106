/// The actor mentions of a document sorted by position, for range queries.
struct MentionIndex {
    private(set) var mentions: [Mention]
    let actors: [Actor]

    init(_ mentions: [Mention], actors: [Actor]) {
        self.mentions = mentions.sorted { $0.range < $1.range }
        self.actors = actors
    }

    /// Index of the first mention that starts at or after `offset`.
    func firstIndex(startingAtOrAfter offset: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func mentions(in range: TextRange) -> ArraySlice<Mention> {
        let a = firstIndex(startingAtOrAfter: range.start)
        var b = a
        while b < mentions.count, mentions[b].range.end <= range.end { b += 1 }
        return mentions[a..<b]
    }

    func hasPerson(in range: TextRange) -> Bool {
        mentions(in: range).contains { actors[$0.actor].type == .person && $0.kind == .named }
    }

    /// The latest mention before `offset` that satisfies `accept`, within `window` scalars.
    func last(before offset: Int, window: Int, where accept: (Mention) -> Bool) -> Mention? {
        var k = firstIndex(startingAtOrAfter: offset) - 1
        while k >= 0, mentions[k].range.start >= offset - window {
            if accept(mentions[k]) { return mentions[k] }
            k -= 1
        }
        return nil
    }
}
