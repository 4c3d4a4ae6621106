/// Key notation as users write it in keymap files, key scripts and the help
/// overlay, vim-style: `j`, `]q`, `<C-d>`, `<Space>`, `<PageDown>`, `<F1>`.
public enum KeySpec {
    static let named: [(String, Key)] = [
        ("Enter", .enter), ("CR", .enter), ("Tab", .tab), ("S-Tab", .backTab), ("Esc", .escape),
        ("BS", .backspace), ("Backspace", .backspace), ("Del", .delete), ("Insert", .insert),
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PageUp", .pageUp), ("PageDown", .pageDown), ("Home", .home), ("End", .end),
        ("Space", .char(" ")), ("lt", .char("<")), ("Bar", .char("|")),
    ]

    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var spec: String
        public var reason: String
        public var description: String { "bad key \"\(spec)\": \(reason)" }
    }

    /// The keys of a spec: "]q" is two keys, "<C-d>" one.
    public static func parse(_ spec: String) throws(ParseError) -> [Key] {
        var keys: [Key] = []
        var scalars = Substring(spec).unicodeScalars[...]
        while let first = scalars.first {
            if first == "<", let close = scalars.firstIndex(of: ">"), close > scalars.index(after: scalars.startIndex) {
                let name = String(scalars[scalars.index(after: scalars.startIndex)..<close])
                keys.append(try key(named: name, in: spec))
                scalars = scalars[scalars.index(after: close)...]
            } else {
                keys.append(.char(first))
                scalars = scalars.dropFirst()
            }
        }
        if keys.isEmpty { throw ParseError(spec: spec, reason: "empty") }
        return keys
    }

    static func key(named name: String, in spec: String) throws(ParseError) -> Key {
        if let k = named.first(where: { $0.0.lowercased() == name.lowercased() })?.1 { return k }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), name.unicodeScalars.count == 3, let letter = name.unicodeScalars.last,
           letter.properties.isASCIIHexDigit || ("a"..."z").contains(Character(letter)) || ("A"..."Z").contains(Character(letter)) {
            return .ctrl(Unicode.Scalar(letter.value | 0x20)!)
        }
        if lower.hasPrefix("f"), let n = Int(name.dropFirst()), (1...24).contains(n) { return .function(n) }
        throw ParseError(spec: spec, reason: "unknown key name <\(name)>")
    }

    /// The notation of a key sequence, as a keymap file writes it (and
    /// `parse` reads it back): "<" is `<lt>` there, since it starts a key name.
    public static func format(_ keys: [Key]) -> String {
        keys.map(format).joined()
    }

    /// A key sequence for people to read (help, status line, key table): as
    /// `format`, except that "<" is shown as itself; in a list of keys such
    /// as "> < ]q" no one reads it as the start of a key name.
    public static func label(_ keys: [Key]) -> String {
        keys.map { $0 == .char("<") ? "<" : format($0) }.joined()
    }

    public static func format(_ key: Key) -> String {
        switch key {
        case .char(" "): return "<Space>"
        case .char("<"): return "<lt>"
        case .char(let s) where s.value < 0x20: return "<C-\(Character(Unicode.Scalar(s.value | 0x60)!))>"
        case .char(let s): return String(s)
        case .function(let n): return "<F\(n)>"
        default:
            return "<" + (named.first { $0.1 == key }?.0 ?? "?") + ">"
        }
    }
}
