/// A minimal in-memory ZIP writer: "stored" entries (no compression) with CRC-32,
/// local headers, the central directory and the end record. Every entry carries
/// the same fixed DOS time (1980-01-01 00:00), so the same entries give the same
/// bytes. Names are UTF-8 (general-purpose flag bit 11). No ZIP64: entries and the
/// archive must stay under 4 GiB.
public struct ZipWriter: Sendable {
    private var data: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    public init() {}

    /// 1980-01-01 00:00:00 in MS-DOS date/time form.
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    static let dosTime: UInt16 = 0

    public mutating func add(_ name: String, _ bytes: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = ZipWriter.crc32(bytes)
        let offset = UInt32(data.count)
        let size = UInt32(bytes.count)
        // Local file header.
        put32(&data, 0x0403_4b50)
        put16(&data, 10)            // version needed: 1.0 (stored)
        put16(&data, 0x0800)        // flags: UTF-8 names
        put16(&data, 0)             // method: stored
        put16(&data, ZipWriter.dosTime)
        put16(&data, ZipWriter.dosDate)
        put32(&data, crc)
        put32(&data, size)
        put32(&data, size)
        put16(&data, UInt16(nameBytes.count))
        put16(&data, 0)             // extra length
        data += nameBytes
        data += bytes
        // Central directory header.
        put32(&central, 0x0201_4b50)
        put16(&central, 0x031E)     // made by: Unix, spec 3.0
        put16(&central, 10)
        put16(&central, 0x0800)
        put16(&central, 0)
        put16(&central, ZipWriter.dosTime)
        put16(&central, ZipWriter.dosDate)
        put32(&central, crc)
        put32(&central, size)
        put32(&central, size)
        put16(&central, UInt16(nameBytes.count))
        put16(&central, 0)          // extra
        put16(&central, 0)          // comment
        put16(&central, 0)          // disk
        put16(&central, 0)          // internal attributes
        put32(&central, 0o100644 << 16) // external: regular file rw-r--r--
        put32(&central, offset)
        central += nameBytes
        count += 1
    }

    /// The archive: entries, central directory, end of central directory record.
    public func finish() -> [UInt8] {
        var out = data
        let cdOffset = UInt32(out.count)
        out += central
        put32(&out, 0x0605_4b50)
        put16(&out, 0)
        put16(&out, 0)
        put16(&out, UInt16(count))
        put16(&out, UInt16(count))
        put32(&out, UInt32(central.count))
        put32(&out, cdOffset)
        put16(&out, 0)              // comment length
        return out
    }

    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// CRC-32 (IEEE 802.3, as ZIP and gzip use it).
    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    private func put16(_ out: inout [UInt8], _ v: UInt16) {
        out.append(UInt8(v & 0xFF))
        out.append(UInt8(v >> 8))
    }

    private func put32(_ out: inout [UInt8], _ v: UInt32) {
        for shift in stride(from: 0, through: 24, by: 8) { out.append(UInt8((v >> UInt32(shift)) & 0xFF)) }
    }
}
