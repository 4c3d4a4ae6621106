/// The gazetteer's file format: TAB-separated fields, `|`-separated lists,
/// `#` comments and blank lines ignored (Data/gazetteer/README.md).
///
/// Read in place over the text's UTF-8: a row is its fields' byte ranges, and
/// list items are byte ranges found when asked for, so reading a file makes no
/// `String` but those the caller wants. (Splitting a `String` by `Character`
/// runs grapheme breaking on every byte; and most fields and list items are
/// names, wanted only as their words.)
enum TSV {
    /// One line of a file that is neither empty nor a comment.
    struct Row {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Each field's range, without the spaces around it.
        let fields: [Range<Int>]

        var count: Int { fields.count }

        /// Field `k`; empty when the row has fewer fields.
        func field(_ k: Int) -> Range<Int> { k < fields.count ? fields[k] : 0..<0 }

        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        func string(_ k: Int) -> String { string(field(k)) }

        /// The UTF-8 of field `k`.
        func utf8(_ k: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[field(k)]) }

        /// Field `k`, or nil when it is empty.
        func nonEmptyString(_ k: Int) -> String? {
            let range = field(k)
            return range.isEmpty ? nil : string(range)
        }

        /// Whether field `k` is `word`, byte for byte (the same as `String`'s `==`
        /// for the ASCII words asked about).
        func field(_ k: Int, is word: StaticString) -> Bool {
            word.withUTF8Buffer { bytes[field(k)].elementsEqual($0) }
        }

        /// The items of the list in field `k`, without the spaces around them;
        /// empty items are left out.
        func forEachItem(in k: Int, _ body: (Range<Int>) -> Void) {
            let list = field(k)
            var start = list.lowerBound
            while start < list.upperBound {
                let end = TSV.end(of: bytes, start..<list.upperBound, at: TSV.bar)
                let item = TSV.trimmed(bytes, start..<end)
                if !item.isEmpty { body(item) }
                start = end + 1
            }
        }

        /// The same as an array, for a list read twice.
        func items(in k: Int) -> [Range<Int>] {
            var items: [Range<Int>] = []
            forEachItem(in: k) { items.append($0) }
            return items
        }
    }

    /// At least the number of rows in `text` (each ends at a line break, or at
    /// the end), to make room for them beforehand.
    static func rowBound(_ text: String) -> Int { 1 + count(text) { marks($0, newline) } }

    /// At least the number of fields and list items in `text` (each ends at a
    /// TAB, `|` or line break, or at the end).
    static func itemBound(_ text: String) -> Int {
        1 + count(text) { marks($0, tab) | marks($0, bar) | marks($0, newline) }
    }

    /// How many bits `mark` sets in the words (8 bytes) of `text`: eight bytes at
    /// a time, as one read costs less than eight.
    @inline(__always)
    private static func count(_ text: String, _ mark: (UInt64) -> UInt64) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var count = 0, i = 0
            while i + 8 <= bytes.count {
                count += mark(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)).nonzeroBitCount
                i += 8
            }
            // The last bytes one by one, each alone in a word (the zero bytes are no separator).
            while i < bytes.count {
                count += mark(UInt64(bytes[i])).nonzeroBitCount
                i += 1
            }
            return count
        }
    }

    /// The top bit of each byte of `word` that is `byte` (not zero), all other bits clear.
    @inline(__always)
    private static func marks(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))   // zero where the byte is `byte`
        // A byte of x below 0x80 gets its top bit from adding 0x7F unless it is zero,
        // one from 0x80 up has it already; no sum carries into the next byte.
        return ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
    }

    /// Calls `body` with each row of `text`. A line ends at LF, and a CR before
    /// the LF is not part of it.
    static func forEachRow(_ text: String, _ body: (Row) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            // One array for every row's fields: unique again once `body` has
            // returned, so clearing it keeps its storage.
            var fields: [Range<Int>] = []
            var lineStart = 0
            while lineStart < bytes.count {
                // One pass over the line: its fields end at TABs, the line at LF.
                fields.removeAll(keepingCapacity: true)
                var i = lineStart, fieldStart = lineStart
                while i < bytes.count, bytes[i] != newline {
                    if bytes[i] == tab {
                        fields.append(trimmed(bytes, fieldStart..<i))
                        fieldStart = i + 1
                    }
                    i += 1
                }
                var end = i
                if end > lineStart, bytes[end - 1] == carriageReturn { end -= 1 }
                if end > lineStart, bytes[lineStart] != hash {
                    fields.append(trimmed(bytes, fieldStart..<end))
                    body(Row(bytes: bytes, fields: fields))
                }
                lineStart = i + 1
            }
        }
    }

    /// The first `separator` in `range`, or the range's end.
    private static func end(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at separator: UInt8) -> Int {
        var i = range.lowerBound
        while i < range.upperBound, bytes[i] != separator { i += 1 }
        return i
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var s = range.lowerBound, e = range.upperBound
        while s < e, bytes[s] == space { s += 1 }
        while e > s, bytes[e - 1] == space { e -= 1 }
        return s..<e
    }

    private static let tab = UInt8(ascii: "\t"), bar = UInt8(ascii: "|"), space = UInt8(ascii: " ")
    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), hash = UInt8(ascii: "#")
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self).utf8[...]
        while let f = s.first, f == 0x20 { s = s.dropFirst() }
        while let l = s.last, l == 0x20 { s = s.dropLast() }
        return String(decoding: s, as: UTF8.self)
    }
}
