import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayCore
import HearsayStorage
import HearsayUI

/// `hearsay render`: the screen the reader would show, as text, without a terminal.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the screen the reader would show (for tests, bug reports and docs).",
        discussion: """
            KEYS is key notation as in keymap files: ]q/Asif<Enter>n presses ], q, /, \
            types Asif, presses Enter and n. --keys-file reads it from a file (# comments, \
            line breaks ignored). The analysis is complete before the keys are played.

            Examples:
              hearsay render article.txt --size 100x30
              hearsay render article.txt --keys ']q]q' --styles
              hearsay render article.txt --color --theme light
            """)

    @Argument(help: "The article; the bundled sample editorial when omitted; - reads standard input.")
    var file: String?

    @Option(help: InputFormat.help)
    var inputFormat: InputFormat?

    @Option(help: "Screen size as WIDTHxHEIGHT.")
    var size: String = "100x30"

    @Option(help: "Keys to press before printing the screen.")
    var keys: String?

    @Option(help: "A file of keys to press (see above).")
    var keysFile: String?

    @Flag(help: "Print the style runs by role after the text (the golden-screen format).")
    var styles = false

    @Flag(help: "Print the screen in colour (24-bit escape sequences), as the reader draws it in --theme.")
    var color = false

    @Option(help: "The colour theme for --color: dark (default), light, high-contrast, mono, or a user theme.")
    var theme: String?

    /// The screen's width and height from `--size`, or nil when it is not WIDTHxHEIGHT.
    static func dimensions(_ size: String) -> [Int]? {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        return parts.count == 2 && (1...1000).contains(parts[0]) && (1...1000).contains(parts[1]) ? parts : nil
    }

    /// (Checked while parsing, so that a mistake shows this command's usage.)
    func validate() throws {
        guard Self.dimensions(size) != nil else { throw ValidationError("--size must be WIDTHxHEIGHT, e.g. 100x30") }
        if theme != nil && !color { throw ValidationError("--theme is for --color") }
        if let keys { _ = try Self.script(keys, isFile: false) }
    }

    static func script(_ text: String, isFile: Bool) throws -> [Key] {
        do {
            return try KeyScript.parse(text, isFile: isFile)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let parts = Self.dimensions(size)!   // (checked by `validate`)
        var script: [Key] = []
        if let keys { script += try Self.script(keys, isFile: false) }
        if let keysFile {
            // A missing or unreadable file is said as such (it was a CocoaError dump, and a usage error).
            guard let text = try? String(contentsOfFile: keysFile, encoding: .utf8) else {
                Stderr.print("hearsay: \(keysFile): \(FileKind(path: keysFile) == .missing ? "no such file" : "cannot read it as UTF-8 text")")
                throw ExitCode(1)
            }
            script += try Self.script(text, isFile: true)
        }
        let source = try ReaderSetup.source(file, format: inputFormat)
        let (document, warnings) = try ReaderSetup.document(source)
        for w in warnings { Stderr.print("hearsay: warning: \(source.name): \(w)") }
        let article = source.article(document, analysis: Analyzer.analyze(document))
        let env = ProcessInfo.processInfo.environment
        let (config, keymap, settingsWarnings) = ReaderSetup.settings(environment: env)
        for w in settingsWarnings { Stderr.print(w) }
        var state = AppState(article: article, width: parts[0], height: parts[1], keymap: keymap)
        ReaderSetup.apply(config, to: &state)
        _ = KeyScript.play(script, on: &state)
        let screen = HearsayUI.render(state)
        if color {
            // A theme asked for by name must exist: the picture is what the user wanted to see.
            let (loaded, themeWarnings) = ThemeLoader.load(name: theme ?? config.theme, environment: env)
            if theme != nil && !themeWarnings.isEmpty {
                // (Not "using the default": a picture in another theme than the one asked for is no answer.)
                for w in themeWarnings {
                    Stderr.print(w.hasSuffix("; using the default") ? String(w.dropLast("; using the default".count)) : w)
                }
                throw ExitCode(1)
            }
            Stdout.write(ScreenANSI.render(screen, theme: loaded.withTagColors(state.annotations.codebook)))
        } else if styles {
            print(ScreenDump.render(screen), terminator: "")
        } else {
            for row in screen.rows { print(ScreenDump.trimmingTrailingSpaces(row)) }
        }
    }
}
