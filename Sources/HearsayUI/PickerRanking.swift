/// The order of the rows of the tag picker and the review's speaker picker:
/// what matches the typed text, best first, and where the typed text itself
/// goes as a new tag or speaker.
///
/// Items that hold the typed text as it is ("amina q" in "Amina Qadir") come
/// first, then the others whose letters it has in order (fuzzily, as fzf and
/// helix pickers match), each group by `TagPicker.fuzzyScore`. The typed text as
/// a new name comes last, except when it is of several words: then it comes
/// before the items that only have its letters in order, since "Jane Doe" is
/// somebody new and not "Jane Dorsey", and "the spokesman" is not "the
/// spokeswoman" (Enter takes the first row, and took the other person). A single
/// word stays a quick filter: "aq" takes Amina Qadir.
enum PickerRanking {
    /// The rows: an index into `texts` for an item, nil for the new name
    /// (present only when `offeringNew` and something is typed).
    static func rank(_ query: String, _ texts: [String], offeringNew: Bool) -> [Int?] {
        guard !query.isEmpty else { return Array(texts.indices) }
        let lowered = query.lowercased()
        var scored: [(whole: Bool, score: Int, index: Int)] = []
        for (i, text) in texts.enumerated() {
            if let s = TagPicker.fuzzyScore(query, text) { scored.append((text.lowercased().contains(lowered), s, i)) }
        }
        scored.sort { a, b in
            if a.whole != b.whole { return a.whole }
            return a.score != b.score ? a.score > b.score : a.index < b.index
        }
        guard offeringNew else { return scored.map(\.index) }
        let newFirst = query.contains(" ")
        let before = scored.filter { $0.whole || !newFirst }.map(\.index)
        let after = scored.filter { !$0.whole && newFirst }.map(\.index)
        return before + [nil] + after
    }
}
