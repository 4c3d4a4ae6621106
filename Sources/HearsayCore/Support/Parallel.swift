import Dispatch

/// Runs independent pieces of work on all cores and collects their results in order.
enum Parallel {
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { k in slots.set(k, body(k)) }
        return slots.values()
    }

    /// The pieces one after another, each copied by its own thread into the one
    /// result (for the tokens of a big text: tens of megabytes).
    static func concatenate<T: Sendable>(_ pieces: [[T]]) -> [T] {
        if pieces.count == 1 { return pieces[0] }
        var starts = [0]
        for piece in pieces { starts.append(starts.last! + piece.count) }
        let total = starts.last!, offsets = starts
        return [T](unsafeUninitializedCapacity: total) { buffer, count in
            let target = UnsafeTarget(buffer: buffer)
            _ = map(pieces.count) { k in
                pieces[k].withUnsafeBufferPointer { piece in
                    guard let source = piece.baseAddress, piece.count > 0 else { return }
                    (target.buffer.baseAddress! + offsets[k]).initialize(from: source, count: piece.count)
                }
            }
            count = total
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

    /// A buffer that iterations write at disjoint places.
    private struct UnsafeTarget<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T>
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
