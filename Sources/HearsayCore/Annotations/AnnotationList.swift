/// The annotations of a file in the file's order, with an index beside them
/// (`AnnotationIndex`) that finds one by id, by place or by text order without
/// reading the others: a tagging keystroke on 100,000 annotations no longer
/// scans them (docs/DECISIONS.md, 42).
///
/// An annotation stays in the slot it was put in while others come and go;
/// the order is the index's `slotAtPosition`, 4 bytes an annotation. Adding
/// one in text order then moves those numbers along (0.4 MB at 100,000), not
/// the 144-byte annotations after it (14 MB, which fits no cache; see
/// docs/DECISIONS.md, 46). Reading it copies nothing: it is a collection in
/// the file's order, and an array only when asked for one (`Array(list)`).
///
/// It changes only through the methods below, each of which changes the index
/// with it, and a new list comes with a new index: an index that disagrees with
/// its annotations cannot be seen. Equality and hashing are those of the
/// annotations in order, as an array's: two lists equal as arrays are equal,
/// however their slots lie.
public struct AnnotationList: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// Each annotation in its slot; `vacant` in a free one (`index.freeSlots`).
    /// Not optional, so that reading one is a plain array read. Readable for
    /// the tests, which hold it to the index. Inlinable, as are `index` and the
    /// reading below, so that a loop over the annotations in another module
    /// (the frame, the encoder) reads the fields it needs in place instead of
    /// calling out for a copy of each annotation.
    @usableFromInline private(set) var slots: [Annotation]
    /// Readable for the tests, which hold it to a scan of the annotations.
    @usableFromInline private(set) var index: AnnotationIndex

    public init(_ elements: [Annotation] = []) {
        // Room for the annotations to come. An array read from a file or made
        // by `map` is often full, and the first annotation added would copy it
        // all into a larger one: at 100,000 annotations 14 MB, most of that
        // tagging keystroke. When the copy is needed, it is made here, as part
        // of loading, which reads them all anyway.
        var slots = elements
        let room = AnnotationList.room(for: elements.count)
        if slots.capacity < room { slots.reserveCapacity(room) }
        self.slots = slots
        index = AnnotationIndex(elements)
    }

    public init(arrayLiteral elements: Annotation...) { self.init(elements) }

    /// The slots a list of `count` annotations is made with: a sixteenth more.
    static func room(for count: Int) -> Int { count + count / 16 + 16 }

    /// What a free slot holds: nothing of the annotation that left it (empty
    /// strings and arrays take no memory of their own).
    static let vacant = Annotation(id: "", anchor: Anchor(start: 0, end: 0, exact: "", prefix: "", suffix: ""), created: "")

    @inlinable public var startIndex: Int { 0 }

    @inlinable public var endIndex: Int { index.slotAtPosition.count }

    /// The annotation at `position`. Setting it puts another in its place, as
    /// an array would, and changes the index with it.
    public subscript(position: Int) -> Annotation {
        @inlinable get { slots[Int(index.slotAtPosition[position])] }
        set { replace(at: position, with: newValue) }
    }

    public static func == (a: AnnotationList, b: AnnotationList) -> Bool { a.count == b.count && a.elementsEqual(b) }

    /// As `Array`'s, so that equal lists hash alike whatever their slots.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for a in self { hasher.combine(a) }
    }

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
            insert(a, at: index.insertionPoint(for: a, in: slots))
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
        let slot = index.vacantSlot
        if slot == slots.count { slots.append(a) } else { slots[slot] = a }
        index.didInsert(at: position, in: slots)
    }

    private mutating func remove(at position: Int) {
        let slot = Int(index.slotAtPosition[position])
        let boundedTheOrder = index.willRemove(at: position, in: slots)
        // Let the annotation go, not only its place in the order.
        slots[slot] = AnnotationList.vacant
        if boundedTheOrder { index.repairRecords(from: position, changed: nil, in: slots) }
    }

    private mutating func replace(at position: Int, with new: Annotation) {
        let slot = Int(index.slotAtPosition[position])
        let old = slots[slot]
        slots[slot] = new
        index.didReplace(old, at: position, in: slots)
    }
}
