import Glibc
import Synchronization

/// Puts the tty back when the process crashes while curses owns it.
///
/// Without this a Swift crash (fatalError is SIGILL on x86_64, a bad pointer
/// SIGSEGV) leaves the shell in the alternate screen, cursor hidden, mouse
/// reporting on and the tty raw (recipes note, 3.4). A crash handler may only
/// make async-signal-safe calls, so everything it touches is prepared before
/// curses starts: the termios from before `newterm`, the reset bytes, the fd.
enum CrashRestore {
    /// The tty to repair, or -1 while curses is not drawing on it.
    static let ttyFD = Atomic<Int32>(-1)
    /// The tty settings from before `newterm` (the shell's).
    nonisolated(unsafe) static let savedTermios = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    /// Attributes off, mouse reporting off (all modes ncurses or we may have
    /// enabled), cursor visible, keypad transmit off, leave the alternate screen.
    /// Plain xterm sequences rather than terminfo strings: every terminal this
    /// reader targets understands them, and they are only a last resort.
    nonisolated(unsafe) static let resetSequence: UnsafeBufferPointer<UInt8> = {
        let bytes = Array("\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?25h\u{1B}[?1l\u{1B}>\u{1B}[?1049l".utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        return UnsafeBufferPointer(buffer)
    }()

    /// Records the tty's current settings; call before `newterm` changes them.
    static func save(fd: Int32) -> Bool {
        _ = resetSequence.count   // initialise the lazy statics outside any handler
        return tcgetattr(fd, savedTermios) == 0
    }

    static func arm(fd: Int32) { ttyFD.store(fd, ordering: .sequentiallyConsistent) }
    static func disarm() { ttyFD.store(-1, ordering: .sequentiallyConsistent) }

    /// Async-signal-safe: an atomic exchange (so only the first crash repairs),
    /// write(2) and tcsetattr(3).
    static func repair() {
        let fd = ttyFD.exchange(-1, ordering: .sequentiallyConsistent)
        guard fd >= 0 else { return }
        _ = write(fd, resetSequence.baseAddress, resetSequence.count)
        _ = tcsetattr(fd, TCSANOW, savedTermios)
    }
}
