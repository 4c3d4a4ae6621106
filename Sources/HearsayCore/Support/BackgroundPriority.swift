import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work the user is not waiting for runs below normal priority: the reader's
/// loading and analysis of a file behind its first screen.
///
/// Why: that work keeps both cores busy for seconds on a big file (about 2 s
/// for 100 MB), and a key pressed meanwhile (`G`, a page down) waited for a
/// core: 9 ms for `G` where `less` takes 3. At nice 10 a thread weighs a tenth
/// of a normal one, so the reader's own thread runs as soon as a key wakes it,
/// and the background work still has every core the reader leaves idle.
///
/// On Linux a thread's nice value is its own (`setpriority(PRIO_PROCESS, 0, …)`
/// sets the calling thread's), and a thread starts with its creator's. A
/// thread that raised its nice value cannot lower it again without privilege,
/// so the work runs on threads of its own, never on the shared pool of
/// `Dispatch`: `run` starts one, and `Parallel` and `ConcurrentPair` start
/// their helpers the same way when called from it (`concurrently`: they
/// inherit its priority).
public enum BackgroundPriority {
    /// The nice value of background work.
    public static let niceness: Int32 = 10

    /// Starts `work` on a new thread of its own, at `niceness`. The thread is
    /// detached: nobody waits for it, and its stack goes when it ends. When no
    /// thread can be made (a process limit), the work runs anyway, on the
    /// shared pool at normal priority, as it did before: never not at all.
    public static func run(_ work: @escaping @Sendable () -> Void) {
        run(work, starting: Self.start)
    }

    /// `run`, with how a thread is made given (tests make none).
    static func run(_ work: @escaping @Sendable () -> Void,
                    starting start: (@escaping @Sendable () -> Void) -> pthread_t?) {
        let lowered: @Sendable () -> Void = {
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
            work()
        }
        guard let thread = start(lowered) else {
            DispatchQueue.global(qos: .userInitiated).async(execute: work)
            return
        }
        pthread_detach(thread)
    }

    /// Whether the calling thread runs below normal priority, so that the
    /// helpers of its work should too.
    static var isLowered: Bool {
        errno = 0
        let nice = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        return errno == 0 && nice > 0
    }

    /// A new thread running `work` (with the caller's priority: Linux copies
    /// it), or nil when none could be made.
    static func start(_ work: @escaping @Sendable () -> Void) -> pthread_t? {
        let box = Unmanaged.passRetained(Work(work)).toOpaque()
        var thread = pthread_t()
        let made = pthread_create(&thread, nil, { argument in
            Unmanaged<Work>.fromOpaque(argument!).takeRetainedValue().body()
            return nil
        }, box)
        guard made == 0 else {
            Unmanaged<Work>.fromOpaque(box).release()
            return nil
        }
        return thread
    }

    /// Runs `piece(0)` on this thread and the other pieces on threads started
    /// for them (which take this thread's priority); returns when all are
    /// done. A piece no thread could be made for runs here, after piece 0.
    static func concurrently(_ count: Int, _ piece: (Int) -> Void) {
        withoutActuallyEscaping(piece) { piece in
            let pieces = Unchecked(piece)   // (joined before this returns)
            let helpers = (1..<max(count, 1)).map { k in (k, start { pieces.value(k) }) }
            piece(0)
            for (k, helper) in helpers {
                if let helper { pthread_join(helper, nil) } else { piece(k) }
            }
        }
    }

    private final class Work: @unchecked Sendable {   // (handed to one thread, then dropped)
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
