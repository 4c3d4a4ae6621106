/// Exact occurrences of a run of scalars in an article. A few searches scan the
/// text; once many are asked of the same text (re-anchoring a whole file of
/// annotations) an index of its 8-grams is built, and a search looks only at the
/// positions of the pattern's rarest 8-gram.
struct ScalarSearcher {
    let text: ScalarText
    private var index: QGramIndex?
    private var scans = 0
    /// Linear scans allowed before the index is built (a scan of a 1 MB text costs
    /// about a millisecond, building the index a few).
    static let scansBeforeIndex = 4

    init(_ text: ScalarText) {
        self.text = text
    }

    /// Start offsets of `pattern` in the text, ascending; at most `limit` of them.
    mutating func occurrences(of pattern: [UInt32], limit: Int = .max) -> [Int] {
        guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
        if index == nil, pattern.count >= QGramIndex.q, text.count >= 4096, text.count < Int(Int32.max) {
            scans += 1
            if scans > ScalarSearcher.scansBeforeIndex {
                index = text.withUnsafeValues(narrow: { QGramIndex($0) }, wide: { QGramIndex($0) })
            }
        }
        let index = self.index
        return pattern.withUnsafeBufferPointer { p in
            // Over the whole text: specialised for its storage.
            func find<Text: ScalarValues>(_ t: Text) -> [Int] {
                if let index, p.count >= QGramIndex.q { return index.occurrences(of: p, in: t, limit: limit) }
                return ScalarSearcher.scan(for: p, in: t, limit: limit)
            }
            return text.withUnsafeValues(narrow: { find($0) }, wide: { find($0) })
        }
    }

    static func scan<Text: ScalarValues>(for p: UnsafeBufferPointer<UInt32>, in t: Text, limit: Int) -> [Int] {
        var found: [Int] = []
        let m = p.count, first = p[0]
        guard m <= t.count else { return [] }
        var i = 0
        let last = t.count - m
        outer: while i <= last {
            if t.value(i) == first {
                var k = 1
                while k < m {
                    if t.value(i + k) != p[k] { i += 1; continue outer }
                    k += 1
                }
                found.append(i)
                if found.count >= limit { break }
            }
            i += 1
        }
        return found
    }
}

/// Every position of the text filed under a hash of the 8 scalars starting there
/// (buckets in one array, as a compressed sparse row): `occurrences` looks up the
/// pattern's 8-grams, takes the one with the fewest positions and checks each.
struct QGramIndex {
    static let q = 8
    private static let base: UInt64 = 0x100000001B3
    private static let mix: UInt64 = 0x9E3779B97F4A7C15
    private let shift: UInt64
    /// Positions of bucket b: `positions[bucketStart[b]..<bucketStart[b + 1]]`, ascending.
    private let bucketStart: [Int32]
    private let positions: [Int32]

    private static let basePowerQ: UInt64 = {
        var p: UInt64 = 1
        for _ in 0..<q { p = p &* base }
        return p
    }()

    init<Text: ScalarValues>(_ text: Text) {
        let q = QGramIndex.q, n = text.count
        let grams = max(0, n - q + 1)
        let bits = max(10, min(24, Int.bitWidth - max(grams, 1).leadingZeroBitCount))
        shift = UInt64(64 - bits)
        var buckets = [Int32](repeating: 0, count: grams)
        var starts = [Int32](repeating: 0, count: (1 << bits) + 1)
        if grams > 0 {
            var h: UInt64 = 0
            for i in 0..<q { h = h &* QGramIndex.base &+ UInt64(text.value(i)) }
            let shift = self.shift
            buckets.withUnsafeMutableBufferPointer { buckets in
                starts.withUnsafeMutableBufferPointer { starts in
                    for i in 0..<grams {
                        if i > 0 {
                            h = h &* QGramIndex.base &+ UInt64(text.value(i + q - 1)) &- UInt64(text.value(i - 1)) &* QGramIndex.basePowerQ
                        }
                        let b = Int((h &* QGramIndex.mix) >> shift)
                        buckets[i] = Int32(b)
                        starts[b + 1] += 1
                    }
                }
            }
        }
        for b in 0..<(1 << bits) { starts[b + 1] += starts[b] }
        var positions = [Int32](repeating: 0, count: grams)
        var cursor = starts
        positions.withUnsafeMutableBufferPointer { positions in
            cursor.withUnsafeMutableBufferPointer { cursor in
                for i in 0..<grams {
                    let b = Int(buckets[i])
                    positions[Int(cursor[b])] = Int32(i)
                    cursor[b] += 1
                }
            }
        }
        bucketStart = starts
        self.positions = positions
    }

    func occurrences<Text: ScalarValues>(of p: UnsafeBufferPointer<UInt32>, in t: Text, limit: Int) -> [Int] {
        let q = QGramIndex.q, m = p.count
        precondition(m >= q)
        // The pattern's rarest bucket (the first empty one ends the search).
        var h: UInt64 = 0
        for i in 0..<q { h = h &* QGramIndex.base &+ UInt64(p[i]) }
        var bestOffset = 0, bestBucket = 0, bestSize = Int.max
        for i in 0...(m - q) {
            if i > 0 { h = h &* QGramIndex.base &+ UInt64(p[i + q - 1]) &- UInt64(p[i - 1]) &* QGramIndex.basePowerQ }
            let b = Int((h &* QGramIndex.mix) >> shift)
            let size = Int(bucketStart[b + 1] - bucketStart[b])
            if size < bestSize {
                bestSize = size
                bestOffset = i
                bestBucket = b
                if size == 0 { return [] }
            }
        }
        var found: [Int] = []
        for k in Int(bucketStart[bestBucket])..<Int(bucketStart[bestBucket + 1]) {
            let s = Int(positions[k]) - bestOffset
            guard s >= 0, s + m <= t.count else { continue }
            var same = true
            for j in 0..<m where t.value(s + j) != p[j] {
                same = false
                break
            }
            if same {
                found.append(s)
                if found.count >= limit { break }
            }
        }
        return found
    }
}
