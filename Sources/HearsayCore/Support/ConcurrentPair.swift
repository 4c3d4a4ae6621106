import Dispatch

/// Runs two independent computations at once, one on each core, and returns both.
public struct ConcurrentPair<A: Sendable, B: Sendable> {
    public let first: A
    public let second: B

    public init(_ a: @escaping @Sendable () -> A, _ b: @escaping @Sendable () -> B) {
        let box = Box<A>()
        // (Below normal priority, on a thread of its own: see `BackgroundPriority`.)
        if BackgroundPriority.isLowered {
            var secondResult: B? = nil
            BackgroundPriority.concurrently(2) { k in if k == 0 { secondResult = b() } else { box.value = a() } }
            first = box.value!
            second = secondResult!
            return
        }
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { box.value = a() }
        second = b()
        group.wait()
        first = box.value!
    }

    public var both: (A, B) { (first, second) }

    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }
}
