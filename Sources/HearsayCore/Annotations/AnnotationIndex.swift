/// Where each annotation of an `AnnotationList` is: by id, by place, and in
/// text order (AnnotationIndex+TextOrder.swift), found without reading the
/// other annotations. A tagging keystroke asks all three; on 100,000
/// annotations each used to be a scan of them all (docs/DECISIONS.md, 39 and 42).
///
/// Positions in the list shift whenever an annotation is inserted or removed
/// before them, so the two tables do not hold positions. Each annotation has
/// a *slot*, a number it keeps while it moves, and `positionOfSlot` says where
/// each slot's annotation is. An insertion then costs one pass over that array
/// of small integers (4 bytes an annotation, in order, next to the 144 bytes an
/// annotation moves in the array itself), and no change to the tables.
///
/// Only `AnnotationList` holds one, and changes it in the same method that
/// changes its array (others may read it, not change it): an index is never
/// seen out of step.
struct AnnotationIndex: Sendable {
    /// The position in the list of the annotation in each slot; -1 for a free slot.
    var positionOfSlot: [Int32] = []
    /// Slots left by removals, taken again by the next insertions.
    var freeSlots: [Int32] = []
    /// The slots of the annotations with each id: one, unless the file came with duplicates.
    var slotsByID: AnnotationSlotTable<AnnotationIDKey>
    /// The slots of the annotations placed on each start and end. Orphans are
    /// left out: a passage is never found annotated by one.
    var slotsByPlace: AnnotationSlotTable<AnnotationPlace>
    /// The slots of the annotations that sort after every annotation before
    /// them, by position (see AnnotationIndex+TextOrder.swift).
    var records: [Int32] = []

    /// The index of `elements` as they are (the slot of each is its position).
    init(_ elements: [Annotation]) {
        precondition(elements.count < Int(Int32.max), "more annotations than the index can hold")
        positionOfSlot = Array(0..<Int32(elements.count))
        // As much room as the array has (see AnnotationList.init).
        positionOfSlot.reserveCapacity(elements.capacity)
        slotsByID = AnnotationSlotTable(capacity: elements.count)
        slotsByPlace = AnnotationSlotTable(capacity: elements.count)
        // Through the buffer: reading a field of `elements[k]` may copy the
        // whole annotation, retaining and releasing its seven strings.
        elements.withUnsafeBufferPointer { all in
            for position in all.indices {
                let slot = Int32(position)
                slotsByID.add(slot, under: AnnotationIDKey(all[position].id))
                if !all[position].orphaned { slotsByPlace.add(slot, under: AnnotationPlace(all[position].anchor)) }
            }
            records = AnnotationIndex.records(of: all)
        }
    }

    // MARK: Lookups

    /// The position of the first annotation with id `id`.
    func firstPosition(id: String) -> Int? {
        position(of: slotsByID.first(under: AnnotationIDKey(id), in: positionOfSlot))
    }

    /// The position of the first annotation with id `id` other than the one at `excluded`.
    func firstPosition(id: String, excluding excluded: Int) -> Int? {
        let key = AnnotationIDKey(id)
        let skipped = slotsByID.slot(under: key, at: Int32(excluded), in: positionOfSlot) ?? -1
        return position(of: slotsByID.first(under: key, in: positionOfSlot, excluding: skipped))
    }

    /// The positions of all the annotations with id `id`, last first.
    func positionsFromLast(id: String) -> [Int] {
        slotsByID.slots(under: AnnotationIDKey(id)).map { Int(positionOfSlot[Int($0)]) }.sorted(by: >)
    }

    /// The position of the first annotation (not an orphan) on exactly `place`.
    func firstPosition(placedOn place: AnnotationPlace) -> Int? {
        position(of: slotsByPlace.first(under: place, in: positionOfSlot))
    }

    private func position(of slot: Int32?) -> Int? { slot.map { Int(positionOfSlot[Int($0)]) } }

    /// The slot of the annotation at `position` of `elements`.
    func slot(at position: Int, in elements: [Annotation]) -> Int32 {
        guard let slot = slotsByID.slot(under: AnnotationIDKey(elements[position].id), at: Int32(position), in: positionOfSlot) else {
            preconditionFailure("the annotation index lost the annotation at \(position)")
        }
        return slot
    }

    // MARK: Changes, each told by AnnotationList as it makes it

    /// After `elements.insert(_, at: position)`.
    mutating func didInsert(at position: Int, in elements: [Annotation]) {
        precondition(elements.count < Int(Int32.max), "more annotations than the index can hold")
        shiftPositions(atOrAfter: Int32(position), by: 1)
        let slot: Int32
        if let free = freeSlots.popLast() {
            slot = free
            positionOfSlot[Int(free)] = Int32(position)
        } else {
            slot = Int32(positionOfSlot.count)
            positionOfSlot.append(Int32(position))
        }
        slotsByID.add(slot, under: AnnotationIDKey(elements[position].id))
        if !elements[position].orphaned { slotsByPlace.add(slot, under: AnnotationPlace(elements[position].anchor)) }
        repairRecords(from: position, changed: position, in: elements)
    }

    /// Before `elements.remove(at: position)`. Returns whether the removed
    /// annotation bounded the text order: then `repairRecords(from: position,
    /// changed: nil, in:)` must follow the removal.
    mutating func willRemove(at position: Int, in elements: [Annotation]) -> Bool {
        let slot = slot(at: position, in: elements)
        slotsByID.remove(slot, under: AnnotationIDKey(elements[position].id))
        if !elements[position].orphaned { slotsByPlace.remove(slot, under: AnnotationPlace(elements[position].anchor)) }
        let r = firstRecord(atOrAfter: position)
        let wasRecord = r < records.count && records[r] == slot
        if wasRecord { records.remove(at: r) }
        positionOfSlot[Int(slot)] = -1
        freeSlots.append(slot)
        shiftPositions(atOrAfter: Int32(position) + 1, by: -1)
        return wasRecord
    }

    /// After `elements[position] = new`, where `old` was.
    mutating func didReplace(_ old: Annotation, at position: Int, in elements: [Annotation]) {
        let new = elements[position]
        let oldID = AnnotationIDKey(old.id), newID = AnnotationIDKey(new.id)
        guard let slot = slotsByID.slot(under: oldID, at: Int32(position), in: positionOfSlot) else {
            preconditionFailure("the annotation index lost the annotation at \(position)")
        }
        if oldID != newID {
            slotsByID.remove(slot, under: oldID)
            slotsByID.add(slot, under: newID)
        }
        let oldPlace = old.orphaned ? nil : AnnotationPlace(old.anchor)
        let newPlace = new.orphaned ? nil : AnnotationPlace(new.anchor)
        if oldPlace != newPlace {
            if let oldPlace { slotsByPlace.remove(slot, under: oldPlace) }
            if let newPlace { slotsByPlace.add(slot, under: newPlace) }
        }
        // A new note or tag leaves the text order as it was.
        if old.anchor.start != new.anchor.start || old.anchor.end != new.anchor.end || old.created != new.created || old.id != new.id {
            repairRecords(from: position, changed: position, in: elements)
        }
    }

    /// Moves every annotation at `position` or after by `delta`. One pass in
    /// order over 4 bytes an annotation, branch-free so the compiler can vectorise
    /// it; free slots (-1) are never at or after a position.
    private mutating func shiftPositions(atOrAfter position: Int32, by delta: Int32) {
        positionOfSlot.withUnsafeMutableBufferPointer { positions in
            for k in positions.indices { positions[k] &+= positions[k] >= position ? delta : 0 }
        }
    }
}
