/// A colour as a theme names it: 24-bit RGB or an index of the 256-colour palette.
public enum Color: Hashable, Sendable {
    case rgb(UInt8, UInt8, UInt8)
    /// 0–15 are the terminal's own ANSI colours, 16–255 the xterm cube and greys.
    case indexed(UInt8)
}

/// Text attributes every terminal has; the monochrome fallback uses only these.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1 << 0)
    public static let underline = Attributes(rawValue: 1 << 1)
    public static let reverse = Attributes(rawValue: 1 << 2)
    public static let italic = Attributes(rawValue: 1 << 3)
    public static let dim = Attributes(rawValue: 1 << 4)
}

/// What a role looks like: foreground, background (nil = the terminal's default) and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var attributes: Attributes

    public init(foreground: Color? = nil, background: Color? = nil, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()
}
