/// Decoding of JSON string literals, shared by the syntax check, the annotation
/// file reader and `JSONTree`.
public enum JSONStrings {
    /// The value of the string whose opening quote is at `k`, and the offset after it.
    public static func decode(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> (String, Int) {
        var out: [UInt8] = []
        var j = k + 1
        var run = j
        func hex4(_ at: Int) -> UInt32 {
            var v: UInt32 = 0
            for p in at..<at + 4 {
                let c = b[p]
                let d: UInt8 = c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10
                v = v << 4 | UInt32(d)
            }
            return v
        }
        while true {
            let c0 = b[j]
            if c0 == 0x22 { break }
            guard c0 == 0x5C else { j += 1; continue }
            if out.isEmpty { out.reserveCapacity(2 * (j - run) + 16) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<j]))
            let c = b[j + 1]
            j += 2
            switch c {
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var code = hex4(j)
                j += 4
                if code >= 0xD800 && code < 0xDC00 {
                    let low = hex4(j + 2)
                    j += 6
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                UTF8.encode(Unicode.Scalar(code) ?? "\u{FFFD}") { out.append($0) }
            default: out.append(c)   // " \ /
            }
            run = j
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<j]))
        return (String(decoding: out, as: UTF8.self), j + 1)
    }
}
