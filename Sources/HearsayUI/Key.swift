/// One key press as the reader sees it, whatever the terminal sent.
///
/// Control keys arrive as `.char` of their control scalar (Ctrl-D is U+0004);
/// `Key.ctrl("d")` names them. Enter, Tab, Escape and Backspace have their own cases
/// so no mode has to know which byte a terminal used.
public enum Key: Hashable, Sendable {
    case char(Unicode.Scalar)
    case enter, tab, backTab, escape, backspace, delete, insert
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)

    public static func ctrl(_ letter: Unicode.Scalar) -> Key {
        .char(Unicode.Scalar(letter.value & 0x1F)!)
    }
}

/// A mouse event in screen cells (0-based).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, release, click, wheelUp, wheelDown, drag }
    public var kind: Kind
    public var column: Int
    public var row: Int
    public init(kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}

/// What the terminal layer hands the main loop.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// SIGINT, SIGTERM or SIGHUP arrived: the loop ends cleanly with 128 + signal.
    case signal(Int32)
}
