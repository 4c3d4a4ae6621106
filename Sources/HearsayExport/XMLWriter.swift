/// A tiny XML builder for the exporters: elements, attributes and text, with the
/// escaping done in one place. Characters XML 1.0 forbids (most C0 controls,
/// U+FFFE, U+FFFF) become U+FFFD, one scalar for one, so code-point offsets
/// into escaped text stay what they were.
///
/// Layout: children of an element are indented on their own lines unless the
/// element is *mixed* (opened with `mixed: true`, or given text before any child);
/// inside mixed content nothing but the given text is written, so no whitespace
/// is added to running text (TEI paragraphs).
public struct XMLWriter: Sendable {
    public private(set) var output: String
    private var stack: [(name: String, mixed: Bool, children: Bool, content: Bool)] = []
    private let indentUnit: String

    /// Starts a document, with the `<?xml …?>` declaration unless `declaration` is false.
    public init(declaration: Bool = true, indent: String = "  ") {
        output = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        indentUnit = indent
    }

    /// Opens `<name a="v" …>`. Attributes with a nil value are left out.
    public mutating func open(_ name: String, _ attributes: [(String, String?)] = [], mixed: Bool = false) {
        startTag(name, attributes)
        output += ">"
        stack.append((name, mixed, false, false))
    }

    /// Writes `<name a="v"/>`.
    public mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        startTag(name, attributes)
        output += "/>"
    }

    /// Writes `<name …>text</name>` (mixed: the text is written as given).
    public mutating func element(_ name: String, _ attributes: [(String, String?)] = [], text: String) {
        open(name, attributes, mixed: true)
        self.text(text)
        close()
    }

    /// Writes escaped character data into the open element (which becomes mixed).
    public mutating func text(_ string: String) {
        guard !string.isEmpty else { return }
        if !stack.isEmpty {
            stack[stack.count - 1].mixed = true
            stack[stack.count - 1].content = true
        }
        output += XMLWriter.escape(string)
    }

    /// Closes the innermost open element (`<name …/>` when nothing was written in it).
    public mutating func close() {
        guard let top = stack.popLast() else { return }
        if !top.content {
            // Nothing inside: `<name …/>`.
            output.removeLast()
            output += "/>"
            return
        }
        if top.children && !top.mixed { newline() }
        output += "</" + top.name + ">"
    }

    /// Closes everything still open and returns the document.
    public mutating func finish() -> String {
        while !stack.isEmpty { close() }
        if !output.hasSuffix("\n") { output += "\n" }
        return output
    }

    private mutating func startTag(_ name: String, _ attributes: [(String, String?)]) {
        if !stack.isEmpty {
            let parentMixed = stack[stack.count - 1].mixed
            stack[stack.count - 1].children = true
            stack[stack.count - 1].content = true
            if !parentMixed { newline() }
        } else if !output.isEmpty && !output.hasSuffix("\n") {
            output += "\n"
        }
        output += "<" + name
        for (key, value) in attributes {
            guard let value else { continue }
            output += " " + key + "=\"" + XMLWriter.escape(value, attribute: true) + "\""
        }
    }

    private mutating func newline() {
        output += "\n"
        for _ in 0..<stack.count { output += indentUnit }
    }

    /// Whether XML 1.0 allows `s` in a document (Char production).
    public static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: return true
        case 0..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// `string` escaped for character data, or for a double-quoted attribute value
    /// (where tab and line breaks are written as character references so a parser's
    /// attribute-value normalisation keeps them). Forbidden characters become U+FFFD;
    /// a carriage return is always written `&#13;` so line-end normalisation keeps it.
    public static func escape(_ string: String, attribute: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        func add(_ s: String) { out.append(contentsOf: s.unicodeScalars) }
        for s in string.unicodeScalars {
            switch s {
            case "&": add("&amp;")
            case "<": add("&lt;")
            case ">": add("&gt;")
            case "\"": add("&quot;")
            case "'": add("&apos;")
            case "\r": add("&#13;")
            case "\n" where attribute: add("&#10;")
            case "\t" where attribute: add("&#9;")
            default: out.append(isAllowed(s) ? s : "\u{FFFD}")
            }
        }
        return String(out)
    }
}
