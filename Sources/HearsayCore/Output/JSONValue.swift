/// A JSON value with ordered object keys, written by hand for speed and for a
/// stable, documented key order (JSONEncoder is ~30x slower on large analyses).
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Compact (one line, for JSON Lines) or pretty (two-space indent) text.
    public func serialized(pretty: Bool = false) -> String {
        var out: [UInt8] = []
        write(pretty: pretty) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the UTF-8 text in pieces of at most 64 KiB to `sink`, so a large
    /// analysis never sits in memory twice. The same writer as the streamed
    /// analysis, so both print strings and numbers alike.
    public func write(pretty: Bool = false, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var writer = JSONStreamWriter(pretty: pretty, sink: sink)
            emit(into: &writer)
            writer.finish()
        }
    }

    func emit(into w: inout JSONStreamWriter) {
        switch self {
        case .null: w.null()
        case .bool(let b): w.bool(b)
        case .int(let i): w.int(i)
        case .double(let d): w.double(d)
        case .string(let s): w.string(s)
        case .array(let items):
            w.beginArray()
            for item in items { item.emit(into: &w) }
            w.endArray()
        case .object(let pairs):
            w.beginObject()
            for (key, value) in pairs {
                w.key(escaping: key)
                value.emit(into: &w)
            }
            w.endObject()
        }
    }
}
