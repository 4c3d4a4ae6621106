/// Where each annotation of an `AnnotationList` is: by id, by place, and in
/// text order (AnnotationIndex+TextOrder.swift), found without reading the
/// other annotations. A tagging keystroke asks all three; on 100,000
/// annotations each used to be a scan of them all (docs/DECISIONS.md, 39 and 42).
///
/// Each annotation has a *slot*: where the list keeps it, a number it keeps
/// while others are inserted and removed before it (docs/DECISIONS.md, 46).
/// The order of the list is `slotAtPosition`, and the two tables hold slots,
/// not positions, which shift at every insertion. An insertion then moves
/// small integers (4 bytes an annotation, where an annotation takes 144) and
/// changes no table: the slots after it in `slotAtPosition`, and one pass over
/// `positionOfSlot`, its inverse.
///
/// Only `AnnotationList` holds one, and changes it in the same method that
/// changes its slots (others may read it, not change it): an index is never
/// seen out of step. Its methods read the annotations from the list's slots.
@usableFromInline struct AnnotationIndex: Sendable {
    /// The slot of the annotation at each position: the list's order.
    @usableFromInline var slotAtPosition: [Int32] = []
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

    /// The index of `elements` as they are, each in the slot of its position.
    init(_ elements: [Annotation]) {
        precondition(elements.count < Int(Int32.max), "more annotations than the index can hold")
        slotAtPosition = Array(0..<Int32(elements.count))
        positionOfSlot = slotAtPosition
        // As much room as the list's slots have (see AnnotationList.init).
        slotAtPosition.reserveCapacity(AnnotationList.room(for: elements.count))
        positionOfSlot.reserveCapacity(AnnotationList.room(for: elements.count))
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

    var count: Int { slotAtPosition.count }

    // MARK: Lookups

    /// The position of the first annotation with id `id`.
    func firstPosition(id: String) -> Int? {
        position(of: slotsByID.first(under: AnnotationIDKey(id), in: positionOfSlot))
    }

    /// The position of the first annotation with id `id` other than the one at `excluded`.
    func firstPosition(id: String, excluding excluded: Int) -> Int? {
        position(of: slotsByID.first(under: AnnotationIDKey(id), in: positionOfSlot, excluding: slotAtPosition[excluded]))
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

    /// The slot the next insertion takes: the last one freed, or a new one at the end.
    var vacantSlot: Int { freeSlots.last.map(Int.init) ?? positionOfSlot.count }

    // MARK: Changes, each told by AnnotationList as it makes it

    /// After the list put a new annotation in `vacantSlot`: it goes at `position`.
    mutating func didInsert(at position: Int, in slots: [Annotation]) {
        precondition(count < Int(Int32.max) - 1, "more annotations than the index can hold")
        shiftPositions(atOrAfter: Int32(position), by: 1)
        let slot: Int32
        if let free = freeSlots.popLast() {
            slot = free
            positionOfSlot[Int(free)] = Int32(position)
        } else {
            slot = Int32(positionOfSlot.count)
            positionOfSlot.append(Int32(position))
        }
        slotAtPosition.insert(slot, at: position)
        let new = slots[Int(slot)]
        slotsByID.add(slot, under: AnnotationIDKey(new.id))
        if !new.orphaned { slotsByPlace.add(slot, under: AnnotationPlace(new.anchor)) }
        repairRecords(from: position, changed: position, in: slots)
    }

    /// Before the annotation at `position` leaves its slot: takes it out of the
    /// order and the tables, and frees the slot. Returns whether it bounded the
    /// text order: then `repairRecords(from: position, changed: nil, in:)` must
    /// follow.
    mutating func willRemove(at position: Int, in slots: [Annotation]) -> Bool {
        let slot = slotAtPosition[position]
        let old = slots[Int(slot)]
        slotsByID.remove(slot, under: AnnotationIDKey(old.id))
        if !old.orphaned { slotsByPlace.remove(slot, under: AnnotationPlace(old.anchor)) }
        let r = firstRecord(atOrAfter: position)
        let wasRecord = r < records.count && records[r] == slot
        if wasRecord { records.remove(at: r) }
        positionOfSlot[Int(slot)] = -1
        freeSlots.append(slot)
        slotAtPosition.remove(at: position)
        shiftPositions(atOrAfter: Int32(position) + 1, by: -1)
        return wasRecord
    }

    /// After the list put a new annotation in the slot at `position`, where `old` was.
    mutating func didReplace(_ old: Annotation, at position: Int, in slots: [Annotation]) {
        let slot = slotAtPosition[position]
        let new = slots[Int(slot)]
        let oldID = AnnotationIDKey(old.id), newID = AnnotationIDKey(new.id)
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
            repairRecords(from: position, changed: position, in: slots)
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
