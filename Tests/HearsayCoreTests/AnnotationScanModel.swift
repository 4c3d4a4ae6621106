@testable import HearsayCore

/// What an annotation file did before it had an index: every lookup and every
/// change a scan of the array in order (the code of docs/DECISIONS.md, 39).
/// The tests hold the indexed file to it.
struct AnnotationScanModel {
    var annotations: [Annotation]
    var journal = UndoJournal()

    func firstIndex(id: String) -> Int? {
        annotations.firstIndex { Array($0.id.utf8) == Array(id.utf8) }
    }

    func firstIndex(placedOn start: Int, _ end: Int) -> Int? {
        annotations.firstIndex { !$0.orphaned && $0.anchor.start == start && $0.anchor.end == end }
    }

    mutating func record(_ group: ChangeGroup) {
        for change in group.changes { apply(change) }
        journal.record(group)
    }

    mutating func undo() -> ChangeGroup? {
        guard let group = journal.popUndo() else { return nil }
        for change in group.inverted.changes { apply(change) }
        return group
    }

    mutating func redo() -> ChangeGroup? {
        guard let group = journal.popRedo() else { return nil }
        for change in group.changes { apply(change) }
        return group
    }

    private mutating func apply(_ change: AnnotationChange) {
        switch change {
        case .add(let a): insert(a)
        case .remove(let a): annotations.removeAll { Array($0.id.utf8) == Array(a.id.utf8) }
        case .replace(let old, let new):
            if let i = firstIndex(id: old.id) {
                annotations[i] = new
                if Array(new.id.utf8) != Array(old.id.utf8),
                   let j = annotations.indices.first(where: { $0 != i && Array(annotations[$0].id.utf8) == Array(new.id.utf8) }) {
                    annotations.remove(at: j)
                }
            } else {
                insert(new)
            }
        default: break
        }
    }

    private mutating func insert(_ a: Annotation) {
        if let i = firstIndex(id: a.id) {
            annotations[i] = a
            return
        }
        let i = annotations.firstIndex { AnnotationScanModel.sortsBefore(a, $0) }
        annotations.insert(a, at: i ?? annotations.endIndex)
    }

    static func sortsBefore(_ a: Annotation, _ b: Annotation) -> Bool {
        if a.anchor.start != b.anchor.start { return a.anchor.start < b.anchor.start }
        if a.anchor.end != b.anchor.end { return a.anchor.end < b.anchor.end }
        if a.created != b.created { return a.created < b.created }
        return a.id < b.id
    }
}

/// Everything in `list`'s index and slots that disagrees with its annotations,
/// worked out by scans: empty when the index is right.
func indexProblems(_ list: AnnotationList) -> [String] {
    var problems = indexProblems(Array(list), list.index)
    // A slot for each the index knows, and nothing kept in a free one.
    if list.slots.count != list.index.positionOfSlot.count {
        problems.append("\(list.slots.count) slots, but the index knows \(list.index.positionOfSlot.count)")
    }
    for slot in list.index.freeSlots where Int(slot) < list.slots.count && list.slots[Int(slot)] != AnnotationList.vacant {
        problems.append("slot \(slot) is free but holds \(list.slots[Int(slot)].id)")
    }
    return problems
}

/// Everything in `index` that disagrees with `elements`.
func indexProblems(_ elements: [Annotation], _ index: AnnotationIndex) -> [String] {
    var problems: [String] = []
    // Each position has exactly one slot; free slots are exactly those listed free.
    var slotAt = [Int32](repeating: -1, count: elements.count)
    for (slot, position) in index.positionOfSlot.enumerated() where position != -1 {
        guard position >= 0, Int(position) < elements.count else {
            problems.append("slot \(slot) at \(position), outside 0..<\(elements.count)")
            continue
        }
        if slotAt[Int(position)] != -1 { problems.append("two slots at \(position)") }
        slotAt[Int(position)] = Int32(slot)
    }
    if let missing = slotAt.firstIndex(of: -1) { problems.append("no slot at \(missing)") }
    // The order is the inverse of the positions.
    if index.slotAtPosition != slotAt { problems.append("the order \(index.slotAtPosition), but the positions say \(slotAt)") }
    let free = index.positionOfSlot.indices.filter { index.positionOfSlot[$0] == -1 }.map(Int32.init)
    if free.sorted() != index.freeSlots.sorted() { problems.append("free slots \(index.freeSlots.sorted()), but \(free) are free") }
    problems += tableProblems(index.slotsByID, "by id") + tableProblems(index.slotsByPlace, "by place")
    if problems.isEmpty {
        // By id: every annotation under its own id, nothing else.
        var byID: [[UInt8]: [Int32]] = [:]
        for (position, a) in elements.enumerated() { byID[Array(a.id.utf8), default: []].append(slotAt[position]) }
        let indexedByID = Dictionary(uniqueKeysWithValues: index.slotsByID.all.map { (Array($0.key.id.utf8), $0.value.sorted()) })
        if indexedByID != byID.mapValues({ $0.sorted() }) { problems.append("by id: \(indexedByID), but the array has \(byID)") }
        // By place: every annotation placed (not an orphan) under its start and end.
        var byPlace: [AnnotationPlace: [Int32]] = [:]
        for (position, a) in elements.enumerated() where !a.orphaned {
            byPlace[AnnotationPlace(a.anchor), default: []].append(slotAt[position])
        }
        let indexedByPlace = index.slotsByPlace.all.mapValues { $0.sorted() }
        if indexedByPlace != byPlace.mapValues({ $0.sorted() }) {
            problems.append("by place: \(indexedByPlace), but the array has \(byPlace)")
        }
        // Records: the annotations that sort after all those before them.
        var records: [Int32] = []
        var highest: Annotation?
        for (position, a) in elements.enumerated() where highest.map({ AnnotationScanModel.sortsBefore($0, a) }) ?? true {
            records.append(slotAt[position])
            highest = a
        }
        if index.records != records { problems.append("records \(index.records), but the array's are \(records)") }
    }
    return problems
}

/// A key with one slot is in `single`, a key with more in `shared`: never both, never none.
func tableProblems<Key>(_ table: AnnotationSlotTable<Key>, _ name: String) -> [String] {
    var problems: [String] = []
    if !Set(table.single.keys).isDisjoint(with: table.shared.keys) { problems.append("\(name): a key both single and shared") }
    if table.shared.values.contains(where: { $0.count < 2 }) { problems.append("\(name): a shared key with fewer than two slots") }
    return problems
}
