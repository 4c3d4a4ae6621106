import Glibc

/// A pseudo-terminal for in-process tests: `Terminal` opens the slave by path,
/// the test reads what ncurses wrote from the master and types into it.
/// (Not the process's controlling terminal, so SIGWINCH is raised by hand.)
final class PseudoTerminal {
    let master: Int32
    let slave: Int32
    let path: String

    init?(width: Int, height: Int) {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0, let name = ttyname(slave) else { return nil }
        self.master = master
        self.slave = slave
        path = String(cString: name)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        close(master)
        close(slave)
    }

    /// Everything written to the terminal since the last call.
    func output() -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(master, &chunk, chunk.count)
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Raw bytes of the output, for checks that UTF-8 decoding would hide.
    func outputBytes() -> [UInt8] { Array(output().utf8) }

    func type(_ text: String) {
        _ = text.withCString { write(master, $0, strlen($0)) }
    }

    func resize(width: Int, height: Int) {
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// The slave's local modes (ICANON, ECHO, ...), to see what curses changed.
    var localFlags: tcflag_t {
        var t = termios()
        tcgetattr(slave, &t)
        return t.c_lflag
    }
}
