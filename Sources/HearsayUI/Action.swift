/// What can happen to the reader: a key, a command (from the keymap or a test),
/// a resize, a mouse event, or a new version of the article (the background
/// analysis finished, or the rest of a big file was loaded).
public enum Action {
    case key(Key)
    case command(Command, argument: Unicode.Scalar? = nil)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    case articleUpdated(Article)
}

/// What the reducer asks the outside world to do; the main loop runs these, and
/// reducer tests assert them without running anything.
public enum Effect: Equatable, Sendable {
    case quit
    case loadTheme(String)
    /// Repaint every cell (Ctrl-L, after a resume).
    case redraw
}
