import Glibc

/// `COLORTERM=truecolor` (or `24bit`) is the terminal's claim that it draws 24-bit
/// colours. ncurses can only send them through a terminfo entry that says so,
/// the `-direct` variants (`xterm-direct`, `tmux-direct`, … from the
/// ncurses-term package). So when the claim is made and the TERM's family has
/// such an entry installed, the reader starts with it; otherwise it keeps TERM
/// (and 256 colours), as before. The themes are written in RGB, so truecolor
/// shows them exactly.
enum DirectColorTerm {
    /// The terminfo name to start with: `term`, or its direct-colour variant.
    static func choose(term: String, colorterm: String?, exists: (String) -> Bool) -> String {
        guard let colorterm, ["truecolor", "24bit"].contains(colorterm.lowercased()) else { return term }
        if term.hasSuffix("-direct") { return term }
        // "xterm-256color" → "xterm-direct"; "tmux-256color" → "tmux-direct"; "foot" → "foot-direct".
        let family = term.split(separator: "-").first.map(String.init) ?? term
        for candidate in [family + "-direct", term + "-direct"] where exists(candidate) { return candidate }
        return term
    }

    /// Whether terminfo has an entry of that name: a file in one of the places
    /// ncurses looks (`$TERMINFO`, `~/.terminfo`, the system folders), found
    /// without starting a screen.
    static func terminfoExists(_ name: String) -> Bool {
        guard let first = name.first, !name.contains("/") else { return false }
        var folders = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]
        if let home = getenv("HOME").map({ String(cString: $0) }) { folders.insert(home + "/.terminfo", at: 0) }
        if let own = getenv("TERMINFO").map({ String(cString: $0) }) { folders.insert(own, at: 0) }
        let hex = String(first.asciiValue ?? 0, radix: 16)
        return folders.contains { folder in
            access("\(folder)/\(first)/\(name)", R_OK) == 0 || access("\(folder)/\(hex)/\(name)", R_OK) == 0
        }
    }
}
