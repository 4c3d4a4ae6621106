/// Where an annotation sits, stored so it can be found again after the article
/// changes (as Hypothesis's TextQuoteSelector + TextPositionSelector): code-point
/// offsets, the exact text, and up to 32 code points of context on each side.
public struct Anchor: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var exact: String
    public var prefix: String
    public var suffix: String

    public static let contextLength = 32

    public init(start: Int, end: Int, exact: String, prefix: String, suffix: String) {
        self.start = start
        self.end = end
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }

    /// The anchor of `range` in `scalars`, with its context.
    public init(_ range: TextRange, in scalars: ScalarText) {
        let s = max(0, min(range.start, scalars.count)), e = max(s, min(range.end, scalars.count))
        start = s
        end = e
        exact = scalars.string(in: s..<e)
        prefix = scalars.string(in: max(0, s - Anchor.contextLength)..<s)
        suffix = scalars.string(in: e..<min(scalars.count, e + Anchor.contextLength))
    }

    public var range: TextRange { TextRange(start, end) }
}
