// Bytes are written as numbers (0x22 is `"`, 0x5C `\`, 0x7B `{`, 0x7D `}`,
// 0x5B `[`, 0x5D `]`, 0x2C `,`, 0x3A `:`, 0x2D `-`, 0x2E `.`, 0x30...0x39 the
// digits, 0x61 `a`...) because `UInt8(ascii:)` is a function call in a debug
// build, where the crash-safety test runs this code 200 times on megabytes.

import HearsayCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// JSON that is not the expected shape: the key path of the value and what is
/// wrong with it. The path is built as the error goes up through the objects
/// and arrays (each adds its key or index in front), so reading a file that is
/// right costs no path keeping at all.
struct ShapeError: Error {
    /// Outermost first.
    var components: [JSONReader.Component]
    var message: String

    init(_ message: String, at components: [JSONReader.Component] = []) {
        self.message = message
        self.components = components
    }

    /// `annotations[3].anchor.start`; "" at the top.
    var path: String {
        var s = ""
        for c in components {
            switch c {
            case .key(let k): s += s.isEmpty ? k : "." + k
            case .index(let n): s += "[\(n)]"
            case .name(let n): s += "[\"\(n)\"]"
            }
        }
        return s
    }

    func inside(_ c: JSONReader.Component) -> ShapeError {
        var e = self
        e.components.insert(c, at: 0)
        return e
    }
}

/// The second pass of `AnnotationCoding.decode`: reads values straight from
/// bytes that `JSONSyntax.check` has accepted (so it never meets a syntax
/// error). Builds no intermediate
/// tree: the annotation file goes from bytes to model in one walk.
struct JSONReader {
    enum Component {
        case key(String)
        case index(Int)
        /// A key of a map (mark names), shown as `["name"]`.
        case name(String)
    }

    let b: UnsafeBufferPointer<UInt8>
    var i: Int

    init(_ b: UnsafeBufferPointer<UInt8>, at i: Int) {
        self.b = b
        self.i = i
    }

    // MARK: Errors

    /// An error about the value being read (the enclosing objects and arrays
    /// add their keys and indexes to its path).
    func fail(_ message: String) -> ShapeError { ShapeError(message) }

    /// What the value here is, for "expected ..., found ...": never a whole big value.
    func describeValue() -> String {
        var j = i
        skip(&j)
        guard j < b.count else { return "nothing" }
        switch b[j] {
        case 0x7B: return "an object"
        case 0x5B: return "an array"
        case 0x74: return "true"
        case 0x66: return "false"
        case 0x6E: return "null"
        case 0x22:
            let s = JSONReader.decodeString(b, at: j)
            return s.count <= 40 ? "the string \"\(s)\"" : "a string"
        default:
            var k = j
            while k < b.count, !JSONSyntax.isDelimiter(b[k]) { k += 1 }
            return "the number " + String(decoding: UnsafeBufferPointer(rebasing: b[j..<k]), as: UTF8.self)
        }
    }

    // MARK: Values

    mutating func string() throws(ShapeError) -> String {
        skipSpace()
        guard b[i] == 0x22 else { throw fail("expected a string, found \(describeValue())") }
        return readString()
    }

    /// A string or null (nil).
    mutating func optionalString() throws(ShapeError) -> String? {
        skipSpace()
        if b[i] == 0x6E { i += 4; return nil }
        return try string()
    }

    mutating func bool() throws(ShapeError) -> Bool {
        skipSpace()
        if b[i] == 0x74 { i += 4; return true }
        if b[i] == 0x66 { i += 5; return false }
        throw fail("expected true or false, found \(describeValue())")
    }

    /// A whole number (a number with a fraction part of zero counts, as with
    /// JSONDecoder), at least `min` when given.
    mutating func int(min: Int? = 0) throws(ShapeError) -> Int {
        skipSpace()
        let c = b[i]
        guard c == 0x2D || (c >= 0x30 && c <= 0x39) else {
            throw fail("expected a whole number, found \(describeValue())")
        }
        let start = i
        var negative = false
        if c == 0x2D { negative = true; i += 1 }
        var v = 0
        var exact = true
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int(b[i] - 0x30))
            if o1 || o2 { exact = false }
            v = s
            i += 1
        }
        if i < b.count, b[i] == 0x2E || b[i] == 0x65 || b[i] == 0x45 { exact = false }
        if !exact {
            while i < b.count, !JSONSyntax.isDelimiter(b[i]) { i += 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
            guard let d = Double(text), d == d.rounded(), abs(d) < 9.0e15 else {
                i = start
                throw fail("expected a whole number, found \(describeValue())")
            }
            v = Int(d)
        } else if negative {
            v = -v
        }
        if let min, v < min { throw fail("\(v) is below \(min)") }
        return v
    }

    /// An object whose keys are among `keys`: calls `body` with the index of each
    /// key in `keys`, the reader on its value and the key on the path. An unknown
    /// or repeated key is an error; missing ones are the caller's to find.
    mutating func object(keys: KeySet, _ body: (inout JSONReader, Int) throws -> Void) throws {
        skipSpace()
        guard b[i] == 0x7B else { throw fail("expected an object, found \(describeValue())") }
        i += 1
        var seen: UInt64 = 0
        skipSpace()
        if b[i] == 0x7D { i += 1; return }
        while true {
            skipSpace()
            guard let k = readKey(keys) else {
                let key = readString()
                let known = keys.names.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
                throw fail("unknown key \"\(key)\" (the keys here are \(known))")
            }
            let key = keys.names[k]
            if seen & (1 << k) != 0 { throw fail("the key \"\(key)\" appears twice") }
            seen |= 1 << k
            skipSpace()
            i += 1   // ':'
            do { try body(&self, k) } catch let e as ShapeError { throw e.inside(.key(key)) }
            skipSpace()
            if b[i] == 0x2C { i += 1; continue }
            i += 1   // '}'
            return
        }
    }

    /// An object of any keys (distinct), each value read by `body` with the key
    /// on the path as `["name"]`.
    mutating func map(_ body: (inout JSONReader, String) throws -> Void) throws {
        skipSpace()
        guard b[i] == 0x7B else { throw fail("expected an object, found \(describeValue())") }
        i += 1
        var seen = Set<String>()
        skipSpace()
        if b[i] == 0x7D { i += 1; return }
        while true {
            skipSpace()
            let key = readString()
            guard seen.insert(key).inserted else { throw fail("the key \"\(key)\" appears twice") }
            skipSpace()
            i += 1   // ':'
            do { try body(&self, key) } catch let e as ShapeError { throw e.inside(.name(key)) }
            skipSpace()
            if b[i] == 0x2C { i += 1; continue }
            i += 1
            return
        }
    }

    /// An array, `body` called for each element with its index on the path.
    mutating func array(_ body: (inout JSONReader) throws -> Void) throws {
        skipSpace()
        guard b[i] == 0x5B else { throw fail("expected an array, found \(describeValue())") }
        i += 1
        skipSpace()
        if b[i] == 0x5D { i += 1; return }
        var n = 0
        while true {
            do { try body(&self) } catch let e as ShapeError { throw e.inside(.index(n)) }
            n += 1
            skipSpace()
            if b[i] == 0x2C { i += 1; continue }
            i += 1
            return
        }
    }

    /// Steps over any value.
    mutating func skipValue() {
        skipSpace()
        switch b[i] {
        case 0x22: _ = readString()
        case 0x7B, 0x5B:
            var depth = 0
            repeat {
                switch b[i] {
                case 0x22: _ = readString(); continue
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D: depth -= 1
                default: break
                }
                i += 1
            } while depth > 0
        default:
            while i < b.count, !JSONSyntax.isDelimiter(b[i]) { i += 1 }
        }
    }

    // MARK: Bytes

    mutating func skipSpace() { skip(&i) }

    func skip(_ j: inout Int) { j = JSONSyntax.skippingSpace(b, from: j) }

    /// The string whose opening quote is at `i` (checked JSON), `i` moved past it.
    mutating func readString() -> String {
        let start = i + 1
        var j = start
        while true {
            let c = b[j]
            if c == 0x22 { break }
            if c == 0x5C {
                let (s, end) = JSONReader.decodeEscaped(b, at: i)
                i = end
                return s
            }
            j += 1
        }
        i = j + 1
        return String(decoding: UnsafeBufferPointer(rebasing: b[start..<j]), as: UTF8.self)
    }

    /// Whether the string at `i` (on its quote) is the one in `key`, bytes for
    /// bytes (no escapes); `i` moves past it when it is.
    mutating func readKey(_ keys: KeySet) -> Int? {
        let start = i + 1
        var j = start
        while b[j] != 0x22 {
            if b[j] == 0x5C {
                let at = i
                guard let k = keys.names.firstIndex(of: readString()) else { i = at; return nil }
                return k
            }
            j += 1
        }
        let n = j - start
        for k in 0..<keys.bytes.count where keys.bytes[k].count == n {
            let key = keys.bytes[k]
            if key.withUnsafeBufferPointer({ memcmp($0.baseAddress!, b.baseAddress! + start, n) == 0 }) {
                i = j + 1
                return k
            }
        }
        return nil
    }

    /// The value of the (syntactically valid) string whose opening quote is at `k`.
    static func decodeString(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> String { JSONStrings.decode(b, at: k).0 }

    /// The value of the string whose opening quote is at `k`, and the offset after it.
    static func decodeEscaped(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> (String, Int) { JSONStrings.decode(b, at: k) }
}

/// The keys an object may have: names for messages, bytes for matching.
struct KeySet {
    let names: [String]
    let bytes: [[UInt8]]

    init(_ names: [String]) {
        self.names = names
        bytes = names.map { Array($0.utf8) }
    }
}
