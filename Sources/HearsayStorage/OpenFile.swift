import Glibc

/// A file kept open for reading at any offset, closed when the last reference
/// goes: what a paged text reads its chunks from (`Document.readingTextBack`).
final class OpenFile: Sendable {
    let fd: Int32
    /// The size when opened.
    let size: Int
    /// The last change when opened (st_mtim, in nanoseconds).
    private let modified: Int

    /// The regular file at `path`, or nil when it cannot be opened or is not one.
    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            return nil
        }
        self.fd = fd
        size = Int(info.st_size)
        modified = Self.nanoseconds(info.st_mtim)
    }

    private static func nanoseconds(_ t: timespec) -> Int { Int(t.tv_sec) &* 1_000_000_000 &+ Int(t.tv_nsec) }

    /// Whether the file this descriptor reads (not whatever is at its path now)
    /// was written since it was opened: its size or its modification time moved.
    func changedSinceOpened() -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return true }
        return Int(info.st_size) != size || Self.nanoseconds(info.st_mtim) != modified
    }

    deinit { close(fd) }

    /// Up to `count` bytes from `offset`: fewer when the file ends or a read fails.
    func read(at offset: Int, count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.baseAddress.map { read(at: offset, count: count, into: $0).count } ?? 0
        }
    }

    /// Reads `count` bytes from `offset` into `start` (pread, again after
    /// EINTR): how many were read, fewer when the file ends, and whether a
    /// read failed (what came before it is kept). Threads may read at once.
    func read(at offset: Int, count: Int, into start: UnsafeMutablePointer<UInt8>) -> (count: Int, failed: Bool) {
        var done = 0
        while done < count {
            let n = pread(fd, start + done, count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return (done, true) }
            if n == 0 { break }
            done += n
        }
        return (done, false)
    }
}
