import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayCore
import HearsayStorage
import HearsayTerminal
import HearsayUI

/// `hearsay [read] FILE`: the terminal reader.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open an article in the terminal reader (the default command).",
        discussion: """
            With no FILE, opens the bundled sample editorial. - reads the article from \
            standard input and the keys from the terminal. Press ? in the reader for \
            the keys; user keys go in $XDG_CONFIG_HOME/hearsay/keymap and themes in \
            $XDG_CONFIG_HOME/hearsay/themes/; settings in config.toml there (hearsay config).

            Examples:
              hearsay article.txt
              hearsay --theme light page.html
              curl -s https://example.org/story.md | hearsay --input-format markdown -
              hearsay --codebook project-codes.json interviews/first.txt
            """)

    @Argument(help: "The article to open; the bundled sample editorial when omitted; - reads standard input.")
    var file: String?

    @Option(help: InputFormat.help)
    var inputFormat: InputFormat?

    @Option(help: "Colour theme: dark (default), light, high-contrast, mono, or a user theme.")
    var theme: String?

    @Flag(help: "Do not turn on the mouse (leaves the terminal's own selection working).")
    var noMouse = false

    @Option(help: "The annotation file (default: FILE.hearsay.json beside the article).")
    var annotations: String?

    @Option(help: "A codebook (tags) shared by many articles, kept in this file.")
    var codebook: String?

    @Option(help: "The actor registry: actor edits applied to every article (default: $XDG_DATA_HOME/hearsay/actors.json).")
    var actors: String?

    func run() throws {
        try Read.open(file, theme: theme, mouse: !noMouse, annotations: annotations, codebook: codebook, actors: actors,
                      format: inputFormat)
    }

    /// `hearsay` and `hearsay FILE` come here straight from main.swift, without
    /// the argument parser (see `FastStart`).
    static func open(_ file: String?, theme: String?, mouse: Bool, annotations: String? = nil, codebook: String? = nil,
                     actors: String? = nil, review: Bool = false, format: InputFormat? = nil) throws {
        MemoryTuning.oneArena()
        let env = ProcessInfo.processInfo.environment
        let source = try ReaderSetup.source(file, format: format)
        var messages: [String] = []
        let reader = ReaderLoop.Start(source: source)
        let first = try reader.firstArticle(warnings: &messages)
        let (config, keymap, settingsWarnings) = ReaderSetup.settings(environment: env)
        messages += settingsWarnings
        // Options on the command line win over the configuration file.
        let theme = theme ?? config.theme
        let mouse = mouse && config.mouse
        let codebook = codebook ?? config.codebook
        let actors = actors ?? config.actors
        let (loadedTheme, themeWarnings) = ThemeLoader.load(name: theme, environment: env)
        messages += themeWarnings

        let terminal: Terminal
        do {
            terminal = try Terminal(options: TerminalOptions(mouse: mouse))
        } catch {
            Stderr.print("hearsay: \(error)")
            Stderr.print("hearsay: without a terminal, `hearsay analyze FILE` prints the analysis and `hearsay render FILE` the screen")
            throw ExitCode(1)
        }
        // On a terminal without colours (or with NO_COLOR) a colour theme would draw
        // quotations as plain text: the attributes-only theme takes over.
        let startTheme = terminal.colorDepth == .monochrome ? BundledThemes.monochrome : loadedTheme
        let size = terminal.size
        var state = AppState(article: first, width: size.width, height: size.height, keymap: keymap,
                             themeName: theme ?? "dark")
        ReaderSetup.apply(config, to: &state)
        if let last = messages.last {
            state.message = StatusMessage(text: ReaderSetup.short(last, environment: env), isError: true)
        } else if FirstRun.claim(environment: env) {
            state.message = StatusMessage(text: FirstRun.tip, isError: false)
        }
        let session = AnnotationSession.path(file: file, explicit: annotations, environment: env)
            .map { AnnotationSession(path: $0, codebook: codebook) }
        state.readOnlyReason = session == nil
            ? "the article came from standard input; give --annotations PATH to keep annotations"
            : AnnotationSession.pendingReason
        var loop = ReaderLoop(terminal: terminal, theme: startTheme, environment: env, session: session)
        loop.startsInReview = review
        loop.partOfFile = { reader.part(end: $0) }
        loop.articlePath = file == "-" ? nil : file
        loop.registry = ActorRegistry(path: actors ?? ActorRegistry.defaultPath(environment: env))
        let status = loop.run(&state) { reader.background(after: first) }
        terminal.end()
        for m in messages { Stderr.print(m) }
        if status != 0 { throw ExitCode(status) }
    }
}

/// `hearsay review FILE`: the reader, straight into review mode once the analysis is in.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review the detected quotations of an article one by one (the reader in review mode).",
        discussion: """
            a accepts, x rejects, s changes the speaker, K the kind, < and > the \
            boundaries, j and k move, q leaves review mode. Decisions are saved in \
            FILE.hearsay.json and win over any later analysis (hearsay analyze --reviewed).

            Examples:
              hearsay review article.txt
              hearsay analyze --reviewed article.txt   # the analysis with your decisions
            """)

    @Argument(help: "The article; the bundled sample editorial when omitted.")
    var file: String?

    @Option(help: InputFormat.help)
    var inputFormat: InputFormat?

    @Option(help: "Colour theme.")
    var theme: String?

    @Option(help: "The annotation file (default: FILE.hearsay.json beside the article).")
    var annotations: String?

    func run() throws {
        try Read.open(file, theme: theme, mouse: true, annotations: annotations, review: true, format: inputFormat)
    }
}
