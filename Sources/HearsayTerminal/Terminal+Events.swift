import CNcursesw
import Glibc
import HearsayUI

extension Terminal {
    /// Reads are cut into slices this long so that a signal is noticed within
    /// one slice even if it did not interrupt the read.
    static let pollSliceMilliseconds = 100

    /// The next key, mouse event, resize or signal, or nil when nothing came
    /// within `timeoutMilliseconds` (negative: wait until something comes).
    ///
    /// A pending SIGINT/SIGTERM/SIGHUP is `.signal`; Ctrl-Z suspends and stops
    /// the process right here, and after `fg` the screen is repainted and
    /// `.resize` is returned so the caller draws a fresh frame.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        if let signal = takeSignal() { return signal }
        if !queued.isEmpty { return queued.removeFirst() }
        guard phase == .active else { return nil }

        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds >= 0 ? clock.now.advanced(by: .milliseconds(timeoutMilliseconds)) : nil
        repeat {
            if let signal = takeSignal() { return signal }
            if let stopped = handleStop() { return stopped }
            var wait = Self.pollSliceMilliseconds
            if let deadline { wait = min(wait, Self.milliseconds(until: deadline, clock: clock)) }
            wtimeout(window, Int32(wait))
            var character: wint_t = 0
            let status = wget_wch(window, &character)
            let event = translate(status: status, character)
            if let signal = takeSignal() {
                if let event { queued.append(event) }
                return signal
            }
            if let event { return event }
            if !queued.isEmpty { return queued.removeFirst() }
        } while deadline.map { clock.now < $0 } ?? true
        return nil
    }

    private func translate(status: Int32, _ character: wint_t) -> TerminalEvent? {
        switch status {
        case OK:
            return KeyTranslation.key(character: character).map(TerminalEvent.key)
        case KEY_CODE_YES:
            let code = Int32(bitPattern: character)
            if code == KEY_RESIZE {
                // Terminals reflow or clear on resize: clear and repaint everything.
                previousFrame = nil
                followTTYSize()
                clearok(window, true)
                let size = self.size
                return .resize(width: size.width, height: size.height)
            }
            if code == KEY_MOUSE { return readMouse() }
            return KeyTranslation.key(code: code).map(TerminalEvent.key)
        default:
            return nil   // ERR: timeout or interrupted
        }
    }

    private func readMouse() -> TerminalEvent? {
        var report = MEVENT()
        guard getmouse(&report) == OK else { return nil }
        var events = mouse.interpret(report.bstate, column: Int(report.x), row: Int(report.y))
        guard !events.isEmpty else { return nil }
        let first = events.removeFirst()
        queued.append(contentsOf: events.map(TerminalEvent.mouse))
        return .mouse(first)
    }

    private func takeSignal() -> TerminalEvent? {
        let sig = PendingSignals.termination.exchange(0, ordering: .relaxed)
        return sig == 0 ? nil : .signal(sig)
    }

    /// Ctrl-Z: leave curses mode, stop with SIGTSTP's default action (the shell
    /// sees a stopped job), and on SIGCONT come back and repaint.
    private func handleStop() -> TerminalEvent? {
        guard PendingSignals.stop.exchange(false, ordering: .relaxed) else { return nil }
        suspend()              // also sets SIGTSTP to its default action
        _ = raise(SIGTSTP)     // returns after SIGCONT
        resume()               // reinstalls our SIGTSTP handler
        let size = self.size
        return .resize(width: size.width, height: size.height)
    }

    /// The whole milliseconds left until `deadline`, rounded up: 0 only once it
    /// has passed. Rounded down, the last fraction of a millisecond became a
    /// read that does not wait, and the loop above spun through it (about 30
    /// reads, a millisecond of a core, at each of the reader's 15 ms waits while
    /// a big file loads).
    public static func milliseconds(until deadline: ContinuousClock.Instant, clock: ContinuousClock) -> Int {
        milliseconds(roundingUp: clock.now.duration(to: deadline))
    }

    static func milliseconds(roundingUp left: Duration) -> Int {
        guard left > .zero else { return 0 }
        let parts = left.components
        let attosecondsPerMillisecond: Int64 = 1_000_000_000_000_000
        return Int(parts.seconds) * 1000
            + Int((parts.attoseconds + attosecondsPerMillisecond - 1) / attosecondsPerMillisecond)
    }
}
