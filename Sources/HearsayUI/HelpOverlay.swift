import HearsayCore

/// The help overlay, generated from the keymap table (as tig and lazygit do):
/// one line per command with its keys, filtered by `/`.
enum HelpOverlay {
    struct Line: Equatable {
        var keys: String
        var text: String
        var isHeading: Bool
    }

    /// The help's sections, one a mode, in order.
    static let sections: [(Mode, String)] = [
        (.article, "Reading"), (.visual, "Selecting (visual mode)"), (.review, "Reviewing quotations (R)"),
        (.chart, "Who speaks (W)"), (.side, "Side pane"), (.help, "This help"),
    ]

    /// The line where `mode`'s section starts (0 when it has none): `?` opens
    /// the help there, at the keys of the mode it was pressed in.
    static func firstLine(of mode: Mode, _ state: AppState) -> Int {
        guard let title = sections.first(where: { $0.0 == mode })?.1 else { return 0 }
        return layout(state).rows.firstIndex { $0.isHeading && $0.text == title } ?? 0
    }

    /// The box as drawn: its width, the width of the keys column, and its rows.
    struct Layout: Equatable {
        var width: Int
        var keyWidth: Int
        var rows: [Line]
        /// Cells for a description: between the keys column and the frame.
        var textWidth: Int { width - keyWidth - 5 }
    }

    /// The box as wide as its longest line needs (at least 40 cells, at most
    /// 90, so that it stays a box over the article, and at most the screen
    /// less a margin); a description longer than
    /// its column continues on the next rows, under itself, where before it
    /// was cut off (":export" lost the formats it lists).
    static func layout(_ state: AppState) -> Layout {
        let lines = lines(state)
        let keyWidth = min(24, lines.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let longest = lines.map { $0.isHeading ? DisplayWidth.of($0.text) - keyWidth - 1 : DisplayWidth.of($0.text) }.max() ?? 0
        let width = min(state.geometry.width - 2, 90, max(40, keyWidth + 5 + longest))
        var layout = Layout(width: width, keyWidth: keyWidth, rows: [])
        // On a screen too narrow for a column of words (under `minimumTextWidth`
        // cells), wrapping would give a row a syllable: descriptions are cut
        // there, as before, and the keys stay readable.
        let textWidth = layout.textWidth
        for line in lines {
            guard !line.isHeading, textWidth >= minimumTextWidth, DisplayWidth.of(line.text) > textWidth else {
                layout.rows.append(line)
                continue
            }
            for (k, piece) in wrapped(line.text, width: textWidth).enumerated() {
                layout.rows.append(Line(keys: k == 0 ? line.keys : "", text: piece, isHeading: false))
            }
        }
        return layout
    }

    /// The narrowest description column that is wrapped.
    static let minimumTextWidth = 12

    /// `text` cut into lines of at most `width` cells, between words; a word
    /// longer than a line is cut where the line is full: the article's own
    /// greedy wrap, on the description's scalars.
    static func wrapped(_ text: String, width: Int) -> [String] {
        let scalars = ScalarText(text.unicodeScalars)
        return ArticleLayout.wrap(scalars, TextRange(0, scalars.count), width: width).map { scalars.string(in: $0.start..<$0.end) }
    }

    static func lines(_ state: AppState) -> [Line] {
        let filter = state.helpFilter.lowercased()
        var result: [Line] = []
        for (mode, title) in sections {
            var section: [Line] = []
            var seen = Set<Command>()
            for b in state.keymap.bindings where b.modes.contains(mode) && !b.keys.isEmpty && !seen.contains(b.command) {
                // Side pane and help list only what differs from reading.
                if mode != .article, state.keymap.bindings.contains(where: { $0.command == b.command && $0.modes.contains(.article) && $0.keys == b.keys }) { continue }
                seen.insert(b.command)
                // At most three keys each: the line stays readable; the rest are aliases.
                // (A key that takes a letter shows it on each key: "'{x} `{x}", not "' `{x}".)
                let argument = b.takesArgument ? "{x}" : ""
                let keys = state.keymap.keys(for: b.command, mode: mode).prefix(3).map { KeySpec.label($0) + argument }.joined(separator: " ")
                let line = Line(keys: keys, text: b.help, isHeading: false)
                if filter.isEmpty || line.keys.lowercased().contains(filter) || line.text.lowercased().contains(filter)
                    || b.command.rawValue.contains(filter) {
                    section.append(line)
                }
            }
            // Counts belong to no one binding (see Reducer+Count.swift).
            if mode == .article {
                let counts = Line(keys: "5j 3]q 10G", text: "a count repeats a motion; 10G goes to paragraph 10 (a lone digit tags)", isHeading: false)
                if filter.isEmpty || counts.keys.lowercased().contains(filter) || counts.text.lowercased().contains(filter) {
                    section.append(counts)
                }
            }
            if !section.isEmpty {
                if !result.isEmpty { result.append(Line(keys: "", text: "", isHeading: false)) }
                result.append(Line(keys: "", text: title, isHeading: true))
                result += section
            }
        }
        // The `:` commands, which no key names (":export" was found by no one).
        let commands = Self.commands.filter { filter.isEmpty || $0.0.lowercased().contains(filter) || $0.1.lowercased().contains(filter) }
        if !commands.isEmpty {
            if !result.isEmpty { result.append(Line(keys: "", text: "", isHeading: false)) }
            result.append(Line(keys: "", text: "Commands (type : first)", isHeading: true))
            result += commands.map { Line(keys: $0.0, text: $0.1, isHeading: false) }
        }
        if result.isEmpty { result.append(Line(keys: "", text: "Nothing matches “\(state.helpFilter)”", isHeading: false)) }
        return result
    }

    /// The command line's commands (see `runCommandLine`), for the help.
    static let commands: [(String, String)] = [
        (":q", "quit (also :wq, :x)"),
        (":w", "nothing to write: every change is saved as it is made"),
        (":123  :50%", "go to paragraph 123, or half way"),
        (":theme NAME", "switch theme: dark, light, high-contrast, mono, or yours"),
        (":export FMT [PATH]", "export: json, w3c, qdpx, qdc, csv, markdown, html, brat, tei"),
        (":tag rename A B", "rename a tag (also merge FROM INTO, delete NAME, parent NAME PARENT)"),
        (":actor merge NAME", "join the selected actor to another (also select, rename, type, split, not, remember)"),
        (":help", "this help"),
    ]
}
