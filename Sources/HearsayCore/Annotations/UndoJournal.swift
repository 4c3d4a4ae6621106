/// One reversible edit of an annotation file. Stored in the file's undo journal,
/// so undo works across restarts; in JSON each change is an object with exactly
/// one key naming its kind:
///
///     {"add": ANNOTATION}            {"remove": ANNOTATION}
///     {"replace": {"old": ANNOTATION, "new": ANNOTATION}}
///     {"codebook": {"old": CODEBOOK, "new": CODEBOOK}}
///     {"review": {"old": REVIEW, "new": REVIEW}}     (either may be absent: nil)
///     {"actorEdits": {"old": [ACTOR_EDIT], "new": [ACTOR_EDIT]}}
///
/// (`review` and `actorEdits` since format version 2.)
///
/// A change carries whole values (not just ids), so it can be inverted without
/// looking at the file it applied to.
public enum AnnotationChange: Codable, Hashable, Sendable {
    case add(Annotation)
    case remove(Annotation)
    case replace(old: Annotation, new: Annotation)
    case codebook(old: Codebook, new: Codebook)
    /// One review added (`old` nil), removed (`new` nil) or replaced, by id.
    case review(old: QuoteReview?, new: QuoteReview?)
    /// The whole list of actor edits, before and after.
    case actorEdits(old: [ActorEdit], new: [ActorEdit])

    /// The change that undoes this one.
    public var inverted: AnnotationChange {
        switch self {
        case .add(let a): .remove(a)
        case .remove(let a): .add(a)
        case .replace(let old, let new): .replace(old: new, new: old)
        case .codebook(let old, let new): .codebook(old: new, new: old)
        case .review(let old, let new): .review(old: new, new: old)
        case .actorEdits(let old, let new): .actorEdits(old: new, new: old)
        }
    }

    private enum Kind: String, CodingKey, CaseIterable { case add, remove, replace, codebook, review, actorEdits }
    private enum Pair: String, CodingKey { case old, new }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Kind.self)
        guard c.allKeys.count == 1, let kind = c.allKeys.first else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: c.codingPath,
                debugDescription: "a change has exactly one key: add, remove, replace, codebook, review or actorEdits"))
        }
        switch kind {
        case .add: self = .add(try c.decode(Annotation.self, forKey: .add))
        case .remove: self = .remove(try c.decode(Annotation.self, forKey: .remove))
        case .replace:
            let p = try c.nestedContainer(keyedBy: Pair.self, forKey: .replace)
            self = .replace(old: try p.decode(Annotation.self, forKey: .old), new: try p.decode(Annotation.self, forKey: .new))
        case .codebook:
            let p = try c.nestedContainer(keyedBy: Pair.self, forKey: .codebook)
            self = .codebook(old: try p.decode(Codebook.self, forKey: .old), new: try p.decode(Codebook.self, forKey: .new))
        case .review:
            let p = try c.nestedContainer(keyedBy: Pair.self, forKey: .review)
            self = .review(old: try p.decodeIfPresent(QuoteReview.self, forKey: .old),
                           new: try p.decodeIfPresent(QuoteReview.self, forKey: .new))
        case .actorEdits:
            let p = try c.nestedContainer(keyedBy: Pair.self, forKey: .actorEdits)
            self = .actorEdits(old: try p.decode([ActorEdit].self, forKey: .old), new: try p.decode([ActorEdit].self, forKey: .new))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Kind.self)
        switch self {
        case .add(let a): try c.encode(a, forKey: .add)
        case .remove(let a): try c.encode(a, forKey: .remove)
        case .replace(let old, let new):
            var p = c.nestedContainer(keyedBy: Pair.self, forKey: .replace)
            try p.encode(old, forKey: .old)
            try p.encode(new, forKey: .new)
        case .codebook(let old, let new):
            var p = c.nestedContainer(keyedBy: Pair.self, forKey: .codebook)
            try p.encode(old, forKey: .old)
            try p.encode(new, forKey: .new)
        case .review(let old, let new):
            var p = c.nestedContainer(keyedBy: Pair.self, forKey: .review)
            try p.encodeIfPresent(old, forKey: .old)
            try p.encodeIfPresent(new, forKey: .new)
        case .actorEdits(let old, let new):
            var p = c.nestedContainer(keyedBy: Pair.self, forKey: .actorEdits)
            try p.encode(old, forKey: .old)
            try p.encode(new, forKey: .new)
        }
    }
}

/// The changes of one user action ("Tagged blame"), undone and redone together.
public struct ChangeGroup: Codable, Hashable, Sendable {
    /// What the status line says when it is undone or redone.
    public var label: String
    /// In the order they were applied.
    public var changes: [AnnotationChange]
    /// ISO 8601 UTC time of the action.
    public var time: String

    public init(label: String, changes: [AnnotationChange], time: String) {
        self.label = label
        self.changes = changes
        self.time = time
    }

    /// The group that undoes this one: each change inverted, in reverse order.
    public var inverted: ChangeGroup {
        ChangeGroup(label: label, changes: changes.reversed().map(\.inverted), time: time)
    }
}

/// The undo and redo stacks of an annotation file, newest last, kept in the file
/// so that undo survives a restart. Both stacks hold groups as they were first
/// applied (not their inverses); each holds at most `limit` groups, the oldest
/// being dropped first.
public struct UndoJournal: Codable, Hashable, Sendable {
    public var undo: [ChangeGroup]
    public var redo: [ChangeGroup]

    public static let limit = 200

    public init(undo: [ChangeGroup] = [], redo: [ChangeGroup] = []) {
        self.undo = undo
        self.redo = redo
    }

    public var isEmpty: Bool { undo.isEmpty && redo.isEmpty }

    /// A new action: pushed on the undo stack (the oldest dropped past `limit`);
    /// the redo stack is cleared, as in every editor. An empty group is ignored.
    public mutating func record(_ group: ChangeGroup) {
        guard !group.changes.isEmpty else { return }
        undo.append(group)
        redo.removeAll()
        UndoJournal.trim(&undo)
    }

    /// Moves the newest undoable group to the redo stack and returns it (apply
    /// its `inverted` to undo it); nil when there is nothing to undo.
    public mutating func popUndo() -> ChangeGroup? {
        guard let group = undo.popLast() else { return nil }
        redo.append(group)
        UndoJournal.trim(&redo)
        return group
    }

    /// Moves the newest redoable group back to the undo stack and returns it
    /// (apply it as it is to redo it); nil when there is nothing to redo.
    public mutating func popRedo() -> ChangeGroup? {
        guard let group = redo.popLast() else { return nil }
        undo.append(group)
        UndoJournal.trim(&undo)
        return group
    }

    private static func trim(_ stack: inout [ChangeGroup]) {
        if stack.count > limit { stack.removeFirst(stack.count - limit) }
    }
}

extension AnnotationFile {
    /// The file with `group` applied (the journal is left as it is):
    ///
    /// - `add` inserts the annotation in text order (before the first one whose
    ///   anchor start, end, created time and id sort after it), so a file kept in
    ///   that order stays so and undoing a `remove` puts it back where it was; an
    ///   annotation with the same id is replaced instead (never duplicated);
    /// - `remove` removes the annotation with that id (none: nothing happens);
    /// - `replace` puts `new` in place of the annotation with `old`'s id (none:
    ///   `new` is added as by `add`);
    /// - `codebook` sets the codebook to `new`;
    /// - `review` puts `new` in place of the review with its id, or else of the
    ///   one with `old`'s id, or else inserts it in text order (anchor start, end,
    ///   id); with `new` nil it removes the review with `old`'s id (none: nothing);
    /// - `actorEdits` sets the actor edits to `new`.
    ///
    /// Lenient by design: a journal is applied to whatever the file has become,
    /// and undo must never trap or duplicate. The annotations' index finds what
    /// each change acts on without a scan (AnnotationList.swift).
    public func applying(_ group: ChangeGroup) -> AnnotationFile {
        var file = self
        for change in group.changes { file.apply(change) }
        return file
    }

    /// Applies `group` and records it in the journal (clearing the redo stack).
    public func recording(_ group: ChangeGroup) -> AnnotationFile {
        var file = self
        file.record(group)
        return file
    }

    /// The same in place: the reader's way. A file that is not shared is then
    /// changed without copying its annotations, which at 100,000 of them cost
    /// more than all the rest of a tagging keystroke (see BENCHMARKS.md).
    public mutating func record(_ group: ChangeGroup) {
        for change in group.changes { apply(change) }
        journal.record(group)
    }

    /// The file with its newest undoable group undone, and that group (its label
    /// is what to tell the user); nil when there is nothing to undo.
    public func undoing() -> (file: AnnotationFile, group: ChangeGroup)? {
        var file = self
        return file.undo().map { (file, $0) }
    }

    /// Undoes the newest undoable group in place; returns it, or nil when there is nothing to undo.
    public mutating func undo() -> ChangeGroup? {
        guard let group = journal.popUndo() else { return nil }
        for change in group.inverted.changes { apply(change) }
        return group
    }

    /// The file with its newest undone group redone, and that group; nil when
    /// there is nothing to redo.
    public func redoing() -> (file: AnnotationFile, group: ChangeGroup)? {
        var file = self
        return file.redo().map { (file, $0) }
    }

    /// Redoes the newest undone group in place; returns it, or nil when there is nothing to redo.
    public mutating func redo() -> ChangeGroup? {
        guard let group = journal.popRedo() else { return nil }
        for change in group.changes { apply(change) }
        return group
    }

    private mutating func apply(_ change: AnnotationChange) {
        switch change {
        case .add(let a): annotations.insertInTextOrder(a)
        case .remove(let a): annotations.removeAll(id: a.id)
        case .replace(let old, let new): annotations.replace(id: old.id, with: new)
        case .codebook(_, let new): codebook = new
        case .review(let old, let new):
            if let new {
                if let i = reviews.firstIndex(where: { $0.id == new.id }) ?? old.flatMap({ o in reviews.firstIndex { $0.id == o.id } }) {
                    reviews[i] = new
                    // Keep ids unique (as for annotations).
                    if let j = reviews.indices.first(where: { $0 != i && reviews[$0].id == new.id }) { reviews.remove(at: j) }
                } else {
                    let i = reviews.firstIndex { AnnotationFile.textOrder(new, $0) } ?? reviews.endIndex
                    reviews.insert(new, at: i)
                }
            } else if let old {
                reviews.removeAll { $0.id == old.id }
            }
        case .actorEdits(_, let new): actorEdits = new
        }
    }

    /// Anchor start, end, then id.
    static func textOrder(_ a: QuoteReview, _ b: QuoteReview) -> Bool {
        if a.anchor.start != b.anchor.start { return a.anchor.start < b.anchor.start }
        if a.anchor.end != b.anchor.end { return a.anchor.end < b.anchor.end }
        return a.id < b.id
    }
}
