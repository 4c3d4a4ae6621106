import Glibc

/// The terminal device ncurses reads keys from and draws on.
///
/// It is /dev/tty, not stdin/stdout: `hearsay -` reads the article from a pipe
/// on stdin while the keyboard is still the tty, and stdout must never receive
/// escape sequences (it may be redirected). Two streams, as `newterm` wants;
/// close-on-exec so that an $EDITOR run while suspended does not inherit them.
struct TTYDevice {
    let input: UnsafeMutablePointer<FILE>
    let output: UnsafeMutablePointer<FILE>
    var fd: Int32 { fileno(output) }

    static func open(_ path: String) throws -> TTYDevice {
        guard let output = fopen(path, "we") else {
            throw TerminalError.noTerminal(path: path, reason: String(cString: strerror(errno)))
        }
        guard let input = fopen(path, "re") else {
            let reason = String(cString: strerror(errno))
            fclose(output)
            throw TerminalError.noTerminal(path: path, reason: reason)
        }
        guard isatty(fileno(output)) == 1 else {
            fclose(input)
            fclose(output)
            throw TerminalError.noTerminal(path: path, reason: "not a terminal")
        }
        return TTYDevice(input: input, output: output)
    }

    /// The size the kernel has for the tty (what the terminal emulator set), if it has one.
    func windowSize() -> (width: Int, height: Int)? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    func close() {
        fclose(input)
        fclose(output)
    }
}
