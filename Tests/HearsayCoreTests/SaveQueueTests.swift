import Dispatch
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import HearsayCore

/// The reader's saves: written off the caller's thread, one at a time, in
/// order, the latest only; `flush` waits for the last; a problem is told once.
@Suite struct SaveQueueTests {
    /// A stand-in for the disk: records what was written and on which thread,
    /// and can hold a write until the test lets it go.
    final class Disk: @unchecked Sendable {   // (its state is behind `lock`)
        private let lock = Lock()
        private var _written: [Int] = []
        private var _threads: [pthread_t] = []
        private var _overlapping = false
        private var writing = false
        let started = DispatchSemaphore(value: 0)
        let proceed = DispatchSemaphore(value: 0)
        var holds = false
        var failing: Set<Int> = []

        var written: [Int] { lock.withLock { _written } }
        var threads: [pthread_t] { lock.withLock { _threads } }
        var overlapping: Bool { lock.withLock { _overlapping } }

        func write(_ value: Int) -> String? {
            lock.withLock {
                if writing { _overlapping = true }
                writing = true
            }
            if holds {
                started.signal()
                proceed.wait()
            }
            lock.withLock {
                _written.append(value)
                _threads.append(pthread_self())
                writing = false
            }
            return failing.contains(value) ? "Not saved: \(value)" : nil
        }
    }

    @Test func aValueWaitingIsReplacedByANewerOneAndFlushWaitsForTheLast() {
        let disk = Disk()
        disk.holds = true
        let queue = SaveQueue<Int>(label: "test.save") { disk.write($0) }
        queue.request(1)
        disk.started.wait()              // 1 is being written, held there
        queue.request(2)
        queue.request(3)
        queue.request(4)                 // 2 and 3 are replaced while they wait
        #expect(queue.isBusy)
        #expect(disk.written.isEmpty)
        disk.holds = false
        disk.proceed.signal()
        queue.flush()
        #expect(disk.written == [1, 4])
        #expect(!queue.isBusy)
        #expect(!disk.overlapping)
        #expect(disk.threads.allSatisfy { pthread_equal($0, pthread_self()) == 0 })
    }

    @Test func everyValueAskedForAfterAFlushIsWrittenInOrder() {
        let disk = Disk()
        let queue = SaveQueue<Int>(label: "test.save") { disk.write($0) }
        for k in 0..<200 {
            queue.request(k)
            if k % 10 == 9 { queue.flush() }   // the last before each flush is always written
        }
        queue.flush()
        let written = disk.written
        #expect(written == written.sorted())
        #expect(Set(written).isSuperset(of: (0..<20).map { $0 * 10 + 9 }))
        #expect(!disk.overlapping)
        #expect(!queue.isBusy)
    }

    @Test func aProblemIsToldOnceAndALaterOneReplacesIt() {
        let disk = Disk()
        disk.failing = [2, 3]
        let queue = SaveQueue<Int>(label: "test.save") { disk.write($0) }
        #expect(queue.takeProblem() == nil)
        queue.request(1)
        queue.flush()
        #expect(queue.takeProblem() == nil)
        queue.request(2)
        queue.flush()
        queue.request(3)
        queue.flush()
        #expect(queue.takeProblem() == "Not saved: 3")
        #expect(queue.takeProblem() == nil)
        queue.request(4)
        queue.flush()
        #expect(queue.takeProblem() == nil)
    }

    /// The reader waits for writes that have been quick, and only for those.
    @Test func writesAreQuickUntilOneIsSlowAndAGuessCountsOnlyBeforeTheFirst() {
        let slow = Disk()
        let queue = SaveQueue<Int>(label: "test.save", quickLimit: .milliseconds(20)) { value in
            if value == 2 { usleep(60_000) }   // (at least three times the limit)
            return slow.write(value)
        }
        #expect(queue.writesAreQuick)             // nothing known: waited for
        queue.request(1)
        queue.flush()
        #expect(queue.writesAreQuick)
        queue.request(2)
        queue.flush()
        #expect(!queue.writesAreQuick)            // that one was slow
        queue.expect(.zero)                       // a guess no longer counts
        #expect(!queue.writesAreQuick)
        queue.request(3)
        queue.flush()
        #expect(queue.writesAreQuick)             // quick again

        let guessed = SaveQueue<Int>(label: "test.save", quickLimit: .milliseconds(20)) { _ in nil }
        guessed.expect(.milliseconds(500))        // the file took half a second to read
        #expect(!guessed.writesAreQuick)
        guessed.request(1)
        guessed.flush()
        #expect(guessed.writesAreQuick)
    }

    @Test func flushWithNothingAskedReturnsAtOnce() {
        let queue = SaveQueue<Int>(label: "test.save") { _ in nil }
        queue.flush()
        #expect(!queue.isBusy)
    }
}
