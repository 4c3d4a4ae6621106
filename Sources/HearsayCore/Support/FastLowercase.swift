extension String {
    /// `lowercased()`, which maps each scalar to its lower-case mapping, done
    /// over the UTF-8 without a `String` per scalar: ASCII letters by a bit,
    /// scalars that do not change by copying their bytes, and only the others
    /// through their mapping. The standard library's took about 4,000
    /// instructions for a 30-letter speaker description with one ’ in it.
    func lowercasedFast() -> String {
        var text = self
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    out.append(b &- 0x41 < 26 ? b | 0x20 : b)
                    i += 1
                    continue
                }
                let start = i
                let scalar = Unicode.Scalar(TextDecoding.scalar(bytes, at: &i)) ?? "\u{FFFD}"
                if scalar.properties.changesWhenLowercased {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    out.append(contentsOf: bytes[start..<i])
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
