/// A colour as a theme file writes it, before palette names are looked up.
///
/// Names stay unresolved until the whole `inherits` chain is merged, so a child
/// theme that redefines "amber" recolours every parent role that says "amber".
enum ThemeColorValue: Equatable, Sendable {
    /// "default": the terminal's own foreground or background.
    case terminalDefault
    case color(Color)
    /// A palette name or, failing that, one of the 16 ANSI names.
    case name(String)

    /// The 16 ANSI colours by name, as palette indices 0–15.
    static let ansiNames: [String: UInt8] = {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var names: [String: UInt8] = [:]
        for (i, name) in base.enumerated() {
            names[name] = UInt8(i)
            names["bright-" + name] = UInt8(i + 8)
        }
        return names
    }()

    /// What the file says, or nil when the value cannot be a colour at all.
    init?(_ json: ThemeJSON) {
        switch json {
        case .integer(let i):
            guard let index = UInt8(exactly: i) else { return nil }
            self = .color(.indexed(index))
        case .string("default"):
            self = .terminalDefault
        case .string(let s) where s.hasPrefix("#"):
            guard let c = Self.hex(s) else { return nil }
            self = .color(c)
        case .string(let s) where !s.isEmpty:
            self = .name(s)
        default:
            return nil
        }
    }

    /// "#rrggbb" (either case). Three-digit forms are refused: one spelling is enough.
    static func hex(_ s: String) -> Color? {
        let digits = s.utf8.dropFirst()
        // Check the digits first: UInt32(_:radix:) would accept a sign ("#+fffff").
        guard s.utf8.first == UInt8(ascii: "#"), digits.count == 6,
              digits.allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }),
              let value = UInt32(String(decoding: digits, as: UTF8.self), radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    /// The colour after palette lookup: nil is the terminal default; palette names
    /// win over ANSI names so a theme may define its own "red".
    func resolve(in palette: [String: ThemeColorValue]) -> Result<Color?, ThemeError.Problem> {
        switch self {
        case .terminalDefault: return .success(nil)
        case .color(let c): return .success(c)
        case .name(let n):
            if let entry = palette[n] { return entry.resolve(in: [:]) }
            if let index = Self.ansiNames[n] { return .success(.indexed(index)) }
            return .failure(.unknownPaletteName(n))
        }
    }
}
