#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-buffer byte searches done by the C library's vectorised `memchr`: the
/// decoder asks "is there a CR, a LF?" of every file, and a Swift loop over a
/// 100 MB buffer costs tens of milliseconds where `memchr` costs one or two.
enum ByteSearch {
    static func contains(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        firstIndex(of: byte, in: buffer) != nil
    }

    /// The offset of the first `byte` in `buffer`, or nil.
    static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress, buffer.count > 0,
              let found = memchr(base, Int32(byte), buffer.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
