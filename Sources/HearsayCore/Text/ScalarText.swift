/// A document's text: its Unicode scalars, one byte each where the text allows.
///
/// An `[Unicode.Scalar]` takes 4 bytes a character, and for a 100 MB article
/// that was most of what the reader kept (docs/DECISIONS.md 45). Most news
/// text needs far fewer than 256 distinct scalars: ASCII, Latin-1's letters and
/// a handful of typographic ones (’ ‘ “ ” – — … €). So, as Windows-1252 and
/// Python's PEP 393 do, a text is **narrow** when every scalar is
/// - below 0x80, or in 0xA0...0xFF: the byte is the scalar's value; or
/// - one of at most 32 others (C1 controls 0x80...0x9F included, should a text
///   hold them): the byte is 0x80 + its slot in this text's own table of 32.
///
/// Otherwise it is **wide**, a plain `[Unicode.Scalar]`: a Cyrillic, Greek or
/// CJK article gains nothing, but is no worse off than before.
///
/// Indices are scalar offsets from 0, as everywhere in the analysis. Two texts
/// are equal when their scalars are, whatever their storage or table order.
public struct ScalarText: Sendable {
    /// The storages are all held, the unused ones empty, so that reading a
    /// scalar needs no switch over an enum with payloads (see the subscript),
    /// and the struct stays four words (it is copied into every slice).
    /// Narrow: one byte a scalar. Empty when wide or paged.
    @usableFromInline let bytes: [UInt8]
    /// Narrow: the 32 scalars that the bytes 0x80...0x9F stand for (slots not
    /// used hold the C1 control of their own value). Empty when wide or paged.
    @usableFromInline let table: [Unicode.Scalar]
    /// Wide: the scalars. Empty when narrow or paged.
    @usableFromInline let wide: [Unicode.Scalar]
    /// Paged: the text read back from its file a chunk at a time, for a big
    /// file once it is analysed (`PagedScalars`). Nil otherwise.
    @usableFromInline let paged: PagedScalars?

    /// Whether the text takes 4 bytes a scalar (an empty text is narrow).
    @usableFromInline var isWide: Bool { !wide.isEmpty }

    /// How many scalars outside 0..<0x80 and 0xA0...0xFF a narrow text can hold.
    public static let slots = 32

    /// The table of a text that uses no slot: every narrow text without any
    /// typographic scalar shares this one array.
    @usableFromInline static let identityTable: [Unicode.Scalar] = (0x80...0x9F).map { Unicode.Scalar(UInt8($0)) }

    /// A narrow text from its bytes and the scalars of the slots it uses (at most 32).
    init(bytes: [UInt8], slots: [Unicode.Scalar]) {
        precondition(slots.count <= Self.slots)
        self.bytes = bytes
        table = slots.isEmpty ? Self.identityTable : slots + Self.identityTable[slots.count...]
        wide = []
        paged = nil
    }

    /// A narrow text with the table of another (`blanking`).
    private init(bytes: [UInt8], table: [Unicode.Scalar]) {
        self.bytes = bytes
        self.table = table
        wide = []
        paged = nil
    }

    /// The same text with the scalars of `ranges` made spaces, line breaks kept
    /// (so paragraphs stay where they were), in the same storage: what the
    /// analyzers read of a Markdown article's markup and of terminal escapes.
    func blanking(_ ranges: [TextRange]) -> ScalarText {
        func blank<T>(_ items: inout [T], _ space: T, isLineBreak: (T) -> Bool) {
            for r in ranges {
                for i in Swift.max(r.start, 0)..<Swift.min(r.end, items.count) where !isLineBreak(items[i]) { items[i] = space }
            }
        }
        if paged != nil { return ScalarText(Array(self)).blanking(ranges) }
        if isWide {
            var scalars = wide
            blank(&scalars, " ", isLineBreak: { $0 == "\n" })
            return ScalarText(wide: scalars)
        }
        var narrow = bytes
        blank(&narrow, 0x20, isLineBreak: { $0 == 0x0A })
        return ScalarText(bytes: narrow, table: table)
    }

    /// A wide text (whatever its scalars: a caller that wants the narrow form
    /// when it fits uses `init(_:)`).
    init(wide: [Unicode.Scalar]) {
        bytes = []
        table = []
        self.wide = wide
        paged = nil
    }

    /// A text read back from its file (see `PagedScalars`).
    public init(paged: PagedScalars) {
        bytes = []
        table = []
        wide = []
        self.paged = paged
    }

    /// The narrow form when the scalars fit in it, else the wide one.
    public init<S: Sequence<Unicode.Scalar>>(_ scalars: S) {
        var builder = Builder()
        builder.reserveCapacity(scalars.underestimatedCount)
        for s in scalars { builder.append(s) }
        self = builder.text()
    }

    /// An empty text.
    public init() { self.init(bytes: [], slots: []) }

    /// Whether `v` is held in a narrow text as its own value (no slot).
    @inlinable @inline(__always)
    public static func isDirect(_ v: UInt32) -> Bool { v < 0x80 || v &- 0xA0 < 0x60 }

    /// Whether the text takes one byte a scalar.
    public var isNarrow: Bool { !isWide && paged == nil }

    /// Whether the text is read back from its file as it is read (`PagedScalars`).
    public var isPaged: Bool { paged != nil }

    /// Whether a paged text found its file changed since it was analysed.
    public var changedOnDisk: Bool { paged?.changedOnDisk ?? false }

    /// The scalars the slots of a narrow text stand for, in slot order (empty when wide or unused).
    public var slotScalars: [Unicode.Scalar] {
        guard isNarrow else { return [] }
        var used = Array(repeating: false, count: Self.slots)
        for b in bytes where b & 0xE0 == 0x80 { used[Int(b & 0x1F)] = true }
        return (0..<Self.slots).filter { used[$0] }.map { table[$0] }
    }

    /// Bytes of memory the text's scalars take (not counting array headers).
    public var storageBytes: Int { isWide ? wide.count * 4 : bytes.count }   // (a paged text: 0)
}

// MARK: - Collection

extension ScalarText: RandomAccessCollection {
    public typealias Index = Int
    public typealias Element = Unicode.Scalar
    public typealias Indices = Range<Int>
    public typealias SubSequence = Slice<ScalarText>

    @inlinable public var startIndex: Int { 0 }
    /// One of the two arrays is empty, so their sum is the count with no test.
    /// Two of the storages are empty, so their sum is the count; the paged
    /// one is a test of a field (nil but for a big file's text).
    @inlinable public var endIndex: Int { count }
    @inlinable public var count: Int { bytes.count &+ wide.count &+ (paged?.count ?? 0) }
    @inlinable public var isEmpty: Bool { count == 0 }
    @inlinable public var indices: Range<Int> { 0..<count }

    @inlinable @inline(__always)
    public func index(after i: Int) -> Int { i &+ 1 }
    @inlinable @inline(__always)
    public func index(before i: Int) -> Int { i &- 1 }

    /// Inlined, a narrow read is a comparison, a byte and a test: a wide text
    /// has no bytes, so the comparison with the byte count both picks the
    /// storage and checks the bounds of a narrow read; the same comparison with
    /// the wide count does it for a wide one. A slot's scalar, and a paged
    /// text's (or an offset out of bounds, which traps there), are read out of
    /// line, so that the analyzers' functions that read a few scalars stay
    /// small enough to inline.
    @inlinable
    public subscript(i: Int) -> Unicode.Scalar {
        @inline(__always) get {
            if _fastPath(UInt(bitPattern: i) < UInt(bitPattern: bytes.count)) {
                let b = bytes.withUnsafeBufferPointer { $0[i] }
                if _fastPath(b & 0xE0 != 0x80) { return Unicode.Scalar(b) }
                return slot(b)
            }
            if _fastPath(UInt(bitPattern: i) < UInt(bitPattern: wide.count)) { return wide.withUnsafeBufferPointer { $0[i] } }
            return pagedScalar(i)
        }
    }

    /// The scalar at `i` of a paged text, read out of line like a slot's: no
    /// other text gets here but with an offset out of its bounds.
    @usableFromInline @inline(never)
    func pagedScalar(_ i: Int) -> Unicode.Scalar {
        guard let paged else { preconditionFailure("scalar offset \(i) out of 0..<\(count)") }
        return paged.scalar(at: i)
    }

    /// The scalar of slot byte `b` (0x80...0x9F).
    @usableFromInline @inline(never)
    func slot(_ b: UInt8) -> Unicode.Scalar {
        table.withUnsafeBufferPointer { $0[Int(b & 0x1F)] }
    }

    /// `self[i].value` when either is below 0x80; otherwise some value of at least
    /// 0x80 (a narrow text's byte, not looked up). For the tests of ASCII that
    /// most scalars of a text meet, with no table read.
    @inlinable @inline(__always)
    public func rawValue(_ i: Int) -> UInt32 {
        if _fastPath(UInt(bitPattern: i) < UInt(bitPattern: bytes.count)) {
            return UInt32(bytes.withUnsafeBufferPointer { $0[i] })
        }
        if _fastPath(UInt(bitPattern: i) < UInt(bitPattern: wide.count)) { return wide.withUnsafeBufferPointer { $0[i].value } }
        return pagedScalar(i).value
    }

    @inlinable
    public subscript(bounds: Range<Int>) -> Slice<ScalarText> {
        precondition(bounds.lowerBound >= 0 && bounds.upperBound <= count, "range \(bounds) out of 0..<\(count)")
        return Slice(base: self, bounds: bounds)
    }
}

extension ScalarText: Equatable {
    public static func == (a: ScalarText, b: ScalarText) -> Bool {
        guard a.count == b.count else { return false }
        if a.isPaged || b.isPaged { return a.elementsEqual(b) }
        switch (a.isWide, b.isWide) {
        case (true, true): return a.wide == b.wide
        case (false, false) where a.table == b.table: return a.bytes == b.bytes
        default: return a.elementsEqual(b)
        }
    }
}

extension ScalarText: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value.unicodeScalars) }
}

extension ScalarText: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Unicode.Scalar...) { self.init(elements) }
}

extension ScalarText: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String { string(in: 0..<count) }
    public var debugDescription: String { "ScalarText(\(isPaged ? "paged" : isWide ? "wide" : "narrow"), \(String(reflecting: description)))" }
}

// MARK: - Strings

extension ScalarText {
    /// The scalars of `range` as a String. A narrow text's ASCII runs are
    /// measured and copied eight bytes at a time, straight into the string's storage.
    public func string(in range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "range \(range) out of 0..<\(count)")
        if range.isEmpty { return "" }
        return withUnsafeStorage(in: range, narrow: { Self.string($0, $1) }, wide: { Self.string($0, $1) })
    }

    /// The whole text as a String.
    public var string: String { string(in: 0..<count) }

    /// UTF-8 of `range` of `s` into a new String of exactly its length: a word
    /// of up to 15 bytes is then a small string, with no allocation at all.
    @inline(__always)
    static func string<S: ScalarBuffer>(_ s: S, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: s.utf8Count(range)) { out in
            s.encodeUTF8(range, into: out.baseAddress!)
        }
    }
}

// MARK: - Building

extension ScalarText {
    /// Makes a text one scalar at a time, narrow until a 33rd scalar that
    /// needs a slot arrives, when what is there is widened and the rest goes on wide.
    public struct Builder {
        var bytes: [UInt8] = []
        var slots: [Unicode.Scalar] = []
        var wide: [Unicode.Scalar] = []
        var isWide = false

        public init() {}

        public var count: Int { bytes.count + wide.count }

        public mutating func reserveCapacity(_ n: Int) {
            if isWide { wide.reserveCapacity(n) } else { bytes.reserveCapacity(n) }
        }

        public mutating func append(_ s: Unicode.Scalar) {
            if isWide { wide.append(s); return }
            let v = s.value
            if ScalarText.isDirect(v) { bytes.append(UInt8(truncatingIfNeeded: v)); return }
            if let slot = slots.firstIndex(of: s) { bytes.append(0x80 | UInt8(slot)); return }
            if slots.count < ScalarText.slots {
                bytes.append(0x80 | UInt8(slots.count))
                slots.append(s)
                return
            }
            // The 33rd: the text goes wide from here on.
            let table = slots + ScalarText.identityTable[slots.count...]
            wide.reserveCapacity(Swift.max(bytes.capacity, bytes.count + 1))
            for b in bytes { wide.append(ScalarText.scalar(b, table)) }
            wide.append(s)
            bytes = []
            isWide = true
        }

        public mutating func append<S: Sequence<Unicode.Scalar>>(contentsOf scalars: S) {
            for s in scalars { append(s) }
        }

        public func text() -> ScalarText {
            isWide ? ScalarText(wide: wide) : ScalarText(bytes: bytes, slots: slots)
        }
    }

    /// The scalar a narrow byte stands for under `table` (32 entries).
    @inlinable @inline(__always)
    static func scalar(_ b: UInt8, _ table: [Unicode.Scalar]) -> Unicode.Scalar {
        b & 0xE0 == 0x80 ? table[Int(b & 0x1F)] : Unicode.Scalar(b)
    }
}
