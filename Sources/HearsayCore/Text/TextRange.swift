/// A half-open span of Unicode scalar offsets, `start..<end`, the unit of every
/// offset Hearsay stores or prints (W3C Web Annotation counts code points too).
///
/// Stored as two 32-bit offsets (8 bytes, not 16): a 100 MB text has a million
/// sentences, half a million quotations and more than a million mentions, each
/// with one or more ranges. Documents are limited to 2^31 scalars (see
/// `Token`); an offset beyond that (a corrupt annotation file) is clamped, so
/// it still lies past the end of any document instead of stopping the program.
public struct TextRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    private var start32: Int32
    private var end32: Int32

    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(clamping: newValue) }
    }

    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(clamping: newValue) }
    }

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextRange start \(start) after end \(end)")
        start32 = Int32(clamping: start)
        end32 = Int32(clamping: end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextRange) -> Bool { other.start < end && start < other.end }

    public static func < (a: TextRange, b: TextRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "\(start)..<\(end)" }
}
