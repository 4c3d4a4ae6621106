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
        out.reserveCapacity(1 << 16)
        write(into: &out, pretty: pretty, indent: 0, flush: nil)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the UTF-8 text in pieces of about 64 KiB to `sink`, so a large
    /// analysis never sits in memory twice.
    public func write(pretty: Bool = false, to sink: ([UInt8]) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var out: [UInt8] = []
            out.reserveCapacity(1 << 17)
            let flush: (inout [UInt8]) -> Void = { buffer in
                if buffer.count >= 1 << 16 { sink(buffer); buffer.removeAll(keepingCapacity: true) }
            }
            write(into: &out, pretty: pretty, indent: 0, flush: flush)
            if !out.isEmpty { sink(out) }
        }
    }

    func write(into out: inout [UInt8], pretty: Bool, indent: Int, flush: ((inout [UInt8]) -> Void)?) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d):
            let text = d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)) : "null"
            out.append(contentsOf: text.utf8)
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { newline(&out, indent + 1) }
                item.write(into: &out, pretty: pretty, indent: indent + 1, flush: flush)
                flush?(&out)
            }
            if pretty { newline(&out, indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (k, (key, value)) in pairs.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { newline(&out, indent + 1) }
                JSONValue.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                value.write(into: &out, pretty: pretty, indent: indent + 1, flush: flush)
            }
            if pretty { newline(&out, indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ out: inout [UInt8], _ indent: Int) {
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<(indent * 2) { out.append(UInt8(ascii: " ")) }
    }

    /// RFC 8259 string escaping over UTF-8 bytes. Every C0 and C1 control, DEL,
    /// and U+2028/U+2029 are escaped, so article text can never carry raw
    /// terminal bytes through JSON output either.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            var run = 0   // start of the bytes that go out as they are
            while i < n {
                let b = bytes[i]
                // Most bytes need no escape: they are copied in runs, not one by one.
                if (b >= 0x20 && b < 0x7F && b != 0x22 && b != 0x5C) || (b >= 0x80 && b != 0xC2 && b != 0xE2)
                    || (b == 0xC2 && !(i + 1 < n && bytes[i + 1] < 0xA0))
                    || (b == 0xE2 && !(i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9))) {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                switch b {
                case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0..<0x20, 0x7F: escape(UInt32(b), into: &out)
                case 0xC2 where i + 1 < n && bytes[i + 1] >= 0x80 && bytes[i + 1] < 0xA0:
                    escape(UInt32(bytes[i + 1]), into: &out)   // C1 control U+0080...U+009F
                    i += 1
                case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                    i += 2
                default: out.append(b)
                }
                i += 1
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<n]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func escape(_ v: UInt32, into out: inout [UInt8]) {
        out.append(contentsOf: [0x5C, UInt8(ascii: "u"), hex[Int(v >> 12 & 0xF)], hex[Int(v >> 8 & 0xF)], hex[Int(v >> 4 & 0xF)], hex[Int(v & 0xF)]])
    }
}
