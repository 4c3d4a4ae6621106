/// The text of a big file read back from the file as it is shown, as `less`
/// does, instead of held whole (docs/DECISIONS.md 46).
///
/// The reader needs a 100 MB article's text whole only while it analyses it;
/// afterwards it draws a screen of it at a time. So once the analysis is done,
/// the text of a big file that decoded unchanged (valid UTF-8, no CR, no BOM:
/// scalar k is then the k-th UTF-8 sequence of the file) is dropped and read
/// again from the file a chunk of `chunkScalars` scalars at a time, into a
/// small cache of decoded chunks. The file stays open, so a rename or a delete
/// changes nothing; a chunk whose bytes no longer match what was analysed
/// (the file rewritten in place) reads as U+FFFD and sets `changedOnDisk`, so
/// that the reader can say so instead of drawing text the offsets do not fit.
/// `changedOnDisk` also asks `changed` (the file's size and time), so the
/// reader says so as soon as the file is written, before it reads a change.
///
/// I/O is the caller's: `read` gives the bytes of the file at an offset.
public final class PagedScalars: @unchecked Sendable {
    /// Up to `count` bytes of the file from `offset`: fewer when it ends or fails.
    public typealias ReadBytes = @Sendable (_ offset: Int, _ count: Int) -> [UInt8]
    /// Whether the file was written since it was opened.
    public typealias Changed = @Sendable () -> Bool

    /// A multiple of the offset index's stride, so that each chunk's byte offset
    /// is one of its checkpoints.
    public static let chunkScalars = 1 << 14
    /// Chunks kept decoded: 2 MB at most for a narrow text, 8 for a wide one,
    /// enough for a screen, the side pane's rows and a search's window.
    static let cacheCapacity = 128

    public let count: Int
    /// The file offset of each chunk's first byte, and of the text's end.
    private let chunkStarts: [Int]
    /// A hash of each chunk's bytes as analysed.
    private let fingerprints: [UInt64]
    private let read: ReadBytes
    private let changedSinceOpened: Changed

    private let lock = Lock()
    private var cache: [Int: CachedChunk] = [:]
    private var clock = 0
    private var changed = false

    private struct CachedChunk {
        var text: ScalarText
        var lastUse: Int
    }

    /// Pages `text` out to the file it was decoded from, or nil when the file
    /// does not hold exactly that text now (read through `read`, chunk by chunk,
    /// and compared: one pass over the file, on both cores for a big one).
    public init?(_ text: ScalarText, offsets: ScalarOffsetIndex, read: @escaping ReadBytes, changed: @escaping Changed = { false }) {
        guard offsets.scalarCount == text.count, !text.isPaged else { return nil }
        let c = Self.chunkScalars
        let chunks = (text.count + c - 1) / c
        var starts = [Int]()
        starts.reserveCapacity(chunks + 1)
        for k in 0..<chunks { starts.append(offsets.utf8Offset(ofScalar: k * c, in: text)) }
        starts.append(offsets.utf8Count)
        let ends = starts
        let parts = Parallel.split(0..<chunks, into: text.count > Document.parallelThreshold ? 2 : 1)
        let hashed = Parallel.map(parts.count) { p -> [UInt64]? in
            var hashes: [UInt64] = []
            hashes.reserveCapacity(parts[p].count)
            for k in parts[p] {
                let bytes = read(ends[k], ends[k + 1] - ends[k])
                guard let decoded = Self.decode(bytes, expecting: min(c, text.count - k * c)),
                      decoded.elementsEqual(text[k * c..<min(text.count, (k + 1) * c)]) else { return nil }
                hashes.append(Self.fingerprint(bytes))
            }
            return hashes
        }
        guard hashed.allSatisfy({ $0 != nil }) else { return nil }
        count = text.count
        chunkStarts = starts
        fingerprints = hashed.flatMap { $0! }
        self.read = read
        changedSinceOpened = changed
    }

    /// Whether the file was written since it was paged, or a chunk read since
    /// no longer matched it (once true, it stays true).
    public var changedOnDisk: Bool {
        if lock.withLock({ changed }) { return true }
        guard changedSinceOpened() else { return false }
        lock.withLock { changed = true }
        return true
    }

    /// The scalar at `i` (from the cache, or its chunk decoded now).
    public func scalar(at i: Int) -> Unicode.Scalar {
        precondition(i >= 0 && i < count, "scalar offset \(i) out of 0..<\(count)")
        let k = i / Self.chunkScalars
        return chunk(k)[i - k * Self.chunkScalars]
    }

    /// Scalars `range` as a text held in memory, and the offset its first
    /// scalar has in this one: the chunks over `range` decoded in one pass
    /// (for the whole text, the whole file).
    public func resident(_ range: Range<Int>) -> (text: ScalarText, origin: Int) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "range \(range) out of 0..<\(count)")
        let c = Self.chunkScalars
        let first = range.lowerBound / c
        let last = max(first, (range.upperBound - 1) / c)
        guard first < chunkStarts.count - 1 else { return (ScalarText(), range.lowerBound) }
        if first == last { return (chunk(first), first * c) }
        let bytes = read(chunkStarts[first], chunkStarts[last + 1] - chunkStarts[first])
        let expected = min(count, (last + 1) * c) - first * c
        let allAnalysed = bytes.withUnsafeBufferPointer { b in
            (first...last).allSatisfy { k in
                let from = chunkStarts[k] - chunkStarts[first], to = chunkStarts[k + 1] - chunkStarts[first]
                return to <= b.count && isAnalysed(UnsafeBufferPointer(rebasing: b[from..<to]), chunk: k)
            }
        }
        if allAnalysed, let decoded = Self.decode(bytes, expecting: expected) { return (decoded, first * c) }
        // Some chunk changed on disk: each is read on its own (the changed ones as U+FFFD).
        var builder = ScalarText.Builder()
        builder.reserveCapacity(expected)
        for k in first...last { builder.append(contentsOf: chunk(k)) }
        return (builder.text(), first * c)
    }

    /// Chunk `k`, decoded (and cached) if it is not in the cache.
    private func chunk(_ k: Int) -> ScalarText {
        lock.lock()
        clock &+= 1
        if let hit = cache[k] {
            cache[k]!.lastUse = clock
            lock.unlock()
            return hit.text
        }
        lock.unlock()
        let text = decodeChunk(k)
        lock.lock()
        defer { lock.unlock() }
        if cache.count >= Self.cacheCapacity, let oldest = cache.min(by: { $0.value.lastUse < $1.value.lastUse }) {
            cache[oldest.key] = nil
        }
        cache[k] = CachedChunk(text: text, lastUse: clock)
        return text
    }

    private func decodeChunk(_ k: Int) -> ScalarText {
        let expected = min(count, (k + 1) * Self.chunkScalars) - k * Self.chunkScalars
        let bytes = read(chunkStarts[k], chunkStarts[k + 1] - chunkStarts[k])
        if bytes.withUnsafeBufferPointer({ isAnalysed($0, chunk: k) }), let decoded = Self.decode(bytes, expecting: expected) {
            return decoded
        }
        lock.withLock { changed = true }
        return ScalarText(repeatElement(Unicode.Scalar(0xFFFD)!, count: expected))
    }

    /// Whether `bytes` are chunk `k`'s bytes as analysed: its length and its hash.
    private func isAnalysed(_ bytes: UnsafeBufferPointer<UInt8>, chunk k: Int) -> Bool {
        bytes.count == chunkStarts[k + 1] - chunkStarts[k] && Self.fingerprint(bytes) == fingerprints[k]
    }

    /// The scalars of valid UTF-8 without CR or BOM (as the whole was), or nil
    /// when the bytes are not that or not `expecting` scalars.
    static func decode(_ bytes: [UInt8], expecting: Int) -> ScalarText? {
        guard let decoded = bytes.withUnsafeBufferPointer({ TextDecoding.plainScalars(utf8: $0, validating: true) }),
              decoded.scalars.count == expecting else { return nil }
        return decoded.scalars
    }

    static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { fingerprint($0) }
    }

    /// FNV-1a over 8 bytes at a time, then the tail: to tell a rewritten chunk
    /// from the one analysed (not against an adversary).
    static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return h }
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) &* 0x0000_0100_0000_01B3
            h ^= h >> 29
            i += 8
        }
        while i < bytes.count {
            h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h
    }
}
