/// A half-open span of Unicode scalar offsets, `start..<end`, the unit of every
/// offset Hearsay stores or prints (W3C Web Annotation counts code points too).
public struct TextRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextRange start \(start) after end \(end)")
        self.start = start
        self.end = end
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
