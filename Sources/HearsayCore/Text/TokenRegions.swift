#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the tokenizer puts the tokens it finds, with their `WordHash`es.
protocol TokenSink {
    mutating func append(_ token: Token, _ hashes: (exact: UInt64, lower: UInt64))
}

extension TokenSink {
    /// A token whose hashes are computed from its scalars.
    @inline(__always)
    mutating func append<S: ScalarBuffer>(_ token: Token, in s: S) {
        append(token, WordHash.both(s, token.start, token.end - token.start))
    }
}

/// A big text's tokens made in parts at once, each part writing straight into
/// its own region of the final arrays; the regions are then moved together.
///
/// Why: with an array per part and a final array copied from them, every
/// token was written twice and its memory faulted in twice; for a 10 MB text
/// that was 130 MB of page faults and a third of the analysis's memory
/// traffic (see docs/DECISIONS.md). Each region is sized from a sample of its
/// part, with a margin; the next region starts where that room ends, so
/// moving a region down only crosses the unused rest of the one before.
/// A part that outgrows its room keeps the rest in an overflow list, and
/// the arrays are then put together the old way: slower, never wrong.
enum TokenRegions {
    /// One part's room in the final arrays; tokens past the room go to `overflow`.
    struct Region: TokenSink, @unchecked Sendable {   // (its pointers are its own part's room)
        let tokens: UnsafeMutablePointer<Token>
        let exact: UnsafeMutablePointer<UInt64>
        let lower: UnsafeMutablePointer<UInt64>
        let room: Int
        var count = 0
        var overflow = Tokenizer.Hashed()

        @inline(__always)
        mutating func append(_ token: Token, _ hashes: (exact: UInt64, lower: UInt64)) {
            guard count < room else { overflow.append(token, hashes); return }
            (tokens + count).initialize(to: token)
            (exact + count).initialize(to: hashes.exact)
            (lower + count).initialize(to: hashes.lower)
            count &+= 1
        }

        /// What the part found, as arrays of its own (the rare way, after an overflow).
        var piece: Tokenizer.Hashed {
            var piece = Tokenizer.Hashed()
            piece.tokens = Array(UnsafeBufferPointer(start: tokens, count: count)) + overflow.tokens
            piece.exact = Array(UnsafeBufferPointer(start: exact, count: count)) + overflow.exact
            piece.lower = Array(UnsafeBufferPointer(start: lower, count: count)) + overflow.lower
            return piece
        }
    }

    /// Counts tokens, for sizing the regions.
    struct Count: TokenSink {
        var tokens = 0
        @inline(__always)
        mutating func append(_ token: Token, _ hashes: (exact: UInt64, lower: UInt64)) { tokens &+= 1 }
    }

    /// The tokens of `scalars` cut at `cuts` (0, the cut points, the end), each
    /// part on its own core. `rooms` overrides the sizing (tests use it to
    /// force overflows).
    static func tokenize(_ scalars: ScalarText, cuts: [Int], rooms fixedRooms: [Int]? = nil) -> Tokenizer.Hashed {
        let parts = cuts.count - 1
        let rooms = fixedRooms ?? (0..<parts).map { k in room(scalars, cuts[k]..<cuts[k + 1]) }
        var offsets = [0]
        for r in rooms { offsets.append(offsets[offsets.count - 1] + r) }
        // (At least one place, so that the buffers have an address even for an empty text.)
        let starts = offsets, total = max(offsets[parts], 1)
        var exact: [UInt64] = [], lower: [UInt64] = []
        var pieces: [Tokenizer.Hashed]? = nil   // set when a part overflowed its room
        let tokens = [Token](unsafeUninitializedCapacity: total) { tokenBuffer, tokenCount in
            exact = [UInt64](unsafeUninitializedCapacity: total) { exactBuffer, exactCount in
                lower = [UInt64](unsafeUninitializedCapacity: total) { lowerBuffer, lowerCount in
                    let out = Unchecked((tokenBuffer.baseAddress!, exactBuffer.baseAddress!, lowerBuffer.baseAddress!))
                    let regions = Parallel.map(parts) { k in
                        var region = Region(tokens: out.value.0 + starts[k], exact: out.value.1 + starts[k],
                                            lower: out.value.2 + starts[k], room: rooms[k])
                        let range = cuts[k]..<cuts[k + 1]
                        // (Each part maps its own room as far as the tokens are
                        // expected to reach; the margin faults in if it is used.)
                        let expected = Int(Double(rooms[k]) / roomMargin)
                        FreshMemory.populate(region.tokens, count: expected)
                        FreshMemory.populate(region.exact, count: expected)
                        FreshMemory.populate(region.lower, count: expected)
                        scalars.withUnsafeStorage(narrow: { Tokenizer.scan($0, range, into: &region) },
                                                  wide: { Tokenizer.scan($0, range, into: &region) })
                        return region
                    }
                    if regions.contains(where: { !$0.overflow.tokens.isEmpty }) {
                        pieces = regions.map(\.piece)
                        (tokenCount, exactCount, lowerCount) = (0, 0, 0)
                        return
                    }
                    let count = moveTogether(regions, out.value)
                    (tokenCount, exactCount, lowerCount) = (count, count, count)
                }
            }
        }
        guard let pieces else { return Tokenizer.Hashed(tokens: tokens, exact: exact, lower: lower) }
        return Tokenizer.Hashed(tokens: Parallel.concatenated(pieces.map(\.tokens)),
                                exact: Parallel.concatenated(pieces.map(\.exact)),
                                lower: Parallel.concatenated(pieces.map(\.lower)))
    }

    /// Moves each region down to follow the one before (the three arrays at
    /// once) and returns the count of tokens. A region's unused room is never
    /// written; the stale end the moves leave is given back to the system.
    private static func moveTogether(_ regions: [Region],
                                     _ base: (UnsafeMutablePointer<Token>, UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>)) -> Int {
        guard regions.count > 1 else { return regions.first?.count ?? 0 }
        var targets = [0]
        for r in regions { targets.append(targets[targets.count - 1] + r.count) }
        let moves = Unchecked((regions, targets, base))
        _ = Parallel.map(3) { array in
            let (regions, targets, base) = moves.value
            switch array {
            case 0: moveDown(regions.map { ($0.tokens, $0.count) }, base.0, targets)
            case 1: moveDown(regions.map { ($0.exact, $0.count) }, base.1, targets)
            default: moveDown(regions.map { ($0.lower, $0.count) }, base.2, targets)
            }
        }
        return targets[regions.count]
    }

    /// One array's regions moved to `targets` in order (a move may overlap its
    /// own source, never a later region's), then the whole pages past the new
    /// end that the last region had written are given back.
    private static func moveDown<T>(_ regions: [(start: UnsafeMutablePointer<T>, count: Int)],
                                    _ base: UnsafeMutablePointer<T>, _ targets: [Int]) {
        for (k, r) in regions.enumerated().dropFirst() where r.start != base + targets[k] {
            (base + targets[k]).moveInitialize(from: r.start, count: r.count)
        }
        guard let last = regions.last else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let staleStart = (Int(bitPattern: base + targets[regions.count]) + page - 1) / page * page
        let staleEnd = Int(bitPattern: last.start + last.count) / page * page
        if staleEnd > staleStart, let p = UnsafeMutableRawPointer(bitPattern: staleStart) {
            _ = madvise(p, staleEnd - staleStart, Int32(MADV_DONTNEED))
        }
    }

    /// Room for the tokens of `range`: the tokens per scalar of four samples
    /// spread over it, with a margin, never more than a token per scalar.
    static func room(_ scalars: ScalarText, _ range: Range<Int>) -> Int {
        let sampleLength = 8_192
        guard range.count > 8 * sampleLength else { return range.count }
        var counted = Count()
        var sampled = 0
        for k in 0..<4 {
            let start = range.lowerBound + range.count * k / 4
            let sample = start..<(start + sampleLength)
            scalars.withUnsafeStorage(narrow: { Tokenizer.scan($0, sample, into: &counted) },
                                      wide: { Tokenizer.scan($0, sample, into: &counted) })
            sampled += sampleLength
        }
        let perScalar = Double(counted.tokens) / Double(sampled)
        return min(range.count, Int(Double(range.count) * perScalar * roomMargin) + 4_096)
    }

    /// The room a part is given over the tokens its samples promise.
    static let roomMargin = 1.15
}
