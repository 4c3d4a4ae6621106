/// The slots (see `AnnotationIndex`) under each key: by id, or by place.
///
/// Nearly every key has one slot, held as a plain number: 4 bytes a value in
/// the dictionary, where a list would take 16 and an allocation. The few keys
/// with more (a file written with duplicate ids, a passage annotated twice)
/// have all their slots in `shared` instead; a key is in one dictionary or the
/// other, never both, and never with no slot.
struct AnnotationSlotTable<Key: Hashable & Sendable>: Sendable {
    private(set) var single: [Key: Int32] = [:]
    private(set) var shared: [Key: [Int32]] = [:]

    init(capacity: Int) { single.reserveCapacity(capacity) }

    /// Every key with its slots, for the tests.
    var all: [Key: [Int32]] { single.mapValues { [$0] }.merging(shared) { a, _ in a } }

    mutating func add(_ slot: Int32, under key: Key) {
        if !shared.isEmpty, let i = shared.index(forKey: key) {
            shared.values[i].append(slot)
        } else if let other = single.updateValue(slot, forKey: key) {
            single[key] = nil
            shared[key] = [other, slot]
        }
    }

    mutating func remove(_ slot: Int32, under key: Key) {
        if let i = single.index(forKey: key) {
            if single.values[i] == slot { single.remove(at: i) }
        } else if let i = shared.index(forKey: key) {
            shared.values[i].removeAll { $0 == slot }
            if shared.values[i].count == 1 {
                single[key] = shared.values[i][0]
                shared.remove(at: i)
            }
        }
    }

    /// The slot under `key` whose annotation comes first, other than `excluded`
    /// (`positions` gives each slot's position).
    func first(under key: Key, in positions: [Int32], excluding excluded: Int32 = -1) -> Int32? {
        if let slot = single[key] { return slot == excluded ? nil : slot }
        guard !shared.isEmpty, let slots = shared[key] else { return nil }
        return slots.filter { $0 != excluded }.min { positions[Int($0)] < positions[Int($1)] }
    }

    /// All the slots under `key`.
    func slots(under key: Key) -> [Int32] {
        if let slot = single[key] { return [slot] }
        return shared.isEmpty ? [] : shared[key] ?? []
    }
}
