import Testing
import HearsayCore

/// `HashMap64.set` against Swift's `Dictionary`: new keys, keys set again,
/// the key 0, keys that share a slot, and growth from the empty map.
@Suite struct HashMap64Tests {
    @Test func setAndGetAgreeWithADictionary() {
        var rng = SplitMix64(seed: 42)
        var map = HashMap64<Int>()
        var reference: [UInt64: Int] = [:]
        // A few keys that differ only in their low bits, so that they share slots
        // (the slot is taken from the high bits of a multiplication).
        let crowded = (0..<40).map { UInt64($0) }
        for step in 0..<20_000 {
            let key = step % 3 == 0 ? crowded[Int(rng.next() % 40)] : rng.next() % 5_000
            let value = Int(rng.next() % 1_000_000)
            map.set(key, value)
            reference[key] = value
            if step % 997 == 0 {
                #expect(map.count == reference.count)
                for (k, v) in reference { #expect(map[k] == v) }
            }
        }
        #expect(map.count == reference.count)
        for (k, v) in reference { #expect(map[k] == v) }
        for k in UInt64(5_000)..<5_100 where reference[k] == nil { #expect(map[k] == nil) }
    }

    @Test func aMapMadeFromPairsGrowsWhenSet() {
        var map = HashMap64([1: "one", 2: "two"])
        for k in UInt64(3)..<200 { map.set(k, "n\(k)") }
        map.set(1, "uno")
        #expect(map.count == 199)
        #expect(map[1] == "uno" && map[2] == "two" && map[199] == "n199" && map[200] == nil)
    }

    /// An empty map shares one slot until its first key; from there it holds
    /// and finds keys as any other, and `forEach` and `updateValues` see them all.
    @Test func anEmptyMapFindsNothingThenGrowsFromItsFirstKey() {
        var map = HashMap64<Int>()
        #expect(map.count == 0 && map[0] == nil && map[12_345] == nil)
        for k in UInt64(0)..<100 { map.set(k * 7_919, Int(k)) }
        #expect(map.count == 100 && map[0] == 0 && map[99 * 7_919] == 99 && map[1] == nil)
        map.updateValues { $0 * 2 }
        var seen: [UInt64: Int] = [:]
        map.forEach { seen[$0] = $1 }
        #expect(seen.count == 100 && seen.allSatisfy { $0.value == Int($0.key / 7_919) * 2 })
    }

    @Test func anEmptySetFindsNothingThenGrowsFromItsFirstValue() {
        var set = HashSet64()
        #expect(set.count == 0 && !set.contains(0) && !set.contains(42))
        var reference = Set<UInt64>()
        var rng = SplitMix64(seed: 7)
        for _ in 0..<1_000 {
            let v = rng.next() % 300
            #expect(set.insert(v) == reference.insert(v).inserted)
        }
        #expect(set.count == reference.count)
        for v in UInt64(0)..<320 { #expect(set.contains(v) == reference.contains(v)) }
    }
}

