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
        // The pattern as typed, composed and decomposed: "renée" typed finds
        // "Rene\u{301}e" in a text saved decomposed (macOS, a PDF), and the
        // other way round. Each folded as the text is.
        var forms: [[Unicode.Scalar]] = []
        for form in [self.pattern,
                     CanonicalComposition.composed(self.pattern).compactMap(Unicode.Scalar.init),
                     CanonicalComposition.decomposed(self.pattern).compactMap(Unicode.Scalar.init)] {
            let folded = (ignoresCase ? form.map(TextSearch.fold) : form).map(TextSearch.foldQuote)
            if !folded.isEmpty, !forms.contains(folded) { forms.append(folded) }
        }
        variants = forms
        shortest = forms.map(\.count).min() ?? 0
        longest = forms.map(\.count).max() ?? 0
    }

    /// The pattern's forms (see `init`), folded; a match is any of them.
    private let variants: [[Unicode.Scalar]]
    private let shortest: Int, longest: Int
    /// Combining marks a match takes in after its end, so that it ends
    /// between two characters, never between a letter and its accent.
    static let trailingMarks = 4
    /// Scalars a match may span: the longest form and its trailing marks.
    var reach: Int { longest + TextSearch.trailingMarks }

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

    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 0x80 { return s.value &- 0x41 < 26 ? Unicode.Scalar(s.value | 0x20)! : s }
        let lower = s.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : s
    }

    /// Whether the pattern matches at `i`.
    public func matches(_ text: ScalarText, at i: Int) -> Bool { matchEnd(text, at: i) != nil }

    /// Where the match at `i` ends, or nil when there is none.
    func matchEnd(_ text: ScalarText, at i: Int) -> Int? {
        guard i >= 0, i <= text.count else { return nil }
        let window = i..<min(text.count, i + reach)
        return text.withUnsafeStorage(in: window, narrow: { s, given in matchLength(s, at: given.lowerBound).map { i + $0 } },
                                      wide: { s, given in matchLength(s, at: given.lowerBound).map { i + $0 } })
    }

    /// The first match starting at or after `from` (forward) or before it
    /// (backward), wrapping around the end. `wrapped` tells the user it did.
    public func find(in text: ScalarText, from: Int, forward: Bool) -> (range: Range<Int>, wrapped: Bool)? {
        let n = shortest
        guard n > 0, n <= text.count else { return nil }
        let last = text.count - n
        let start = max(0, min(from, last + 1))
        let (first, then) = forward ? (start..<last + 1, 0..<min(start, last + 1)) : (0..<start, start..<last + 1)
        for (starts, wrapped) in [(first, false), (then, true)] {
            if let i = firstMatch(in: text, startingIn: starts, forward: forward), let end = matchEnd(text, at: i) {
                return (i..<end, wrapped)
            }
        }
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
            let read = w.lowerBound..<min(text.count, w.upperBound + reach - 1)
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
            for i in positions where matchLength(storage, at: i) != nil { return i + lag }
        } else {
            for i in positions.reversed() where matchLength(storage, at: i) != nil { return i + lag }
        }
        return nil
    }

    /// Every match that overlaps `range` (for highlighting what is on screen).
    public func matches(in text: ScalarText, overlapping range: Range<Int>) -> [Range<Int>] {
        let n = reach
        guard shortest > 0 else { return [] }
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

    /// How many scalars of `text` from `i` the pattern matches (one of its
    /// forms, and the combining marks right after it), or nil.
    @inline(__always)
    func matchLength<S: ScalarBuffer>(_ text: S, at i: Int) -> Int? {
        guard i >= 0 else { return nil }
        for form in variants where i + form.count <= text.count {
            var k = 0
            while k < form.count {
                let c = ignoresCase ? TextSearch.fold(text[i + k]) : text[i + k]
                if TextSearch.foldQuote(c) != form[k] { break }
                k += 1
            }
            guard k == form.count else { continue }
            var end = i + k
            while end < text.count, end - i - k < TextSearch.trailingMarks, text.rawValue(end) >= 0x80,
                  text[end].properties.generalCategory == .nonspacingMark { end += 1 }
            return end - i
        }
        return nil
    }

    func matches<S: ScalarBuffer>(in text: S, overlapping range: Range<Int>) -> [Range<Int>] {
        guard shortest > 0 else { return [] }
        var result: [Range<Int>] = []
        var i = max(0, range.lowerBound - reach + 1)
        let end = min(range.upperBound, text.count - shortest + 1)
        while i < end {
            if let n = matchLength(text, at: i), i + n > range.lowerBound {
                result.append(i..<i + n)
                i += n
            } else {
                i += 1
            }
        }
        return result
    }
}
