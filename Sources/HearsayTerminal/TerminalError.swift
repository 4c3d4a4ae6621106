/// Why the reader could not take over the terminal, in words a user can act on.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// The terminal device could not be opened (no controlling terminal, e.g. under CI or cron).
    case noTerminal(path: String, reason: String)
    /// TERM is unset or empty.
    case termNotSet
    /// TERM names a terminal that terminfo does not know, or one that cannot move the cursor.
    case unsupportedTerminal(term: String)
    /// Only one `Terminal` may own the screen at a time.
    case alreadyActive

    public var description: String {
        switch self {
        case .noTerminal(let path, let reason):
            return "cannot open the terminal \(path) (\(reason)); the interactive reader must run in a terminal"
        case .termNotSet:
            return "TERM is not set, so the terminal's capabilities are unknown; set it, e.g. TERM=xterm-256color"
        case .unsupportedTerminal(let term):
            return "the terminal type TERM=\(term) is unknown to terminfo or cannot move the cursor; try TERM=xterm-256color"
        case .alreadyActive:
            return "the terminal is already in use by another Terminal"
        }
    }
}
