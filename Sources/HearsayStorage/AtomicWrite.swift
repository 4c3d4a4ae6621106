#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What identifies one version of a file on disk: if any of these changed,
/// something else wrote the file.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        #if canImport(Darwin)
        modifiedSeconds = Int64(st.st_mtimespec.tv_sec)
        modifiedNanoseconds = Int64(st.st_mtimespec.tv_nsec)
        #else
        modifiedSeconds = Int64(st.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(st.st_mtim.tv_nsec)
        #endif
    }
}

/// A failed system call: which, on what, and errno.
struct SystemCallError: Error, Equatable {
    var operation: String
    var path: String
    var code: Int32

    var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
}

/// The file operations of the annotation store, as plain POSIX calls: their
/// order is the whole point (see `replace`), and Foundation's writes hide it.
enum FileOps {
    /// The folder and name of `path` ("." for a bare name).
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let dir = String(path[..<slash])
        return (dir.isEmpty ? "/" : dir, String(path[path.index(after: slash)...]))
    }

    /// `path` itself, or where it points when it is a symbolic link, so that a
    /// save replaces the file and not the link.
    static func resolved(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {   // as many links as the kernel follows
            var st = stat()
            guard lstat(current, &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return current }
            let target = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : split(current).directory + "/" + target
        }
        return current
    }

    /// The identity of the file at `path` (following links), nil when there is none.
    static func identity(_ path: String) throws(SystemCallError) -> FileIdentity? {
        var st = stat()
        if stat(path, &st) == 0 { return FileIdentity(st) }
        if errno == ENOENT { return nil }
        throw SystemCallError(operation: "stat", path: path, code: errno)
    }

    /// The largest file `readFile` reads: an annotation file of 100,000
    /// annotations is 60 MB; anything far beyond is not one, and reading a
    /// gigabyte into memory to find that out is not worth the risk.
    static let largestFile = 256 << 20

    /// For tests of a full disk: when set, every `writeAll` fails with this errno
    /// (ENOSPC) as the first write to a full file system does.
    nonisolated(unsafe) static var injectedWriteFailure: Int32?

    /// The whole file and the identity of what was read; nil when there is no file.
    /// A file larger than `largestFile` is refused with EFBIG, unread.
    static func readFile(_ path: String) throws(SystemCallError) -> (bytes: [UInt8], identity: FileIdentity)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw SystemCallError(operation: "open", path: path, code: errno)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw SystemCallError(operation: "stat", path: path, code: errno) }
        guard st.st_mode & S_IFMT == S_IFREG else { throw SystemCallError(operation: "read", path: path, code: EISDIR) }
        guard Int(st.st_size) <= largestFile else { throw SystemCallError(operation: "read", path: path, code: EFBIG) }
        var bytes: [UInt8] = []
        var capacity = max(Int(st.st_size), 0) + 1
        var count = 0
        while true {
            if count == capacity { capacity *= 2 }
            if bytes.count < capacity { bytes += [UInt8](repeating: 0, count: capacity - bytes.count) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, capacity - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SystemCallError(operation: "read", path: path, code: errno)
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return (bytes, FileIdentity(st))
    }

    /// Writes all of `bytes` to `fd` (see below).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(SystemCallError) {
        try writeAll(fd, pieces: { write in bytes.withUnsafeBytes(write) }, path: path)
    }

    /// Writes to `fd` every piece that `contents` hands to its argument, in
    /// order. After a failure the pieces still handed over are dropped, and the
    /// failure is thrown when `contents` returns.
    static func writeAll(_ fd: Int32, pieces contents: ((UnsafeRawBufferPointer) -> Void) -> Void, path: String) throws(SystemCallError) {
        var failure: SystemCallError?
        contents { piece in
            guard failure == nil else { return }
            do throws(SystemCallError) { try writeAll(fd, piece, path: path) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes all of `bytes` to `fd`.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(SystemCallError) {
        if let code = injectedWriteFailure { throw SystemCallError(operation: "write", path: path, code: code) }
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw SystemCallError(operation: "write", path: path, code: errno)
            }
            done += n
        }
    }

    /// A name for a temporary file beside `path`, hidden, unique to this process
    /// and call: `.NAME.KIND.PID.RANDOM.tmp`. `removeLeftovers` knows the pattern.
    static func temporaryName(for path: String, kind: String) -> String {
        let (dir, name) = split(path)
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return "\(dir)/.\(name).\(kind).\(getpid()).\(random).tmp"
    }

    /// Deletes temporary files of `path` left by a process that died mid-save
    /// (their pid is no longer running). Called with the lock held.
    static func removeLeftovers(of path: String) {
        let (dir, name) = split(path)
        guard let d = opendir(dir) else { return }
        defer { closedir(d) }
        let prefix = ".\(name)."
        while let entry = readdir(d) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            guard entryName.hasPrefix(prefix), entryName.hasSuffix(".tmp") else { continue }
            // ...KIND.PID.RANDOM.tmp (the backup's and the lock's have a longer name)
            let parts = entryName.dropFirst(prefix.count).split(separator: ".")
            guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]), pid != getpid(), !LockFile.isRunning(pid) else { continue }
            unlink(dir + "/" + entryName)
        }
    }

    /// fsync of a folder, so that renames in it are on disk. Best effort: some
    /// file systems refuse to sync a folder, and by then the rename is done.
    static func syncDirectory(_ dir: String) {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Replaces the file at `path` with `bytes` so that, whenever the process or
    /// the machine stops, `path` holds either the old bytes or the new ones, whole:
    ///
    ///  1. the bytes go to a new temporary file in the same folder (a rename is
    ///     atomic only within one file system), created with the old file's
    ///     permission bits (and owner and group, where allowed), then fsync'd;
    ///  2. when there is an old file and `backup` is given, the old file is hard
    ///     linked to a temporary name and that renamed over `backup`: the backup
    ///     is the complete old file, and itself replaced atomically (where hard
    ///     links are not supported, the old file is copied and fsync'd instead);
    ///  3. the temporary file is renamed over `path`;
    ///  4. the folder is fsync'd, so the renames survive a power cut.
    ///
    /// Returns the identity of the new file. On failure nothing has changed but
    /// possibly the backup (already the complete old file), and the temporary
    /// file is removed.
    static func replace(_ path: String, with bytes: [UInt8], backup: String?) throws(SystemCallError) -> FileIdentity {
        try replace(path, backup: backup) { write in bytes.withUnsafeBytes(write) }
    }

    /// The same, with the new bytes handed over a piece at a time by
    /// `contents`, as they are made (`AnnotationCoding.encode(_:inPieces:)`),
    /// so that the whole file is never in memory at once.
    static func replace(_ path: String, backup: String?,
                        contents: ((UnsafeRawBufferPointer) -> Void) -> Void) throws(SystemCallError) -> FileIdentity {
        let (dir, _) = split(path)
        var old = stat()
        let hasOld: Bool
        if stat(path, &old) == 0 {
            hasOld = true
        } else if errno == ENOENT {
            hasOld = false
        } else {
            throw SystemCallError(operation: "stat", path: path, code: errno)
        }

        let temp = temporaryName(for: path, kind: "new")
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, hasOld ? old.st_mode & 0o7777 : 0o666)
        guard fd >= 0 else { throw SystemCallError(operation: "create", path: temp, code: errno) }
        var identity: FileIdentity
        do throws(SystemCallError) {
            defer { close(fd) }
            if hasOld {
                // open() applied the umask: give the exact bits back. Owner and
                // group only where allowed (root; or a group the user is in).
                if old.st_uid != geteuid() || old.st_gid != getegid() { _ = fchown(fd, old.st_uid, old.st_gid) }
                guard fchmod(fd, old.st_mode & 0o7777) == 0 else { throw SystemCallError(operation: "chmod", path: temp, code: errno) }
            }
            try writeAll(fd, pieces: contents, path: temp)
            guard fsync(fd) == 0 else { throw SystemCallError(operation: "fsync", path: temp, code: errno) }
            var st = stat()
            guard fstat(fd, &st) == 0 else { throw SystemCallError(operation: "stat", path: temp, code: errno) }
            identity = FileIdentity(st)
        } catch {
            unlink(temp)
            throw error
        }

        if hasOld, let backup {
            do throws(SystemCallError) {
                try makeBackup(of: path, at: backup)
            } catch {
                unlink(temp)
                throw error
            }
        }
        guard rename(temp, path) == 0 else {
            let code = errno
            unlink(temp)
            throw SystemCallError(operation: "rename", path: path, code: code)
        }
        syncDirectory(dir)
        return identity
    }

    /// `backup` becomes the file now at `path` (the same file, by a hard link;
    /// or a copy), replaced atomically.
    static func makeBackup(of path: String, at backup: String) throws(SystemCallError) {
        let temp = temporaryName(for: backup, kind: "bak")
        if link(path, temp) != 0 {
            let code = errno
            guard code == EPERM || code == EOPNOTSUPP || code == EMLINK || code == ENOSYS || code == EXDEV else {
                throw SystemCallError(operation: "link", path: temp, code: code)
            }
            try copy(path, to: temp)
        }
        guard rename(temp, backup) == 0 else {
            let code = errno
            unlink(temp)
            throw SystemCallError(operation: "rename", path: backup, code: code)
        }
    }

    /// A complete, fsync'd copy of `source` at the new file `destination`, with
    /// the source's permission bits.
    static func copy(_ source: String, to destination: String) throws(SystemCallError) {
        guard let (bytes, _) = try readFile(source) else { throw SystemCallError(operation: "read", path: source, code: ENOENT) }
        var st = stat()
        let mode = stat(source, &st) == 0 ? st.st_mode & 0o7777 : 0o600
        let fd = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw SystemCallError(operation: "create", path: destination, code: errno) }
        defer { close(fd) }
        do throws(SystemCallError) {
            _ = fchmod(fd, mode)
            try writeAll(fd, bytes, path: destination)
            guard fsync(fd) == 0 else { throw SystemCallError(operation: "fsync", path: destination, code: errno) }
        } catch {
            unlink(destination)
            throw error
        }
    }
}
