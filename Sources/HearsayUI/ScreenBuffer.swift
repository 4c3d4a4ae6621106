/// One terminal cell: the grapheme drawn there and its role. The cell right of a
/// wide character is a continuation (empty text), as on a real terminal.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var role: Role
    public var isContinuation: Bool

    public init(text: String = " ", role: Role = .text, isContinuation: Bool = false) {
        self.text = text
        self.role = role
        self.isContinuation = isContinuation
    }
}

/// A frame as plain values: what `render` makes and `Terminal.present` draws.
/// Tests compare it as text plus style runs (`ScreenDump`), as ratatui tests do.
public struct ScreenBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, role: Role = .text) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(role: role), count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    /// Writes `text` from (row, column), at most `limit` cells (default: to the
    /// right edge). Control characters become visible placeholders in the
    /// `.placeholder` role; zero-width scalars join the cell before them; a wide
    /// character that does not fit is replaced by a space. Returns the cells used.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, row: Int, column: Int, role: Role,
                             limit: Int? = nil) -> Int {
        guard row >= 0, row < height, column >= 0, column < width else { return 0 }
        let end = min(width, column + max(0, limit ?? width))
        var x = column
        for scalar in text.unicodeScalars {
            let shown = DisplayWidth.visible(scalar)
            let s = shown ?? scalar
            let w = DisplayWidth.of(s)
            if w == 0 {
                // (Also at the start of a run: a line drawn in runs of styles may
                // cut between a letter and its accent, which belongs to the letter.)
                if x > 0 { appendToPrevious(s, row: row, before: x) }
                continue
            }
            if x + w > end {
                if x < end { self[row, x] = Cell(text: " ", role: role) ; x += 1 }
                break
            }
            self[row, x] = Cell(text: String(s), role: shown == nil ? role : .placeholder)
            if w == 2 { self[row, x + 1] = Cell(text: "", role: role, isContinuation: true) }
            x += w
        }
        return x - column
    }

    /// Like `put`, but a text longer than `limit` ends in "…" so the cut shows.
    @discardableResult
    public mutating func putClipped(_ text: some StringProtocol, row: Int, column: Int, role: Role, limit: Int) -> Int {
        guard limit > 0 else { return 0 }
        if DisplayWidth.of(text) <= limit { return put(text, row: row, column: column, role: role, limit: limit) }
        let used = put(text, row: row, column: column, role: role, limit: limit - 1)
        return used + put("…", row: row, column: column + used, role: role, limit: 1)
    }

    private mutating func appendToPrevious(_ s: Unicode.Scalar, row: Int, before x: Int) {
        var p = x - 1
        while p > 0, self[row, p].isContinuation { p -= 1 }
        guard let base = self[row, p].text.unicodeScalars.first, !Self.widensInSomeTerminals(s, after: base) else { return }
        self[row, p].text.unicodeScalars.append(s)
    }

    /// Whether zero-width `s` after `base` makes some terminals draw wider than
    /// ncurses counts (`wcwidth`, `DisplayWidth`): a joiner between emoji makes
    /// tmux 3.3, kitty or iTerm draw the whole sequence (👨‍👩‍👧) in two cells
    /// where xterm and ncurses give each emoji its own, and the emoji
    /// presentation selector U+FE0F widens a one-cell symbol (🏙️) in some and
    /// not in others. Either way the rest of the line was drawn out of place
    /// (a word doubled, the pane's border shifted) until a full redraw. Not
    /// sent, each emoji is drawn on its own, in the cells everyone counts.
    static func widensInSomeTerminals(_ s: Unicode.Scalar, after base: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xFE0F: return true
        case 0x200D: return base.value >= 0x1F000 || (0x2600...0x27BF).contains(base.value) || base.properties.isEmojiPresentation
        default: return false
        }
    }

    /// Fills `count` cells from (row, column) with spaces in `role`.
    public mutating func fill(row: Int, column: Int, count: Int, role: Role) {
        guard row >= 0, row < height else { return }
        let start = max(0, column), end = min(width, column + count)
        guard start < end else { return }
        for x in start..<end { self[row, x] = Cell(role: role) }
    }

    /// Gives `count` cells from (row, column) a new role, keeping their text.
    public mutating func restyle(row: Int, column: Int, count: Int, role: Role) {
        guard row >= 0, row < height else { return }
        let start = max(0, column), end = min(width, column + count)
        guard start < end else { return }
        for x in start..<end { self[row, x].role = role }
    }

    /// The text of each row (continuation cells add nothing; trailing blanks kept).
    public var rows: [String] {
        (0..<height).map { row in
            var line = ""
            for x in 0..<width where !self[row, x].isContinuation { line += self[row, x].text }
            return line
        }
    }
}
