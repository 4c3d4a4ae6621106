import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayCore
import HearsayStorage
import HearsayUI

/// What `read` and `render` share: which article, which keymap, which theme.
enum ReaderSetup {
    /// The article named on the command line, or the bundled sample.
    static func source(_ file: String?, format: InputFormat? = nil) throws -> ArticleSource {
        guard let file else {
            return ArticleSource(name: "sample-editorial.txt", bytes: Array(SampleArticle.text.utf8))
        }
        do {
            return try ArticleSource.read(path: file, format: format)
        } catch {
            Stderr.print("hearsay: \(error)")
            // "hearsay frobnicate": a mistyped command rather than a missing article.
            if case DocumentLoader.LoadError.notFound = error, !file.contains("."), !file.contains("/") {
                Stderr.print("hearsay: (not a file, nor a command: \(FastStart.subcommandNames.sorted().joined(separator: ", ")); hearsay --help)")
            }
            throw ExitCode(1)
        }
    }

    /// The whole document, or exit 1 with a one-line reason (binary file, ...).
    static func document(_ source: ArticleSource) throws -> (Document, [String]) {
        do {
            return try source.document()
        } catch {
            Stderr.print("hearsay: \(error)")
            throw ExitCode(1)
        }
    }

    /// The defaults with the user's keymap file merged over them; problems become warnings.
    static func keymap(environment: [String: String]) -> (Keymap, [String]) {
        let (keymap, warnings) = KeymapLoader.load(environment: environment)
        return (keymap, warnings.map { "hearsay: \($0)" })
    }

    /// The configuration file and the keys: the keymap file's, then the
    /// configuration's `[keys]` over them (refused as a whole if they clash).
    static func settings(environment: [String: String]) -> (config: Config, keymap: Keymap, warnings: [String]) {
        let (config, configWarnings) = Config.load(environment: environment)
        var (keymap, warnings) = keymap(environment: environment)
        warnings = configWarnings.map { "hearsay: \($0)" } + warnings
        if !config.keys.isEmpty {
            let overridden = keymap.overriding(config.keys.map { ($0.command, $0.keys) })
            let clashes = overridden.conflicts()
            if clashes.isEmpty {
                keymap = overridden
            } else {
                warnings += clashes.map { "hearsay: \(Config.path(environment: environment) ?? "config.toml") [keys]: \($0); not applied" }
            }
        }
        return (config, keymap, warnings)
    }

    /// A start-up message as the message line shows it (the whole one goes to
    /// standard error when the reader ends): without "hearsay: " and without the
    /// configuration folder, so "config.toml:7: …" fits the line.
    static func short(_ message: String, environment: [String: String]) -> String {
        var text = message.hasPrefix("hearsay: ") ? String(message.dropFirst(9)) : message
        if let path = Config.path(environment: environment), let slash = path.lastIndex(of: "/") {
            text = text.replacing(String(path[...slash]), with: "")
        }
        return text
    }

    /// The reader's layout and defaults from the configuration.
    static func apply(_ config: Config, to state: inout AppState) {
        state.sidePaneWidth = config.sidePaneWidth
        state.measureLimit = config.wrap
        state.tab = config.sidePaneTab
        state.defaultExportFormat = config.exportFormat
    }
}
