import Synchronization

/// What the signal handlers leave for the main loop. A handler may only do
/// async-signal-safe things, so it stores a number in an atomic and returns;
/// `Terminal.nextEvent` reads it on the main thread, where ending curses,
/// freeing memory and exiting are safe.
enum PendingSignals {
    /// The last SIGINT, SIGTERM or SIGHUP, or 0.
    static let termination = Atomic<Int32>(0)
    /// Set by SIGTSTP (Ctrl-Z): suspend, stop, and redraw on SIGCONT.
    static let stop = Atomic<Bool>(false)

    /// Touches both atomics, so their lazy initialisation never runs inside a handler.
    static func prepare() {
        termination.store(0, ordering: .relaxed)
        stop.store(false, ordering: .relaxed)
    }
}
