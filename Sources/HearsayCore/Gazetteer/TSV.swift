/// The gazetteer's file format: TAB-separated fields, `|`-separated lists,
/// `#` comments and blank lines ignored (Data/gazetteer/README.md).
///
/// Parsed over UTF-8 bytes: splitting a `String` by `Character` runs grapheme
/// breaking on every byte, which made loading the gazetteer most of a small
/// file's analysis time.
enum TSV {
    static func rows(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes -> [[String]] in
            var rows: [[String]] = []
            var lineStart = 0
            let n = bytes.count
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var end = lineEnd
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                if end > lineStart, bytes[lineStart] != UInt8(ascii: "#") {
                    var fields: [String] = []
                    var fieldStart = lineStart
                    for k in lineStart...end where k == end || bytes[k] == 0x09 {
                        fields.append(trimmed(bytes, fieldStart, k))
                        fieldStart = k + 1
                    }
                    rows.append(fields)
                }
                lineStart = lineEnd + 1
            }
            return rows
        }
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var s = start, e = end
        while s < e, bytes[s] == 0x20 { s += 1 }
        while e > s, bytes[e - 1] == 0x20 { e -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
    }

    static func list(_ field: String) -> [String] {
        guard !field.isEmpty else { return [] }
        return field.utf8.split(separator: UInt8(ascii: "|")).map { part in
            String(decoding: part, as: UTF8.self).trimmingSpaces()
        }.filter { !$0.isEmpty }
    }

    static func field(_ row: [String], _ k: Int) -> String { k < row.count ? row[k] : "" }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self).utf8[...]
        while let f = s.first, f == 0x20 { s = s.dropFirst() }
        while let l = s.last, l == 0x20 { s = s.dropLast() }
        return String(decoding: s, as: UTF8.self)
    }
}
