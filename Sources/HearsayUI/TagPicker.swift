import HearsayCore

/// What a tag or note is for: a new passage, or an annotation that exists.
public enum AnnotationTarget: Equatable, Sendable {
    case range(TextRange)
    case annotation(id: String)
}

/// The tag picker (`t`): type to filter the codebook fuzzily, Enter applies the
/// highlighted tag; typing a name no tag has offers to create it (first, when
/// it is of several words that no tag holds as they are: see `PickerRanking`).
public struct TagPicker: Equatable, Sendable {
    public var target: AnnotationTarget
    public var filter = ""
    public var selected = 0

    public init(target: AnnotationTarget) { self.target = target }

    public enum Choice: Equatable, Sendable {
        case existing(String)
        case create(String)
    }

    /// The rows shown: matching tags, best first, then "create" for a new name.
    public func choices(_ codebook: Codebook) -> [Choice] {
        let query = filter.trimmingCharacters(in: " ")
        let paths = codebook.tags.map { codebook.path(of: $0.name) }
        // "parent/child" names a child tag (see `AppState.applyTag`): no new
        // tag is offered when its last part is a tag already.
        let leaf = Codebook.pathParts(query).last ?? query
        return PickerRanking.rank(query, paths, offeringNew: codebook.tag(named: leaf) == nil).map { k in
            k.map { .existing(codebook.tags[$0].name) } ?? .create(query)
        }
    }

    /// A subsequence match of `query` in `text`, case-insensitive; consecutive and
    /// word-start matches score higher (as fzf and helix pickers do). Nil: no match.
    static func fuzzyScore(_ query: String, _ text: String) -> Int? {
        let q = Array(query.lowercased().unicodeScalars), t = Array(text.lowercased().unicodeScalars)
        var qi = 0, score = 0, previous = -2
        for (ti, c) in t.enumerated() where qi < q.count && c == q[qi] {
            score += 1
            if ti == previous + 1 { score += 3 }
            if ti == 0 || t[ti - 1] == "/" || t[ti - 1] == " " || t[ti - 1] == "-" { score += 5 }
            previous = ti
            qi += 1
        }
        guard qi == q.count else { return nil }
        if t.count == q.count { score += 10 }
        return score
    }
}

/// The inline note editor (`c`): multi-line text with a cursor.
public struct NoteEditor: Equatable, Sendable {
    public var target: AnnotationTarget
    public var text: [Unicode.Scalar]
    public var cursor: Int

    public init(target: AnnotationTarget, text: String) {
        self.target = target
        self.text = Array(text.unicodeScalars)
        cursor = self.text.count
    }

    public var string: String { String(String.UnicodeScalarView(text)) }

    /// Applies an editing key; returns false for keys it does not handle.
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .char(let c) where c.value >= 0x20 && c.value != 0x7F:
            text.insert(c, at: cursor)
            cursor += 1
        case .enter:
            text.insert("\n", at: cursor)
            cursor += 1
        case .tab:
            text.insert(" ", at: cursor)
            cursor += 1
        case .backspace:
            if cursor > 0 { text.remove(at: cursor - 1); cursor -= 1 }
        case .delete:
            if cursor < text.count { text.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = lineStart(cursor)
        case .end, .ctrl("e"): cursor = lineEnd(cursor)
        case .up, .down:
            let start = lineStart(cursor), column = cursor - start
            if key == .up {
                guard start > 0 else { cursor = 0; return true }
                let previous = lineStart(start - 1)
                cursor = min(previous + column, start - 1)
            } else {
                let end = lineEnd(cursor)
                guard end < text.count else { cursor = text.count; return true }
                cursor = min(end + 1 + column, lineEnd(end + 1))
            }
        default:
            return false
        }
        return true
    }

    func lineStart(_ i: Int) -> Int {
        var s = i
        while s > 0, text[s - 1] != "\n" { s -= 1 }
        return s
    }

    func lineEnd(_ i: Int) -> Int {
        var e = i
        while e < text.count, text[e] != "\n" { e += 1 }
        return e
    }
}
