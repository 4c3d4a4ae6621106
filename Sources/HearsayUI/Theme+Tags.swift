import HearsayCore

extension Theme {
    /// The theme with a `tag.<name>` role for each tag that has a colour: a palette
    /// name of the theme, "#rrggbb", a number 0–255 or an ANSI name ("red",
    /// "bright-blue"). Tags without one (or with one the theme cannot show) draw
    /// in the theme's `tag` role.
    public func withTagColors(_ codebook: Codebook) -> Theme {
        var theme = self
        let base = style(for: .tag)
        for tag in codebook.tags {
            guard let spec = tag.color, let colour = color(named: spec) else { continue }
            var s = base
            s.foreground = colour
            theme.styles[Role.tag(tag.name)] = s
        }
        return theme
    }

    func color(named spec: String) -> Color? {
        if let c = palette[spec] { return c }
        if spec.hasPrefix("#") { return ThemeColorValue.hex(spec) }
        if let n = UInt8(spec) { return .indexed(n) }
        return ThemeColorValue.ansiNames[spec.lowercased()].map { .indexed($0) }
    }
}

extension Role {
    /// The role of one tag of the codebook (falls back to `tag`).
    public static func tag(_ name: String) -> Role { Role("tag.\(name)") }
}
