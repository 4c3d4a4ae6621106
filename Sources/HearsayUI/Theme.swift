/// A theme: a style for each semantic role, resolved through role parents
/// ("quote.current" → "quote" → "text"). Loading, palettes and `inherits` are in
/// ThemeFile.swift; colour degradation in ColorDepth.swift.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [Role: Style]
    /// The theme's named colours, for tags coloured by palette name.
    public var palette: [String: Color]

    public init(name: String, styles: [Role: Style], palette: [String: Color] = [:]) {
        self.name = name
        self.styles = styles
        self.palette = palette
    }

    /// The style of `role`, or of its nearest ancestor that the theme defines.
    public func style(for role: Role) -> Style {
        var r: Role? = role
        while let current = r {
            if let s = styles[current] { return s }
            r = current.parent
        }
        return .plain
    }
}
