import Glibc

/// A file kept open for reading at any offset, closed when the last reference
/// goes: what a paged text reads its chunks from (`Document.readingTextBack`).
final class OpenFile: Sendable {
    private let fd: Int32
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
        ArticleSource.readBytes(fd, at: offset, count: count)
    }
}
