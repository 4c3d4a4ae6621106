/// A span between quotation marks, as the quote finder sees it, before any
/// judgement on who said it or whether it is reported speech at all.
///
/// The parent's index and the paragraph count are stored in 32 bits (28 bytes a
/// span, not 56): a 100 MB text has half a million quotations, which the reader keeps.
public struct QuoteSpan: Sendable, Equatable {
    /// From the opening mark to the closing mark, both included.
    public var range: TextRange
    /// Between the marks.
    public var content: TextRange
    private var parent32: Int32          // -1: none
    private var paragraphCount32: Int32
    public var family: QuoteMarkFamily
    /// False when no closing mark was found and the span was cut at the paragraph end.
    public var balanced: Bool

    /// Index of the enclosing quotation, for nested quotes.
    public var parent: Int? {
        get { parent32 < 0 ? nil : Int(parent32) }
        set { parent32 = newValue.map { Int32(clamping: $0) } ?? -1 }
    }

    /// Paragraphs the quotation runs over (the multi-paragraph convention).
    public var paragraphCount: Int {
        get { Int(paragraphCount32) }
        set { paragraphCount32 = Int32(clamping: newValue) }
    }

    public init(range: TextRange, content: TextRange, family: QuoteMarkFamily, parent: Int?, paragraphCount: Int,
                balanced: Bool) {
        self.range = range
        self.content = content
        parent32 = parent.map { Int32(clamping: $0) } ?? -1
        paragraphCount32 = Int32(clamping: paragraphCount)
        self.family = family
        self.balanced = balanced
    }
}

public enum QuoteMarkFamily: String, Sendable, Equatable {
    case double, single, guillemet, corner
    /// No marks: an interview's turn ("Tom Barker: …"), whose range is its words.
    case turn
}
