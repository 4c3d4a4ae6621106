/// A span between quotation marks, as the quote finder sees it, before any
/// judgement on who said it or whether it is reported speech at all.
public struct QuoteSpan: Sendable, Equatable {
    /// From the opening mark to the closing mark, both included.
    public var range: TextRange
    /// Between the marks.
    public var content: TextRange
    public var family: QuoteMarkFamily
    /// Index of the enclosing quotation, for nested quotes.
    public var parent: Int?
    /// Paragraphs the quotation runs over (the multi-paragraph convention).
    public var paragraphCount: Int
    /// False when no closing mark was found and the span was cut at the paragraph end.
    public var balanced: Bool
}

public enum QuoteMarkFamily: String, Sendable, Equatable {
    case double, single, guillemet, corner
}
