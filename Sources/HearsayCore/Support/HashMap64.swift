/// A map from 64-bit word hashes to values, with open addressing.
///
/// The gazetteer is asked about every capitalised word of a document; Swift's
/// `Dictionary<UInt64, _>` runs SipHash and retains the stored array on every
/// lookup. The keys here are already well-mixed FNV hashes (`WordHash`), so a
/// multiply-shift picks the slot, as in `HashSet64`.
public struct HashMap64<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var slots: [Int32]   // index into `values`, or -1 for an empty slot
    private var values: [Value]
    private var shift: UInt64

    public init(_ dictionary: [UInt64: Value]) {
        self.init(dictionary.lazy.map { ($0.key, $0.value) }, count: dictionary.count) { first, _ in first }
    }

    /// The map of the `count` pairs of `pairs`; the values of a key given twice
    /// are joined by `combine`.
    public init<S: Sequence>(_ pairs: S, count: Int, uniquingKeysWith combine: (Value, Value) -> Value)
        where S.Element == (UInt64, Value) {
        let bits = HashSlots.bits(for: count)
        keys = [UInt64](repeating: 0, count: 1 << Int(bits))
        slots = [Int32](repeating: -1, count: 1 << Int(bits))
        values = []
        values.reserveCapacity(count)
        shift = 64 - bits
        let mask = keys.count - 1
        for (key, value) in pairs {
            var i = slot(key)
            while slots[i] >= 0, keys[i] != key { i = (i + 1) & mask }
            if slots[i] >= 0 {
                values[Int(slots[i])] = combine(values[Int(slots[i])], value)
                continue
            }
            keys[i] = key
            slots[i] = Int32(values.count)
            values.append(value)
        }
    }

    /// An empty map that allocates nothing until its first key (see `HashSet64.init()`).
    public init() {
        keys = HashSlots.emptyKeys
        slots = HashSlots.emptySlots
        values = []
        shift = 64
    }

    /// An empty map with room for `minimumCapacity` keys before it grows.
    public init(minimumCapacity: Int) {
        self.init(EmptyCollection<(UInt64, Value)>(), count: minimumCapacity) { first, _ in first }
    }

    @inline(__always)
    private func slot(_ v: UInt64) -> Int { HashSlots.slot(v, shift: shift) }

    public var count: Int { values.count }

    /// Sets the value of `key`, adding it when new (the table doubles when it
    /// would be more than half full): for the memos the analysis fills as it
    /// goes, which asked Swift's `Dictionary` and its SipHash for every name.
    public mutating func set(_ key: UInt64, _ value: Value) {
        if (values.count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = slot(key)
        while slots[i] >= 0 {
            if keys[i] == key {
                values[Int(slots[i])] = value
                return
            }
            i = (i + 1) & mask
        }
        keys[i] = key
        slots[i] = Int32(values.count)
        values.append(value)
    }

    /// Twice the slots, the keys placed again (their values stay where they are).
    private mutating func grow() {
        let oldKeys = keys, oldSlots = slots
        let size = HashSlots.grownSize(oldKeys.count)
        shift = 64 - UInt64(size.trailingZeroBitCount)
        keys = [UInt64](repeating: 0, count: size)
        slots = [Int32](repeating: -1, count: size)
        values.reserveCapacity(size / 2)   // (the most it holds before it grows again)
        let mask = keys.count - 1
        for j in oldSlots.indices where oldSlots[j] >= 0 {
            var i = slot(oldKeys[j])
            while slots[i] >= 0 { i = (i + 1) & mask }
            keys[i] = oldKeys[j]
            slots[i] = oldSlots[j]
        }
    }

    /// Every key with its value, in no particular order.
    public func forEach(_ body: (UInt64, Value) -> Void) {
        for i in slots.indices where slots[i] >= 0 { body(keys[i], values[Int(slots[i])]) }
    }

    /// Replaces every value `v` with `transform(v)`.
    public mutating func updateValues(_ transform: (Value) -> Value) {
        for i in values.indices { values[i] = transform(values[i]) }
    }

    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let s = slots[i]
            if s < 0 { return nil }
            if keys[i] == key { return values[Int(s)] }
            i = (i + 1) & mask
        }
    }
}
