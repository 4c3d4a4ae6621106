/// An open-addressing set of 64-bit word hashes.
///
/// The keys are already well-mixed FNV hashes, so a multiply-shift picks the slot;
/// Swift's `Set<UInt64>` runs SipHash on every lookup, which was a tenth of the
/// analyzer's time. Read-mostly: built once, queried millions of times.
public struct HashSet64: Sendable {
    private var slots: [UInt64]
    private var shift: UInt64
    private var hasZero = false
    public private(set) var count = 0

    public init(minimumCapacity: Int) {
        let bits = HashSlots.bits(for: minimumCapacity)
        slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        shift = 64 - bits
    }

    /// An empty set that allocates nothing until its first insert: one shared
    /// empty slot (every key's slot, with a shift of 64). A short article's
    /// analysis made a dozen sets it never filled, at about 700 instructions
    /// for each table's allocation.
    public init() {
        slots = HashSlots.emptyKeys
        shift = 64
    }

    public init<S: Sequence>(_ values: S) where S.Element == UInt64 {
        self.init(minimumCapacity: values.underestimatedCount)
        for v in values { insert(v) }
    }

    @inline(__always)
    private func slot(_ v: UInt64) -> Int { HashSlots.slot(v, shift: shift) }

    @discardableResult
    public mutating func insert(_ v: UInt64) -> Bool {
        if v == 0 {
            if hasZero { return false }
            hasZero = true
            count += 1
            return true
        }
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = slot(v)
        while slots[i] != 0 {
            if slots[i] == v { return false }
            i = (i + 1) & mask
        }
        slots[i] = v
        count += 1
        return true
    }

    @inline(__always)
    public func contains(_ v: UInt64) -> Bool {
        if v == 0 { return hasZero }
        let mask = slots.count - 1
        var i = slot(v)
        while true {
            let s = slots[i]
            if s == v { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    /// Room for `minimumCapacity` values in all: inserting them will not grow the table.
    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        guard HashSlots.bits(for: minimumCapacity) > 64 - shift else { return }
        var bigger = HashSet64(minimumCapacity: minimumCapacity)
        bigger.formUnion(self)
        self = bigger
    }

    public mutating func formUnion(_ other: HashSet64) {
        if other.hasZero { insert(0) }
        for v in other.slots where v != 0 { insert(v) }
    }

    private mutating func grow() {
        let old = slots
        let size = HashSlots.grownSize(old.count)
        slots = [UInt64](repeating: 0, count: size)
        shift = 64 - UInt64(size.trailingZeroBitCount)
        let zero = hasZero
        count = 0
        hasZero = false
        for v in old where v != 0 { insert(v) }
        if zero { insert(0) }
    }
}

/// What `HashSet64` and `HashMap64` share: a power-of-two table at most half
/// full, and the slot of a key by multiply-shift (the keys are FNV hashes).
enum HashSlots {
    /// log2 of the table size for `minimumCapacity` keys (at least 16 slots).
    static func bits(for minimumCapacity: Int) -> UInt64 {
        var bits: UInt64 = 4
        while (1 << bits) < minimumCapacity * 2 { bits += 1 }
        return bits
    }

    @inline(__always)
    static func slot(_ v: UInt64, shift: UInt64) -> Int { Int(truncatingIfNeeded: (v &* 0x9E3779B97F4A7C15) >> shift) }

    /// The one slot of an empty table made by `init()`, shared (a shift of 64
    /// puts every key there).
    static let emptyKeys: [UInt64] = [0]
    static let emptySlots: [Int32] = [-1]

    /// Twice the slots, and at least 16 (from an empty table's one).
    static func grownSize(_ size: Int) -> Int { max(16, size * 2) }
}
