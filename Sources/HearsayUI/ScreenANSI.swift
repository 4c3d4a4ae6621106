/// A screen as a terminal would show it in a theme: the text with SGR escape
/// sequences (24-bit colours, attributes), one line per row. For `hearsay render
/// --color`: a screen to paste in a bug report, or to turn into a picture for
/// the README, without a terminal. The text is the screen buffer's, which the
/// reader has already made safe (no control characters from the article).
public enum ScreenANSI {
    public static func render(_ buffer: ScreenBuffer, theme: Theme) -> String {
        var out = ""
        for row in 0..<buffer.height {
            var current: Style?
            for x in 0..<buffer.width {
                let cell = buffer[row, x]
                if cell.isContinuation { continue }
                let style = theme.style(for: cell.role)
                if style != current {
                    out += sgr(style)
                    current = style
                }
                out += cell.text
            }
            out += "\u{1B}[0m\n"
        }
        return out
    }

    /// The escape sequence that sets exactly `style` (from a reset).
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.italic) { codes.append("3") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        if let fg = style.foreground { codes.append(colour(fg, foreground: true)) }
        if let bg = style.background { codes.append(colour(bg, foreground: false)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    static func colour(_ c: Color, foreground: Bool) -> String {
        switch c {
        case .indexed(let i) where i < 8: return String((foreground ? 30 : 40) + Int(i))
        case .indexed(let i) where i < 16: return String((foreground ? 90 : 100) + Int(i) - 8)
        case .indexed(let i): return (foreground ? "38;5;" : "48;5;") + String(i)
        case .rgb(let r, let g, let b): return (foreground ? "38;2;" : "48;2;") + "\(r);\(g);\(b)"
        }
    }
}
