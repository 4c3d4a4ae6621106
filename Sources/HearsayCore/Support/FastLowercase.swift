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
                    out.append(asciiLowered(b))
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

    /// Whether `lowercasedFast()` of the two is the same, with no string made
    /// when both are ASCII (names and aliases, asked for every new alias).
    func equalsLowercased(_ other: String) -> Bool {
        var a = self, b = other
        let ascii: Bool? = a.withUTF8 { x in
            b.withUTF8 { y in
                guard x.count == y.count else { return x.allSatisfy({ $0 < 0x80 }) && y.allSatisfy({ $0 < 0x80 }) ? false : nil }
                for i in 0..<x.count {
                    let p = x[i], q = y[i]
                    guard p < 0x80, q < 0x80 else { return nil }
                    if asciiLowered(p) != asciiLowered(q) { return false }
                }
                return true
            }
        }
        return ascii ?? (lowercasedFast() == other.lowercasedFast())
    }
}

/// An ASCII byte lower-cased (A–Z by a bit), any other as it is.
@inline(__always)
private func asciiLowered(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
