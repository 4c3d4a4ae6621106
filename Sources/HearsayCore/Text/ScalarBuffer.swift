/// Raw, unchecked access to a `ScalarText`'s storage for the loops that read
/// every scalar of a document (tokenizer, hashes, JSON text, strings).
///
/// A hot loop is written once, generic over `ScalarBuffer`, and called through
/// `ScalarText.withUnsafeStorage(narrow:wide:)` with one closure per storage:
/// the compiler specialises it for `NarrowScalars` (a byte and, for 0x80...0x9F,
/// a table read) and for `UnsafeBufferPointer<Unicode.Scalar>` (a plain load),
/// so neither pays for the other's test on every scalar.
public protocol ScalarBuffer {
    var count: Int { get }
    subscript(i: Int) -> Unicode.Scalar { get }
    /// `self[i].value` when either is below 0x80, else some value of at least
    /// 0x80: what a test for ASCII needs, without a narrow text's table read.
    func rawValue(_ i: Int) -> UInt32
    /// How many bytes the UTF-8 of `range` takes.
    func utf8Count(_ range: Range<Int>) -> Int
    /// The UTF-8 of `range` into `p`, which has room for `utf8Count(range)`
    /// bytes; returns how many it wrote.
    func encodeUTF8(_ range: Range<Int>, into p: UnsafeMutablePointer<UInt8>) -> Int
}

/// A narrow text's bytes with its table of 32 slot scalars.
public struct NarrowScalars: ScalarBuffer {
    public let bytes: UnsafeBufferPointer<UInt8>
    /// Always 32 scalars.
    public let table: UnsafePointer<Unicode.Scalar>

    @inlinable
    init(bytes: UnsafeBufferPointer<UInt8>, table: UnsafePointer<Unicode.Scalar>) {
        self.bytes = bytes
        self.table = table
    }

    @inlinable public var count: Int { bytes.count }

    @inlinable
    public subscript(i: Int) -> Unicode.Scalar {
        @inline(__always) get {
            let b = bytes[i]
            return b & 0xE0 == 0x80 ? table[Int(b & 0x1F)] : Unicode.Scalar(b)
        }
    }

    @inlinable @inline(__always)
    public func rawValue(_ i: Int) -> UInt32 { UInt32(bytes[i]) }
}

extension UnsafeBufferPointer: ScalarBuffer where Element == Unicode.Scalar {
    @inlinable @inline(__always)
    public func rawValue(_ i: Int) -> UInt32 { self[i].value }
}

extension ScalarText: ScalarBuffer {}

extension ScalarText {
    /// Calls `narrow` with the bytes and the table of a narrow text, or `wide`
    /// with the scalars of a wide one. The buffers are valid only inside the call.
    /// For the passes over a whole text: a paged text is read whole for it
    /// (a pass over part of one takes `withUnsafeStorage(in:narrow:wide:)`).
    @inlinable
    public func withUnsafeStorage<R>(narrow: (NarrowScalars) throws -> R,
                                     wide body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R {
        if let paged { return try paged.resident(0..<count).text.withUnsafeStorage(narrow: narrow, wide: body) }
        if isWide { return try wide.withUnsafeBufferPointer(body) }
        return try bytes.withUnsafeBufferPointer { b in
            try table.withUnsafeBufferPointer { t in try narrow(NarrowScalars(bytes: b, table: t.baseAddress!)) }
        }
    }
}

extension ScalarText {
    /// The same for a pass over `range` only: the closure gets the storage and
    /// where `range` lies in it. That is `range` itself, except in a paged text,
    /// whose chunks over `range` are read into a storage of their own.
    @inlinable
    public func withUnsafeStorage<R>(in range: Range<Int>,
                                     narrow: (NarrowScalars, Range<Int>) throws -> R,
                                     wide: (UnsafeBufferPointer<Unicode.Scalar>, Range<Int>) throws -> R) rethrows -> R {
        guard let paged else {
            return try withUnsafeStorage(narrow: { try narrow($0, range) }, wide: { try wide($0, range) })
        }
        let (text, origin) = paged.resident(range)
        let shifted = (range.lowerBound - origin)..<(range.upperBound - origin)
        return try text.withUnsafeStorage(narrow: { try narrow($0, shifted) }, wide: { try wide($0, shifted) })
    }
}

extension ScalarBuffer {
    @inlinable @inline(__always)
    public func encodeUTF8(_ range: Range<Int>, into p: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        for i in range { n &+= Self.encode(self[i], into: p + n) }
        return n
    }

    @inlinable @inline(__always)
    public func utf8Count(_ range: Range<Int>) -> Int {
        var n = 0
        for i in range { n &+= UTF8.width(self[i]) }
        return n
    }

    /// One scalar as UTF-8 into `p`; returns its length.
    @inlinable @inline(__always)
    static func encode(_ s: Unicode.Scalar, into p: UnsafeMutablePointer<UInt8>) -> Int {
        UTF8Encoding.encode(s.value, into: p)
    }
}

extension NarrowScalars {
    /// The length of the UTF-8 of `range`: runs of ASCII eight bytes at a time.
    @inlinable
    public func utf8Count(_ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        var i = range.lowerBound, n = range.count
        let end = range.upperBound
        while i < end {
            if i &+ 8 <= end, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i &+= 8
                continue
            }
            let b = base[i]
            if b >= 0xA0 { n &+= 1 } else if b >= 0x80 { n &+= UTF8.width(table[Int(b & 0x1F)]) &- 1 }
            i &+= 1
        }
        return n
    }

    /// The UTF-8 of `range`: runs of ASCII eight bytes at a time.
    @inlinable
    public func encodeUTF8(_ range: Range<Int>, into p: UnsafeMutablePointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        var i = range.lowerBound, n = 0
        let end = range.upperBound
        while i < end {
            if i &+ 8 <= end {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    UnsafeMutableRawPointer(p + n).storeBytes(of: word, as: UInt64.self)
                    i &+= 8
                    n &+= 8
                    continue
                }
            }
            let b = base[i]
            if b < 0x80 {
                p[n] = b
                n &+= 1
            } else if b >= 0xA0 {
                p[n] = 0xC0 | b >> 6
                p[n &+ 1] = 0x80 | b & 0x3F
                n &+= 2
            } else {
                n &+= Self.encode(table[Int(b & 0x1F)], into: p + n)
            }
            i &+= 1
        }
        return n
    }
}

/// A range of a `ScalarBuffer` as a collection, for the generic functions over
/// scalars (`WordHash`, `Gazetteer.key`): iterating it reads the storage with
/// no bounds check but the range's own, unlike a `Slice<ScalarText>`.
public struct UnsafeScalars<Buffer: ScalarBuffer>: RandomAccessCollection {
    public let buffer: Buffer
    public let startIndex: Int
    public let endIndex: Int

    @inlinable @inline(__always)
    public init(_ buffer: Buffer, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count, "range out of the buffer")
        self.buffer = buffer
        startIndex = range.lowerBound
        endIndex = range.upperBound
    }

    @inlinable
    public subscript(i: Int) -> Unicode.Scalar {
        @inline(__always) get { buffer[i] }
    }

    @inlinable @inline(__always) public func index(after i: Int) -> Int { i &+ 1 }
    @inlinable @inline(__always) public func index(before i: Int) -> Int { i &- 1 }
}
