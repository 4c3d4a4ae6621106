import Dispatch

/// Runs independent pieces of work on all cores and collects their results in order.
enum Parallel {
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { k in slots.set(k, body(k)) }
        return slots.values()
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
