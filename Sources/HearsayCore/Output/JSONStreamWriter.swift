/// JSON as UTF-8, compact or pretty (two-space indent), handed to `sink` in
/// pieces of at most 64 KiB from one buffer that is reused: a large analysis
/// never sits in memory as a whole.
///
/// Each key or value reserves room for its longest form (with the comma before
/// it) once, and `JSONText` writes it there through a raw pointer, with no check
/// per byte and no `String` made for a number or a text span (docs/DECISIONS.md
/// 38). Not copyable: it owns the buffer, which `deinit` frees.
public struct JSONStreamWriter: JSONEmitter, ~Copyable {
    private static let capacity = 1 << 16
    /// How many bytes or scalars of a string are escaped into one reservation
    /// (up to six bytes each: a quarter of the buffer); longer strings go in
    /// pieces.
    static let piece = (capacity / 4 - 8) / JSONText.maxBytesPerUnit

    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private let sink: (UnsafeBufferPointer<UInt8>) -> Void
    private let pretty: Bool
    /// Whether the next key or value follows another in the same container.
    private var needsComma = false
    /// Pretty output only: a value right after its key stays on the key's line.
    private var afterKey = false
    private var depth = 0
    private var numbers = NumberTexts()

    public init(pretty: Bool = false, sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.sink = sink
        self.pretty = pretty
        buffer = .allocate(capacity: Self.capacity)
    }

    deinit { buffer.deallocate() }

    /// Hands what is left to the sink; call it once the document is complete.
    public mutating func finish() { flush() }

    private mutating func flush() {
        if count > 0 { sink(UnsafeBufferPointer(start: buffer, count: count)) }
        count = 0
    }

    /// Room for `n` bytes (at most a quarter of the buffer) at its end.
    @inline(__always)
    private mutating func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if count &+ n > Self.capacity { flush() }
        return buffer + count
    }

    /// Room for a key or value of at most `n` bytes, after the comma (and, in
    /// pretty output, the line) that goes before it. The caller adds what it
    /// wrote to `count`.
    @inline(__always)
    private mutating func start(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if pretty {
            prettySeparator()
            return reserve(n)
        }
        let p = reserve(n &+ 1)
        guard needsComma else { return p }
        p[0] = UInt8(ascii: ",")
        count &+= 1
        return p + 1
    }

    private mutating func prettySeparator() {
        if afterKey { afterKey = false; return }
        if needsComma { put(",") }
        if depth > 0 { newline() }
    }

    private mutating func newline() {
        put("\n")
        for _ in 0..<depth { put("  ") }
    }

    @inline(__always)
    private mutating func put(_ text: StaticString) {
        let p = reserve(text.utf8CodeUnitCount)
        count &+= JSONText.copy(text, into: p)
    }

    /// A value that is a literal: `true`, `{`...
    @inline(__always)
    private mutating func word(_ text: StaticString) {
        let p = start(text.utf8CodeUnitCount)
        count &+= JSONText.copy(text, into: p)
        needsComma = true
    }

    @inline(__always) public mutating func beginObject() { word("{"); depth &+= 1; needsComma = false }
    @inline(__always) public mutating func beginArray() { word("["); depth &+= 1; needsComma = false }
    @inline(__always) public mutating func endObject() { close("}") }
    @inline(__always) public mutating func endArray() { close("]") }

    @inline(__always)
    private mutating func close(_ bracket: StaticString) {
        depth &-= 1
        // `needsComma` still set: the container has something, so pretty output
        // puts its end on a line of its own; an empty one stays "{}" or "[]".
        if pretty && needsComma { newline() }
        put(bracket)
        needsComma = true
    }

    /// A key of the document's shape: written as it is, so it must need no
    /// escaping (checked in debug builds). Inlined, so each key is a few stores.
    @inline(__always)
    public mutating func key(_ name: StaticString) {
        assert(name.withUTF8Buffer { $0.allSatisfy { JSONText.isPlainASCII(UInt32($0)) } }, "key \(name) needs escaping")
        let length = name.utf8CodeUnitCount
        let p = start(length &+ 4)
        p[0] = UInt8(ascii: "\"")
        _ = JSONText.copy(name, into: p + 1)
        p[length + 1] = UInt8(ascii: "\"")
        p[length + 2] = UInt8(ascii: ":")
        p[length + 3] = UInt8(ascii: " ")   // kept only in pretty output
        count &+= length &+ (pretty ? 4 : 3)
        needsComma = false
        afterKey = true
    }

    /// A key made at run time (a `JSONValue`'s), escaped as strings are.
    public mutating func key(escaping name: String) {
        string(name)
        put(pretty ? ": " : ":")
        needsComma = false
        afterKey = true
    }

    public mutating func string(_ value: String) {
        // Contiguous UTF-8 for every native string, small ones included.
        if value.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) == nil {
            var value = value
            value.withUTF8 { string(utf8: $0) }
        }
    }

    private mutating func string(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        quoted(bytes.count) { from, p in
            // A piece ends between scalars, never inside one.
            var end = min(bytes.count, from + Self.piece)
            while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            return (end, JSONText.escaped(utf8: UnsafeBufferPointer(rebasing: bytes[from..<end]), into: p))
        }
    }

    /// A span of a document's text, from its bytes or its scalars as the text holds them.
    public mutating func string(_ text: Slice<ScalarText>) {
        let count = text.count
        text.base.withUnsafeStorage(in: text.startIndex..<text.endIndex, narrow: { s, range in
            let start = range.lowerBound
            return quoted(count) { from, p in
                let end = min(count, from + Self.piece)
                return (end, JSONText.escaped(narrow: s, start + from..<start + end, into: p))
            }
        }, wide: { s, range in
            let start = range.lowerBound
            return quoted(count) { from, p in
                let end = min(count, from + Self.piece)
                return (end, JSONText.escaped(scalars: UnsafeBufferPointer(rebasing: s[start + from..<start + end]), into: p))
            }
        })
    }

    /// A string of `count` units (bytes or scalars) between quotes, written by
    /// `write` a piece at a time: given where to go on from and room for `piece`
    /// units escaped, it says where it stopped and how many bytes it wrote. A
    /// string that fits (nearly all) is written in one piece, quotes included.
    @inline(__always)
    private mutating func quoted(_ count: Int, _ write: (_ from: Int, UnsafeMutablePointer<UInt8>) -> (end: Int, bytes: Int)) {
        var p = start(min(count, Self.piece) &* JSONText.maxBytesPerUnit &+ 2)
        p[0] = UInt8(ascii: "\"")
        var written = 1
        var done = 0
        while true {
            let (end, bytes) = write(done, p + written)
            written &+= bytes
            done = end
            if done == count { break }
            // A long string: what is written so far goes, and room for the next piece.
            self.count &+= written
            p = reserve(min(count - done, Self.piece) &* JSONText.maxBytesPerUnit &+ 1)
            written = 0
        }
        p[written] = UInt8(ascii: "\"")
        self.count &+= written &+ 1
        needsComma = true
    }

    /// `prefix` and `number` as one string, as the quotations' ids "q12" are,
    /// with no `String` made.
    public mutating func string(_ prefix: StaticString, _ number: Int) {
        let p = start(prefix.utf8CodeUnitCount &+ JSONText.maxIntLength &+ 2)
        p[0] = UInt8(ascii: "\"")
        var n = 1 &+ JSONText.copy(prefix, into: p + 1)
        n &+= JSONText.int(number, into: p + n)
        p[n] = UInt8(ascii: "\"")
        count &+= n &+ 1
        needsComma = true
    }

    @inline(__always)
    public mutating func int(_ value: Int) {
        let p = start(JSONText.maxIntLength)
        count &+= JSONText.int(value, into: p)
        needsComma = true
    }

    public mutating func double(_ value: Double) {
        let p = start(JSONText.maxDoubleLength)
        count &+= numbers.write(value, into: p)
        needsComma = true
    }

    public mutating func bool(_ value: Bool) { word(value ? "true" : "false") }
    public mutating func null() { word("null") }
}

/// The texts of the first few distinct numbers `double` wrote, looked up before
/// a number is formatted again: an analysis's confidences take a handful of
/// values, and formatting one (Swift's shortest form that reads back the same)
/// costs some 400 instructions.
private struct NumberTexts {
    private static let capacity = 16
    private var keys: [UInt64] = []
    private var lengths: [Int] = []
    private var texts = [UInt8](repeating: 0, count: capacity * JSONText.maxDoubleLength)

    /// `JSONText.double(value, into: p)`, from memory when `value` was seen.
    mutating func write(_ value: Double, into p: UnsafeMutablePointer<UInt8>) -> Int {
        let key = value.bitPattern
        let stride = JSONText.maxDoubleLength
        if let k = keys.firstIndex(of: key) {
            texts.withUnsafeBufferPointer { p.initialize(from: $0.baseAddress! + k * stride, count: lengths[k]) }
            return lengths[k]
        }
        let length = JSONText.double(value, into: p)
        if keys.count < Self.capacity {
            texts.withUnsafeMutableBufferPointer { ($0.baseAddress! + keys.count * stride).update(from: p, count: length) }
            keys.append(key)
            lengths.append(length)
        }
        return length
    }
}
