import FoundationEssentials
import Glibc
import HearsayCore

/// A JSON value exactly as a theme file wrote it. Decoded with Codable rather than
/// JSONSerialization because on Linux the latter hands back NSNumber for `true`
/// and `1` alike, and a theme must tell `"bold": 1` (an error) from `"bold": true`.
enum ThemeJSON: Decodable, Equatable, Sendable, CustomStringConvertible {
    case object([String: ThemeJSON])
    case array([ThemeJSON])
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        // Bool before the numbers: JSONDecoder refuses `true` as an Int and `1` as a Bool.
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .integer(i) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let o = try? c.decode([String: ThemeJSON].self) { self = .object(o) }
        else { self = .array(try c.decode([ThemeJSON].self)) }
    }

    /// Parses `text`; the error is a one-line reason, for ThemeError.invalidJSON.
    static func parse(_ text: String) -> Result<ThemeJSON, ThemeError.Problem> {
        let data = Data(text.utf8)
        do {
            return .success(try JSONDecoder().decode(ThemeJSON.self, from: data))
        } catch {
            return .failure(.invalidJSON(explain(data)))
        }
    }

    /// Why `data` is not JSON, with a line and column (JSONDecoder on Linux
    /// says only "not valid JSON"): our strict syntax check says where.
    static func explain(_ data: Data) -> String {
        // Only the syntax check: no tree is needed to say where the JSON breaks.
        let failure = [UInt8](data).withUnsafeBufferPointer { b -> JSONSyntaxError? in
            do throws(JSONSyntaxError) { _ = try JSONSyntax.check(b) } catch { return error }
            return nil
        }
        return failure?.description ?? "a JSON value Hearsay cannot read"
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
