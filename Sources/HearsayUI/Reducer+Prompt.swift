import HearsayCore

/// Typing in the prompt line: `/` searches, `:` runs a command, `/` in the help filters it.
func editPrompt(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var prompt = state.prompt else { return [] }
    switch key {
    case .escape, .ctrl("c"), .ctrl("g"):
        state.prompt = nil
        if prompt.kind == .helpFilter { state.helpFilter = "" }
        return []
    case .backspace:
        if prompt.text.isEmpty { state.prompt = nil; return [] }
        prompt.text.unicodeScalars.removeLast()
    case .ctrl("u"):
        prompt.text = ""
    case .enter:
        state.prompt = nil
        return submit(&state, prompt)
    case .char(let c) where c.value >= 0x20 && c.value != 0x7F:
        prompt.text.unicodeScalars.append(c)
    default:
        break
    }
    state.prompt = prompt
    if prompt.kind == .helpFilter { state.helpFilter = prompt.text; state.helpScroll = 0 }
    return []
}

func submit(_ state: inout AppState, _ prompt: Prompt) -> [Effect] {
    switch prompt.kind {
    case .helpFilter:
        state.helpFilter = prompt.text
        return []
    case .quoteFilter:
        let text = prompt.text.trimmingSpaces
        if text.isEmpty {
            state.quoteQuery = nil
            state.message = StatusMessage(text: "All quotations", isError: false)
            return []
        }
        do {
            state.quoteQuery = try QuoteQuery.parse(text)
        } catch {
            state.message = StatusMessage(text: "\(error)", isError: true)
            return []
        }
        state.tab = .quotations
        if !state.geometry.sidePaneVisible { state.sidePaneShown = true }
        state.sideSelection[.quotations] = 0
        state.message = StatusMessage(text: "\(state.listedQuotations.count) of \(state.article.quotations.count) quotations match “\(text)”", isError: false)
        return []
    case .annotationFilter:
        let tag = prompt.text.trimmingSpaces
        state.annotationFilter = tag.isEmpty ? nil : tag
        state.tab = .annotations
        if !state.geometry.sidePaneVisible { state.sidePaneShown = true }
        state.sideSelection[.annotations] = 0
        state.message = StatusMessage(text: tag.isEmpty ? "All annotations" : "Annotations tagged \(tag)", isError: false)
        return []
    case .search:
        // An empty pattern repeats the last search, as in less and vim.
        if prompt.text.isEmpty {
            state.repeatSearch(forward: true)
            return []
        }
        state.search = SearchState(pattern: prompt.text, current: nil)
        state.runSearch(from: state.cursor, forward: true)
        // In review, on to the quotation the match is in or comes before.
        if state.reviewing, state.search?.current != nil, let q = state.article.quotationIndex(atOrAfter: state.cursor) {
            state.reviewMove(to: q, keepingMessage: true)   // ("Search hit the end…", when it did)
        }
        return []
    case .command:
        return runCommandLine(&state, prompt.text.trimmingSpaces)
    }
}

/// `:q`, `:quit`, `:w` (says there is nothing to write), `:123` (paragraph; in review, quotation), `:50%`, `:theme NAME`,
/// `:export FORMAT [PATH]`, `:tag …`, `:actor …`, `:help`.
func runCommandLine(_ state: inout AppState, _ line: String) -> [Effect] {
    let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let name = words.first else { return [] }
    switch name {
    case "q", "q!", "quit", "x", "wq":
        state.shouldQuit = true
        return [.quit]
    case "w", "write", "up", "update":
        // (A vim user's reflex: every change is saved the moment it is made.)
        state.message = StatusMessage(text: state.readOnlyReason.map { "Read-only: \($0)" }
                                      ?? "Nothing to write: every change is saved as it is made", isError: state.readOnlyReason != nil)
        return []
    case "tag":
        return state.runTagCommand(String(line.dropFirst(name.count)))
    case "export":
        if words.count == 1, let format = state.defaultExportFormat {
            return [.export(format: format, path: nil)]
        }
        guard words.count == 2 || words.count == 3 else {
            state.message = StatusMessage(text: "usage: :export json|w3c|qdpx|qdc|csv|markdown|html|brat|tei [PATH]", isError: true)
            return []
        }
        return [.export(format: words[1], path: words.count == 3 ? words[2] : nil)]
    case "actor":
        return state.runActorCommand(Array(words.dropFirst()))
    case "help", "h":
        state.helpVisible = true
        return []
    case "theme", "colorscheme":
        guard words.count == 2 else {
            state.message = StatusMessage(text: "usage: :theme NAME", isError: true)
            return []
        }
        return [.loadTheme(words[1])]
    default:
        if name.hasSuffix("%"), let p = Int(name.dropLast()), (0...100).contains(p) {
            state.jump(to: state.article.length * p / 100)
            return []
        }
        if let n = Int(name), n >= 1 {
            if state.reviewing {
                // In review the numbers are the quotations' ("Quotation 12 of 40").
                state.reviewMove(to: min(n, state.article.quotations.count) - 1)
                return []
            }
            let paragraphs = state.article.paragraphs
            guard !paragraphs.isEmpty else { return [] }
            state.jump(to: paragraphs[min(n, paragraphs.count) - 1].start)
            return []
        }
        state.message = StatusMessage(text: "Not a command: \(line) (:q, :123, :50%, :theme, :export, :tag, :actor, :help)", isError: true)
        return []
    }
}

extension AppState {
    mutating func runSearch(from offset: Int, forward: Bool) {
        guard let pattern = search?.pattern else { return }
        let searcher = TextSearch(pattern)
        guard let found = searcher.find(in: article.document.scalars, from: offset, forward: forward) else {
            search?.current = nil
            message = StatusMessage(text: "Pattern not found: \(pattern)", isError: true)
            return
        }
        search?.current = TextRange(found.range.lowerBound, found.range.upperBound)
        if found.wrapped {
            message = StatusMessage(text: forward ? "Search hit the end, continued from the top" : "Search hit the top, continued from the end", isError: false)
        }
        jump(to: found.range.lowerBound)
    }

    mutating func repeatSearch(forward: Bool) {
        guard let search else {
            message = StatusMessage(text: "No previous search (/ to search)", isError: false)
            return
        }
        let from = search.current.map { forward ? $0.start + 1 : $0.start } ?? cursor
        runSearch(from: from, forward: forward)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
