/// A JSON value read whole, for files whose shape another tool decides (a W3C
/// annotation collection to import). Our own annotation file is read without a
/// tree (`JSONReader`); this is for the rest, and replaces Foundation's
/// `JSONSerialization`, whose `Any` values and NSNumber booleans we do not want
/// and whose module costs every start of the program 5 ms (docs/DECISIONS.md).
///
/// Parsing is the strict `JSONSyntax` check first (so errors carry a line and a
/// column), then one walk that builds the values. A key repeated in an object
/// keeps its last value, as JSONSerialization did.
public indirect enum JSONTree: Equatable, Sendable {
    case object([String: JSONTree])
    case array([JSONTree])
    case string(String)
    /// The number as written: `integer` and `double` read it.
    case number(String)
    case bool(Bool)
    case null

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONTree {
        try bytes.withUnsafeBufferPointer { (b) throws(JSONSyntaxError) -> JSONTree in
            _ = try JSONSyntax.check(b)
            var builder = Builder(b: b, i: JSONSyntax.start(b))
            return builder.value()
        }
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONTree {
        try parse(Array(text.utf8))
    }

    // MARK: Reading

    public subscript(key: String) -> JSONTree? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var array: [JSONTree]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var object: [String: JSONTree]? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var double: Double? {
        if case .number(let text) = self { return Double(text) }
        return nil
    }

    /// A whole number: `3`, and also `3.0` or `3e0`, as JSONDecoder reads them.
    public var integer: Int? {
        guard case .number(let text) = self else { return nil }
        if let exact = Int(text) { return exact }
        guard let d = Double(text), d == d.rounded(), abs(d) < 9.0e15 else { return nil }
        return Int(d)
    }

    /// What kind of value this is, for messages: "an object", "a string".
    public var kind: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }

    /// Builds values from bytes `JSONSyntax` has accepted: no error can occur.
    private struct Builder {
        let b: UnsafeBufferPointer<UInt8>
        var i: Int

        mutating func value() -> JSONTree {
            skipSpace()
            switch b[i] {
            case 0x7B:   // {
                i += 1
                var fields: [String: JSONTree] = [:]
                skipSpace()
                if b[i] == 0x7D { i += 1; return .object(fields) }
                while true {
                    skipSpace()
                    let (key, end) = JSONStrings.decode(b, at: i)
                    i = end
                    skipSpace()
                    i += 1   // ':'
                    fields[key] = value()
                    skipSpace()
                    let c = b[i]
                    i += 1   // ',' or '}'
                    if c == 0x7D { return .object(fields) }
                }
            case 0x5B:   // [
                i += 1
                var items: [JSONTree] = []
                skipSpace()
                if b[i] == 0x5D { i += 1; return .array(items) }
                while true {
                    items.append(value())
                    skipSpace()
                    let c = b[i]
                    i += 1   // ',' or ']'
                    if c == 0x5D { return .array(items) }
                }
            case 0x22:
                let (s, end) = JSONStrings.decode(b, at: i)
                i = end
                return .string(s)
            case 0x74: i += 4; return .bool(true)
            case 0x66: i += 5; return .bool(false)
            case 0x6E: i += 4; return .null
            default:
                let start = i
                while i < b.count, !JSONSyntax.isDelimiter(b[i]) { i += 1 }
                return .number(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
            }
        }

        mutating func skipSpace() { i = JSONSyntax.skippingSpace(b, from: i) }
    }
}
