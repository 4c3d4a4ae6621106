/// ncurses colour pairs, allocated the first time a (foreground, background) is drawn.
///
/// A terminal has a fixed number of pairs (COLOR_PAIRS: 64 for TERM=xterm, 65536
/// for tmux-256color), and a theme needs only a handful, so pairs are handed out
/// lazily from 1 up. Pair 0 is the terminal's default colours (-1, -1 after
/// use_default_colors) and the fallback when pairs run out or ncurses refuses one:
/// the text is then drawn uncoloured but with its attributes, never not at all.
struct ColorPairCache {
    struct Colors: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// Pairs ncurses offers (COLOR_PAIRS); numbers at or above it are never tried.
    let limit: Int32
    private(set) var pairs: [Colors: Int32] = [:]
    private var next: Int32 = 1

    init(limit: Int) {
        self.limit = Int32(clamping: limit)
    }

    /// The pair for these colours (-1 = default), allocating it with `allocate`
    /// (init_extended_pair; true when it succeeded) the first time.
    mutating func pair(foreground: Int32, background: Int32,
                       allocate: (_ pair: Int32, _ foreground: Int32, _ background: Int32) -> Bool) -> Int32 {
        if foreground == -1 && background == -1 { return 0 }
        let key = Colors(foreground: foreground, background: background)
        if let known = pairs[key] { return known }
        var result: Int32 = 0
        if next < limit, allocate(next, foreground, background) {
            result = next
            next += 1
        }
        pairs[key] = result   // a failure is remembered too: no retry every frame
        return result
    }
}
