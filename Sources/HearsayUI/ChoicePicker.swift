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
    /// new choice when it may be one (`PickerRanking`). Enter takes the first.
    public var choices: [Choice] {
        let query = filter.trimmingCharacters(in: " ")
        let isNew = allowsNew && !items.contains { $0.lowercased() == query.lowercased() }
        return PickerRanking.rank(query, items, offeringNew: isNew).map { k in
            k.map { .existing(items[$0]) } ?? .new(query)
        }
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
