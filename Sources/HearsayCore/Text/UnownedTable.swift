/// A read-only window on one of a document's per-token arrays that holds no
/// reference to it: reading through it costs no retain and no release.
///
/// Why: the analysis runs on both cores over one document, and every
/// `let tokens = doc.tokens` in a rule retained the one shared array buffer
/// and released it again. Those two atomic operations on a cache line both
/// cores write took about a tenth of the processor time on a 10 MB text, half
/// of it more than on one core (see docs/DECISIONS.md, 61).
///
/// A table is valid only while the `Document` it came from lives: the
/// document's arrays are never changed once it is made (a change makes a new
/// document), so their storage stays where it is. Hold the document, as the
/// analyzers do, never a table alone. Reads are bounds-checked, as an array's.
struct UnownedTable<Element>: RandomAccessCollection, @unchecked Sendable {
    private let base: UnsafePointer<Element>?
    let count: Int

    /// The storage of `array`, which the caller keeps alive and unchanged.
    init(_ array: [Element]) {
        (base, count) = array.withUnsafeBufferPointer { ($0.baseAddress, $0.count) }
    }

    /// The storage of `array[range]`, on the same terms.
    init(_ array: [Element], _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= array.count, "Range out of bounds")
        (base, count) = array.withUnsafeBufferPointer { ($0.baseAddress.map { $0 + range.lowerBound }, range.count) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(i: Int) -> Element {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: count), "Index out of range")
        return base.unsafelyUnwrapped[i]
    }

    /// The storage as a buffer, as an array gives it (for loops over every token).
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }
}
