/// UTF-8 decoded straight into a narrow `ScalarText`'s bytes (one a scalar),
/// for `TextDecoding.plainScalars`.
extension TextDecoding {
    /// How one part of a narrow decode ended.
    struct NarrowPart: Sendable {
        /// Where a part stopped: a byte offset in the UTF-8 and the scalar offset it starts.
        struct Stop: Sendable {
            var byte: Int
            var scalar: Int
        }

        /// False at the first ill-formed sequence (when validating).
        var valid = true
        /// The scalars of the slots the part used, in the order they first came.
        var slots: [Unicode.Scalar] = []
        /// Where a 33rd scalar that needs a slot came: the part is narrow up to
        /// there, and the rest of it has to be decoded wide.
        var overflow: Stop? = nil
    }

    /// Decodes UTF-8 `from..<to` (whole scalars) into `out` from `firstScalar`
    /// on, one byte a scalar, noting the UTF-8 offset of every `stride`-th scalar
    /// as `decode(_:into:...)` does, and validating as it does. Scalars below
    /// 0x80 and in 0xA0...0xFF are their own byte; the others get a slot, the
    /// first 32 distinct ones in the order they come.
    static func decodeNarrow(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                             checkpoints points: UnsafeMutableBufferPointer<UInt32>, from: Int, to: Int, firstScalar: Int,
                             validating: Bool) -> NarrowPart {
        let mask = ScalarOffsetIndex.stride - 1
        var i = from, k = firstScalar
        var part = NarrowPart()
        guard i < to else { return part }
        let base = bytes.baseAddress!, target = out.baseAddress!
        // The slots' values, searched in order: the common ones (’ “ ”) come
        // early in a text, so a search rarely goes past the first few.
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: ScalarText.slots) { values in
            var used = 0
            scan: while i < to {
                // Eight ASCII bytes at a time: one load, one test and one store.
                if i &+ 8 <= to {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        let checkpoint = (k &+ mask) & ~mask   // the first multiple of the stride at or after k
                        if checkpoint < k &+ 8 { points[checkpoint / ScalarOffsetIndex.stride] = UInt32(truncatingIfNeeded: i &+ (checkpoint &- k)) }
                        UnsafeMutableRawPointer(target + k).storeBytes(of: word, as: UInt64.self)
                        i &+= 8
                        k &+= 8
                        continue
                    }
                }
                let b0 = base[i]
                if validating, b0 >= 0x80, !isWellFormed(bytes, at: i, to: to) {
                    part.valid = false
                    break scan
                }
                if k & mask == 0 { points[k / ScalarOffsetIndex.stride] = UInt32(truncatingIfNeeded: i) }
                if b0 < 0x80 {
                    target[k] = b0
                    i &+= 1
                    k &+= 1
                    continue
                }
                let start = i
                let v = scalar(bytes, at: &i)
                if v &- 0xA0 < 0x60 {
                    target[k] = UInt8(truncatingIfNeeded: v)
                } else {
                    var slot = 0
                    while slot < used, values[slot] != v { slot &+= 1 }
                    if slot == used {
                        guard used < ScalarText.slots else {
                            part.overflow = .init(byte: start, scalar: k)
                            break scan
                        }
                        values[used] = v
                        used &+= 1
                    }
                    target[k] = 0x80 | UInt8(truncatingIfNeeded: slot)
                }
                k &+= 1
            }
            part.slots = (0..<used).map { Unicode.Scalar(values[$0])! }
            return part
        }
    }

    /// The slots of all parts as one table, with the bytes of the later parts
    /// renumbered to it where their own order differs; nil when together they
    /// need more than 32 slots.
    static func oneTable(_ parts: [NarrowPart], _ starts: [Int], _ bytes: inout [UInt8]) -> [Unicode.Scalar]? {
        var table = parts[0].slots
        var renumberings: [(Range<Int>, [UInt8])] = []
        for p in parts.indices.dropFirst() {
            var map = [UInt8](repeating: 0, count: ScalarText.slots)
            var same = true
            for (j, s) in parts[p].slots.enumerated() {
                let slot = table.firstIndex(of: s) ?? { table.append(s); return table.count - 1 }()
                if slot != j { same = false }
                map[j] = UInt8(truncatingIfNeeded: slot)
            }
            if table.count > ScalarText.slots { return nil }
            if !same { renumberings.append((starts[p]..<starts[p + 1], map)) }
        }
        if !renumberings.isEmpty {
            bytes.withUnsafeMutableBufferPointer { b in
                for (range, map) in renumberings { renumber(b, range, map) }
            }
        }
        return table
    }

    /// Slot bytes of `range` renumbered through `map`; ASCII skipped eight bytes at a time.
    static func renumber(_ b: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>, _ map: [UInt8]) {
        guard let base = b.baseAddress else { return }
        map.withUnsafeBufferPointer { map in
            var i = range.lowerBound
            while i < range.upperBound {
                if i &+ 8 <= range.upperBound,
                   UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i &+= 8
                    continue
                }
                let v = base[i]
                if v & 0xE0 == 0x80 { base[i] = 0x80 | map[Int(v & 0x1F)] }
                i &+= 1
            }
        }
    }

    /// The scalars of narrow bytes `range`, whose slots are `slots`, into the same places of `out`.
    static func widen(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, table slots: [Unicode.Scalar],
                      into out: UnsafeMutableBufferPointer<Unicode.Scalar>) {
        let table = slots + ScalarText.identityTable[slots.count...]
        table.withUnsafeBufferPointer { table in
            let narrow = NarrowScalars(bytes: bytes, table: table.baseAddress!)
            for k in range { out[k] = narrow[k] }
        }
    }
}
