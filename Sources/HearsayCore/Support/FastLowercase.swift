extension String {
    /// `lowercased()`, with ASCII text (most of it) lower-cased byte by byte:
    /// the standard library reads its Unicode tables for every scalar, about
    /// 4,000 instructions for a 30-letter speaker description.
    func lowercasedFast() -> String {
        var text = self
        let ascii = text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard bytes.contains(where: { $0 &- 0x41 < 26 }) else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for k in bytes.indices { out[k] = bytes[k] &- 0x41 < 26 ? bytes[k] | 0x20 : bytes[k] }
                return bytes.count
            }
        }
        return ascii ?? lowercased()
    }
}
