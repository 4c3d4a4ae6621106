import HearsayCore

/// A JSON value exactly as a theme file wrote it: `"bold": 1` (an error) is
/// told from `"bold": true`, and a whole number from a fraction.
///
/// Read with the core's own `JSONTree` (a strict syntax check, then one walk),
/// not Foundation's `JSONDecoder`: decoding this enum through `Codable` tried
/// each case in turn and threw for every miss, and the bundled theme, read on
/// the way to the reader's first frame, cost 6.7 million instructions, about a
/// quarter of everything the reader did before its first frame (callgrind).
enum ThemeJSON: Equatable, Sendable, CustomStringConvertible {
    case object([String: ThemeJSON])
    case array([ThemeJSON])
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null

    /// Parses `text`; the error is a one-line reason with its line and column,
    /// for ThemeError.invalidJSON.
    static func parse(_ text: String) -> Result<ThemeJSON, ThemeError.Problem> {
        do {
            return .success(ThemeJSON(try JSONTree.parse(text)))
        } catch {
            return .failure(.invalidJSON(error.description))
        }
    }

    /// A number is an integer when it is a whole one (`3`, also `3.0`), as
    /// JSONDecoder read it; any other number a `Double`.
    init(_ tree: JSONTree) {
        switch tree {
        case .object(let fields): self = .object(fields.mapValues(ThemeJSON.init))
        case .array(let items): self = .array(items.map(ThemeJSON.init))
        case .string(let s): self = .string(s)
        case .number: self = tree.integer.map(ThemeJSON.integer) ?? tree.double.map(ThemeJSON.number) ?? .null
        case .bool(let b): self = .bool(b)
        case .null: self = .null
        }
    }

    /// The value as a message quotes it: short, and never a whole object.
    var description: String {
        switch self {
        case .object: return "an object"
        case .array: return "a list"
        case .string(let s): return "\"\(s)\""
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        case .bool(let b): return String(b)
        case .null: return "null"
        }
    }
}
