/// Something JSON can be written into, event by event: a byte stream for the
/// command line (`JSONStreamWriter`) or a value tree for tests (`JSONTreeBuilder`).
/// One description of a document's shape (`AnalysisJSON.emit`) serves both.
/// Keys are literals (the shape's own names, written with no escaping), and a
/// document's text goes as its scalars, with no `String` made of it.
public protocol JSONEmitter: ~Copyable {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func key(_ name: StaticString)
    mutating func string(_ value: String)
    mutating func string(_ scalars: Slice<ScalarText>)
    /// `prefix` and `number` as one string ("q12"), with no `String` made for it.
    mutating func string(_ prefix: StaticString, _ number: Int)
    mutating func int(_ value: Int)
    mutating func double(_ value: Double)
    mutating func bool(_ value: Bool)
    mutating func null()
}

extension JSONEmitter where Self: ~Copyable {
    @inline(__always) mutating func field(_ name: StaticString, _ value: String) { key(name); string(value) }
    @inline(__always) mutating func field(_ name: StaticString, _ value: Slice<ScalarText>) { key(name); string(value) }
    @inline(__always) mutating func field(_ name: StaticString, _ value: Int) { key(name); int(value) }
    @inline(__always) mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
    @inline(__always) mutating func field(_ name: StaticString, _ value: Double) { key(name); double(value) }
    @inline(__always) mutating func field(_ name: StaticString, orNull value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }
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
    public mutating func key(_ name: StaticString) {
        if case .object(let pairs, _) = stack.popLast() { stack.append(.object(pairs, pendingKey: name.description)) }
    }
    public mutating func string(_ value: String) { add(.string(value)) }
    public mutating func string(_ scalars: Slice<ScalarText>) {
        add(.string(scalars.base.string(in: scalars.startIndex..<scalars.endIndex)))
    }
    public mutating func string(_ prefix: StaticString, _ number: Int) { add(.string("\(prefix)\(number)")) }
    public mutating func int(_ value: Int) { add(.int(value)) }
    public mutating func double(_ value: Double) { add(.double(value)) }
    public mutating func bool(_ value: Bool) { add(.bool(value)) }
    public mutating func null() { add(.null) }
}
