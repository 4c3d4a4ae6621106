// Bytes are written as numbers (0x22 is `"`, 0x5C `\`, 0x7B `{`, 0x7D `}`,
// 0x5B `[`, 0x5D `]`, 0x2C `,`, 0x3A `:`, 0x2D `-`, 0x2E `.`, 0x30...0x39 the
// digits, 0x61 `a`...) because `UInt8(ascii:)` is a function call in a debug
// build, where the crash-safety test runs this code 200 times on megabytes.

/// Why some bytes are not JSON, and where: 1-based line and column (columns
/// count characters, i.e. Unicode scalars, not bytes).
public struct JSONSyntaxError: Error, Equatable {
    public var line: Int
    public var column: Int
    public var message: String

    /// "message at line L, column C", for a one-line reason.
    public var description: String { "\(message) at line \(line), column \(column)" }
}

/// A strict RFC 8259 syntax check over UTF-8 bytes, the first of the two passes
/// of `AnnotationCoding.decode` (the second, `JSONReader`, reads the values).
/// Written for what JSONDecoder on Linux does not give: the line and column of a
/// syntax error ("The given data was not valid JSON" is all it says). It builds
/// nothing, so it runs at a few hundred MB/s; and it notes where the top-level
/// `version` value is, so the version can be checked before anything else. A
/// leading UTF-8 byte order mark is skipped.
public struct JSONSyntax {
    static let maxDepth = 512

    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0
    /// Offsets of the containers and string being read, for "not closed" messages.
    private var open: [Int] = []
    /// Where the value of the top-level key "version" starts.
    private var versionAt: Int?

    private init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    /// Checks `bytes`; returns the offset of the top-level "version" value, if any.
    public static func check(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> Int? {
        var p = JSONSyntax(bytes)
        try p.document()
        return p.versionAt
    }

    /// Where the text starts: after a byte order mark.
    public static func start(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
    }

    private mutating func document() throws(JSONSyntaxError) {
        i = JSONSyntax.start(b)
        skipSpace()
        if i == b.count { throw fail(at: i, "there is no JSON value (the file is empty or only white space)") }
        try value(depth: 0)
        skipSpace()
        if i < b.count { throw fail(at: i, "unexpected \(describe(at: i)) after the end of the JSON value") }
    }

    // MARK: Values

    private mutating func value(depth: Int) throws(JSONSyntaxError) {
        guard i < b.count else { throw endOfFile() }
        switch b[i] {
        case 0x7B: try object(depth: depth + 1)
        case 0x5B: try array(depth: depth + 1)
        case 0x22: try string()
        case 0x2D, 0x30...0x39: try number()
        case 0x74: try literal("true")
        case 0x66: try literal("false")
        case 0x6E: try literal("null")
        case 0x7D, 0x5D:
            throw fail(at: i, "unexpected \(describe(at: i)): expected a value (a comma too many?)")
        default:
            throw fail(at: i, "unexpected \(describe(at: i)): expected a value (an object, array, string in double quotes, number, true, false or null)")
        }
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) {
        let start = i
        if depth > JSONSyntax.maxDepth { throw fail(at: i, "nested more than \(JSONSyntax.maxDepth) levels deep") }
        open.append(start)
        i += 1
        skipSpace()
        if i < b.count && b[i] == 0x7D { i += 1; open.removeLast(); return }
        while true {
            skipSpace()
            guard i < b.count else { throw endOfFile() }
            guard b[i] == 0x22 else {
                let hint = b[i] == 0x7D ? " (a comma too many before it?)" : " (keys are in double quotes)"
                throw fail(at: i, "unexpected \(describe(at: i)): expected a key\(hint)")
            }
            let keyStart = i
            let escaped = try string()
            let key = depth == 1 || escaped ? JSONStrings.decode(b, at: keyStart).0 : ""
            if depth == 1 && key == "version" && versionAt == nil {
                skipSpace()
                if i < b.count && b[i] == 0x3A { var j = i + 1; skip(&j); versionAt = j }
            }
            skipSpace()
            guard i < b.count else { throw endOfFile() }
            guard b[i] == 0x3A else { throw fail(at: i, "unexpected \(describe(at: i)): expected ':' after the key \"\(key)\"") }
            i += 1
            skipSpace()
            try value(depth: depth)
            skipSpace()
            guard i < b.count else { throw endOfFile() }
            if b[i] == 0x2C { i += 1; continue }
            if b[i] == 0x7D { i += 1; break }
            let (l, c) = position(of: start)
            throw fail(at: i, "unexpected \(describe(at: i)): expected ',' or '}' (in the object opened at line \(l), column \(c))")
        }
        open.removeLast()
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) {
        let start = i
        if depth > JSONSyntax.maxDepth { throw fail(at: i, "nested more than \(JSONSyntax.maxDepth) levels deep") }
        open.append(start)
        i += 1
        skipSpace()
        if i < b.count && b[i] == 0x5D { i += 1; open.removeLast(); return }
        while true {
            skipSpace()
            try value(depth: depth)
            skipSpace()
            guard i < b.count else { throw endOfFile() }
            if b[i] == 0x2C { i += 1; continue }
            if b[i] == 0x5D { i += 1; break }
            let (l, c) = position(of: start)
            throw fail(at: i, "unexpected \(describe(at: i)): expected ',' or ']' (in the array opened at line \(l), column \(c))")
        }
        open.removeLast()
    }

    /// A string; `i` is on its opening quote, and ends after the closing one.
    /// Returns whether it has escapes.
    @discardableResult
    private mutating func string() throws(JSONSyntaxError) -> Bool {
        open.append(i)
        i += 1
        var escaped = false
        while true {
            guard i < b.count else { throw endOfFile() }
            let c = b[i]
            if c == 0x22 { break }
            if c == 0x5C {
                escaped = true
                try escape()
                continue
            }
            if c < 0x20 {
                if c == 0x0A || c == 0x0D { throw fail(at: i, "a line break inside a string (a closing quote missing?)") }
                throw fail(at: i, "\(describe(at: i)) inside a string must be written as an escape (\\u00xx)")
            }
            if c < 0x80 { i += 1; continue }
            guard let length = utf8Length(at: i) else { throw fail(at: i, "invalid UTF-8 (byte 0x\(String(c, radix: 16, uppercase: true)))") }
            i += length
        }
        i += 1
        open.removeLast()
        return escaped
    }

    /// An escape; `i` is on the backslash, and ends after the escape.
    private mutating func escape() throws(JSONSyntaxError) {
        let at = i
        i += 1
        guard i < b.count else { throw endOfFile() }
        let c = b[i]
        i += 1
        switch c {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66,
             0x6E, 0x72, 0x74:
            break
        case 0x75:
            let code = try hex4(escapeAt: at)
            if code >= 0xD800 && code < 0xDC00 {
                guard i + 1 < b.count, b[i] == 0x5C, b[i + 1] == 0x75 else {
                    throw fail(at: at, "\\u\(hexText(code)) is half of a surrogate pair without its other half")
                }
                let second = i
                i += 2
                let low = try hex4(escapeAt: second)
                guard low >= 0xDC00 && low < 0xE000 else {
                    throw fail(at: at, "\\u\(hexText(code)) is half of a surrogate pair without its other half")
                }
            } else if code >= 0xDC00 && code < 0xE000 {
                throw fail(at: at, "\\u\(hexText(code)) is half of a surrogate pair without its other half")
            }
        default:
            throw fail(at: at, "unknown escape \\\(describe(at: at + 1, quoted: false)) (the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
        }
    }

    private mutating func hex4(escapeAt at: Int) throws(JSONSyntaxError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard i < b.count else { throw endOfFile() }
            let c = b[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            default: throw fail(at: at, "\\u must be followed by four hexadecimal digits")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    private func hexText(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    private mutating func number() throws(JSONSyntaxError) {
        if b[i] == 0x2D {
            i += 1
            guard i < b.count, isDigit(b[i]) else { throw fail(at: i, "a '-' must be followed by a digit") }
        }
        if b[i] == 0x30 {
            i += 1
        } else {
            while i < b.count && isDigit(b[i]) { i += 1 }
        }
        if i < b.count && b[i] == 0x2E {
            i += 1
            guard i < b.count, isDigit(b[i]) else { throw fail(at: i, "a '.' in a number must be followed by a digit") }
            while i < b.count && isDigit(b[i]) { i += 1 }
        }
        if i < b.count && (b[i] == 0x65 || b[i] == 0x45) {
            i += 1
            if i < b.count && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
            guard i < b.count, isDigit(b[i]) else { throw fail(at: i, "an exponent in a number must have digits") }
            while i < b.count && isDigit(b[i]) { i += 1 }
        }
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let start = i
        let ok = word.withUTF8Buffer { w in
            guard i + w.count <= b.count else { return false }
            for k in 0..<w.count where b[i + k] != w[k] { return false }
            return true
        }
        guard ok else {
            throw fail(at: start, "unexpected \(describe(at: start)): expected a value (did you mean \(word)? strings need double quotes)")
        }
        i += word.utf8CodeUnitCount
    }

    private mutating func skipSpace() { skip(&i) }

    private func skip(_ j: inout Int) { j = JSONSyntax.skippingSpace(b, from: j) }

    // MARK: Bytes, shared with JSONTree and the annotation file's JSONReader

    /// JSON's white space: space, line feed, carriage return, tab.
    @inlinable public static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    /// What ends a number or a literal: a comma, a closing bracket or brace, white space.
    @inlinable public static func isDelimiter(_ c: UInt8) -> Bool { c == 0x2C || c == 0x7D || c == 0x5D || isSpace(c) }

    /// The offset of the first byte at or after `j` that is not white space.
    @inlinable public static func skippingSpace(_ b: UnsafeBufferPointer<UInt8>, from j: Int) -> Int {
        var j = j
        while j < b.count, isSpace(b[j]) { j += 1 }
        return j
    }

    /// The length of the valid UTF-8 sequence of a non-ASCII scalar at `k`, or nil.
    private func utf8Length(at k: Int) -> Int? {
        let c0 = b[k]
        func cont(_ j: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool { j < b.count && b[j] >= lo && b[j] <= hi }
        switch c0 {
        case 0xC2...0xDF: return cont(k + 1) ? 2 : nil
        case 0xE0: return cont(k + 1, 0xA0) && cont(k + 2) ? 3 : nil
        case 0xED: return cont(k + 1, 0x80, 0x9F) && cont(k + 2) ? 3 : nil
        case 0xE1...0xEF: return cont(k + 1) && cont(k + 2) ? 3 : nil
        case 0xF0: return cont(k + 1, 0x90) && cont(k + 2) && cont(k + 3) ? 4 : nil
        case 0xF1...0xF3: return cont(k + 1) && cont(k + 2) && cont(k + 3) ? 4 : nil
        case 0xF4: return cont(k + 1, 0x80, 0x8F) && cont(k + 2) && cont(k + 3) ? 4 : nil
        default: return nil
        }
    }

    // MARK: Errors

    private func endOfFile() -> JSONSyntaxError {
        guard let last = open.last else { return fail(at: b.count, "the file ends before the JSON value is complete") }
        let (l, c) = position(of: last)
        let what: String
        switch b[last] {
        case 0x7B: what = "the object opened"
        case 0x5B: what = "the array opened"
        default: what = "the string that starts"
        }
        return fail(at: b.count, "the file ends before \(what) at line \(l), column \(c) is closed (a truncated file?)")
    }

    private func fail(at offset: Int, _ message: String) -> JSONSyntaxError {
        let (l, c) = position(of: offset)
        return JSONSyntaxError(line: l, column: c, message: message)
    }

    /// 1-based line and column of byte `offset`; columns count scalars.
    private func position(of offset: Int) -> (Int, Int) {
        var line = 1, column = 1
        for k in 0..<min(offset, b.count) {
            let c = b[k]
            if c == 0x0A { line += 1; column = 1 } else if c & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// "'x'", "U+0001", "'é'" for the character at `k`, or "the end of the file".
    private func describe(at k: Int, quoted: Bool = true) -> String {
        guard k < b.count else { return "the end of the file" }
        let c = b[k]
        if c >= 0x21 && c < 0x7F { return quoted ? "'\(Character(Unicode.Scalar(c)))'" : String(Character(Unicode.Scalar(c))) }
        if c < 0x80 { return "U+\(hexText(UInt32(c)))" }
        if let n = utf8Length(at: k), let s = String(validating: UnsafeBufferPointer(rebasing: b[k..<k + n]), as: UTF8.self) {
            return quoted ? "'\(s)'" : s
        }
        return "byte 0x\(String(c, radix: 16, uppercase: true)) (not UTF-8)"
    }
}
