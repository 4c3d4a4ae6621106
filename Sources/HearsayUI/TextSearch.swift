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
        folded = (ignoresCase ? self.pattern.map(TextSearch.fold) : self.pattern).map(TextSearch.foldQuote)
    }

    /// Curly and straight quotation marks and apostrophes are the same to a
    /// search: a journalist types "minister's" for "minister’s", and “ as ".
    @inline(__always)
    static func foldQuote(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 0x80 { return s }
        switch s.value {
        case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return "\""
        default: return s
        }
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
        guard i >= 0, i <= text.count else { return false }
        let window = i..<min(text.count, i + folded.count)
        return text.withUnsafeStorage(in: window, narrow: { matches($0, at: $1.lowerBound) },
                                      wide: { matches($0, at: $1.lowerBound) })
    }

    /// The first match starting at or after `from` (forward) or before it
    /// (backward), wrapping around the end. `wrapped` tells the user it did.
    public func find(in text: ScalarText, from: Int, forward: Bool) -> (range: Range<Int>, wrapped: Bool)? {
        let n = folded.count
        guard n > 0, n <= text.count else { return nil }
        let last = text.count - n
        let start = max(0, min(from, last + 1))
        let (first, then) = forward ? (start..<last + 1, 0..<min(start, last + 1)) : (0..<start, start..<last + 1)
        if let i = firstMatch(in: text, startingIn: first, forward: forward) { return (i..<i + n, false) }
        if let i = firstMatch(in: text, startingIn: then, forward: forward) { return (i..<i + n, true) }
        return nil
    }

    /// Scalars a search reads at a time: a paged text (`PagedScalars`) is read
    /// a window at a time, not whole, and a search that finds its match near
    /// the cursor reads little more than that. (Smaller in tests.)
    var window = 1 << 20

    /// The first (forward) or last position in `starts` where the pattern
    /// matches, scanned a window at a time in the storage the text gives.
    func firstMatch(in text: ScalarText, startingIn starts: Range<Int>, forward: Bool) -> Int? {
        let windows = stride(from: starts.lowerBound, to: starts.upperBound, by: window).map {
            $0..<min(starts.upperBound, $0 + window)
        }
        for w in forward ? windows : windows.reversed() {
            let read = w.lowerBound..<min(text.count, w.upperBound + folded.count - 1)
            let found = text.withUnsafeStorage(in: read, narrow: { firstMatch($0, startingIn: w, lag: read.lowerBound - $1.lowerBound, forward: forward) },
                                               wide: { firstMatch($0, startingIn: w, lag: read.lowerBound - $1.lowerBound, forward: forward) })
            if let found { return found }
        }
        return nil
    }

    /// The same in one storage, which starts `lag` scalars into the text.
    func firstMatch<S: ScalarBuffer>(_ storage: S, startingIn starts: Range<Int>, lag: Int, forward: Bool) -> Int? {
        let positions = (starts.lowerBound - lag)..<(starts.upperBound - lag)
        if forward {
            for i in positions where matches(storage, at: i) { return i + lag }
        } else {
            for i in positions.reversed() where matches(storage, at: i) { return i + lag }
        }
        return nil
    }

    /// Every match that overlaps `range` (for highlighting what is on screen).
    public func matches(in text: ScalarText, overlapping range: Range<Int>) -> [Range<Int>] {
        let n = folded.count
        guard n > 0 else { return [] }
        let read = max(0, range.lowerBound - n + 1)..<min(text.count, max(range.upperBound + n - 1, range.lowerBound))
        guard !read.isEmpty else { return [] }
        // In the storage given, `range` lies `lag` scalars earlier (a paged text's window).
        func inStorage(_ given: Range<Int>) -> (Range<Int>, Int) {
            let lag = read.lowerBound - given.lowerBound
            return ((range.lowerBound - lag)..<(range.upperBound - lag), lag)
        }
        let (found, lag) = text.withUnsafeStorage(in: read, narrow: { s, given in
            let (r, lag) = inStorage(given)
            return (matches(in: s, overlapping: r), lag)
        }, wide: { s, given in
            let (r, lag) = inStorage(given)
            return (matches(in: s, overlapping: r), lag)
        })
        return found.map { ($0.lowerBound + lag)..<($0.upperBound + lag) }
    }

    @inline(__always)
    func matches<S: ScalarBuffer>(_ text: S, at i: Int) -> Bool {
        guard !folded.isEmpty, i >= 0, i + folded.count <= text.count else { return false }
        for k in 0..<folded.count {
            let c = ignoresCase ? TextSearch.fold(text[i + k]) : text[i + k]
            if TextSearch.foldQuote(c) != folded[k] { return false }
        }
        return true
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
