import HearsayCore

/// The "who speaks" view: move through the actors, change the sort column, leave.
func runInChart(_ state: inout AppState, _ command: Command) -> [Effect] {
    let count = state.whoSpeaksStats.count
    switch command {
    case .lineDown: state.whoSpeaksScroll = min(max(0, count - 1), state.whoSpeaksScroll + 1)
    case .lineUp: state.whoSpeaksScroll = max(0, state.whoSpeaksScroll - 1)
    case .sortChart:
        let keys = WhoSpeaks.SortKey.allCases
        state.whoSpeaksSort = keys[(keys.firstIndex(of: state.whoSpeaksSort)! + 1) % keys.count]
        state.whoSpeaksScroll = 0
    case .cancel:
        state.whoSpeaksVisible = false
    default:
        return runGlobal(&state, command) ?? []
    }
    return []
}
