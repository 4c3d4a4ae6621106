/// A text as the values of its scalars, as re-anchoring's searches read it
/// (q-gram index, exact scan, bit-parallel edit distance): a document's
/// `ScalarText` (no copy of it as `[UInt32]`, which for a narrow text is four
/// times its size), its narrow storage, or plain values (patterns, tests).
protocol ScalarValues {
    var count: Int { get }
    func value(_ i: Int) -> UInt32
}

extension ScalarText: ScalarValues {
    @inline(__always) func value(_ i: Int) -> UInt32 { self[i].value }
}

extension NarrowScalars: ScalarValues {
    @inline(__always) func value(_ i: Int) -> UInt32 { self[i].value }
}

extension UnsafeBufferPointer: ScalarValues where Element == UInt32 {
    @inline(__always) func value(_ i: Int) -> UInt32 { self[i] }
}

extension ScalarText {
    /// Calls `narrow` with a narrow text's storage, or `wide` with a wide
    /// text's scalars read as their values, for the passes over a whole text.
    @inline(__always)
    func withUnsafeValues<R>(narrow: (NarrowScalars) -> R, wide: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        withUnsafeStorage(narrow: narrow, wide: { $0.withMemoryRebound(to: UInt32.self, wide) })
    }
}
