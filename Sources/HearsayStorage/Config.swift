import FoundationEssentials
import HearsayCore
import HearsayUI

/// The user's settings, from `$XDG_CONFIG_HOME/hearsay/config.toml` (or
/// `~/.config/hearsay/config.toml`). Every key is optional; options on the
/// command line win over the file. A key the file gets wrong (unknown, the wrong
/// type, a value out of range) is reported with the file, the line and, when
/// one is close, the key that was probably meant; it is then ignored and the
/// rest of the file still applies. `hearsay config --print-defaults` writes a
/// file with every key, its default and what it does.
public struct Config: Equatable, Sendable {
    /// The colour theme (a bundled one or a user theme's name).
    public var theme: String?
    public var mouse = true
    /// Columns of the side pane; nil: a third of the terminal, 28 to 48.
    public var sidePaneWidth: Int?
    /// The tab the side pane opens on.
    public var sidePaneTab: SideTab = .quotations
    /// The longest line of article text; 0 wraps at the pane's width.
    public var wrap = Geometry.maximumMeasure
    /// A codebook shared by every article (`--codebook`).
    public var codebook: String?
    /// The actor registry (`--actors`).
    public var actors: String?
    /// `hearsay export` without `--format`, and `:export` without a format.
    public var exportFormat: String?
    /// Whether exports include the article's text (`--no-text` turns it off).
    public var exportText = true
    /// Key overrides, as in the keymap file: command and its keys.
    public var keys: [(command: Command, keys: [[Key]])] = []

    public init() {}

    public static func == (a: Config, b: Config) -> Bool {
        a.theme == b.theme && a.mouse == b.mouse && a.sidePaneWidth == b.sidePaneWidth && a.sidePaneTab == b.sidePaneTab
            && a.wrap == b.wrap && a.codebook == b.codebook && a.actors == b.actors && a.exportFormat == b.exportFormat
            && a.exportText == b.exportText && a.keys.map(\.command) == b.keys.map(\.command) && a.keys.map(\.keys) == b.keys.map(\.keys)
    }

    /// The file's place: `$XDG_CONFIG_HOME/hearsay/config.toml`, else under `~/.config`.
    public static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/hearsay/config.toml" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/hearsay/config.toml" }
        return nil
    }

    /// The settings and the problems found (each "FILE:LINE: what; ignored"). No file: the defaults.
    public static func load(environment: [String: String]) -> (Config, [String]) {
        guard let path = path(environment: environment), FileKind(path: path) != .missing else { return (Config(), []) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return (Config(), ["\(path): cannot read the configuration file (not UTF-8 text?); using the defaults"])
        }
        return parse(text, name: path)
    }

    /// Every key the file may have: table, key, and what the value must be.
    static let known: [(table: String, key: String)] = [
        ("", "theme"), ("", "mouse"), ("side-pane", "width"), ("side-pane", "tab"), ("reader", "wrap"),
        ("files", "codebook"), ("files", "actors"), ("export", "format"), ("export", "text"),
    ]

    public static func parse(_ text: String, name: String = "config.toml") -> (Config, [String]) {
        var config = Config()
        let (entries, problems) = TOMLSubset.parse(text)
        var warnings = problems.map { "\(name):\($0.line): \($0.message); ignored" }
        var seen: [String: Int] = [:]
        for e in entries {
            let full = e.table.isEmpty ? e.key : e.table + "." + e.key
            func warn(_ message: String) { warnings.append("\(name):\(e.line): \(message); ignored") }
            if let first = seen[full] { warn("\(full) is already set on line \(first)"); continue }
            seen[full] = e.line
            func string() -> String? {
                if case .string(let s) = e.value { return s }
                warn("\(full) must be a string in quotes, not \(e.value.kind)")
                return nil
            }
            func bool() -> Bool? {
                if case .bool(let b) = e.value { return b }
                warn("\(full) must be true or false, not \(e.value.kind)")
                return nil
            }
            func integer(_ range: ClosedRange<Int>) -> Int? {
                guard case .integer(let n) = e.value else { warn("\(full) must be a whole number, not \(e.value.kind)"); return nil }
                guard range.contains(n) else { warn("\(full) must be from \(range.lowerBound) to \(range.upperBound), not \(n)"); return nil }
                return n
            }
            switch (e.table, e.key) {
            case ("", "theme"): if let s = string() { config.theme = s.isEmpty ? nil : s }
            case ("", "mouse"): if let b = bool() { config.mouse = b }
            case ("side-pane", "width"): if let n = integer(0...200) { config.sidePaneWidth = n == 0 ? nil : max(n, 20) }
            case ("side-pane", "tab"):
                guard let s = string() else { continue }
                if let tab = SideTab.allCases.first(where: { $0.rawValue.lowercased() == s.lowercased() || $0.shortTitle.lowercased() == s.lowercased() }) {
                    config.sidePaneTab = tab
                } else {
                    warn("side-pane.tab must be one of \(SideTab.allCases.map { "\"\($0.rawValue.lowercased())\"" }.joined(separator: ", ")), not \"\(s)\"")
                }
            case ("reader", "wrap"): if let n = integer(0...1000) { config.wrap = n }
            case ("files", "codebook"): if let s = string() { config.codebook = s.isEmpty ? nil : expand(s, environment: nil) }
            case ("files", "actors"): if let s = string() { config.actors = s.isEmpty ? nil : expand(s, environment: nil) }
            case ("export", "format"):
                guard let s = string() else { continue }
                let formats = ["json", "w3c", "qdpx", "qdc", "csv", "markdown", "html", "brat", "tei"]
                if s.isEmpty { config.exportFormat = nil } else if formats.contains(s) { config.exportFormat = s } else { warn("export.format must be one of \(formats.joined(separator: ", ")), not \"\(s)\"") }
            case ("export", "text"): if let b = bool() { config.exportText = b }
            case ("keys", let commandName):
                guard let spec = string() else { continue }
                guard let command = Command(rawValue: commandName) else {
                    let hint = suggestion(commandName, among: Command.allCases.map(\.rawValue)).map { " (did you mean \($0)?)" } ?? ""
                    warn("unknown command \"\(commandName)\" in [keys]\(hint)")
                    continue
                }
                do {
                    let keys = try spec.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { try KeySpec.parse(String($0)) }
                    config.keys.append((command, keys))
                } catch {
                    warn("keys.\(commandName): \(error)")
                }
            default:
                let names = known.map { $0.table.isEmpty ? $0.key : $0.table + "." + $0.key } + ["keys.COMMAND"]
                let hint = suggestion(full, among: names).map { " (did you mean \($0)?)" } ?? ""
                warn("unknown key \(full)\(hint)")
            }
        }
        return (config, warnings)
    }

    /// `~/` at the start of a path is the home folder, as in a shell.
    static func expand(_ path: String, environment: [String: String]?) -> String {
        guard path.hasPrefix("~/") else { return path }
        let home = (environment ?? ProcessInfo.processInfo.environment)["HOME"] ?? ""
        return home.isEmpty ? path : home + path.dropFirst()
    }

    /// The known name closest to `word`, when it is close (a typo, a wrong table).
    static func suggestion(_ word: String, among names: [String]) -> String? {
        let scored = names.map { (name: $0, distance: EditDistance.between(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        if best.distance <= 1 { return best.name }
        // A key in the wrong table: "wrap" for reader.wrap, "colours.theme" for theme.
        let key = word.split(separator: ".").last.map(String.init) ?? word
        if let moved = names.first(where: { ($0.split(separator: ".").last.map(String.init) ?? $0) == key }) { return moved }
        return best.distance <= max(2, word.count / 3) ? best.name : nil
    }

    /// A configuration file with every key at its default, each explained:
    /// what `hearsay config --print-defaults` writes.
    public static let defaultsText = """
        # Hearsay's configuration: $XDG_CONFIG_HOME/hearsay/config.toml
        # (~/.config/hearsay/config.toml). Every key is optional; the values below
        # are the defaults. Options on the command line win over this file.

        # Colour theme: dark, light, high-contrast, mono, or the name of a theme in
        # ~/.config/hearsay/themes/. Unset, it is dark, or mono when NO_COLOR is
        # set; a theme set here wins over NO_COLOR.
        # theme = "dark"

        # Turn the mouse on (click, wheel, drag to select). false leaves the
        # terminal's own selection working, as --no-mouse does.
        mouse = true

        [side-pane]
        # Columns of the side pane, 20 to 200; 0: automatic, a third of the
        # terminal kept between 28 and 48.
        width = 0
        # The tab it opens on: quotations, actors, outline or annotations.
        tab = "quotations"

        [reader]
        # The longest line of article text, in columns; 0 wraps at the pane's width.
        wrap = \(Geometry.maximumMeasure)

        [files]
        # A codebook (tags) shared by every article, as --codebook FILE; "" for
        # none (each article's tags are its own).
        codebook = ""
        # The actor registry, as --actors FILE; "" for the default,
        # $XDG_DATA_HOME/hearsay/actors.json.
        actors = ""

        [export]
        # The format of `hearsay export` and `:export` when none is given: json,
        # w3c, qdpx, qdc, csv, markdown, html, brat or tei; "" to always ask.
        format = ""
        # Include the article's text in exports (false: as --no-text).
        text = true

        [keys]
        # Key overrides, as in the keymap file: a command = its keys, replacing
        # the default keys (hearsay keys --names lists the commands). For example:
        # next-quotation = "]q <C-n>"
        # quit = "q <C-q>"

        """
}
