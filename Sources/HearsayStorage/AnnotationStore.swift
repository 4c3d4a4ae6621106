import FoundationEssentials
import HearsayCore
#if canImport(Glibc)
import Glibc
#endif

/// Why a save did not happen. Whatever the case, the file on disk is unchanged.
public enum AnnotationStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `save` before `open` (or after `close`).
    case notOpen(path: String)
    /// The store opened read-only (a corrupt or newer file, another Hearsay).
    case readOnly(path: String, reason: String)
    /// The lock file no longer holds this process's pid (someone deleted it or
    /// took it over): the store turns read-only.
    case lockLost(path: String)
    /// The file was changed by another program since it was opened or last
    /// saved: it is not overwritten. Open the store again to load it.
    case changedOnDisk(path: String)
    /// The file to save holds what `AnnotationCoding.decode` would refuse (a bug
    /// elsewhere); saving it would leave an unreadable file.
    case invalid(path: String, problem: AnnotationDecodingError)
    /// A system call failed: which, on what file, and errno.
    case system(operation: String, path: String, code: Int32)

    public var description: String {
        switch self {
        case .notOpen(let path): return "\(path): the annotation store is not open"
        case let .readOnly(path, reason): return "\(path) is read-only: \(reason)"
        case .lockLost(let path): return "\(path): the lock \(path).lock is no longer this Hearsay's; not saving (reopen the article)"
        case .changedOnDisk(let path):
            return "\(path) was changed by another program since Hearsay read it; not overwriting it (reopen the article to load it)"
        case let .invalid(path, problem): return "\(path): not saved, it would not read back: \(problem)"
        case let .system(operation, path, code): return "cannot \(operation) \(path): \(String(cString: strerror(code)))"
        }
    }
}

/// The annotations of one article on disk: `<article>.hearsay.json` beside it
/// (or any path), read and written whole. Format: docs/annotation-format.md.
///
/// A class, because it holds a resource (the lock) from `open` to `close`; thread
/// safe (one lock around each call), so saves may come from a background task.
///
/// Integrity rules:
/// - A file that is not valid JSON, not an annotation file, or of a newer format
///   version is never overwritten: `open` says read-only with the reason (with
///   line and column for a JSON error) and `save` throws. A missing or empty file
///   is a fresh one.
/// - `save` is atomic and keeps the previous version whole in `<file>.bak`, with
///   the file's permission bits kept (see `FileOps.replace`).
/// - One Hearsay at a time writes a file: a second one opens it read-only,
///   "open in another Hearsay (pid N)"; a lock left by a dead process is taken
///   over (see `LockFile`).
/// - A file changed by another program since Hearsay read or wrote it is not
///   overwritten (`AnnotationStoreError.changedOnDisk`).
public final class AnnotationStore: @unchecked Sendable {
    public enum Mode: Equatable, Sendable {
        case readWrite
        case readOnly(reason: String)
    }

    /// What `open` found.
    public struct OpenResult: Equatable, Sendable {
        public var mode: Mode
        /// The annotations: loaded, or a new empty file when there was none (or
        /// it was empty). nil only when the file exists but cannot be read (then
        /// `mode` is read-only and says why).
        public var file: AnnotationFile?
        /// No annotation file yet (missing or empty): `file` is a new one.
        public var isFresh: Bool
        /// Lines for the status line or standard error: the article changed since
        /// the annotations were made, a stale lock was taken over, a backup exists.
        public var warnings: [String]
    }

    /// The annotation file (as given: it may be a symbolic link, which saves
    /// write through).
    public let path: String
    /// The article as it is now, for new files and to notice a changed article.
    public let document: DocumentFingerprint
    public var lockPath: String { path + ".lock" }
    /// The previous version, beside the real file.
    public var backupPath: String { FileOps.resolved(path) + ".bak" }

    private let mutex = Lock()
    private var mode: Mode?
    private var holdsLock = false
    /// What was on disk when last read or written (nil: no file).
    private var onDisk: FileIdentity?
    /// False while there is no earlier version worth a backup (a fresh start,
    /// a file deleted since it was read).
    private var backUpOnSave = true
    /// True when this session started afresh beside a `.bak`: that backup may
    /// be the only copy of the annotations the missing file held, and the
    /// warning said it is there, so no save of this session replaces it.
    private var keepsBackup = false

    /// `<article>.hearsay.json`: "story.txt" → "story.txt.hearsay.json".
    public static func path(forArticle article: String) -> String { article + ".hearsay.json" }

    /// Whether another live Hearsay holds the lock of the annotation file at
    /// `path` (reads the lock file only: cheap enough to ask every second).
    public static func isLockedByAnother(path: String) -> Bool { LockFile.isHeldByAnother(path + ".lock") }

    /// Whether a read-only reason `open` gave is another Hearsay's lock (which
    /// ends when it quits), not a file that cannot be written.
    public static func isLockReason(_ reason: String) -> Bool { LockFile.isHeldReason(reason) }

    /// Touches nothing on disk until `open`.
    public init(path: String, document: DocumentFingerprint) {
        self.path = path
        self.document = document
    }

    deinit { releaseLock() }

    /// The mode of the last `open` (nil before it and after `close`).
    public var currentMode: Mode? {
        mutex.lock()
        defer { mutex.unlock() }
        return mode
    }

    /// Takes the lock and reads the file. Opening again first closes.
    public func open() -> OpenResult {
        mutex.lock()
        defer { mutex.unlock() }
        releaseLock()
        mode = nil
        onDisk = nil

        var warnings: [String] = []
        let lock = LockFile.acquire(lockPath)
        if case .acquired = lock { holdsLock = true }
        if case .acquired(let pid?) = lock {
            warnings.append("\(path): took over the lock of pid \(pid), which is no longer running")
        }
        let target = FileOps.resolved(path)
        let backup = target + ".bak"
        let backupNote = access(backup, F_OK) == 0 ? " (the previous version is in \(backup))" : ""

        func readOnly(_ reason: String, file: AnnotationFile?, fresh: Bool = false) -> OpenResult {
            releaseLock()
            mode = .readOnly(reason: reason)
            return OpenResult(mode: mode!, file: file, isFresh: fresh, warnings: warnings)
        }

        let read: (bytes: [UInt8], identity: FileIdentity)?
        do {
            read = try FileOps.readFile(target)
        } catch where error.code == EFBIG {
            return readOnly("\(path) is larger than \(FileOps.largestFile >> 20) MB, too large for an annotation file; Hearsay will not change it", file: nil)
        } catch {
            return readOnly("cannot read \(path): \(String(cString: strerror(error.code)))", file: nil)
        }

        var file: AnnotationFile
        let fresh: Bool
        if let read, !AnnotationCoding.isBlank(read.bytes) {
            do {
                file = try AnnotationCoding.decode(read.bytes)
            } catch {
                return readOnly("\(path) is \(error); Hearsay will not change it\(backupNote)", file: nil)
            }
            fresh = false
            if !document.sha256.isEmpty, !file.document.sha256.isEmpty, file.document.sha256 != document.sha256 {
                warnings.append("\(path): the article has changed since these annotations were saved")
            }
        } else if read != nil, !backupNote.isEmpty {
            // Saves are atomic, so Hearsay never leaves an empty file: a crash
            // of something else, a full disk or a hand emptied it, and the
            // `.bak` is likely all that is left. Treated as a corrupt file is:
            // nothing is written until the user chooses.
            return readOnly("\(path) is empty; Hearsay will not change it. The previous version is in \(backup): "
                + "copy it over the empty file to restore it, or delete the empty file to start afresh", file: nil)
        } else {
            file = AnnotationFile(document: document)
            fresh = true
            if !backupNote.isEmpty {
                warnings.append("\(path) is missing; starting afresh\(backupNote), which this session will not replace")
            }
        }
        onDisk = read?.identity
        backUpOnSave = !fresh
        keepsBackup = fresh && !backupNote.isEmpty

        if read != nil, access(target, W_OK) != 0 {
            return readOnly("\(path) is not writable (\(String(cString: strerror(errno))))", file: file, fresh: fresh)
        }
        switch lock {
        case .held(let reason), .failed(let reason): return readOnly(reason, file: file, fresh: fresh)
        case .acquired: break
        }
        FileOps.removeLeftovers(of: target)
        FileOps.removeLeftovers(of: lockPath)
        mode = .readWrite
        return OpenResult(mode: .readWrite, file: file, isFresh: fresh, warnings: warnings)
    }

    /// Writes `file` (see the type's integrity rules; `FileOps.replace` for the
    /// steps). Throws, with nothing changed, when read-only, not open, when the
    /// lock was lost or the file changed on disk, or when a system call fails.
    public func save(_ file: AnnotationFile) throws(AnnotationStoreError) {
        mutex.lock()
        defer { mutex.unlock() }
        guard let mode else { throw .notOpen(path: path) }
        if case .readOnly(let reason) = mode { throw .readOnly(path: path, reason: reason) }
        if let problem = AnnotationCoding.problem(in: file) { throw .invalid(path: path, problem: problem) }
        guard LockFile.isOurs(lockPath) else {
            holdsLock = false
            self.mode = .readOnly(reason: "the lock \(lockPath) was lost")
            throw .lockLost(path: path)
        }
        let target = FileOps.resolved(path)
        do {
            let now = try FileOps.identity(target)
            // Deleted since (by a clean-up, by hand): written again whole from
            // what this Hearsay holds, which is every change made. Replaced by
            // another file: that one is someone's, not overwritten.
            if now == nil && onDisk != nil { backUpOnSave = false }
            guard now == onDisk || now == nil else { throw AnnotationStoreError.changedOnDisk(path: path) }
            // Written as it is encoded, a piece at a time (AnnotationCoding).
            onDisk = try FileOps.replace(target, backup: backUpOnSave && !keepsBackup ? target + ".bak" : nil) { write in
                AnnotationCoding.encode(file, inPieces: write)
            }
            backUpOnSave = true
        } catch let error as SystemCallError {
            throw .system(operation: error.operation, path: error.path, code: error.code)
        } catch let error as AnnotationStoreError {
            throw error
        } catch {
            throw .system(operation: "save", path: path, code: EIO)
        }
    }

    /// Releases the lock; `save` throws `.notOpen` until the next `open`.
    public func close() {
        mutex.lock()
        defer { mutex.unlock() }
        releaseLock()
        mode = nil
    }

    private func releaseLock() {
        if holdsLock { LockFile.release(lockPath) }
        holdsLock = false
    }
}
