/// Scalars that must never reach the terminal, whatever a cell contains.
///
/// A terminal acts on these instead of drawing them: C0 controls (ESC starts
/// sequences that set the title, colours, cursor or clipboard; BEL, BS, CR, LF
/// move or beep), DEL, and the C1 controls (U+0080–U+009F, which some terminals
/// treat as ESC-sequences in 8-bit form, e.g. U+009B = CSI). The bidirectional
/// overrides and isolates and the Unicode line/paragraph separators are added
/// because they can reorder or break the grid on terminals that honour them.
/// Article text is untrusted: `present` replaces these, it does not trust the
/// UI layer to have done so.
enum ControlScalars {
    /// Drawn instead of an unsafe scalar in the base position of a cell.
    static let replacement: UInt32 = 0xFFFD

    static func isUnsafe(_ v: UInt32) -> Bool {
        switch v {
        case 0x00..<0x20, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
