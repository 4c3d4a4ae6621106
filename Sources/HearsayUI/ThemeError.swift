/// Why a theme could not be loaded: which file, where in it, and what is wrong.
/// A value, never a crash: the loader turns it into a warning and uses the default.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The part of the file at fault.
    public enum Location: Equatable, Sendable, CustomStringConvertible {
        case field(String)
        case paletteEntry(String)
        case role(String)

        public var description: String {
            switch self {
            case .field(let f): return "field '\(f)'"
            case .paletteEntry(let p): return "palette entry '\(p)'"
            case .role(let r): return "role '\(r)'"
            }
        }
    }

    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case invalidJSON(String)
        case notAnObject
        case wrongType(expected: String, found: String)
        case badColour(String)
        case badPaletteColour(String)
        case unknownPaletteName(String)
        case reservedPaletteName(String)
        case unknownAttribute(String)
        case badAttributeValue(key: String, found: String)
        case invalidThemeName(String)
        case notFound(String)
        case cycle([String])
        case unreadable(String)

        public var description: String {
            switch self {
            case .invalidJSON(let why):
                return "not valid JSON: \(why)"
            case .notAnObject:
                return "a theme must be a JSON object ({ \"name\": ..., \"roles\": {...} })"
            case .wrongType(let expected, let found):
                return "must be \(expected), not \(found)"
            case .badColour(let value):
                return "bad colour \(value): use \"#rrggbb\", a number 0–255, a palette name, "
                    + "an ANSI colour name or \"default\""
            case .badPaletteColour(let value):
                return "bad colour \(value): a palette entry is \"#rrggbb\", a number 0–255, "
                    + "an ANSI colour name or \"default\" (not another palette name)"
            case .unknownPaletteName(let name):
                return "unknown palette name '\(name)' (not in the palette, nor an ANSI colour name)"
            case .reservedPaletteName(let name):
                return "'\(name)' cannot be a palette name (\"default\" and names starting with '#' are colours)"
            case .unknownAttribute(let key):
                return "unknown attribute key '\(key)' (known: \(ThemeDefinition.roleKeys.joined(separator: ", ")))"
            case .badAttributeValue(let key, let found):
                return "'\(key)' must be true or false, not \(found)"
            case .invalidThemeName(let name):
                return "'\(name)' is not a theme name (letters, digits, '-', '_' and '.', not starting with '.')"
            case .notFound(let name):
                return "no theme named '\(name)'"
            case .cycle(let names):
                return "inheritance cycle: \(names.joined(separator: " → "))"
            case .unreadable(let why):
                return "cannot read: \(why)"
            }
        }
    }

    /// The file at fault (a path, or "Themes/NAME.json" for a bundled theme); nil
    /// when no file was found at all.
    public var file: String?
    public var location: Location?
    public var problem: Problem

    public init(file: String?, location: Location? = nil, problem: Problem) {
        self.file = file
        self.location = location
        self.problem = problem
    }

    /// "FILE: role 'quote': unknown palette name 'amberr'".
    public var description: String {
        [file, location?.description, problem.description].compactMap { $0 }.joined(separator: ": ")
    }
}
