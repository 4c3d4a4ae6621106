import CNcursesw
import Glibc
import HearsayUI
import Synchronization

/// The terminal, in curses mode: draws `ScreenBuffer`s and reads keys, mouse,
/// resizes and signals. The only type in Hearsay that talks to ncurses.
///
/// Use it from one thread. The caller owns the loop: on `.signal(sig)` it calls
/// `end()` and exits with 128 + sig; `end()` also runs on deinit.
public final class Terminal {
    enum Phase { case active, suspended, ended }

    public private(set) var colorDepth: ColorDepth

    let window: UnsafeMutablePointer<WINDOW>
    let screen: OpaquePointer
    let device: TTYDevice
    let mouseEnabled: Bool
    var phase = Phase.active
    var palette: Palette
    /// The last frame drawn, to redraw only the cells that changed; nil forces a full repaint.
    var previousFrame: ScreenBuffer?
    var mouse = MouseInterpreter()
    /// Events already read but not yet returned (a double report, a key read with a signal).
    var queued: [TerminalEvent] = []
    var lastSize: (width: Int, height: Int)
    /// Mouse motion tracking is switched on after the first frame is flushed.
    var motionTrackingPending = false
    /// Scratch space for one cell's wide characters, reused every cell. Allocated in
    /// `init` once nothing can throw any more: deinit, which frees it, does not run
    /// for an init that throws (LeakSanitizer found the leak, docs/SANITIZERS.md).
    let glyph: UnsafeMutablePointer<wchar_t>

    /// Only one Terminal may own the screen: ncurses and the signal handlers are process-wide.
    static let active = Atomic<Bool>(false)

    /// Takes over the controlling terminal (/dev/tty) in curses mode.
    public convenience init(options: TerminalOptions = .init()) throws {
        try self.init(options: options, ttyPath: "/dev/tty",
                      term: Self.environment("TERM"), noColor: Self.environment("NO_COLOR"))
    }

    /// The designated initialiser; tests pass a pseudo-terminal and TERM.
    init(options: TerminalOptions, ttyPath: String, term: String?, noColor: String?) throws {
        TerminalLocale.ensureUTF8()   // before newterm: ncursesw decides how to draw from LC_CTYPE
        guard let term, !term.isEmpty else { throw TerminalError.termNotSet }
        guard Self.active.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged
        else { throw TerminalError.alreadyActive }

        // Undo whatever was set up if a later step fails.
        var device: TTYDevice?
        var handlersInstalled = false
        var opened = false
        defer {
            if !opened {
                if handlersInstalled { SignalHandlers.restore() }
                device?.close()
                Terminal.active.store(false, ordering: .sequentiallyConsistent)
            }
        }
        let tty = try TTYDevice.open(ttyPath)
        device = tty
        guard CrashRestore.save(fd: tty.fd) else {
            throw TerminalError.noTerminal(path: ttyPath, reason: "cannot read its settings")
        }
        SignalHandlers.install()   // before newterm, see SignalHandlers
        handlersInstalled = true
        // The size comes from the tty (ioctl), never from LINES/COLUMNS: exported
        // ones would otherwise override it and freeze it across resizes.
        use_env(true)
        use_tioctl(true)
        // 24-bit colours when the terminal says it has them and terminfo can send them.
        let terminfo = DirectColorTerm.choose(term: term, colorterm: Self.environment("COLORTERM"),
                                              exists: DirectColorTerm.terminfoExists)
        // newterm, not initscr: initscr would draw on stdout and exit on an unknown TERM.
        guard let screen = newterm(terminfo, tty.output, tty.input), let window = cn_stdscr() else {
            throw TerminalError.unsupportedTerminal(term: term)
        }
        // A terminal that cannot address the cursor (TERM=dumb) cannot show a screen.
        guard let cup = tigetstr("cup"), Int(bitPattern: cup) != -1 else {
            endwin()
            delscreen(screen)
            throw TerminalError.unsupportedTerminal(term: term)
        }
        opened = true
        glyph = .allocate(capacity: Glyph.capacity)
        self.screen = screen
        self.window = window
        self.device = tty
        mouseEnabled = options.mouse

        cbreak()        // not raw(): Ctrl-C must still raise SIGINT, Ctrl-Z SIGTSTP
        noecho()
        nonl()          // Enter arrives as CR, and ncurses may move the cursor with LF
        intrflush(window, false)
        keypad(window, true)   // on the window we read from, or arrows arrive as ESC O A
        set_escdelay(25)       // a lone Escape is reported after 25 ms, not 1 s
        Self.defineHomeAndEnd()
        curs_set(0)
        leaveok(window, true)  // the cursor is hidden: no need to park it after each update

        let depth = Self.startColors(options: options, noColor: noColor)
        colorDepth = depth.depth
        palette = Palette(depth: depth.depth, defaultColors: depth.defaultColors,
                          pairLimit: Int(cn_color_pairs()))
        lastSize = (0, 0)
        followTTYSize()
        if mouseEnabled { Self.startMouse() }
        motionTrackingPending = mouseEnabled
        CrashRestore.arm(fd: tty.fd)
    }

    deinit {
        end()
        glyph.deallocate()
    }

    /// The screen size in cells.
    public var size: (width: Int, height: Int) {
        if phase == .active { lastSize = (Int(getmaxx(window)), Int(getmaxy(window))) }
        return lastSize
    }

    /// Leaves curses mode so another program can use the terminal ($EDITOR) or
    /// the process can stop: the tty is back in the shell's mode, normal screen,
    /// cursor visible, mouse off.
    public func suspend() {
        guard phase == .active else { return }
        CrashRestore.disarm()
        if mouseEnabled { setMotionTracking(false) }
        endwin()
        phase = .suspended
        // Ctrl-Z in a program run meanwhile should stop the whole job, us included.
        SignalHandlers.defaultStopAction()
    }

    /// Back to curses mode after `suspend`, repainting the whole screen (the
    /// other program drew over it). The next `present` repaints every cell.
    /// While not suspended it only does the latter (a redraw key, e.g. Ctrl-L:
    /// the next `present` clears the terminal and sends every cell).
    public func resume() {
        if phase == .active {
            previousFrame = nil
            clearok(window, true)
        }
        guard phase == .suspended else { return }
        SignalHandlers.installStopHandler()
        phase = .active
        followTTYSize()        // the terminal may have been resized meanwhile
        clearok(window, true)  // the next update clears and repaints the whole screen
        wnoutrefresh(window)
        doupdate()             // re-enters program mode: tty modes, alternate screen, keypad, mouse
        if mouseEnabled { setMotionTracking(true) }
        previousFrame = nil
        CrashRestore.arm(fd: device.fd)
    }

    /// Leaves curses mode for good: normal screen, cursor visible, mouse off, tty
    /// as before, signal handlers as before. Safe to call more than once.
    public func end() {
        guard phase != .ended else { return }
        CrashRestore.disarm()
        if phase == .active {
            if mouseEnabled {
                setMotionTracking(false)
                mousemask(0, nil)
            }
            curs_set(1)
            endwin()
        }
        phase = .ended
        delscreen(screen)
        device.close()
        SignalHandlers.restore()
        Self.active.store(false, ordering: .sequentiallyConsistent)
    }

    /// Makes ncurses' screen the size the tty reports. ncurses prefers exported
    /// LINES/COLUMNS to the tty's size, at start and after every SIGWINCH, so a
    /// stale export would freeze the screen size (use_env(FALSE) stops resizes
    /// altogether, use_tioctl(TRUE) did not help on 6.4; both tried).
    func followTTYSize() {
        if let (width, height) = device.windowSize(),
           width != Int(getmaxx(window)) || height != Int(getmaxy(window)) {
            resize_term(Int32(height), Int32(width))   // resize_term: no extra KEY_RESIZE
        }
        lastSize = (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    // MARK: - Setup helpers

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Starts colours unless the chosen depth is monochrome (then not a single
    /// colour escape is sent). Returns the depth and whether -1 (the terminal's
    /// own default colours) may be used.
    private static func startColors(options: TerminalOptions, noColor: String?)
        -> (depth: ColorDepth, defaultColors: Bool) {
        let offered = has_colors() ? max(0, Int(tigetnum("colors"))) : 0
        let depth = ColorDepthChoice.resolve(terminalColors: offered, noColor: noColor,
                                             override: options.depthOverride)
        guard depth != .monochrome, start_color() == OK else { return (.monochrome, false) }
        let defaults = use_default_colors() == OK
        return (min(depth, ColorDepth(colors: Int(cn_colors()))), defaults)
    }

    /// Wheel, presses and releases, reported at once (mouseinterval 0; clicks are
    /// made by `MouseInterpreter`). Motion tracking follows after the first frame.
    private static func startMouse() {
        mousemask(CN_ALL_MOUSE_EVENTS | CN_REPORT_MOUSE_POSITION, nil)
        mouseinterval(0)
    }

    /// ncurses only asks for mouse mode 1000 (presses and releases); mode 1002
    /// adds motion while a button is down, which makes drags. It is written
    /// straight to the tty right after a `doupdate` has flushed ncurses' own
    /// output, because order matters (a later 1000h would switch 1002 off) and
    /// because putp(3) wrote to stdout, not to the newterm screen, when tried.
    func setMotionTracking(_ on: Bool) {
        let sequence = on ? "\u{1B}[?1002h" : "\u{1B}[?1002l"
        _ = sequence.withCString { write(device.fd, $0, strlen($0)) }
        motionTrackingPending = false
    }
}

extension Terminal {
    /// Home and End as every terminal sends them, whatever the terminfo entry
    /// says: TERM=xterm-256color inside tmux gets ESC[1~ and ESC[4~, which the
    /// xterm entry does not name, and they arrived as "~ is not a key here".
    /// (less and vim accept all of these too.)
    static func defineHomeAndEnd() {
        for sequence in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"] { _ = define_key(sequence, KEY_HOME) }
        for sequence in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"] { _ = define_key(sequence, KEY_END) }
    }
}
