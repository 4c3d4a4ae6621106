import CNcursesw

/// Turns a cell's text into the wide characters ncurses gets for it.
///
/// ncurses stores one spacing character plus up to four combining ones per cell
/// (`cchar_t`, CCHARW_MAX = 5) and advances its cursor by glibc `wcwidth`. The
/// buffer was laid out by HearsayUI's own width table, so anything that would
/// make ncurses disagree with the grid is replaced here: unsafe scalars (see
/// `ControlScalars`), a base glibc cannot print or that is wider than its slot
/// (U+FFFD instead), a combining mark with nothing to sit on (put on a space),
/// and any second spacing scalar (dropped: it would move the cursor).
enum Glyph {
    /// Scalars written at most, plus the terminating 0 that `setcchar` needs.
    static let capacity = Int(CCHARW_MAX) + 1

    /// Writes the NUL-terminated scalars for `text` into `out` (room for `capacity`).
    /// `slotWidth` is 2 when the next cell is this one's continuation, else 1.
    /// Returns true when the drawn base is narrower than the slot, so the
    /// continuation cell must be painted (a space) or it would keep stale content.
    static func write(_ text: String, slotWidth: Int, into out: UnsafeMutablePointer<wchar_t>,
                      width: (UInt32) -> Int) -> Bool {
        var count = 0
        var baseWidth = 1
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if count == 0 {
                // Fast path: printable ASCII is always one cell.
                if v >= 0x20 && v < 0x7F { out[0] = wchar_t(v); count = 1; continue }
                if ControlScalars.isUnsafe(v) { out[0] = wchar_t(ControlScalars.replacement); count = 1; continue }
                let w = width(v)
                if w == 0 {
                    out[0] = 0x20; out[1] = wchar_t(bitPattern: v); count = 2
                } else if w < 0 || w > slotWidth {
                    out[0] = wchar_t(ControlScalars.replacement); count = 1
                } else {
                    out[0] = wchar_t(bitPattern: v); count = 1; baseWidth = w
                }
            } else {
                if count == capacity - 1 { break }
                if ControlScalars.isUnsafe(v) { continue }
                if width(v) != 0 { break }
                out[count] = wchar_t(bitPattern: v); count += 1
            }
        }
        if count == 0 { out[0] = 0x20; count = 1 }
        out[count] = 0
        return slotWidth == 2 && baseWidth < 2
    }

    /// The same as an array, for tests.
    static func scalars(_ text: String, slotWidth: Int = 1,
                        width: (UInt32) -> Int = glibcWidth) -> (scalars: [UInt32], padsContinuation: Bool) {
        let out = UnsafeMutablePointer<wchar_t>.allocate(capacity: capacity)
        defer { out.deallocate() }
        let pads = write(text, slotWidth: slotWidth, into: out, width: width)
        var result: [UInt32] = []
        var i = 0
        while out[i] != 0 { result.append(UInt32(bitPattern: out[i])); i += 1 }
        return (result, pads)
    }

    /// Cells ncurses advances for `v`: glibc `wcwidth` (locale-dependent, hence
    /// `TerminalLocale.ensureUTF8()` before any drawing). -1 means not printable.
    static func glibcWidth(_ v: UInt32) -> Int {
        Int(wcwidth(wchar_t(bitPattern: v)))
    }
}
