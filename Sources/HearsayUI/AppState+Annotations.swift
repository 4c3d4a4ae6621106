import HearsayCore

/// Changing the annotations: every change is one undoable group, applied to the
/// file, recorded in its journal (kept across restarts), and saved at once.
extension AppState {
    /// Annotations in text order (orphans, which have no place, last).
    public var annotationsInOrder: [Annotation] {
        annotations.annotations.sorted { a, b in
            if a.orphaned != b.orphaned { return !a.orphaned }
            return a.range != b.range ? a.range < b.range : a.created < b.created
        }
    }

    /// The Annotations tab's rows: in text order, filtered by tag.
    public var listedAnnotations: [Annotation] {
        annotationFilter == nil ? annotationsInOrder : annotationsInOrder.filter(isListed)
    }

    /// Whether the Annotations tab's tag filter lets `a` through.
    func isListed(_ a: Annotation) -> Bool {
        annotationFilter.map { a.tags.contains($0) } ?? true
    }

    func annotation(id: String) -> Annotation? { annotations.annotation(id: id) }

    /// The innermost annotation at `offset` (the shortest that contains it).
    func annotation(at offset: Int) -> Annotation? {
        annotations.annotations.filter { !$0.orphaned && $0.range.start <= offset && offset < max($0.range.end, $0.range.start + 1) }
            .min { $0.range.length < $1.range.length }
    }

    /// What `t`, `c` and the digits act on, in order: the selection, the annotation
    /// chosen in the side pane, the current quotation, the current mention, the
    /// annotation under the cursor.
    var annotationTarget: AnnotationTarget? {
        if let selection { return .range(selection.range(in: article.document.scalars)) }
        if focus == .side, tab == .annotations {
            let rows = listedAnnotations
            return sideSelected < rows.count ? .annotation(id: rows[sideSelected].id) : nil
        }
        // In the side pane, the highlighted quotation (not the article's current one).
        if focus == .side, tab == .quotations {
            let row = sideSelected
            guard row < sideItemCount(.quotations) else { return nil }
            let q = isQuotationListFiltered ? listedQuotations[row] : row
            return target(for: article.quotations[q].range)
        }
        if let q = quotationUnderCursor { return target(for: article.quotations[q].range) }
        if let m = mentionUnderCursor { return target(for: article.mentions[m].range) }
        // (The current annotation only while the cursor is in its paragraph:
        // not one the reader left thirty lines up, which `d` or a digit would
        // change unseen; still the one just shrunk away from the cursor.)
        if let id = currentAnnotation, let a = annotation(id: id), !a.orphaned,
           article.paragraphIndex(containing: a.range.start) == article.paragraphIndex(containing: cursor)
            || a.range.start <= cursor && cursor <= a.range.end {
            return .annotation(id: a.id)
        }
        if let a = annotation(at: cursor) { return .annotation(id: a.id) }
        return nil
    }

    /// The current annotation while the cursor is on it. Once the cursor has gone
    /// elsewhere (`g`, `}`, a search), `]n` and `[n` go from the cursor, as `]q`
    /// does (see `quotationUnderCursor`), not from an annotation off screen.
    var annotationUnderCursor: Annotation? {
        guard let id = currentAnnotation, let a = annotation(id: id), !a.orphaned else { return nil }
        return a.range.start <= cursor && cursor <= a.range.end ? a : nil
    }

    /// The annotation on exactly `range` if there is one, else the range itself.
    func target(for range: TextRange) -> AnnotationTarget {
        if let a = annotations.annotation(on: range) { return .annotation(id: a.id) }
        return .range(range)
    }

    mutating func newID() -> String {
        idCounter += 1
        // SplitMix64 of seed + counter: unique within a file, random across runs.
        var z = idSeed &+ idCounter &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        let hex = String(z, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Applies `changes` as one undoable step and asks for a save.
    mutating func commit(_ label: String, _ changes: [AnnotationChange]) -> [Effect] {
        guard !changes.isEmpty else { return [] }
        if let reason = readOnlyReason {
            message = StatusMessage(text: "Read-only: \(reason)", isError: true)
            return []
        }
        let group = ChangeGroup(label: label, changes: changes, time: now)
        let before = annotations.journal.undo.count
        annotations.record(group)
        // (The journal drops its oldest groups past its limit: those were the earlier sessions'.)
        earlierSessionUndoCount = max(0, earlierSessionUndoCount - (before + 1 - annotations.journal.undo.count))
        // A quotation added in review (or its speaker set) shows among the others at once.
        if changes.contains(where: { if case .review(let old, let new) = $0 { return old?.decision == .added || new?.decision == .added }
                                     return false }) {
            refreshActors()
        }
        message = StatusMessage(text: label, isError: false)
        return [.saveAnnotations(annotations)]
    }

    mutating func undoLast(redo: Bool, confirmed: Bool = false) -> [Effect] {
        if let reason = readOnlyReason {
            message = StatusMessage(text: "Read-only: \(reason)", isError: true)
            return []
        }
        if !redo, !confirmed, let group = annotations.journal.undo.last,
           annotations.journal.undo.count <= earlierSessionUndoCount {
            pendingUndo = true
            let when = group.time.count >= 16 ? " (" + String(group.time.prefix(16).map { $0 == "T" ? " " : $0 }) + ")" : ""
            message = StatusMessage(text: "Undo “\(group.label)” from an earlier session\(when)? y to undo, any other key keeps it",
                                    isError: false)
            return []
        }
        guard let group = redo ? annotations.redo() : annotations.undo() else {
            message = StatusMessage(text: redo ? "Nothing to redo" : "Nothing to undo", isError: false)
            return []
        }
        refreshActors()
        message = StatusMessage(text: (redo ? "Redone: " : "Undone: ") + group.label, isError: false)
        return [.saveAnnotations(annotations)]
    }

    /// A new tag typed in the picker: "parent/child" is the tag "child" under
    /// "parent", as the reader shows such tags (and as the W3C export writes
    /// and reads them back), each part that the codebook lacks made. (It was
    /// one flat tag named "parent/child", which looked like a child tag and
    /// came back from an export as two.)
    mutating func applyTag(path: String, to target: AnnotationTarget) -> [Effect] {
        let parts = Codebook.pathParts(path)
        guard let leaf = parts.last else { return [] }
        return applyTag(leaf, to: target, codebook: annotations.codebook.adding(path: parts))
    }

    /// Adds `tag` to the target: to the annotation, or to the annotation with
    /// exactly that range, or to a new one. A tag the codebook lacks is created
    /// (`codebook`: the codebook with it, when the caller made it).
    mutating func applyTag(_ tag: String, to target: AnnotationTarget, codebook withTag: Codebook? = nil) -> [Effect] {
        var changes: [AnnotationChange] = []
        if let withTag, withTag != annotations.codebook {
            changes.append(.codebook(old: annotations.codebook, new: withTag))
        } else if annotations.codebook.tag(named: tag) == nil {
            var codebook = annotations.codebook
            codebook.tags.append(Tag(name: tag))
            changes.append(.codebook(old: annotations.codebook, new: codebook))
        }
        let existing: Annotation?
        switch target {
        case .annotation(let id): existing = annotation(id: id)
        case .range(let r): existing = annotations.annotation(on: r)
        }
        if let old = existing {
            // Choosing a tag the annotation has takes it off: the picker toggles.
            guard !old.tags.contains(tag) else { return removeTag(tag, from: old.id) }
            var new = old
            new.tags.append(tag)
            new.modified = now
            changes.append(.replace(old: old, new: new))
            currentAnnotation = old.id
        } else if case .range(let r) = target, r.length > 0 {
            let new = Annotation(id: newID(), anchor: Anchor(r, in: article.document.scalars), tags: [tag], created: now)
            changes.append(.add(new))
            currentAnnotation = new.id
        }
        selection = nil
        return commit("Tagged \((withTag ?? annotations.codebook).path(of: tag))", changes)
    }

    /// Sets the note of the target (a new annotation for a range without one).
    mutating func setNote(_ text: String, for target: AnnotationTarget) -> [Effect] {
        let existing: Annotation?
        switch target {
        case .annotation(let id): existing = annotation(id: id)
        case .range(let r): existing = annotations.annotation(on: r)
        }
        selection = nil
        if let old = existing {
            guard old.note != text else { return [] }
            var new = old
            new.note = text
            new.modified = now
            currentAnnotation = old.id
            return commit("Note saved", [.replace(old: old, new: new)])
        }
        guard case .range(let r) = target, r.length > 0, !text.isEmpty else { return [] }
        let new = Annotation(id: newID(), anchor: Anchor(r, in: article.document.scalars), note: text, created: now)
        currentAnnotation = new.id
        return commit("Note saved", [.add(new)])
    }

    /// The note a target has now (empty for a new passage).
    func note(of target: AnnotationTarget) -> String {
        switch target {
        case .annotation(let id): return annotation(id: id)?.note ?? ""
        case .range(let r): return annotations.annotation(on: r)?.note ?? ""
        }
    }

    /// Gives the current orphan (picked in the Annotations tab) a new place.
    mutating func reattachOrphan(to range: TextRange) -> [Effect] {
        guard let id = currentAnnotation, let old = annotation(id: id), old.orphaned else {
            message = StatusMessage(text: "Pick an orphan in the Annotations tab first (T, then Enter on a ⚠ row)", isError: false)
            return []
        }
        guard range.length > 0 else { return [] }
        var new = old
        new.anchor = Anchor(range, in: article.document.scalars)
        new.orphaned = false
        new.modified = now
        selection = nil
        return commit("Re-attached the annotation", [.replace(old: old, new: new)])
    }

    /// Grows or shrinks an annotation's end by one word.
    mutating func resize(_ id: String, grow: Bool) -> [Effect] {
        guard let old = annotation(id: id), !old.orphaned else { return [] }
        let scalars = article.document.scalars
        var r = old.range
        if grow {
            r.end = TextMotion.wordEnd(scalars, from: TextMotion.nextWordStart(scalars, after: max(r.start, r.end - 1))) + 1
        } else {
            let start = TextMotion.previousWordStart(scalars, before: r.end)
            guard start > r.start else { message = StatusMessage(text: "Cannot shrink below one word", isError: false); return [] }
            var end = start
            while end > r.start, ArticleLayout.isBlank(scalars[end - 1]) || !Selection.isWordScalar(scalars[end - 1]) && scalars[end - 1] != "." { end -= 1 }
            r.end = end
        }
        r.end = min(r.end, scalars.count)
        guard r != old.range, r.length > 0 else { return [] }
        var new = old
        new.anchor = Anchor(r, in: scalars)
        new.modified = now
        return commit(grow ? "Grown" : "Shrunk", [.replace(old: old, new: new)])
    }
}

extension AppState {
    /// The annotation file with the current reading position and marks, to save on the way out.
    public var annotationsWithReadingState: AnnotationFile {
        var file = annotations
        var marks: [String: Int] = [:]
        for (k, v) in self.marks where k != "'" { marks[String(k)] = v }
        file.reading = ReadingState(position: cursor, marks: marks)
        return file
    }
}

extension AppState {
    /// One line for an annotation on the message line: its tags, its note's
    /// start and its text's start ("blame, framing · note: Check the date ·
    /// “a unilateral act”").
    func annotationSummary(_ a: Annotation) -> String {
        var parts: [String] = []
        if !a.tags.isEmpty { parts.append(a.tags.joined(separator: ", ")) }
        if !a.note.isEmpty { parts.append("note: " + Self.oneLine(a.note.split(whereSeparator: \.isNewline).first.map(String.init) ?? "", 40)) }
        // (A quotation's own marks are enough: not ““…””.)
        parts.append(SidePaneView.quoted(Self.oneLine(a.anchor.exact, 40)))
        return parts.joined(separator: " · ")
    }

    /// `text` on one line (line breaks and tabs as spaces), cut with "…" at
    /// `limit` characters: a passage named on the message line.
    static func oneLine(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
