#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pages about to be written, mapped in one call instead of one fault each.
///
/// A big text's tables are fresh memory, and the kernel maps a fresh page at
/// the first write to it: a fault per 4 KB, about 1.8 µs each on this
/// machine, some 20,000 of them while a 10 MB text is read and tokenized.
/// `MADV_POPULATE_WRITE` (Linux 5.14) maps a whole range in one call, about a
/// third cheaper a page (docs/DECISIONS.md, 61). Pages already mapped (memory
/// the allocator reuses) cost a page-table walk. Where the call is unknown (an
/// older kernel, another system) nothing happens and the writes fault as before.
public enum FreshMemory {
    /// Below this, a few faults cost less than the call.
    static let minimumBytes = 1 << 20

    /// Maps the whole pages inside `count` elements from `start`, which the
    /// caller is about to write.
    @inline(__always)
    public static func populate<T>(_ start: UnsafeMutablePointer<T>, count: Int) {
        populate(UnsafeMutableRawPointer(start), bytes: count * MemoryLayout<T>.stride)
    }

    public static func populate(_ start: UnsafeMutableRawPointer, bytes: Int) {
        #if os(Linux)
        guard bytes >= minimumBytes else { return }
        let page = 4096
        let first = (Int(bitPattern: start) + page - 1) / page * page
        let end = (Int(bitPattern: start) + bytes) / page * page
        guard end > first, let p = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(p, end - first, populateWrite)
        #endif
    }

    /// `MADV_POPULATE_WRITE` (23 in the kernel's headers; older C headers lack the name).
    static let populateWrite: Int32 = 23
}
