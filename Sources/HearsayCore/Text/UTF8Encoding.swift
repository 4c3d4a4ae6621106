/// A scalar's value as UTF-8, written straight into a buffer: for the text's
/// own output (`encodeUTF8`) and for the JSON writer's (`JSONText`).
public enum UTF8Encoding {
    /// Writes the 1 to 4 bytes of scalar value `v` at `p`; returns how many.
    @inlinable @inline(__always)
    public static func encode(_ v: UInt32, into p: UnsafeMutablePointer<UInt8>) -> Int {
        if v < 0x80 { p[0] = UInt8(truncatingIfNeeded: v); return 1 }
        if v < 0x800 {
            p[0] = 0xC0 | UInt8(truncatingIfNeeded: v >> 6)
            p[1] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
            return 2
        }
        if v < 0x10000 {
            p[0] = 0xE0 | UInt8(truncatingIfNeeded: v >> 12)
            p[1] = 0x80 | UInt8(truncatingIfNeeded: v >> 6 & 0x3F)
            p[2] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
            return 3
        }
        p[0] = 0xF0 | UInt8(truncatingIfNeeded: v >> 18)
        p[1] = 0x80 | UInt8(truncatingIfNeeded: v >> 12 & 0x3F)
        p[2] = 0x80 | UInt8(truncatingIfNeeded: v >> 6 & 0x3F)
        p[3] = 0x80 | UInt8(truncatingIfNeeded: v & 0x3F)
        return 4
    }
}
