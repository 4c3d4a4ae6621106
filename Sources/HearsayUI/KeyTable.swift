/// The keymap as a table for people: `hearsay keys` prints it (with the user's
/// overrides), and the README's key table is this output for the defaults (a test
/// keeps them equal).
public enum KeyTable {
    public static func markdown(_ keymap: Keymap) -> String {
        var out = "| Keys | Does | Where |\n|---|---|---|\n"
        for row in rows(keymap) {
            let keys = row.keys.map { "`\($0.replacingBars)`" }.joined(separator: " ")
            out += "| \(keys) | \(row.help) | \(row.modes) |\n"
        }
        return out
    }

    public static func text(_ keymap: Keymap) -> String {
        let rows = rows(keymap)
        let width = min(28, rows.map { DisplayWidth.of($0.keys.joined(separator: " ")) }.max() ?? 0)
        return rows.map { row in
            let keys = row.keys.joined(separator: " ")
            let pad = String(repeating: " ", count: max(1, width + 2 - DisplayWidth.of(keys)))
            return keys + pad + row.help + "  (" + row.modes + ")"
        }.joined(separator: "\n") + "\n"
    }

    struct Row {
        var keys: [String]
        var help: String
        var modes: String
    }

    static func rows(_ keymap: Keymap) -> [Row] {
        keymap.bindings.filter { !$0.keys.isEmpty }.map { b in
            let modes = Mode.allCases.filter { b.modes.contains($0) }.map { mode -> String in
                switch mode {
                case .article: "reading"
                case .side: "side pane"
                case .help: "help"
                case .visual: "visual"
                case .review: "review"
                case .chart: "who speaks"
                }
            }
            let keys = b.keys.map { KeySpec.label($0) + (b.takesArgument ? "{x}" : "") }
            return Row(keys: keys, help: b.help, modes: modes.joined(separator: ", "))
        }
    }
}

extension String {
    /// A `|` inside a Markdown table cell must be escaped.
    var replacingBars: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
