import Glibc

/// The process's signal dispositions while a `Terminal` is open.
///
/// Installed before `newterm`: ncurses then leaves SIGINT, SIGTERM and SIGTSTP
/// alone (it only hooks signals whose disposition is still SIG_DFL) and keeps
/// SIGWINCH, which it turns into KEY_RESIZE.
///
/// - SIGINT, SIGTERM, SIGHUP: store the number (`PendingSignals.termination`);
///   the main loop ends curses and exits with 128 + signal. No SA_RESTART, so
///   a blocked read returns at once.
/// - SIGTSTP (Ctrl-Z; cbreak keeps ISIG): store a flag; `nextEvent` suspends,
///   stops the process with the default action, and redraws after SIGCONT.
///   We do not use ncurses' built-in SIGTSTP handler because it calls endwin
///   and wrefresh inside the handler, possibly in the middle of `present`.
/// - Crash signals: `SA_SIGINFO` handlers repair the tty (`CrashRestore`),
///   put the previous action back (Swift's backtracer), and re-raise signals
///   that were sent (si_code <= 0, see `deliverSentSignal`); a real fault
///   simply happens again on return and reaches the backtracer with its
///   original context.
enum SignalHandlers {
    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]
    static var allSignals: [Int32] { terminationSignals + [SIGTSTP] + crashSignals }

    /// The actions we replaced, indexed by signal number. Allocated up front:
    /// the crash handler reads it and must not allocate or trigger lazy init.
    nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
        let p = UnsafeMutablePointer<sigaction>.allocate(capacity: slots)
        p.initialize(repeating: sigaction(), count: slots)
        return p
    }()
    private static let slots = 65   // _NSIG on Linux

    static func install() {
        PendingSignals.prepare()
        _ = previous   // lazy statics initialised here, not in a handler
        for sig in terminationSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                PendingSignals.termination.store(sig, ordering: .relaxed)
            }
            set(sig, action, saving: true)
        }
        _ = sigaction(SIGTSTP, nil, previous + Int(SIGTSTP))
        installStopHandler()
        for sig in crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { sig, info, _ in
                CrashRestore.repair()
                _ = sigaction(sig, SignalHandlers.previous + Int(sig), nil)
                if let info, info.pointee.si_code > 0 { return }   // a real fault: it recurs on return
                SignalHandlers.deliverSentSignal(sig)
            }
            action.sa_flags = SA_SIGINFO
            set(sig, action, saving: true)
        }
    }

    /// A crash signal that was sent (kill, raise, abort; si_code <= 0) does not
    /// recur on return, so it is delivered to the previous action (the Swift
    /// backtracer) right here, unblocked, and then with the default action: the
    /// backtracer returns from sent signals, which would leave the process
    /// running with curses gone (seen with `kill -ABRT`). Async-signal-safe calls only.
    static func deliverSentSignal(_ sig: Int32) {
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, sig)
        _ = pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
        _ = raise(sig)
        var fallback = sigaction()
        fallback.__sigaction_handler.sa_handler = SIG_DFL
        _ = sigaction(sig, &fallback, nil)
        _ = raise(sig)
    }

    /// Puts back every action `install` replaced.
    static func restore() {
        for sig in allSignals { _ = sigaction(sig, previous + Int(sig), nil) }
    }

    /// Whether Ctrl-Z may stop us. Not when SIGTSTP was ignored when we started
    /// (a shell without job control): nobody could `fg` the stopped process.
    static var stopAllowed: Bool {
        let handler = previous[Int(SIGTSTP)].__sigaction_handler.sa_handler
        return unsafeBitCast(handler, to: Int.self) != unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// Our SIGTSTP handler, at start and again after a stop or `resume`.
    static func installStopHandler() {
        guard stopAllowed else { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            PendingSignals.stop.store(true, ordering: .relaxed)
        }
        set(SIGTSTP, action, saving: false)
    }

    /// SIGTSTP with its default action (stop), so `raise(SIGTSTP)` stops us and
    /// Ctrl-Z in a program we run while suspended stops the whole job.
    static func defaultStopAction() {
        guard stopAllowed else { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        set(SIGTSTP, action, saving: false)
    }

    private static func set(_ sig: Int32, _ action: sigaction, saving: Bool) {
        var action = action
        sigemptyset(&action.sa_mask)
        _ = sigaction(sig, &action, saving ? previous + Int(sig) : nil)
    }
}
