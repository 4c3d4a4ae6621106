import Dispatch
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import HearsayCore

/// Background work (the reader's loading and analysis) runs below normal
/// priority, its helper threads too, and never leaves a shared pool thread
/// lowered behind it.
@Suite struct BackgroundPriorityTests {
    /// The calling thread's nice value (Linux: a thread's own).
    static func niceness() -> Int32 {
        getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
    }

    /// Runs `work` with `BackgroundPriority.run` and waits for its result.
    static func inBackground<T: Sendable>(_ work: @escaping @Sendable () -> T) -> T {
        let result = BackgroundResult<T>()
        BackgroundPriority.run {
            result.value = work()
            result.done.signal()
        }
        result.done.wait()
        return result.value!
    }

    @Test func backgroundWorkAndItsHelpersRunBelowNormalPriority() {
        let seen = Self.inBackground { () -> (own: Int32, pieces: [Int32], pair: [Int32]) in
            let pieces = Parallel.map(4) { _ in Self.niceness() }
            let pair = ConcurrentPair({ Self.niceness() }, { Self.niceness() })
            return (Self.niceness(), pieces, [pair.first, pair.second])
        }
        #expect(seen.own == BackgroundPriority.niceness)
        #expect(seen.pieces == Array(repeating: BackgroundPriority.niceness, count: 4))
        #expect(seen.pair == [BackgroundPriority.niceness, BackgroundPriority.niceness])
    }

    @Test func foregroundWorkStaysAtNormalPriorityAfterBackgroundWork() {
        _ = Self.inBackground { Parallel.map(8) { k in k } }
        // The shared pool's threads, which foreground work uses, were never
        // lowered. (Dispatch gives its threads its own nice value by quality of
        // service: -2 for "user initiated" when run as root, 0 otherwise.)
        for _ in 0..<20 {
            #expect(Parallel.map(8) { _ in Self.niceness() }.allSatisfy { $0 <= 0 })
            let pair = ConcurrentPair({ Self.niceness() }, { Self.niceness() })
            #expect(pair.first <= 0 && pair.second <= 0)
        }
    }

    /// No thread to be had (a process limit): the work still runs, at normal
    /// priority on the shared pool, instead of leaving the reader loading forever.
    @Test func workRunsEvenWhenNoThreadCanBeMade() {
        let result = BackgroundResult<Bool>()
        BackgroundPriority.run({
            result.value = true
            result.done.signal()
        }, starting: { _ in nil })
        result.done.wait()
        #expect(result.value == true)
    }
}


/// What a background thread hands back: written before the signal, read after it.
final class BackgroundResult<T>: @unchecked Sendable {
    var value: T?
    let done = DispatchSemaphore(value: 0)
}
