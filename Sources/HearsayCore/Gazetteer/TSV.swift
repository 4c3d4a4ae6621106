/// The gazetteer's file format: TAB-separated fields, `|`-separated lists,
/// `#` comments and blank lines ignored (Data/gazetteer/README.md).
enum TSV {
    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            return trimmed.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmingSpaces()
            }
        }
    }

    static func list(_ field: String) -> [String] {
        field.split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    static func field(_ row: [String], _ k: Int) -> String { k < row.count ? row[k] : "" }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return String(s)
    }
}
