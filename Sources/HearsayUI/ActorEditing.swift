import HearsayCore

/// Editing the actor list from the command line (`:actor rename NEW`, ...) on the
/// actor selected in the Actors tab, and `+` in visual mode to make the selection
/// an actor. Each edit is one undoable step stored in the annotation file, and the
/// article is re-derived from the detector's analysis with all edits applied.
extension AppState {
    /// Edits that apply to every article (the shared actor registry), before this article's own.
    public var allActorEdits: [ActorEdit] { registryEdits + annotations.actorEdits }

    mutating func runActorCommand(_ words: [String]) -> [Effect] {
        let usage = "usage: :actor select NAME | rename NAME | type person|organisation|state|place|group | merge INTO | split ALIAS | not | remember"
        guard let verb = words.first else {
            message = StatusMessage(text: usage, isError: true)
            return []
        }
        if verb == "remember" { return rememberActorEdits() }
        if verb == "select" {
            let wanted = words.dropFirst().joined(separator: " ").lowercased()
            let actors = article.actors
            guard !wanted.isEmpty, let a = actors.firstIndex(where: { $0.name.lowercased() == wanted })
                    ?? actors.firstIndex(where: { $0.aliases.contains { $0.lowercased() == wanted } })
                    ?? actors.firstIndex(where: { $0.name.lowercased().hasPrefix(wanted) }) else {
                message = StatusMessage(text: "No actor named \(wanted)", isError: true)
                return []
            }
            selectedActor = a
            tab = .actors
            syncSidePane()
            message = StatusMessage(text: "\(actors[a].name) (\(actors[a].type.rawValue))", isError: false)
            return []
        }
        guard let a = selectedActor, a < article.actors.count else {
            message = StatusMessage(text: "Select an actor first (A, then j/k in the Actors tab)", isError: true)
            return []
        }
        let name = article.actors[a].name
        let rest = words.dropFirst().joined(separator: " ")
        let operation: ActorEdit.Operation
        switch verb {
        case "rename" where !rest.isEmpty: operation = .rename(from: name, to: rest)
        case "type" where ActorType(rawValue: rest) != nil: operation = .setType(name: name, type: ActorType(rawValue: rest)!)
        case "merge" where !rest.isEmpty:
            guard article.actors.contains(where: { $0.name.lowercased() == rest.lowercased() }) else {
                message = StatusMessage(text: "No actor named \(rest)", isError: true)
                return []
            }
            operation = .merge(from: name, into: rest)
        case "split" where !rest.isEmpty: operation = .splitAlias(alias: rest, from: name)
        case "not": operation = .notAnActor(name: name)
        default:
            message = StatusMessage(text: usage, isError: true)
            return []
        }
        return commitActorEdit(ActorEdit(operation, time: now), label: "Actor \(name): \(verb) \(rest)".trimmingSpaces)
    }

    /// `+` on a selection: the selected words become an actor, typed as the
    /// gazetteer types the name when it knows it (else a person), and selected,
    /// so `:actor type` and `:actor merge` act on it next.
    mutating func addActor(from range: TextRange) -> [Effect] {
        let name = article.document.string(range).trimmingSpaces
        guard !name.isEmpty else { return [] }
        selection = nil
        let type = Gazetteer.bundled.entry(named: name)?.type ?? .person
        let effects = commitActorEdit(ActorEdit(.add(name: name, type: type), time: now), label: "Added the actor \(name)")
        if let added = article.actors.firstIndex(where: { $0.name == name }) {
            selectedActor = added
            if readOnlyReason == nil {
                message = StatusMessage(text: "Added the actor \(name) as a \(type.rawValue), selected "
                                        + "(:actor type organisation|state|group|place|person to change it)", isError: false)
            }
        }
        return effects
    }

    mutating func commitActorEdit(_ edit: ActorEdit, label: String) -> [Effect] {
        let old = annotations.actorEdits
        let effects = commit(label, [.actorEdits(old: old, new: old + [edit])])
        refreshActors()
        return effects
    }

    /// Re-derives the article's actors after the edits changed (undo included).
    mutating func refreshActors() {
        let selectedName = selectedActor.flatMap { $0 < article.actors.count ? article.actors[$0].name : nil }
        // The current quotation by its range: an added quotation moves the others' numbers.
        let currentRange = currentQuotation.flatMap { $0 < article.quotations.count ? article.quotations[$0].range : nil }
        article = article.applyingActorEdits(allActorEdits, added: addedQuotationReviews)
        if let currentRange {
            currentQuotation = article.quotations.firstIndex { $0.range == currentRange } ?? currentQuotation.map {
                min($0, max(0, article.quotations.count - 1))
            }
        }
        // The same actor again: by name, or by the alias a rename or merge left behind.
        selectedActor = selectedName.flatMap { name in
            article.actors.firstIndex { $0.name == name } ?? article.actors.firstIndex { $0.aliases.contains(name) }
        }
        currentMention = nil
    }

    /// The quotations the user added in review (`Q`), shown among the detected ones.
    var addedQuotationReviews: [QuoteReview] {
        annotations.reviews.filter { $0.decision == .added && !$0.orphaned && $0.anchor.range.length > 0 }
    }

    /// `:actor remember`: this article's actor edits go to the shared registry too.
    mutating func rememberActorEdits() -> [Effect] {
        guard !annotations.actorEdits.isEmpty else {
            message = StatusMessage(text: "No actor edits in this article to remember", isError: false)
            return []
        }
        let new = annotations.actorEdits.filter { !registryEdits.contains($0) }
        registryEdits += new
        message = StatusMessage(text: "\(new.count) actor edit(s) saved to the actor registry", isError: false)
        return [.saveActorRegistry(registryEdits)]
    }
}
