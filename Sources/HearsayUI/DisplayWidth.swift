/// Terminal cells per scalar, the way glibc's `wcwidth` counts them in a UTF-8
/// locale (ncurses advances its cursor by exactly that): combining marks and
/// format characters 0, East Asian wide and emoji 2, everything else 1.
///
/// It is a pure table rather than a call to `wcwidth`, because `wcwidth`
/// depends on the process locale and the UI layer must give the same answer in
/// tests, in `hearsay render` and on screen. A test compares it with glibc.
public enum DisplayWidth {
    /// 0, 1 or 2. Control characters are 1: they are drawn as placeholders (see `visible`).
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return 1 }   // ASCII, Latin-1, Latin Extended: the common case
        if isZeroWidth(v, s) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Cells for a whole string (the sum over its scalars, as ncurses counts).
    public static func of(_ text: some StringProtocol) -> Int {
        var n = 0
        for s in text.unicodeScalars { n += of(visible(s) ?? s) }
        return n
    }

    /// The scalar to draw instead of `s` when `s` must never reach the terminal
    /// (C0 and C1 controls, DEL, and the bidirectional overrides that would reorder
    /// the screen), or nil when `s` is safe. C0 controls become their Control
    /// Pictures (ESC → ␛), so a reader sees what the article contains.
    public static func visible(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) }
        if v == 0x7F { return "\u{2421}" }
        if v < 0x80 { return nil }
        if v < 0xA0 { return "\u{FFFD}" }
        switch v {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return "\u{FFFD}"
        case 0x2028, 0x2029: return "\u{2424}"
        default: return nil
        }
    }

    static func isZeroWidth(_ v: UInt32, _ s: Unicode.Scalar) -> Bool {
        switch v {
        case 0x200B...0x200D, 0x2060...0x2064, 0xFE00...0xFE0F, 0xFEFF, 0xE0100...0xE01EF, 0x1160...0x11FF,
             0xD7B0...0xD7FF, 0x1171E:
            return true
        // Prepended concatenation marks are format characters that glibc draws one cell wide.
        case 0x600...0x605, 0x6DD, 0x70F, 0x890...0x891, 0x8E2, 0x110BD, 0x110CD:
            return false
        default:
            break
        }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
             0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
             0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4DC0...0x4DFF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CD5, 0x18D00...0x18D08,
             0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE,
             0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202,
             0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
             0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
             0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E,
             0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
             0x1F57A, 0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC,
             0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
             0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
             0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
