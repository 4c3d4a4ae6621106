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
}
