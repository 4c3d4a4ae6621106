/// A sentence: its scalar range, the tokens it holds and its paragraph.
public struct Sentence: Sendable, Equatable {
    public var range: TextRange
    public var tokens: Range<Int>
    public var paragraph: Int
}
