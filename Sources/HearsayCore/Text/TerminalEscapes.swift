/// Terminal escape sequences inside a text: colour codes (`ESC [ 31 m`), window
/// titles and links (`ESC ] … BEL`), and the short ones (`ESC ( B`).
///
/// Why: an article copied from a terminal or piped through a colourising tool
/// carries them, and the analysis read "ESC [ 0m said" as a person called "0m"
/// who said the quotation. They are not text: the analyzers read them as white
/// space, as they read a Markdown article's hidden markup, and the offsets stay
/// the file's. (The reader still shows them, as `␛[31m`, so the user sees
/// what the file holds; see decision 20.)
public enum TerminalEscapes {
    static let escape: UInt32 = 0x1B
    /// An OSC sequence with no terminator ends at the line's end or after this many scalars.
    static let longestCommand = 4_096

    /// The escape sequences of `text`, in order. Texts without ESC (nearly all)
    /// cost one `memchr` when narrow.
    public static func ranges(in text: ScalarText) -> [TextRange] {
        guard text.containsEscape else { return [] }
        return text.withUnsafeStorage(narrow: { ranges(in: $0) }, wide: { ranges(in: $0) })
    }

    static func ranges<S: ScalarBuffer>(in s: S) -> [TextRange] {
        var found: [TextRange] = []
        var i = 0
        while i < s.count {
            guard s.rawValue(i) == escape else { i += 1; continue }
            let end = sequenceEnd(s, from: i, limit: s.count)
            found.append(TextRange(i, end))
            i = end
        }
        return found
    }

    /// The end (exclusive) of the escape sequence that starts at `start` (an ESC).
    static func sequenceEnd<S: ScalarBuffer>(_ s: S, from start: Int, limit: Int) -> Int {
        var i = start + 1
        guard i < limit else { return i }
        switch s.rawValue(i) {
        case 0x5B:   // "[": CSI, parameters 0x30–0x3F, intermediates 0x20–0x2F, a final 0x40–0x7E
            i += 1
            while i < limit, (0x30...0x3F).contains(s.rawValue(i)) { i += 1 }
            while i < limit, (0x20...0x2F).contains(s.rawValue(i)) { i += 1 }
            if i < limit, (0x40...0x7E).contains(s.rawValue(i)) { i += 1 }
            return i
        case 0x5D, 0x50, 0x5F, 0x5E:   // "]" OSC, "P" DCS, "_" APC, "^" PM: up to BEL or ESC \
            i += 1
            let stop = min(limit, start + longestCommand)
            while i < stop {
                let v = s.rawValue(i)
                if v == 0x07 { return i + 1 }
                if v == escape { return i + 1 < limit && s.rawValue(i + 1) == 0x5C ? i + 2 : i }
                if v == 0x0A { return i }
                i += 1
            }
            return i
        default:   // ESC, intermediates 0x20–0x2F, a final 0x30–0x7E: "ESC ( B", "ESC 7", "ESC c"
            while i < limit, (0x20...0x2F).contains(s.rawValue(i)) { i += 1 }
            if i < limit, (0x30...0x7E).contains(s.rawValue(i)) { i += 1 }
            return i
        }
    }
}

extension ScalarText {
    /// Whether any scalar is ESC.
    var containsEscape: Bool {
        if isNarrow { return bytes.withUnsafeBufferPointer { ByteSearch.contains(0x1B, in: $0) } }
        return contains { $0.value == TerminalEscapes.escape }
    }
}
