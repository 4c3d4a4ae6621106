import Dispatch

/// Runs independent pieces of work on all cores and collects their results in order.
enum Parallel {
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        // One piece runs here: no thread hand-off for the small texts of a corpus.
        if count == 1 { return [body(0)] }
        let slots = Slots<T>(count)
        if BackgroundPriority.isLowered {
            // Background work: the other pieces on threads of their own, which
            // take its priority (not the shared pool's, see `BackgroundPriority`).
            BackgroundPriority.concurrently(count) { k in slots.set(k, body(k)) }
            return slots.values()
        }
        DispatchQueue.concurrentPerform(iterations: count) { k in slots.set(k, body(k)) }
        return slots.values()
    }

    /// `range` cut into `parts` ranges of (nearly) equal length, in order.
    static func split(_ range: Range<Int>, into parts: Int) -> [Range<Int>] {
        let n = range.count
        return (0..<parts).map { k in
            (range.lowerBound + n * k / parts)..<(range.lowerBound + n * (k + 1) / parts)
        }
    }

    /// The pieces one after another, appended to the first: give the first piece
    /// room for all (room never written costs address space, not memory) and the
    /// others are copied once, with no new array.
    static func joined<T>(_ pieces: [[T]]) -> [T] {
        var all = pieces.first ?? []
        for piece in pieces.dropFirst() { all.append(contentsOf: piece) }
        return all
    }

    /// The arrays one after another in a new array, each copied by its own
    /// thread into its place. A big text's pieces are copied at once this way:
    /// appending them to the first (`joined`) is one thread faulting in and
    /// filling tens of megabytes while the other core waits.
    static func concatenated<T: Sendable>(_ arrays: [[T]]) -> [T] {
        if arrays.count == 1 { return arrays[0] }
        var offsets = [0]
        for a in arrays { offsets.append(offsets[offsets.count - 1] + a.count) }
        let starts = offsets, total = offsets[offsets.count - 1]
        return [T](unsafeUninitializedCapacity: total) { buffer, initialized in
            let out = Unchecked(buffer)   // each piece writes its own range
            _ = map(arrays.count) { k in
                arrays[k].withUnsafeBufferPointer { piece in
                    guard let source = piece.baseAddress, !piece.isEmpty else { return }
                    (out.value.baseAddress! + starts[k]).initialize(from: source, count: piece.count)
                }
            }
            initialized = total
        }
    }

    /// `values` sorted as the standard library's (stable) sort would, a big array
    /// in two halves at once that are then merged, ties taken from the first half.
    static func sorted<T: Sendable>(_ values: [T], threshold: Int = 50_000,
                                    by less: @escaping @Sendable (T, T) -> Bool) -> [T] {
        guard values.count > threshold else { return values.sorted(by: less) }
        let middle = values.count / 2
        let halves = map(2) { k in (k == 0 ? values[..<middle] : values[middle...]).sorted(by: less) }
        let a = halves[0], b = halves[1]
        var result: [T] = []
        result.reserveCapacity(values.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if less(b[j], a[i]) { result.append(b[j]); j += 1 } else { result.append(a[i]); i += 1 }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }

    /// Result slots written by distinct iterations; read after all have finished.
    private final class Slots<T>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<T?>
        init(_ count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }
        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }
        func set(_ k: Int, _ value: T) { buffer[k] = value }
        func values() -> [T] { buffer.map { $0! } }
    }
}

/// Unsafe buffers handed to the iterations of `Parallel.map`, which read them or
/// write them at disjoint places: a promise of the caller that Swift cannot check.
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
