/// Something JSON can be written into, event by event: a byte stream for the
/// command line (`JSONStreamWriter`) or a value tree for tests (`JSONTreeBuilder`).
/// One description of a document's shape (`AnalysisJSON.emit`) serves both.
public protocol JSONEmitter {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func key(_ name: String)
    mutating func string(_ value: String)
    mutating func int(_ value: Int)
    mutating func double(_ value: Double)
    mutating func bool(_ value: Bool)
    mutating func null()
}

extension JSONEmitter {
    mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    mutating func field(_ name: String, _ value: Int) { key(name); int(value) }
    mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    mutating func field(_ name: String, _ value: Double) { key(name); double(value) }
    mutating func field(_ name: String, orNull value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }
}

/// Compact JSON as UTF-8, handed to `sink` in pieces of about 64 KiB.
public struct JSONStreamWriter: JSONEmitter {
    private var out: [UInt8] = []
    private var needsComma = false
    private let sink: ([UInt8]) -> Void

    public init(sink: @escaping ([UInt8]) -> Void) {
        self.sink = sink
        out.reserveCapacity(1 << 17)
    }

    public mutating func finish() {
        if !out.isEmpty { sink(out); out.removeAll(keepingCapacity: true) }
    }

    private mutating func separator() {
        if needsComma { out.append(UInt8(ascii: ",")) }
        if out.count >= 1 << 16 { sink(out); out.removeAll(keepingCapacity: true) }
    }

    public mutating func beginObject() { separator(); out.append(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { out.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separator(); out.append(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { out.append(UInt8(ascii: "]")); needsComma = true }
    public mutating func key(_ name: String) {
        separator()
        JSONValue.writeString(name, into: &out)
        out.append(UInt8(ascii: ":"))
        needsComma = false
    }
    public mutating func string(_ value: String) { separator(); JSONValue.writeString(value, into: &out); needsComma = true }
    public mutating func int(_ value: Int) {
        separator()
        // Digits written straight out (no String per number: there are ten per quotation).
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // room for 20 digits, least significant first
        let count = withUnsafeMutableBytes(of: &digits) { buffer -> Int in
            var n = 0
            repeat {
                buffer[n] = UInt8(truncatingIfNeeded: rest % 10) &+ UInt8(ascii: "0")
                rest /= 10
                n += 1
            } while rest > 0
            return n
        }
        withUnsafeBytes(of: &digits) { buffer in
            for k in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[k]) }
        }
        needsComma = true
    }
    public mutating func double(_ value: Double) {
        separator()
        JSONValue.double(value).write(into: &out, pretty: false, indent: 0, flush: nil)
        needsComma = true
    }
    public mutating func bool(_ value: Bool) { separator(); out.append(contentsOf: (value ? "true" : "false").utf8); needsComma = true }
    public mutating func null() { separator(); out.append(contentsOf: "null".utf8); needsComma = true }
}

/// Builds a `JSONValue` from emitter events.
public struct JSONTreeBuilder: JSONEmitter {
    private enum Frame { case object([(String, JSONValue)], pendingKey: String?), array([JSONValue]) }
    private var stack: [Frame] = []
    public private(set) var result: JSONValue = .null

    public init() {}

    private mutating func add(_ value: JSONValue) {
        guard let top = stack.popLast() else { result = value; return }
        switch top {
        case .object(var pairs, let key):
            pairs.append((key ?? "", value))
            stack.append(.object(pairs, pendingKey: nil))
        case .array(var items):
            items.append(value)
            stack.append(.array(items))
        }
    }

    public mutating func beginObject() { stack.append(.object([], pendingKey: nil)) }
    public mutating func endObject() {
        if case .object(let pairs, _) = stack.popLast() { add(.object(pairs)) }
    }
    public mutating func beginArray() { stack.append(.array([])) }
    public mutating func endArray() {
        if case .array(let items) = stack.popLast() { add(.array(items)) }
    }
    public mutating func key(_ name: String) {
        if case .object(let pairs, _) = stack.popLast() { stack.append(.object(pairs, pendingKey: name)) }
    }
    public mutating func string(_ value: String) { add(.string(value)) }
    public mutating func int(_ value: Int) { add(.int(value)) }
    public mutating func double(_ value: Double) { add(.double(value)) }
    public mutating func bool(_ value: Bool) { add(.bool(value)) }
    public mutating func null() { add(.null) }
}
