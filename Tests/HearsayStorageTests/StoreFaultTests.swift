import Foundation
import HearsayCore
import Testing
@testable import HearsayStorage
#if canImport(Glibc)
import Glibc
#endif

/// Faults around the annotation file (issue 8): a full disk, a read-only
/// folder, the file deleted or grown huge, hostile JSON. Each ends with the file
/// on disk valid (or untouched) and every save that did not throw present.
/// `docs/RELIABILITY.md` lists them.
@Suite(.serialized) struct StoreFaultTests {
    let scratch: StoreScratch
    var path: String { scratch.file("story.txt.hearsay.json") }

    init() throws { scratch = try StoreScratch() }

    func store(_ at: String? = nil) -> AnnotationStore {
        AnnotationStore(path: at ?? path, document: StoreFixtures.document)
    }

    /// A tiny tmpfs mounted on `folder` (root only, and where mounting is allowed):
    /// the real "no space left on device". Nil when it cannot be mounted.
    static func mountTmpfs(_ folder: String, kilobytes: Int, readOnly: Bool = false) -> Bool {
        guard getuid() == 0 else { return false }
        let options = "size=\(kilobytes)k" + (readOnly ? ",ro" : "")
        let status = try? StoreSpawn.run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder])
        return status?.status == 0
    }

    static func unmount(_ folder: String) { _ = try? StoreSpawn.run("/bin/umount", [folder]) }

    // MARK: A full disk

    @Test func aFullDiskLosesNothing() throws {
        let folder = scratch.file("small")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard Self.mountTmpfs(folder, kilobytes: 64) else {
            print("StoreFaultTests: cannot mount a tmpfs here (not root, or not allowed); the simulated full disk below still runs")
            return
        }
        defer { Self.unmount(folder) }
        let file = folder + "/story.txt.hearsay.json"
        let s = store(file)
        defer { s.close() }
        #expect(s.open().mode == .readWrite)
        let small = StoreFixtures.file(3)
        try s.save(small)
        // About 2 MB: cannot fit in 64 KB.
        let huge = StoreFixtures.file(3_000)
        do {
            try s.save(huge)
            Issue.record("saved 2 MB on a 64 KB file system")
        } catch {
            #expect("\(error)".contains("No space left on device"), "\(error)")
        }
        // The last save that succeeded is whole, and no temporary file is left.
        #expect(try AnnotationCoding.decode([UInt8](Data(contentsOf: URL(fileURLWithPath: file)))) == small)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") } == [])
        // Space again: the next save works.
        try s.save(StoreFixtures.file(4))
        #expect(try AnnotationCoding.decode([UInt8](Data(contentsOf: URL(fileURLWithPath: file)))) == StoreFixtures.file(4))
    }

    @Test func aSimulatedFullDiskLosesNothing() throws {
        let s = store()
        defer { s.close() }
        _ = s.open()
        try s.save(StoreFixtures.file(2))
        FileOps.injectedWriteFailure = ENOSPC
        defer { FileOps.injectedWriteFailure = nil }
        do {
            try s.save(StoreFixtures.file(3))
            Issue.record("saved on a full disk")
        } catch {
            #expect("\(error)".contains("No space left on device"), "\(error)")
        }
        FileOps.injectedWriteFailure = nil
        #expect(try AnnotationCoding.decode(scratch.bytes("story.txt.hearsay.json")!) == StoreFixtures.file(2))
        #expect(scratch.names().filter { $0.hasSuffix(".tmp") } == [])
        try s.save(StoreFixtures.file(3))
        #expect(try AnnotationCoding.decode(scratch.bytes("story.txt.hearsay.json")!) == StoreFixtures.file(3))
    }

    // MARK: A read-only folder

    @Test func aReadOnlyFolderOpensReadOnlyAndIsNeverWritten() throws {
        let folder = scratch.file("ro")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard Self.mountTmpfs(folder, kilobytes: 256) else {
            print("StoreFaultTests: cannot mount a tmpfs here; read-only folders are covered for non-root users by anUnwritableFileOpensReadOnly")
            return
        }
        defer { Self.unmount(folder) }
        let file = folder + "/story.txt.hearsay.json"
        let bytes = AnnotationCoding.encode(StoreFixtures.file(2))
        FileManager.default.createFile(atPath: file, contents: Data(bytes))
        #expect(try StoreSpawn.run("/bin/mount", ["-o", "remount,ro", folder]).status == 0)
        let s = store(file)
        defer { s.close() }
        let opened = s.open()
        guard case .readOnly(let reason) = opened.mode else { Issue.record("opened read-write: \(opened)"); return }
        #expect(reason.contains("not writable") || reason.contains("Read-only"), "\(reason)")
        #expect(opened.file == StoreFixtures.file(2), "the annotations are still shown")
        #expect(throws: AnnotationStoreError.self) { try s.save(StoreFixtures.file(3)) }
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))) == bytes)
    }

    // MARK: The file deleted or grown while Hearsay runs

    @Test func aFileDeletedWhileOpenIsWrittenAgainWhole() throws {
        let s = store()
        defer { s.close() }
        _ = s.open()
        try s.save(StoreFixtures.file(2))
        unlink(path)
        unlink(path + ".bak")
        try s.save(StoreFixtures.file(3))
        #expect(try AnnotationCoding.decode(scratch.bytes("story.txt.hearsay.json")!) == StoreFixtures.file(3))
        // And the store goes on as usual: the next save keeps a backup again.
        try s.save(StoreFixtures.file(4))
        #expect(try AnnotationCoding.decode(scratch.bytes("story.txt.hearsay.json.bak")!) == StoreFixtures.file(3))
    }

    @Test func aGigabyteFileIsRefusedUnreadAndNeverOverwritten() throws {
        // Sparse: a gigabyte on paper, nothing on the disk.
        let fd = open(path, O_CREAT | O_WRONLY, 0o644)
        #expect(fd >= 0)
        #expect(ftruncate(fd, 1 << 30) == 0)
        close(fd)
        let s = store()
        defer { s.close() }
        let opened = s.open()
        guard case .readOnly(let reason) = opened.mode else { Issue.record("opened read-write"); return }
        #expect(reason.contains("too large for an annotation file"), "\(reason)")
        #expect(opened.file == nil)
        #expect(throws: AnnotationStoreError.self) { try s.save(StoreFixtures.file(1)) }
        var st = stat()
        #expect(stat(path, &st) == 0 && st.st_size == 1 << 30, "untouched")
    }

    // MARK: Hostile JSON

    /// Each is refused with a message that says what and where, opens read-only,
    /// and is left byte for byte as it was.
    @Test(arguments: [
        ("deep nesting", String(repeating: "[", count: 100_000), "nested more than 512 levels deep"),
        ("a huge number", #"{"version": 1e999999, "document": {}}"#, "version"),
        ("a huge offset", validWith(#""end" : 12"#, #""end" : 123456789012345678901234567890"#), "end"),
        ("a duplicate key", #"{"version": 2, "version": 2}"#, "appears twice"),
        ("a wrong type", validWith(#""end" : 12"#, #""end" : "12""#), "expected a whole number"),
        ("an offset out of range", validWith(#""end" : 12"#, #""end" : -5"#), "end"),
        ("a lone surrogate", validWith(#""note" : """#, #""note" : "\ud800""#), "surrogate"),
        ("a NUL byte", "{\"version\": 2\u{0}}", "line 1"),
    ])
    func hostileJSONIsRefusedAndKept(name: String, text: String, expected: String) throws {
        let bytes = Array(text.utf8)
        scratch.write("story.txt.hearsay.json", bytes)
        let s = store()
        defer { s.close() }
        let opened = s.open()
        guard case .readOnly(let reason) = opened.mode else { Issue.record("\(name): opened read-write"); return }
        #expect(reason.contains(expected), "\(name): \(reason)")
        #expect(!reason.contains("\n"), "\(name): one line")
        #expect(throws: AnnotationStoreError.self) { try s.save(StoreFixtures.file(1)) }
        #expect(scratch.bytes("story.txt.hearsay.json") == bytes, "\(name): left as it was")
    }

    /// A valid annotation file with `old` replaced by `new` (first occurrence).
    static func validWith(_ old: String, _ new: String) -> String {
        let text = String(decoding: AnnotationCoding.encode(StoreFixtures.file(1)), as: UTF8.self)
        guard let r = text.range(of: old) else { return "missing \(old) in the fixture" }
        return text.replacingCharacters(in: r, with: new)
    }
}
