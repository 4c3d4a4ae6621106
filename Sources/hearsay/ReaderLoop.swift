import Dispatch
import Foundation
import HearsayCore
import HearsayStorage
import HearsayTerminal
import HearsayUI

/// The only imperative part of the reader: present the rendered state, wait for
/// an event or for the background work, reduce, run the effects.
struct ReaderLoop {
    let terminal: Terminal
    var theme: Theme
    let environment: [String: String]

    init(terminal: Terminal, theme: Theme, environment: [String: String]) {
        self.terminal = terminal
        self.theme = theme
        self.environment = environment
    }

    /// Returns the exit status: 0, or 128 + the signal that ended the reader.
    /// `startBackground` runs after the first frame is on screen, so loading and
    /// analysis never compete with the first paint for the CPU.
    mutating func run(_ state: inout AppState, startBackground: () -> Mailbox<Article>?) -> Int32 {
        var waiting: Mailbox<Article>?
        var started = false
        while !state.shouldQuit {
            terminal.present(render(state), theme: theme)
            if !started {
                started = true
                waiting = startBackground()
            }
            // Poll often while the analysis runs, so its result shows at once.
            let event = terminal.nextEvent(timeoutMilliseconds: waiting == nil ? 1000 : 15)
            if let mailbox = waiting, let article = mailbox.take() {
                _ = reduce(into: &state, .articleUpdated(article))
                if article.isComplete && article.analysis != nil { waiting = nil }
            }
            guard let event else { continue }
            let action: Action
            switch event {
            case .key(let key): action = .key(key)
            case .mouse(let m): action = .mouse(m)
            case .resize(let w, let h): action = .resize(width: w, height: h)
            case .signal(let sig): return 128 + sig
            }
            for effect in reduce(into: &state, action) {
                run(effect, &state)
            }
        }
        return 0
    }

    mutating func run(_ effect: Effect, _ state: inout AppState) {
        switch effect {
        case .quit:
            break
        case .redraw:
            terminal.resume()
        case .loadTheme(let name):
            let (loaded, warnings) = ThemeLoader.load(name: name, environment: environment)
            if warnings.isEmpty {
                theme = loaded
                state.themeName = name
                state.message = StatusMessage(text: "Theme \(name)", isError: false)
            } else {
                state.message = StatusMessage(text: warnings.joined(separator: "; "), isError: true)
            }
        }
    }
}

extension ReaderLoop {
    /// How an article gets on screen fast: the text is drawn first (a big file's
    /// first part), and the analysis (and the rest of a big file) follows on
    /// another thread once the first frame is up. Even a short article waits for
    /// nothing: building the gazetteer alone takes about 15 ms.
    struct Start {
        let source: ArticleSource

        func firstArticle(warnings: inout [String]) throws -> Article {
            if let preview = source.preview() {
                return Article(name: source.name, document: preview, analysis: nil, isComplete: false)
            }
            let (document, w) = try ReaderSetup.document(source)
            warnings += w.map { "hearsay: warning: \(source.name): \($0)" }
            return Article(name: source.name, document: document, analysis: nil)
        }

        /// The work left after the first frame, posting each better article as it is ready.
        func background(after first: Article) -> Mailbox<Article>? {
            if first.isComplete && first.analysis != nil { return nil }
            let mailbox = Mailbox<Article>()
            let source = self.source
            let firstDocument = first.isComplete ? first.document : nil
            DispatchQueue.global(qos: .userInitiated).async {
                let document: Document
                if let firstDocument {
                    document = firstDocument
                } else {
                    // (A big file that turns out not to be text past its first part
                    // stays on its first part, marked as loading.)
                    guard let (whole, _) = try? source.document() else { return }
                    document = whole
                    mailbox.post(Article(name: source.name, document: whole, analysis: nil))
                }
                mailbox.post(Article(name: source.name, document: document, analysis: Analyzer.analyze(document)))
            }
            return mailbox
        }
    }
}
