import HearsayCore

/// Plain-text search over the article's scalars, with vim's smart case: a
/// pattern without capitals ignores case. A scan, not a regex: it runs on
/// 100 MB texts and must not surprise people who type "U.S." or "(".
public struct TextSearch: Sendable {
    public let pattern: [Unicode.Scalar]
    let ignoresCase: Bool

    public init(_ pattern: String) {
        self.pattern = Array(pattern.unicodeScalars)
        ignoresCase = !pattern.unicodeScalars.contains { $0.properties.isUppercase }
        folded = ignoresCase ? self.pattern.map(TextSearch.fold) : self.pattern
    }

    private let folded: [Unicode.Scalar]

    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 0x80 { return s.value &- 0x41 < 26 ? Unicode.Scalar(s.value | 0x20)! : s }
        let lower = s.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : s
    }

    /// Whether the pattern matches at `i`.
    public func matches(_ text: ScalarText, at i: Int) -> Bool {
        text.withUnsafeStorage(narrow: { matches($0, at: i) }, wide: { matches($0, at: i) })
    }

    /// The first match starting at or after `from` (forward) or before it
    /// (backward), wrapping around the end. `wrapped` tells the user it did.
    public func find(in text: ScalarText, from: Int, forward: Bool) -> (range: Range<Int>, wrapped: Bool)? {
        // A scan of up to the whole text: specialised for its storage (see ScalarBuffer).
        text.withUnsafeStorage(narrow: { find(in: $0, from: from, forward: forward) },
                               wide: { find(in: $0, from: from, forward: forward) })
    }

    /// Every match that overlaps `range` (for highlighting what is on screen).
    public func matches(in text: ScalarText, overlapping range: Range<Int>) -> [Range<Int>] {
        text.withUnsafeStorage(narrow: { matches(in: $0, overlapping: range) },
                               wide: { matches(in: $0, overlapping: range) })
    }

    @inline(__always)
    func matches<S: ScalarBuffer>(_ text: S, at i: Int) -> Bool {
        guard !folded.isEmpty, i >= 0, i + folded.count <= text.count else { return false }
        for k in 0..<folded.count {
            let c = ignoresCase ? TextSearch.fold(text[i + k]) : text[i + k]
            if c != folded[k] { return false }
        }
        return true
    }

    func find<S: ScalarBuffer>(in text: S, from: Int, forward: Bool) -> (range: Range<Int>, wrapped: Bool)? {
        let n = folded.count
        guard n > 0, n <= text.count else { return nil }
        let last = text.count - n
        let start = max(0, min(from, last + 1))
        if forward {
            for i in start...max(start, last) where i <= last && matches(text, at: i) { return (i..<i + n, false) }
            for i in 0..<min(start, last + 1) where matches(text, at: i) { return (i..<i + n, true) }
        } else {
            for i in stride(from: start - 1, through: 0, by: -1) where matches(text, at: i) { return (i..<i + n, false) }
            for i in stride(from: last, through: start, by: -1) where matches(text, at: i) { return (i..<i + n, true) }
        }
        return nil
    }

    func matches<S: ScalarBuffer>(in text: S, overlapping range: Range<Int>) -> [Range<Int>] {
        let n = folded.count
        guard n > 0 else { return [] }
        var result: [Range<Int>] = []
        var i = max(0, range.lowerBound - n + 1)
        let end = min(range.upperBound, text.count - n + 1)
        while i < end {
            if matches(text, at: i) { result.append(i..<i + n); i += n } else { i += 1 }
        }
        return result
    }
}
