/// A small list picker for review mode: the speaker (`s`: an actor, or a new name
/// typed in) and the kind (`K`). Type to filter; Enter chooses.
public struct ChoicePicker: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable { case speaker, kind }
    public var purpose: Purpose
    public var items: [String]
    public var filter = ""
    public var selected = 0
    /// Typed text that matches no item may be chosen as a new one (a new speaker).
    public var allowsNew: Bool
    /// The review the choice is for when it is not a detected quotation (one added by hand).
    public var reviewID: String?

    public init(purpose: Purpose, items: [String], allowsNew: Bool) {
        self.purpose = purpose
        self.items = items
        self.allowsNew = allowsNew
    }

    public enum Choice: Equatable, Sendable {
        case existing(String)
        case new(String)
    }

    /// The items that match what is typed, best first, and the typed text as a
    /// new choice when it may be one. Enter takes the first.
    ///
    /// Items that hold the typed text as it is ("amina q" in "Amina Qadir") come
    /// first. Then, when the text is of several words, the text itself as a new
    /// name, before the items that only hold its letters in order: "Jane Doe"
    /// is somebody new, not "Jane Dorsey", and "the spokesman" is not "the
    /// spokeswoman". A single word stays a quick filter ("aq" for Amina Qadir).
    public var choices: [Choice] {
        let query = filter.trimmingCharacters(in: " ")
        let lowered = query.lowercased()
        var scored: [(whole: Bool, score: Int, index: Int, item: String)] = []
        for (i, item) in items.enumerated() {
            if query.isEmpty { scored.append((true, 0, i, item)); continue }
            if let s = TagPicker.fuzzyScore(query, item) { scored.append((item.lowercased().contains(lowered), s, i, item)) }
        }
        scored.sort { a, b in
            if a.whole != b.whole { return a.whole }
            return a.score != b.score ? a.score > b.score : a.index < b.index
        }
        guard allowsNew, !query.isEmpty, !items.contains(where: { $0.lowercased() == lowered }) else {
            return scored.map { .existing($0.item) }
        }
        let severalWords = query.contains(" ")
        let before = scored.filter { $0.whole || !severalWords }, after = scored.filter { !$0.whole && severalWords }
        return before.map { .existing($0.item) } + [.new(query)] + after.map { .existing($0.item) }
    }

    /// Applies a key; returns the choice on Enter, nil otherwise (and `cancelled` on Esc).
    public mutating func handle(_ key: Key) -> (choice: Choice?, done: Bool) {
        let list = choices
        switch key {
        case .escape, .ctrl("c"): return (nil, true)
        case .enter: return (selected < list.count ? list[selected] : nil, true)
        case .down, .ctrl("n"), .tab: selected = min(max(0, list.count - 1), selected + 1)
        case .up, .ctrl("p"), .backTab: selected = max(0, selected - 1)
        case .backspace:
            if !filter.isEmpty { filter.unicodeScalars.removeLast() }
            selected = 0
        case .char(let c) where c.value >= 0x20 && c.value != 0x7F:
            filter.unicodeScalars.append(c)
            selected = 0
        default: break
        }
        return (nil, false)
    }
}
