/// A sentence: its scalar range, the tokens it holds and its paragraph.
///
/// The token range and the paragraph are stored as 32-bit numbers (20 bytes a
/// sentence, not 32): a 100 MB text has a million sentences, and the reader
/// keeps them all. Token counts stay below 2^31, as offsets do (see `Token`).
public struct Sentence: Sendable, Equatable {
    public var range: TextRange
    private var tokenStart: Int32
    private var tokenEnd: Int32
    private var paragraph32: Int32

    public var tokens: Range<Int> {
        get { Int(tokenStart)..<Int(tokenEnd) }
        set { (tokenStart, tokenEnd) = (Int32(clamping: newValue.lowerBound), Int32(clamping: newValue.upperBound)) }
    }

    public var paragraph: Int {
        get { Int(paragraph32) }
        set { paragraph32 = Int32(clamping: newValue) }
    }

    public init(range: TextRange, tokens: Range<Int>, paragraph: Int) {
        self.range = range
        tokenStart = Int32(clamping: tokens.lowerBound)
        tokenEnd = Int32(clamping: tokens.upperBound)
        paragraph32 = Int32(clamping: paragraph)
    }
}
