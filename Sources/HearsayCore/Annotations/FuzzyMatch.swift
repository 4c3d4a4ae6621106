/// Myers's bit-parallel edit distance (G. Myers, "A fast bit-vector algorithm for
/// approximate string matching based on dynamic programming", JACM 1999), with
/// Hyyrö's 64-bit blocks for patterns longer than a word — the algorithm behind
/// Hypothesis's `approx-string-match`. One pass over a stretch of text gives, after
/// each text scalar, the edit distance of the whole pattern against
///
/// - `anchored == false` (search): the best substring ending there;
/// - `anchored == true`: the text from the first scalar of the pass up to there.
///
/// A pass costs `count × blocks` word operations: re-anchoring runs it only over
/// short windows (near the old position, near exact hits of pieces of the anchor,
/// over the 32 code points of context), never over the whole article.
struct MyersPattern {
    /// Length of the pattern in scalars (at least 1).
    let count: Int
    let blocks: Int
    /// The bit of the pattern's last scalar in the last block.
    private let lastBit: UInt64
    /// Row of `peq` for a scalar below 128; 0 = not in the pattern.
    private let ascii: [Int32]
    private let other: [UInt32: Int32]
    /// `rows × blocks` match masks, row 0 all zeros (a scalar not in the pattern).
    private let peq: [UInt64]

    init<C: Collection>(_ pattern: C) where C.Element == UInt32 {
        precondition(!pattern.isEmpty, "MyersPattern needs a non-empty pattern")
        count = pattern.count
        blocks = (count + 63) / 64
        lastBit = UInt64(1) << UInt64((count - 1) % 64)
        var ascii = [Int32](repeating: 0, count: 128)
        var other: [UInt32: Int32] = [:]
        var rows: Int32 = 1
        for c in pattern {
            if c < 128 {
                if ascii[Int(c)] == 0 { ascii[Int(c)] = rows; rows += 1 }
            } else if other[c] == nil {
                other[c] = rows
                rows += 1
            }
        }
        var peq = [UInt64](repeating: 0, count: Int(rows) * blocks)
        for (i, c) in pattern.enumerated() {
            let row = Int(c < 128 ? ascii[Int(c)] : other[c]!)
            peq[row * blocks + i / 64] |= UInt64(1) << UInt64(i % 64)
        }
        self.ascii = ascii
        self.other = other
        self.peq = peq
    }

    /// Walks `count` scalars of `text` from `from`, by `step` (+1 forwards, -1
    /// backwards), and calls `body(j, d)` after the j-th scalar (j from 1) with the
    /// distance `d` described above. Before any scalar the distance is `self.count`.
    @inline(__always)
    func scan<Text: ScalarValues>(_ text: Text, from: Int, count steps: Int, step: Int, anchored: Bool,
              _ body: (_ j: Int, _ distance: Int) -> Void) {
        guard steps > 0 else { return }
        precondition(from >= 0 && from < text.count && from + (steps - 1) * step >= 0
                     && from + (steps - 1) * step < text.count, "scan outside the text")
        let blocks = self.blocks, lastBit = self.lastBit
        // Row 0's horizontal delta: 0 when the match may start anywhere, +1 when
        // it must start at the first scalar (D[0][j] = j).
        let hin0 = anchored ? 1 : 0
        var score = self.count
        ascii.withUnsafeBufferPointer { ascii in
            peq.withUnsafeBufferPointer { peq in
                if blocks == 1 {
                    var pv = UInt64.max, mv: UInt64 = 0
                    let carry: UInt64 = anchored ? 1 : 0
                    var k = from
                    for j in 1...steps {
                        let c = text.value(k)
                        k += step
                        let row = c < 128 ? Int(ascii[Int(c)]) : Int(other[c] ?? 0)
                        let eq = peq[row]
                        let xv = eq | mv
                        let xh = (((eq & pv) &+ pv) ^ pv) | eq
                        var ph = mv | ~(xh | pv)
                        var mh = pv & xh
                        if ph & lastBit != 0 { score += 1 } else if mh & lastBit != 0 { score -= 1 }
                        ph = (ph << 1) | carry
                        mh <<= 1
                        pv = mh | ~(xv | ph)
                        mv = ph & xv
                        body(j, score)
                    }
                    return
                }
                var pvs = [UInt64](repeating: UInt64.max, count: blocks)
                var mvs = [UInt64](repeating: 0, count: blocks)
                pvs.withUnsafeMutableBufferPointer { pvs in
                    mvs.withUnsafeMutableBufferPointer { mvs in
                        let high = UInt64(1) << 63
                        var k = from
                        for j in 1...steps {
                            let c = text.value(k)
                            k += step
                            let base = (c < 128 ? Int(ascii[Int(c)]) : Int(other[c] ?? 0)) * blocks
                            var hin = hin0
                            for b in 0..<blocks {
                                let pv = pvs[b], mv = mvs[b]
                                let hinNeg: UInt64 = hin < 0 ? 1 : 0
                                var eq = peq[base + b]
                                let xv = eq | mv
                                eq |= hinNeg
                                let xh = (((eq & pv) &+ pv) ^ pv) | eq
                                var ph = mv | ~(xh | pv)
                                var mh = pv & xh
                                let top = b == blocks - 1 ? lastBit : high
                                let hout = ph & top != 0 ? 1 : (mh & top != 0 ? -1 : 0)
                                ph <<= 1
                                mh <<= 1
                                if hin < 0 { mh |= 1 } else if hin > 0 { ph |= 1 }
                                pvs[b] = mh | ~(xv | ph)
                                mvs[b] = ph & xv
                                hin = hout
                            }
                            score += hin
                            body(j, score)
                        }
                    }
                }
            }
        }
    }

    /// The best approximate occurrence ending inside `text[lo..<hi]`: the end
    /// (exclusive) with the fewest edits, ties broken towards `preferredEnd`.
    func bestEnd<Text: ScalarValues>(in text: Text, _ lo: Int, _ hi: Int, preferredEnd: Int) -> (end: Int, distance: Int)? {
        guard hi > lo else { return nil }
        var best = Int.max, bestEnd = -1
        scan(text, from: lo, count: hi - lo, step: 1, anchored: false) { j, d in
            let end = lo + j
            if d < best || (d == best && abs(end - preferredEnd) < abs(bestEnd - preferredEnd)) {
                best = d
                bestEnd = end
            }
        }
        return bestEnd < 0 ? nil : (bestEnd, best)
    }

    /// Anchored at `from` and walking by `step` over at most `limit` scalars: how
    /// many scalars `j` to take for the fewest edits (ties: `j` nearest `count`).
    func bestSpan<Text: ScalarValues>(in text: Text, from: Int, step: Int, limit: Int) -> (length: Int, distance: Int) {
        var best = count, bestJ = 0
        scan(text, from: from, count: limit, step: step, anchored: true) { j, d in
            if d < best || (d == best && abs(j - count) < abs(bestJ - count)) {
                best = d
                bestJ = j
            }
        }
        return (bestJ, best)
    }
}

/// Edit distance between two short strings (by scalars): for suggestions
/// ("did you mean reader.wrap?"), where the bit-parallel search is not needed.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        MyersPattern.referenceDistance(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value))
    }
}

extension MyersPattern {
    /// Plain dynamic-programming edit distance, the reference the tests check the
    /// bit-parallel passes against.
    static func referenceDistance(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count), current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
