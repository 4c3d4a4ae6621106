import HearsayCore

/// The passage being selected in visual mode: from `anchor` (where `v` was
/// pressed) to `head` (which the motions move). Snapped to whole words unless the
/// user moved by character (`h`, `l`).
public struct Selection: Equatable, Sendable {
    public var anchor: Int
    public var head: Int
    public var snapsToWords = true

    public init(anchor: Int, head: Int, snapsToWords: Bool = true) {
        self.anchor = anchor
        self.head = head
        self.snapsToWords = snapsToWords
    }

    /// The selected range in `scalars`, end exclusive, grown to word edges when snapping.
    public func range(in scalars: ScalarText) -> TextRange {
        var start = min(anchor, head), end = max(anchor, head) + 1
        start = max(0, min(start, scalars.count))
        end = max(start, min(end, scalars.count))
        guard snapsToWords else { return TextRange(start, end) }
        while start > 0, Selection.isWordScalar(scalars[start - 1]), start < scalars.count, Selection.isWordScalar(scalars[start]) { start -= 1 }
        while end < scalars.count, end > 0, Selection.isWordScalar(scalars[end - 1]), Selection.isWordScalar(scalars[end]) { end += 1 }
        // A selection that opens with a quotation mark takes its closing mark
        // (and the punctuation before it) when the words end right at it:
        // “the source of terrorism” whole, not without its ”.
        if start < end, QuoteMarkClass.isQuoteMark(scalars[start]), QuoteMarkClass.isOpener(scalars[start]) {
            var k = end
            while k < scalars.count, k < end + 3, ",.;:!?".unicodeScalars.contains(scalars[k]) { k += 1 }
            if k < scalars.count, QuoteMarkClass.isQuoteMark(scalars[k]), QuoteMarkClass.isCloser(scalars[k]) { end = k + 1 }
        }
        // Never end on white space.
        while end > start + 1, ArticleLayout.isBlank(scalars[end - 1]) { end -= 1 }
        while start < end - 1, ArticleLayout.isBlank(scalars[start]) { start += 1 }
        return TextRange(start, end)
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s == "’" || s == "'" || s == "-"
    }
}

/// Word, sentence and paragraph edges for the visual-mode motions.
enum TextMotion {
    /// The start of the next word after `offset`.
    static func nextWordStart(_ scalars: ScalarText, after offset: Int) -> Int {
        var i = min(offset, scalars.count)
        while i < scalars.count, Selection.isWordScalar(scalars[i]) { i += 1 }
        while i < scalars.count, !Selection.isWordScalar(scalars[i]) { i += 1 }
        return min(i, max(0, scalars.count - 1))
    }

    /// The start of the word before `offset`.
    static func previousWordStart(_ scalars: ScalarText, before offset: Int) -> Int {
        var i = max(0, min(offset, scalars.count) - 1)
        while i > 0, !Selection.isWordScalar(scalars[i]) { i -= 1 }
        while i > 0, Selection.isWordScalar(scalars[i - 1]) { i -= 1 }
        return i
    }

    /// The end (last scalar) of the word at or after `offset`.
    static func wordEnd(_ scalars: ScalarText, from offset: Int) -> Int {
        var i = min(offset, max(0, scalars.count - 1))
        while i + 1 < scalars.count, !Selection.isWordScalar(scalars[i]) { i += 1 }
        while i + 1 < scalars.count, Selection.isWordScalar(scalars[i + 1]) { i += 1 }
        return i
    }
}
