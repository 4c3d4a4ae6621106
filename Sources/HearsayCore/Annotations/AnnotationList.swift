/// The annotations of a file in the file's order, with an index beside them
/// (`AnnotationIndex`) that finds one by id, by place or by text order without
/// reading the others: a tagging keystroke on 100,000 annotations no longer
/// scans them (docs/DECISIONS.md, 42).
///
/// The array changes only through the methods below, each of which changes the
/// index with it, and a new array comes with a new index: an index that
/// disagrees with its array cannot be seen. Equality and hashing are the
/// array's, since the index follows from it.
struct AnnotationList: Hashable, Sendable {
    private(set) var elements: [Annotation]
    /// Readable for the tests, which hold it to a scan of `elements`.
    private(set) var index: AnnotationIndex

    init(_ elements: [Annotation] = []) {
        // Room for the annotations to come. An array read from a file or made
        // by `map` is often full, and the first annotation added would copy it
        // all into a larger one: at 100,000 annotations 14 MB, most of that
        // tagging keystroke. When the copy is needed, it is made here, as part
        // of loading, which reads them all anyway.
        var elements = elements
        let room = elements.count + elements.count / 16 + 16
        if elements.capacity < room { elements.reserveCapacity(room) }
        self.elements = elements
        index = AnnotationIndex(elements)
    }

    static func == (a: AnnotationList, b: AnnotationList) -> Bool { a.elements == b.elements }

    func hash(into hasher: inout Hasher) { hasher.combine(elements) }

    /// Text order: anchor start, end, then created time, then id.
    static func sortsBefore(_ a: Annotation, _ b: Annotation) -> Bool {
        if a.anchor.start != b.anchor.start { return a.anchor.start < b.anchor.start }
        if a.anchor.end != b.anchor.end { return a.anchor.end < b.anchor.end }
        if a.created != b.created { return a.created < b.created }
        return a.id < b.id
    }

    // MARK: Lookups

    /// The position of the first annotation with id `id` (compared as bytes).
    func firstIndex(id: String) -> Int? { index.firstPosition(id: id) }

    /// The position of the first annotation (not an orphan) on exactly `place`.
    func firstIndex(placedOn place: AnnotationPlace) -> Int? { index.firstPosition(placedOn: place) }

    // MARK: The changes of the undo journal (see AnnotationFile.applying)

    /// Inserts `a` before the first annotation that sorts after it, or puts it
    /// in place of the first annotation with its id (never a duplicate).
    mutating func insertInTextOrder(_ a: Annotation) {
        if let i = firstIndex(id: a.id) {
            replace(at: i, with: a)
        } else {
            insert(a, at: index.insertionPoint(for: a, in: elements))
        }
    }

    /// Removes every annotation with id `id` (none: nothing happens).
    mutating func removeAll(id: String) {
        for position in index.positionsFromLast(id: id) { remove(at: position) }
    }

    /// Puts `new` in place of the first annotation with id `id` (none: inserts
    /// it in text order). Ids never change in practice; if `new` has another
    /// one, the first other annotation with that id goes, to keep ids unique.
    mutating func replace(id: String, with new: Annotation) {
        guard let i = firstIndex(id: id) else { return insertInTextOrder(new) }
        replace(at: i, with: new)
        if !AnnotationFile.sameID(new.id, id), let j = index.firstPosition(id: new.id, excluding: i) {
            remove(at: j)
        }
    }

    // MARK: The three edits everything above is made of

    private mutating func insert(_ a: Annotation, at position: Int) {
        elements.insert(a, at: position)
        index.didInsert(at: position, in: elements)
    }

    private mutating func remove(at position: Int) {
        let boundedTheOrder = index.willRemove(at: position, in: elements)
        elements.remove(at: position)
        if boundedTheOrder { index.repairRecords(from: position, changed: nil, in: elements) }
    }

    private mutating func replace(at position: Int, with new: Annotation) {
        let old = elements[position]
        elements[position] = new
        index.didReplace(old, at: position, in: elements)
    }
}
