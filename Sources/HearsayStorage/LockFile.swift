#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lock that lets one Hearsay at a time write an annotation file:
/// `<annotation file>.lock`, holding the owner's pid and host name
/// ("12345\nmy-laptop\n").
///
/// Decision: a lock *file* with a pid, taken with an exclusive create, rather
/// than flock(2)/fcntl(2) locks. A pid file can be read: a second Hearsay tells the
/// user which process has the article open ("open in another Hearsay (pid N)"),
/// and a user can see and delete it; flock is silently per-host on network file
/// systems. The cost is stale locks after a crash (a SIGKILL, a power cut), which
/// are detected and taken over:
///
/// - The lock is created whole: the pid is written to a temporary file that is
///   then hard-linked to the lock's name. link(2) fails with EEXIST when the lock
///   exists, exactly as open(O_CREAT|O_EXCL) does, but no one can ever see a lock
///   file without its pid in it. (Where hard links are not supported,
///   open(O_CREAT|O_EXCL) and a write are used instead.)
/// - A lock of a pid on this host that is not running (kill(pid, 0) fails with
///   ESRCH) is stale: it is renamed away (rename is atomic, so of two processes
///   racing for it only one gets it), checked to still be the stale one, deleted,
///   and the lock is taken afresh. If what was renamed turns out to be a live
///   lock someone just took, it is put back and the lock counts as held.
/// - A pid that runs (or exists under another user, EPERM) holds the lock, even
///   if it is this process: a second store on the same file opens read-only.
/// - A lock from another host cannot be checked, so it counts as held; the
///   reason says which host, and that deleting the file frees it.
/// - A lock that cannot be read as a pid counts as held for 10 seconds after it
///   was last modified, then as stale.
///
/// Known limits: a pid reused by an unrelated process keeps a stale lock "held"
/// until that process ends (the message names the pid, and the user can delete
/// the file); processes in different pid namespaces sharing a folder cannot see
/// each other. The store checks that the lock still holds its pid before every
/// save, so a lost lock stops the writing rather than two writers alternating.
enum LockFile {
    enum Outcome: Equatable {
        /// Taken; `tookOverFrom` is the pid of a stale lock that was replaced.
        case acquired(tookOverFrom: Int32?)
        /// Held by a running process (or one that cannot be checked).
        case held(reason: String)
        /// The lock file could not be made (a read-only folder, say).
        case failed(reason: String)
    }

    struct Owner: Equatable {
        var pid: Int32
        var host: String?
    }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static var ownContent: String { "\(getpid())\n\(hostName)\n" }

    /// Whether `pid` is a running process (as far as this host can tell).
    static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }   // kill(0 or -1, 0) would ask about process groups
        if kill(pid, 0) == 0 { return true }
        return errno == EPERM
    }

    static func acquire(_ path: String) -> Outcome {
        var tookOver: Int32? = nil
        for _ in 0..<5 {
            switch create(path) {
            case .success: return .acquired(tookOverFrom: tookOver)
            case .failure(let error) where error.code != EEXIST:
                return .failed(reason: "cannot create the lock file \(path): \(String(cString: strerror(error.code)))")
            case .failure: break
            }
            guard let (content, age) = readLock(path) else { continue }   // gone meanwhile: try again
            if let reason = heldReason(content, age: age, path: path) { return .held(reason: reason) }
            // Stale: move it out of the way, and make sure it was the stale one.
            let aside = FileOps.temporaryName(for: path, kind: "stale")
            guard rename(path, aside) == 0 else { continue }
            let moved = readLock(aside)?.content
            if moved == content {
                unlink(aside)
                tookOver = parse(content)?.pid
                continue
            }
            // Someone else took the lock between our read and rename: give it back.
            _ = link(aside, path)
            unlink(aside)
            let pid = moved.flatMap(parse)?.pid
            return .held(reason: heldPrefix + (pid.map { " (pid \($0))" } ?? ""))
        }
        return .held(reason: "could not take the lock \(path) (other processes keep changing it)")
    }

    /// Why the lock with `content`, `age` seconds old, is held, in the words a
    /// read-only reader shows; nil when it is stale (its process is gone).
    static func heldReason(_ content: String, age: Double, path: String) -> String? {
        guard let owner = parse(content) else {
            return age < 10 ? "\(openingPrefix) (\(path) was just created)" : nil
        }
        if let host = owner.host, !host.isEmpty, host != hostName {
            return "\(heldPrefix) (pid \(owner.pid) on \(host); if it is not, delete \(path))"
        }
        return isRunning(owner.pid) ? "\(heldPrefix) (pid \(owner.pid))" : nil
    }

    static let heldPrefix = "open in another Hearsay"
    static let openingPrefix = "being opened by another Hearsay"

    /// Whether a read-only reason is another Hearsay's hold on the lock, which
    /// ends when that Hearsay quits (not a corrupt or newer file).
    static func isHeldReason(_ reason: String) -> Bool {
        reason.hasPrefix(heldPrefix) || reason.hasPrefix(openingPrefix)
    }

    /// Whether another live process holds the lock at `path` (cheap: reads
    /// the small lock file, never the annotation file).
    static func isHeldByAnother(_ path: String) -> Bool {
        guard let (content, age) = readLock(path) else { return false }
        return heldReason(content, age: age, path: path) != nil && !isOurs(path)
    }

    /// Deletes the lock if it is this process's.
    static func release(_ path: String) {
        if isOurs(path) { unlink(path) }
    }

    /// Whether the lock file exists and holds this process's pid and host.
    static func isOurs(_ path: String) -> Bool {
        guard let (content, _) = readLock(path), let owner = parse(content) else { return false }
        return owner.pid == getpid() && (owner.host ?? hostName) == hostName
    }

    static func parse(_ content: String) -> Owner? {
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, let pid = Int32(first.trimmingSpaces), pid > 0 else { return nil }
        let host = lines.count > 1 ? String(lines[1].trimmingSpaces) : nil
        return Owner(pid: pid, host: host?.isEmpty == true ? nil : host)
    }

    /// The lock's text and its age in seconds; nil when it is not there.
    static func readLock(_ path: String) -> (content: String, age: Double)? {
        guard let (bytes, _) = try? FileOps.readFile(path) else { return nil }
        var st = stat()
        var age = 0.0
        if stat(path, &st) == 0 {
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            #if canImport(Darwin)
            let mtime = st.st_mtimespec
            #else
            let mtime = st.st_mtim
            #endif
            age = Double(now.tv_sec - mtime.tv_sec) + Double(now.tv_nsec - mtime.tv_nsec) / 1e9
        }
        return (String(decoding: bytes.prefix(4096), as: UTF8.self), age)
    }

    /// Creates the lock with this process's pid in it, whole, or fails (EEXIST
    /// when there is one).
    static func create(_ path: String) -> Result<Void, SystemCallError> {
        let content = Array(ownContent.utf8)
        let temp = FileOps.temporaryName(for: path, kind: "lock")
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failure(SystemCallError(operation: "create", path: temp, code: errno)) }
        defer { unlink(temp) }
        do {
            defer { close(fd) }
            try FileOps.writeAll(fd, content, path: temp)
        } catch {
            return .failure(error)
        }
        if link(temp, path) == 0 { return .success(()) }
        let code = errno
        guard code == EPERM || code == EOPNOTSUPP || code == EMLINK || code == ENOSYS else {
            return .failure(SystemCallError(operation: "link", path: path, code: code))
        }
        // No hard links here: the exclusive create, then the pid.
        let lock = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard lock >= 0 else { return .failure(SystemCallError(operation: "create", path: path, code: errno)) }
        defer { close(lock) }
        do {
            try FileOps.writeAll(lock, content, path: path)
        } catch {
            unlink(path)
            return .failure(error)
        }
        return .success(())
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" || c == "\r" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
        return s
    }
}
