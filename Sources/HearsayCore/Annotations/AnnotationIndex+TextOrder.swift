/// Where a new annotation goes: before the first annotation in the list that
/// sorts after it in text order (`AnnotationList.sortsBefore`), so that a list
/// kept in that order stays so, and undoing a removal puts the annotation back
/// where it was.
///
/// The list need not be in text order: a file from an older version, an import,
/// a re-anchored article or a resized annotation leave it otherwise, and the
/// rule must still give exactly what a scan gives. So the index keeps the
/// *records*: the annotations that sort after every annotation before them.
/// The first annotation that sorts after a new one is always a record (all
/// before it sort at or before the new one, so at or before it), and records
/// rise in text order as they go, so a binary search over them finds it. In a
/// sorted list every annotation is a record; in the benchmark's list, where
/// passages come round again, the records are the first round.
///
/// A change at one position can only change which annotations after it are
/// records, and only until the first record that stays one: `repairRecords`
/// walks that far. That is the next annotation for an insertion in text order
/// or the removal of what was inserted; it can be far only when the highest
/// annotation so far is removed or lowered in a list that is out of order.
extension AnnotationIndex {
    /// The records of `elements`, each in the slot of its position (as `init` puts them).
    static func records(of elements: UnsafeBufferPointer<Annotation>) -> [Int32] {
        var records: [Int32] = []
        var highest: Int?
        for position in elements.indices where highest.map({ AnnotationList.sortsBefore(elements[$0], elements[position]) }) ?? true {
            records.append(Int32(position))
            highest = position
        }
        return records
    }

    /// The position before the first annotation of the list that sorts after
    /// `a` (the end when none does).
    func insertionPoint(for a: Annotation, in slots: [Annotation]) -> Int {
        var low = 0, high = records.count
        while low < high {
            let middle = (low + high) / 2
            if AnnotationList.sortsBefore(a, slots[Int(records[middle])]) { high = middle } else { low = middle + 1 }
        }
        return low < records.count ? recordPosition(low) : count
    }

    /// The index in `records` of the first record at `position` or after it.
    func firstRecord(atOrAfter position: Int) -> Int {
        var low = 0, high = records.count
        while low < high {
            let middle = (low + high) / 2
            if recordPosition(middle) < position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func recordPosition(_ r: Int) -> Int { Int(positionOfSlot[Int(records[r])]) }

    /// Brings `records` up to date after a change at `start`: the annotation
    /// at `changed` is new or replaced (nil after a removal at `start`);
    /// everything else in `slots` is as it was, and `slotAtPosition` already
    /// says where it is now.
    mutating func repairRecords(from start: Int, changed: Int?, in slots: [Annotation]) {
        var r = firstRecord(atOrAfter: start)
        // The highest annotation before `start`, which is unchanged: the record before.
        var highest: Int32? = r > 0 ? records[r - 1] : nil
        var position = start
        while position < count {
            let slot = slotAtPosition[position]
            let listed = r < records.count && records[r] == slot
            let isRecord = highest.map { AnnotationList.sortsBefore(slots[Int($0)], slots[Int(slot)]) } ?? true
            if position == changed {
                // Below the highest before it, both before and after the change:
                // the highest so far is as it was, and so is everything after.
                if !listed && !isRecord { return }
            } else if listed && isRecord {
                // An unchanged record that stays one: the highest so far is as
                // it was from here on.
                return
            }
            if isRecord {
                if !listed { records.insert(slot, at: r) }
                r += 1
                highest = slot
            } else if listed {
                records.remove(at: r)
            }
            position += 1
        }
    }
}
