/// Converts between scalar offsets and `String.Index` in O(1) (plus at most
/// `stride - 1` scalar steps) and back in O(log n).
///
/// It keeps the UTF-8 offset of every `stride`-th scalar: 1/16 of the scalar
/// count in memory, instead of a full table. The offsets are kept in 32 bits
/// (6 MB for a 100 MB text, not 12), with the few places where a text over
/// 4 GB goes past another multiple of 2^32 beside them.
public struct ScalarOffsetIndex: Sendable {
    public static let stride = 64
    private let checkpoints: [UInt32]   // UTF-8 offset of scalar k * stride, modulo 2^32
    /// The checkpoints from which on the offset is another 2^32 higher (empty below 4 GB).
    private let wraps: [Int]
    public let scalarCount: Int
    public let utf8Count: Int

    public init(_ scalars: ScalarText) {
        var points: [UInt32] = []
        points.reserveCapacity(scalars.count / Self.stride + 1)
        var utf8 = 0
        for (k, scalar) in scalars.enumerated() {
            if k % Self.stride == 0 { points.append(UInt32(truncatingIfNeeded: utf8)) }
            utf8 += UTF8.width(scalar)
        }
        self.init(checkpoints: points, scalarCount: scalars.count, utf8Count: utf8)
    }

    /// An index whose checkpoints were taken while decoding (modulo 2^32).
    init(checkpoints: [UInt32], scalarCount: Int, utf8Count: Int) {
        self.checkpoints = checkpoints
        // Checkpoints rise, by at most 4 bytes a scalar: one that is lower than
        // the one before has passed 2^32 again.
        wraps = utf8Count >> 32 == 0 ? [] : checkpoints.indices.dropFirst().filter { checkpoints[$0] < checkpoints[$0 - 1] }
        self.scalarCount = scalarCount
        self.utf8Count = utf8Count
    }

    /// The UTF-8 offset of scalar `block` × `stride`.
    @inline(__always)
    private func checkpoint(_ block: Int) -> Int {
        var high = 0
        while high < wraps.count, wraps[high] <= block { high += 1 }
        return Int(checkpoints[block]) + high << 32
    }

    /// UTF-8 offset of the scalar at `offset` (`offset == scalarCount` gives the end).
    public func utf8Offset(ofScalar offset: Int, in scalars: ScalarText) -> Int {
        precondition(offset >= 0 && offset <= scalarCount, "scalar offset \(offset) out of 0...\(scalarCount)")
        if offset == scalarCount { return utf8Count }
        let block = offset / Self.stride
        var utf8 = checkpoint(block)
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
            if checkpoint(mid) <= utf8 { lo = mid } else { hi = mid - 1 }
        }
        var k = lo * Self.stride
        var at = checkpoint(lo)
        while at < utf8 { at += UTF8.width(scalars[k]); k += 1 }
        return k
    }

    public func scalarOffset(of index: String.Index, in text: String, scalars: ScalarText) -> Int {
        scalarOffset(ofUTF8: text.utf8.distance(from: text.utf8.startIndex, to: index), in: scalars)
    }
}
