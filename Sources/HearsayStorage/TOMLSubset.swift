import HearsayCore

/// The part of TOML a configuration file needs: `[table]` headers, `key = value`
/// lines, comments, and values that are strings ("basic" with escapes, or
/// 'literal'), integers or booleans. What else TOML has (arrays, inline tables,
/// dates, floats) is reported as not supported here, with its line, rather than
/// guessed at. Written by hand so every problem has a line number and the file's
/// other lines still apply (see `Config`).
public enum TOMLSubset {
    public enum Value: Equatable, Sendable {
        case string(String)
        case integer(Int)
        case bool(Bool)

        public var kind: String {
            switch self {
            case .string: return "a string"
            case .integer: return "a whole number"
            case .bool: return "true or false"
            }
        }
    }

    public struct Entry: Equatable, Sendable {
        /// The table the key is in ("" before any header).
        public var table: String
        public var key: String
        public var value: Value
        public var line: Int
    }

    public struct Problem: Equatable, Sendable {
        public var line: Int
        public var message: String
    }

    public static func parse(_ text: String) -> (entries: [Entry], problems: [Problem]) {
        var entries: [Entry] = []
        var problems: [Problem] = []
        var table = ""
        for (index, raw) in text.textLines().enumerated() {
            let number = index + 1
            var line = Substring(raw)
            if line.last == "\r" { line = line.dropLast() }
            line = trimmed(line)
            if line.isEmpty || line.first == "#" { continue }
            if line.first == "[" {
                guard let close = line.firstIndex(of: "]") else {
                    problems.append(Problem(line: number, message: "a table header needs its closing ]"))
                    continue
                }
                let rest = trimmed(line[line.index(after: close)...])
                guard rest.isEmpty || rest.first == "#" else {
                    problems.append(Problem(line: number, message: "unexpected text after the table header"))
                    continue
                }
                let name = trimmed(line[line.index(after: line.startIndex)..<close])
                guard isBareKey(name) else {
                    problems.append(Problem(line: number, message: "a table name is letters, digits, - and _ (found \"\(name)\")"))
                    continue
                }
                table = String(name)
                continue
            }
            guard let eq = line.firstIndex(of: "=") else {
                problems.append(Problem(line: number, message: "expected `key = value`"))
                continue
            }
            let key = trimmed(line[..<eq])
            guard isBareKey(key) else {
                problems.append(Problem(line: number, message: "a key is letters, digits, - and _ (found \"\(key)\")"))
                continue
            }
            switch value(trimmed(line[line.index(after: eq)...])) {
            case .success(let v): entries.append(Entry(table: table, key: String(key), value: v, line: number))
            case .failure(let p): problems.append(Problem(line: number, message: p.message))
            }
        }
        return (entries, problems)
    }

    struct Failure: Error { var message: String }

    /// A value and what may follow it on its line (white space, a comment).
    static func value(_ text: Substring) -> Result<Value, Failure> {
        guard let first = text.first else { return .failure(Failure(message: "a value is missing after =")) }
        var rest: Substring
        let v: Value
        switch first {
        case "\"":
            guard case .success(let (s, after)) = basicString(text) else {
                return .failure(Failure(message: "a string in double quotes is not closed (or has a bad escape)"))
            }
            v = .string(s)
            rest = after
        case "'":
            let body = text.dropFirst()
            guard let close = body.firstIndex(of: "'") else { return .failure(Failure(message: "a string in single quotes is not closed")) }
            v = .string(String(body[..<close]))
            rest = body[body.index(after: close)...]
        case "[", "{":
            return .failure(Failure(message: "arrays and inline tables are not used in this file"))
        default:
            let end = text.firstIndex { $0 == " " || $0 == "\t" || $0 == "#" } ?? text.endIndex
            let word = text[..<end]
            rest = text[end...]
            if word == "true" { v = .bool(true) }
            else if word == "false" { v = .bool(false) }
            else if let n = Int(String(word.filter { $0 != "_" })), word.first != "_", word.last != "_" { v = .integer(n) }
            else { return .failure(Failure(message: "\"\(word)\" is not a value: strings go in quotes, e.g. \"\(word)\"")) }
        }
        rest = trimmed(rest)
        guard rest.isEmpty || rest.first == "#" else { return .failure(Failure(message: "unexpected text after the value")) }
        return .success(v)
    }

    /// A basic string from its opening quote: the value and the text after the closing quote.
    static func basicString(_ text: Substring) -> Result<(String, Substring), Failure> {
        var out = ""
        var i = text.index(after: text.startIndex)
        while i < text.endIndex {
            let c = text[i]
            if c == "\"" { return .success((out, text[text.index(after: i)...])) }
            if c == "\\" {
                i = text.index(after: i)
                guard i < text.endIndex else { break }
                switch text[i] {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "u", "U":
                    let count = text[i] == "u" ? 4 : 8
                    let digits = text[text.index(after: i)...].prefix(count)
                    guard digits.count == count, let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else {
                        return .failure(Failure(message: "bad \\u escape"))
                    }
                    out.unicodeScalars.append(scalar)
                    i = text.index(i, offsetBy: count)
                default: return .failure(Failure(message: "bad escape"))
                }
            } else {
                out.append(c)
            }
            i = text.index(after: i)
        }
        return .failure(Failure(message: "not closed"))
    }

    static func isBareKey(_ s: Substring) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    static func trimmed(_ s: Substring) -> Substring {
        var s = s
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
