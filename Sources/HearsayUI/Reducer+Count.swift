import HearsayCore

/// Counts, as in less and vim: digits typed while reading, then a motion,
/// repeat the motion (`5j`, `3]q`, `2n`, `4}`), and `G` or `g` after a count
/// go to that paragraph, as `:N` does (`10G`).
///
/// A digit is also a codebook shortcut: `1`–`9` apply tags 1 to 9 to the
/// current quotation, mention or annotation. A single digit that no key
/// follows within `countTimeout` (as vim's `timeoutlen` settles an ambiguous
/// map) is that shortcut, applied then. Any key typed before then makes it a
/// count: a motion repeats, anything else (`2/`, `2x`, `2m`, `Esc`) drops it,
/// as vim ignores a count it has no use for, and nothing is tagged. So `]q`
/// then `2` still tags the quotation, and no habit of typing counts changes
/// the coding unseen. In the side pane, a visual selection and review the
/// digits stay tag keys at once: no motion habit competes there.

/// How long a lone digit waits for a motion before it applies its tag (ms).
public let countTimeout = 700

/// The largest count: a motion repeated more often than this is a typo.
let countLimit = 9_999

/// Takes `key` as a digit of a count when it is one: reading the article, no
/// prefix pending, the digit bound to the tag shortcut (a keymap that rebinds
/// a digit keeps its own meaning), and `0`, which no tag has, only after
/// another digit. Esc drops a pending count. Nil: not a count's key, for the
/// keymap to handle.
func countKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
    guard state.mode == .article, state.pendingKeys.isEmpty else { return nil }
    if key == .escape, state.pendingCount != nil {
        state.pendingCount = nil
        return []
    }
    guard case .char(let c) = key, c.value >= 0x30, c.value <= 0x39 else { return nil }
    let digit = Int(c.value - 0x30)
    guard digit > 0 || state.pendingCount != nil else { return nil }
    if digit > 0 {
        guard case .command(.applyTag, _) = state.keymap.lookup([key], mode: .article) else { return nil }
    }
    let count = min(countLimit, (state.pendingCount ?? 0) * 10 + digit)
    state.pendingCount = count
    state.message = StatusMessage(text: state.pendingCountDescription(count), isError: false)
    return []
}

/// Runs `command` with the pending count: a motion repeated, `G`/`g` to that
/// paragraph; anything else as if no count had been typed.
func runCounted(_ state: inout AppState, _ command: Command, argument: Unicode.Scalar?) -> [Effect] {
    guard let count = state.pendingCount else { return run(&state, command, argument: argument) }
    state.pendingCount = nil
    switch command {
    case .top, .bottom:
        let paragraphs = state.article.paragraphs
        guard !paragraphs.isEmpty else { return [] }
        state.jump(to: paragraphs[min(count, paragraphs.count) - 1].start)
        return []
    case _ where command.takesCount:
        // (Past the last quotation or paragraph, the last: "99]q" as "99j".)
        var effects: [Effect] = []
        for k in 0..<count {
            let before = (state.cursor, state.top, state.currentQuotation)
            effects += run(&state, command, argument: argument)
            if state.mode != .article || state.shouldQuit { break }
            if k > 0, (state.cursor, state.top, state.currentQuotation) == before {
                state.message = nil
                if command == .nextQuotation || command == .previousQuotation { state.describeCurrentQuotation() }
                break
            }
        }
        return effects
    default:
        // (A count before a command that takes none is dropped.)
        return run(&state, command, argument: argument)
    }
}

/// What a pending count becomes when no key follows it in time: a lone
/// digit's tag shortcut; a longer count is dropped. (Not while a half-typed
/// key waits after it: `2]` is a count for `]q`.)
func resolvePendingCount(_ state: inout AppState) -> [Effect] {
    guard let count = state.pendingCount, state.pendingKeys.isEmpty else { return [] }
    state.pendingCount = nil
    state.message = nil
    return applyCountAsTag(&state, count)
}

private func applyCountAsTag(_ state: inout AppState, _ count: Int) -> [Effect] {
    guard (1...9).contains(count) else { return [] }
    return run(&state, .applyTag, argument: Unicode.Scalar(UInt8(0x30 + count)))
}

extension Command {
    /// The motions a count repeats.
    var takesCount: Bool {
        switch self {
        case .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp,
             .nextParagraph, .previousParagraph, .nextSentence, .previousSentence,
             .nextQuotation, .previousQuotation, .nextMention, .previousMention,
             .searchNext, .searchPrevious, .nextAnnotation, .previousAnnotation:
            return true
        default:
            return false
        }
    }
}

extension AppState {
    /// The status line while digits wait for their motion, as vim's `showcmd`:
    /// what the count will do, and the tag a lone digit would apply.
    func pendingCountDescription(_ count: Int) -> String {
        let tags = annotations.codebook.tags
        if (1...9).contains(count), count <= tags.count, let target = annotationTarget {
            let words: String
            switch target {
            case .range(let r): words = article.document.string(r)
            case .annotation(let id): words = annotation(id: id)?.anchor.exact ?? ""
            }
            return "\(count): tag “\(tags[count - 1].name)” on ⟨\(Self.oneLine(words, 40))⟩ in a moment, or a count for a motion (\(count)j, \(count)]q; Esc cancels)"
        }
        return "Count \(count): j, k, ]q, n, } … repeat, G goes to paragraph \(count) (Esc cancels)"
    }
}
