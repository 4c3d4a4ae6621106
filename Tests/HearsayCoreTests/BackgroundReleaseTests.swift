import Dispatch
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import HearsayCore

/// A value handed to `BackgroundRelease` is freed on the background thread,
/// never on the caller's, and what runs afterwards runs after it is freed.
@Suite struct BackgroundReleaseTests {
    /// Records the thread its deinit ran on.
    final class Tracked: @unchecked Sendable {
        let freedOn: Freed
        init(_ freedOn: Freed) { self.freedOn = freedOn }
        deinit { freedOn.thread = pthread_self() }
    }

    final class Freed: @unchecked Sendable {   // (written once, then read after `done`)
        var thread: pthread_t?
        var freedBeforeAfterwards = false
        let done = DispatchSemaphore(value: 0)
    }

    @Test func theLastReferenceIsDroppedOnTheBackgroundThreadAndThenAfterwardsRuns() {
        for _ in 0..<20 {   // (either thread may run first; the result must not depend on it)
            let freed = Freed()
            var value: Tracked? = Tracked(freed)
            BackgroundRelease.release(value.take()!) {
                freed.freedBeforeAfterwards = freed.thread != nil
                freed.done.signal()
            }
            #expect(value == nil)
            freed.done.wait()
            #expect(freed.thread != nil)
            #expect(pthread_equal(freed.thread!, pthread_self()) == 0)
            #expect(freed.freedBeforeAfterwards)
        }
    }
}
