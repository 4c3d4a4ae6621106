/// Converts between scalar offsets and `String.Index` in O(1) (plus at most
/// `stride - 1` scalar steps) and back in O(log n).
///
/// It keeps the UTF-8 offset of every `stride`-th scalar: 1/16 of the scalar
/// count in memory, instead of a full table.
public struct ScalarOffsetIndex: Sendable {
    public static let stride = 64
    private let checkpoints: [Int]   // UTF-8 offset of scalar k * stride
    public let scalarCount: Int
    public let utf8Count: Int

    public init(_ scalars: ScalarText) {
        var points: [Int] = []
        points.reserveCapacity(scalars.count / Self.stride + 1)
        var utf8 = 0
        for (k, scalar) in scalars.enumerated() {
            if k % Self.stride == 0 { points.append(utf8) }
            utf8 += UTF8.width(scalar)
        }
        checkpoints = points
        scalarCount = scalars.count
        utf8Count = utf8
    }

    /// An index whose checkpoints were taken while decoding.
    init(checkpoints: [Int], scalarCount: Int, utf8Count: Int) {
        self.checkpoints = checkpoints
        self.scalarCount = scalarCount
        self.utf8Count = utf8Count
    }

    /// UTF-8 offset of the scalar at `offset` (`offset == scalarCount` gives the end).
    public func utf8Offset(ofScalar offset: Int, in scalars: ScalarText) -> Int {
        precondition(offset >= 0 && offset <= scalarCount, "scalar offset \(offset) out of 0...\(scalarCount)")
        if offset == scalarCount { return utf8Count }
        let block = offset / Self.stride
        var utf8 = checkpoints[block]
        var k = block * Self.stride
        while k < offset { utf8 += UTF8.width(scalars[k]); k += 1 }
        return utf8
    }

    public func stringIndex(ofScalar offset: Int, in text: String, scalars: ScalarText) -> String.Index {
        let utf8 = utf8Offset(ofScalar: offset, in: scalars)
        return text.utf8.index(text.utf8.startIndex, offsetBy: utf8)
    }

    /// Scalar offset of a UTF-8 offset that starts a scalar.
    public func scalarOffset(ofUTF8 utf8: Int, in scalars: ScalarText) -> Int {
        precondition(utf8 >= 0 && utf8 <= utf8Count, "UTF-8 offset \(utf8) out of range")
        if utf8 == utf8Count { return scalarCount }
        var lo = 0, hi = checkpoints.count - 1
        while lo < hi {   // last checkpoint <= utf8
            let mid = (lo + hi + 1) / 2
            if checkpoints[mid] <= utf8 { lo = mid } else { hi = mid - 1 }
        }
        var k = lo * Self.stride
        var at = checkpoints[lo]
        while at < utf8 { at += UTF8.width(scalars[k]); k += 1 }
        return k
    }

    public func scalarOffset(of index: String.Index, in text: String, scalars: ScalarText) -> Int {
        scalarOffset(ofUTF8: text.utf8.distance(from: text.utf8.startIndex, to: index), in: scalars)
    }
}
