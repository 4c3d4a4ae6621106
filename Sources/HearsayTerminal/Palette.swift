import CNcursesw
import HearsayUI

/// What a cell is drawn with: ncurses attribute bits and a colour pair.
struct Ink: Equatable {
    var attributes: attr_t = 0
    var pair: Int32 = 0
}

/// Roles to inks for one theme at one colour depth, cached: `present` asks for
/// every cell, and resolving a role walks the theme's role parents.
struct Palette {
    let depth: ColorDepth
    /// False when use_default_colors failed: "default" then means white on black.
    let defaultColors: Bool
    private(set) var pairs: ColorPairCache
    private var theme: Theme?
    private var inks: [Role: Ink] = [:]

    init(depth: ColorDepth, defaultColors: Bool, pairLimit: Int) {
        self.depth = depth
        self.defaultColors = defaultColors
        pairs = ColorPairCache(limit: depth == .monochrome ? 0 : pairLimit)
    }

    /// Switches to `theme`; returns true when it differs from the last one (the
    /// cached inks are dropped; allocated pairs stay, they are keyed by colour).
    @discardableResult
    mutating func use(_ theme: Theme) -> Bool {
        if self.theme == theme { return false }
        self.theme = theme
        inks.removeAll(keepingCapacity: true)
        return true
    }

    mutating func ink(for role: Role, allocate: (Int32, Int32, Int32) -> Bool) -> Ink {
        if let ink = inks[role] { return ink }
        let ink = self.ink(for: theme?.style(for: role) ?? .plain, allocate: allocate)
        inks[role] = ink
        return ink
    }

    mutating func ink(for style: Style, allocate: (Int32, Int32, Int32) -> Bool) -> Ink {
        let attributes = CursesAttributes.bits(style.attributes)
        guard depth != .monochrome else { return Ink(attributes: attributes, pair: 0) }
        let fg = number(style.foreground, default: 7)
        let bg = number(style.background, default: 0)
        return Ink(attributes: attributes, pair: pairs.pair(foreground: fg, background: bg, allocate: allocate))
    }

    private func number(_ color: Color?, default fallback: Int32) -> Int32 {
        if let n = color?.terminalNumber(at: depth) { return Int32(clamping: n) }
        return defaultColors ? -1 : fallback
    }
}
