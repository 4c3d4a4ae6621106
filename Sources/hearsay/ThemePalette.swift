import HearsayExport
import HearsayStorage
import HearsayUI

/// The HTML export in the reader's theme: each role's colour as #rrggbb.
enum ThemePalette {
    static func html(_ theme: Theme) -> HTMLPalette {
        let base = HTMLPalette.dark
        func hex(_ role: Role, background: Bool = false, _ fallback: String) -> String {
            let style = theme.style(for: role)
            guard let colour = background ? style.background : style.foreground else { return fallback }
            let (r, g, b) = colour.rgb
            return "#" + [r, g, b].map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        }
        // Terminal themes leave the background to the terminal: pick one the text reads on.
        let text = hex(.text, base.text)
        let light = HTMLPalette.light.background, dark = base.background
        let background = hex(.text, background: true, ThemePalette.isDark(text) ? light : dark)
        return HTMLPalette(text: text, background: background,
                           quote: hex(.quote, base.quote), person: hex(.actorPerson, base.person),
                           organisation: hex(.actorOrganisation, base.organisation), state: hex(.actorState, base.state),
                           place: hex(.actorPlace, base.place), group: hex(.actorGroup, base.group),
                           annotation: hex(.annotation, background: true, base.annotation))
    }

    /// Whether a #rrggbb colour is dark (relative luminance below one half).
    static func isDark(_ hex: String) -> Bool {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6, let v = Int(String(digits), radix: 16) else { return false }
        let r = Double(v >> 16 & 0xFF), g = Double(v >> 8 & 0xFF), b = Double(v & 0xFF)
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5
    }

    /// The palette of a theme by name (the default theme when nil), for `hearsay export --theme`.
    static func html(named name: String?, environment: [String: String]) -> HTMLPalette {
        html(ThemeLoader.load(name: name, environment: environment).theme)
    }
}
