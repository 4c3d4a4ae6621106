import HearsayUI

/// Which colour depth to draw with.
enum ColorDepthChoice {
    /// `terminalColors` is what terminfo offers (0 without colour support).
    /// An explicit override wins (a `--color` flag beats NO_COLOR, as no-color.org
    /// asks) but is capped at the terminal's depth, because ncurses cannot emit a
    /// colour number its terminfo entry lacks. A non-empty NO_COLOR means
    /// monochrome: attributes only.
    static func resolve(terminalColors: Int, noColor: String?, override: ColorDepth?) -> ColorDepth {
        let supported = ColorDepth(colors: terminalColors)
        if let override { return min(override, supported) }
        if let noColor, !noColor.isEmpty { return .monochrome }
        return supported
    }
}
