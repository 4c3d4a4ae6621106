import Dispatch
import FoundationEssentials
import Glibc
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
    let session: AnnotationSession?
    /// Saves the annotation file after each change on a thread of its own (nil without a session).
    let saves: SaveQueue<AnnotationFile>?
    /// The article's path (nil for the sample and standard input), for `:export`.
    var articlePath: String?
    /// The shared actor registry (`--actors FILE` or the XDG default).
    var registry: ActorRegistry?
    /// `hearsay review`: enter review mode as soon as the analysis and the decisions are in.
    var startsInReview = false
    /// The start or the end of a big file as an article of its own, for `g` and
    /// `G` while it loads (nil: the file is not read in parts).
    var partOfFile: ((_ end: Bool) -> Article?)?

    init(terminal: Terminal, theme: Theme, environment: [String: String], session: AnnotationSession?) {
        self.terminal = terminal
        self.theme = theme
        self.environment = environment
        self.session = session
        saves = session.map { session in SaveQueue(label: "hearsay.save") { session.save($0) } }
    }

    /// Returns the exit status: 0, or 128 + the signal that ended the reader.
    /// `startBackground` runs after the first frame is on screen, so loading and
    /// analysis never compete with the first paint for the CPU.
    mutating func run(_ state: inout AppState, startBackground: () -> Mailbox<Loaded>?) -> Int32 {
        var waiting: Mailbox<Loaded>?
        // The annotation file being opened on another thread (see `AnnotationSession.open`).
        var opening: Mailbox<OpeningProgress>?
        // Whether another Hearsay has let the file go, asked on another thread.
        var retaking: Mailbox<Retaken>?
        var started = false
        state.idSeed = UInt64.random(in: 1...UInt64.max)
        if let registry {
            do {
                _ = reduce(into: &state, .actorRegistryLoaded(try registry.load()))
            } catch {
                state.message = StatusMessage(text: "\(error); the actor registry is not used", isError: true)
                self.registry = nil
            }
        }
        // Whatever ends the loop (q, a signal), the reading position is saved, but
        // only for an article that has annotations (or had a file already): reading
        // alone must not leave files beside every article, as less does not.
        // (Saves still being written end first.)
        defer {
            saves?.flush()
            if state.readOnlyReason == nil, let session, session.isOpen,
               session.fileExists || !state.annotations.annotations.isEmpty || !state.annotations.codebook.tags.isEmpty {
                _ = session.save(state.annotationsWithReadingState)
            }
            session?.close()
        }
        // Whether the screen shows `state` as it is. While the background work
        // runs, the loop wakes every 15 ms to look for its result; drawing the
        // same state again each time cost about a millisecond of the reader's
        // thread (a tenth of a core for the seconds a big file takes), and a
        // key pressed meanwhile waited for that frame to finish.
        var frameIsCurrent = false
        // When a pending count's digit becomes its tag shortcut (nil: none pending).
        let clock = ContinuousClock()
        var countDeadline: ContinuousClock.Instant?
        while !state.shouldQuit {
            // A save not waited for (a file whose saves are slow) shows until it is on disk.
            let saving = saves?.isBusy == true
            if state.isSaving != saving {
                state.isSaving = saving
                frameIsCurrent = false
            }
            if !frameIsCurrent {
                terminal.present(render(state), theme: theme.withTagColors(state.annotations.codebook))
                frameIsCurrent = true
            }
            if !started {
                started = true
                waiting = startBackground()
            }
            // Poll often while the analysis runs or a save is being written, so
            // its result (or the save's problem) shows at once.
            let busy = waiting != nil || opening != nil || retaking != nil || saves?.isBusy == true
            // A lone digit waits `countTimeout` for a motion (`2j`), then is its
            // tag shortcut (see Reducer+Count.swift in HearsayUI).
            let countWait = countDeadline.map { Terminal.milliseconds(until: $0, clock: clock) }
            let event = terminal.nextEvent(timeoutMilliseconds: min(busy ? 15 : 1000, countWait ?? Int.max))
            if event == nil, let deadline = countDeadline, clock.now >= deadline {
                countDeadline = nil
                if state.pendingCount != nil {
                    for effect in reduce(into: &state, .keyTimeout) { run(effect, &state) }
                    frameIsCurrent = false
                }
            }
            if let problem = saves?.takeProblem() {
                state.message = StatusMessage(text: problem, isError: true)
                frameIsCurrent = false
            }
            if let mailbox = waiting, let loaded = mailbox.take() {
                frameIsCurrent = false
                let replaced = state.article
                _ = reduce(into: &state, .articleUpdated(loaded.article))
                let last = loaded.article.isComplete && loaded.article.analysis != nil || loaded.article.loadFailure != nil
                if let sha = loaded.sha256, let session {
                    // (On another thread, the reader read-only meanwhile, saying why.)
                    opening = Self.startOpening(session, document: loaded.article.document, sha256: sha, saves: saves)
                } else if last, session != nil {
                    // (No fingerprint: the annotations cannot be opened, and stay read-only, saying why.)
                    state.readOnlyReason = AnnotationSession.unopenedReason(loadFailure: loaded.article.loadFailure)
                }
                // The replaced article (a big file's whole text) is freed on another
                // thread; after the last one, the analysis's temporary arrays are
                // freed too, and the heap is given back (also off this thread).
                if last {
                    BackgroundRelease.release(consume replaced) { MemoryTuning.returnFreedMemory() }
                    waiting = nil
                    // (Review starts once the decisions are read, and found again if need be.)
                    if startsInReview, opening == nil { _ = reduce(into: &state, .command(.review)) }
                } else {
                    BackgroundRelease.release(consume replaced)
                }
            }
            if let mailbox = opening, let progress = mailbox.take() {
                frameIsCurrent = false
                switch progress {
                case .reanchoring:
                    state.readOnlyReason = AnnotationSession.reanchoringReason
                case .opened(let opened):
                    opening = nil
                    _ = reduce(into: &state, opened.action)
                    if startsInReview, waiting == nil { _ = reduce(into: &state, .command(.review)) }
                }
            }
            // Read-only because another Hearsay has the article: once it quits,
            // the file is taken over (with what it saved), and editing goes on.
            // Asked on another thread when idle (the file may take half a second
            // to read), and applied when no prompt or picker is open.
            let lockedOut = state.readOnlyReason.map(AnnotationStore.isLockReason) == true
            let between = state.prompt == nil && state.picker == nil && state.choicePicker == nil && state.noteEditor == nil
            if let mailbox = retaking, !lockedOut || between, let result = mailbox.take() {
                retaking = nil
                if lockedOut, let file = result.file {
                    _ = reduce(into: &state, .annotationsLoaded(file, readOnlyReason: nil, message: AnnotationSession.retakenMessage))
                    frameIsCurrent = false
                }
            }
            guard let event else {
                if lockedOut, between, waiting == nil, opening == nil, retaking == nil, let session {
                    retaking = Self.startRetaking(session)
                }
                continue
            }
            frameIsCurrent = false
            if let status = apply(event, &state) { return status }
            // Typeahead: events already waiting (a held key, a hundred page-downs
            // sent at once, a paste) are all applied before the next frame is
            // drawn, as less and vim do; the screen then shows where they led.
            var drained = 0
            while !state.shouldQuit, drained < Self.typeaheadLimit,
                  let next = terminal.nextEvent(timeoutMilliseconds: 0) {
                if let status = apply(next, &state) { return status }
                drained += 1
            }
            // (Not while a half-typed key waits after the digit: "2]" is a count for "]q".)
            countDeadline = state.pendingCount == nil || !state.pendingKeys.isEmpty ? nil : clock.now.advanced(by: .milliseconds(countTimeout))
        }
        return 0
    }

    /// At most this many waiting events between two frames, so that a flood of
    /// input still shows progress.
    static let typeaheadLimit = 500

    /// Reduces one event and runs its effects; a signal gives the exit status.
    mutating func apply(_ event: TerminalEvent, _ state: inout AppState) -> Int32? {
        let action: Action
        switch event {
        case .key(let key): action = .key(key)
        case .mouse(let m): action = .mouse(m)
        case .resize(let w, let h): action = .resize(width: w, height: h)
        case .signal(let sig):
            // Ctrl-C (SIGINT, as the terminal keeps ISIG for Ctrl-Z) is a key to
            // the reducer: it cancels an editor or a prompt; only a second one
            // in a row quits. SIGTERM and SIGHUP end the reader at once.
            guard sig == SIGINT, !state.interruptArmed else { return 128 + sig }
            // The signal overtakes the keys typed before it, still in the
            // terminal's queue ("a note<C-c>" pasted or typed fast): they go
            // first, or they would land in whatever the Ctrl-C left open.
            while let earlier = terminal.nextEvent(timeoutMilliseconds: 0) {
                if let status = apply(earlier, &state) { return status }
            }
            action = .key(.ctrl("c"))
        }
        state.now = Clock.now()
        for effect in reduce(into: &state, action) {
            run(effect, &state)
        }
        return nil
    }

    mutating func run(_ effect: Effect, _ state: inout AppState) {
        switch effect {
        case .quit:
            break
        case .export(let format, let path):
            state.message = ReaderExport.run(format, path: path, state: state, articlePath: articlePath, theme: theme)
        case .copy(let text):
            terminal.copyToClipboard(text)
        case .saveActorRegistry(let edits):
            guard let registry else { break }
            do { try registry.save(edits) } catch { state.message = StatusMessage(text: "The actor registry was not saved: \(error)", isError: true) }
        case .tagRenamed(let from, let to):
            session?.recordRename(from, to)
        case .saveAnnotations(let file):
            guard let saves else { break }
            saves.request(file)
            // An ordinary save takes milliseconds: waited for, so that what the
            // screen then acknowledges is on disk. One that has been slow (a
            // huge file, a slow disk) is left to its thread, and the next key
            // does not wait; its problem, if any, shows when it ends.
            if saves.writesAreQuick {
                saves.flush()
                if let problem = saves.takeProblem() { state.message = StatusMessage(text: problem, isError: true) }
            }
        case .editNote(let target, let text):
            let edited = ExternalEditor.edit(text, terminal: terminal, environment: environment)
            state.now = Clock.now()
            for effect in reduce(into: &state, .noteEdited(target, edited)) { run(effect, &state) }
        case .redraw:
            terminal.resume()
        case .showPartOfFile(let end):
            // Only while the part on screen is still a part: the whole may have come.
            guard !state.article.isComplete, var part = partOfFile?(end) else { break }
            part.loadFailure = state.article.loadFailure
            _ = reduce(into: &state, .articleUpdated(part))
            for effect in reduce(into: &state, .command(end ? .bottom : .top)) { run(effect, &state) }
        case .loadTheme(let name):
            let (loaded, warnings) = ThemeLoader.load(name: name, environment: environment)
            if warnings.isEmpty {
                theme = loaded
                state.themeName = name
                state.message = StatusMessage(text: "Theme \(name)", isError: false)
            } else {
                // (The warnings are written for standard error: the message line
                // says them without the program's name, as its other messages.)
                let said = warnings.map { $0.hasPrefix("hearsay: ") ? String($0.dropFirst("hearsay: ".count)) : $0 }
                state.message = StatusMessage(text: said.joined(separator: "; "), isError: true)
            }
        }
    }
}

extension ReaderLoop {
    /// What the background work posts: a better article, and at the end the text's fingerprint.
    struct Loaded: Sendable {
        var article: Article
        var sha256: String?
    }

    /// How an article gets on screen fast: the text is drawn first (a big file's
    /// first part), and the analysis (and the rest of a big file) follows on
    /// another thread once the first frame is up. Even a short article waits for
    /// nothing: building the gazetteer alone takes about 15 ms.
    struct Start {
        let source: ArticleSource

        /// The start or the end of a big file while it loads.
        func part(end: Bool) -> Article? {
            guard let document = end ? source.tailPreview() : source.preview() else { return nil }
            return source.article(document, analysis: nil, isComplete: false, isEndOfFile: end)
        }

        func firstArticle(warnings: inout [String]) throws -> Article {
            if let preview = source.preview() {
                return source.article(preview, analysis: nil, isComplete: false)
            }
            let (document, w) = try ReaderSetup.document(source)
            warnings += w.map { "hearsay: warning: \(source.name): \($0)" }
            return source.article(document, analysis: nil)
        }

        /// The work left after the first frame, posting each better article as it is
        /// ready; the last post carries the text's SHA-256 (for the annotation store).
        func background(after first: Article) -> Mailbox<Loaded>? {
            let mailbox = Mailbox<Loaded>()
            let source = self.source
            // (Below normal priority: a key pressed meanwhile is handled at once.)
            BackgroundPriority.run {
                let whole: Article
                if first.isComplete {
                    whole = first
                } else {
                    // (A big file that turns out not to be text past its first part,
                    // or to be too large, stays on its first part, saying why.)
                    let document: Document
                    do {
                        (document, _) = try source.document()
                    } catch {
                        var stuck = first
                        stuck.loadFailure = (error as? DocumentLoader.LoadError)?.reason ?? "\(error)"
                        mailbox.post(Loaded(article: stuck, sha256: nil))
                        return
                    }
                    whole = source.article(document, analysis: nil)
                    mailbox.post(Loaded(article: whole, sha256: nil))
                }
                let sha = (try? source.allBytes()).map { SHA256.hex($0) }
                // Kept while the article is open: without the analyzers' word hashes,
                // and a big file's text read back from the file as it is shown.
                var analysis = Analyzer.analyze(whole.document).droppingAnalysisTables()
                analysis.document = source.readingTextBack(analysis.document)
                mailbox.post(Loaded(article: source.article(analysis.document, analysis: analysis, sameTextAs: whole), sha256: sha))
            }
            return mailbox
        }
    }
}

extension ArticleSource {
    /// An article of this source: a Markdown one with its markup to hide and
    /// style, parsed from the text, or taken from `sameTextAs`, an article of
    /// the same text (the analysis does not change the text: no second parse).
    func article(_ document: Document, analysis: Analysis?, isComplete: Bool = true, isEndOfFile: Bool = false,
                 sameTextAs earlier: Article? = nil) -> Article {
        let markup = format == .markdown ? earlier?.markup ?? MarkdownMarkup.parse(document.scalars) : nil
        return Article(name: name, document: document, analysis: analysis, isComplete: isComplete,
                       isEndOfFile: isEndOfFile, markup: markup)
    }
}
