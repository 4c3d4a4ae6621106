import Foundation
import HearsayCore
import Testing
@testable import HearsayStorage
#if canImport(Glibc)
import Glibc
#endif

/// AnnotationStore: where the file goes, what open finds, how save writes, and
/// the lock. Every test works in its own scratch folder.
@Suite struct AnnotationStoreTests {
    let scratch: StoreScratch
    let path: String

    init() throws {
        scratch = try StoreScratch()
        path = scratch.file("story.txt.hearsay.json")
    }

    func store() -> AnnotationStore { AnnotationStore(path: path, document: StoreFixtures.document) }

    @Test func theFileSitsBesideTheArticle() {
        #expect(AnnotationStore.path(forArticle: "story.txt") == "story.txt.hearsay.json")
        #expect(AnnotationStore.path(forArticle: "/news/2025/story.txt") == "/news/2025/story.txt.hearsay.json")
    }

    @Test func initTouchesNothing() {
        _ = store()
        #expect(scratch.names().isEmpty)
    }

    @Test func missingFileIsFresh() {
        let s = store()
        defer { s.close() }
        let opened = s.open()
        #expect(opened.mode == .readWrite)
        #expect(opened.isFresh)
        #expect(opened.file == AnnotationFile(document: StoreFixtures.document))
        #expect(opened.warnings.isEmpty)
        #expect(!scratch.exists("story.txt.hearsay.json"))   // open does not create it
    }

    /// Saves are atomic, so an empty file beside a `.bak` is damage (a crash
    /// elsewhere, a full disk): opened read-only as a corrupt file is, so no
    /// save can rotate the backup, the only copy left, away.
    @Test func anEmptyFileBesideABackupOpensReadOnlyAndTouchesNothing() throws {
        let good = AnnotationCoding.encode(StoreFixtures.file())
        scratch.write("story.txt.hearsay.json", "  \n")
        scratch.write("story.txt.hearsay.json.bak", good)
        let s = store()
        defer { s.close() }
        let opened = s.open()
        guard case .readOnly(let why) = opened.mode else { Issue.record("read-write"); return }
        #expect(why.contains("is empty") && why.contains("\(path).bak") && why.contains("delete the empty file"), "\(why)")
        #expect(opened.file == nil)
        #expect(throws: AnnotationStoreError.self) { try s.save(StoreFixtures.file(1)) }
        #expect(scratch.bytes("story.txt.hearsay.json") == Array("  \n".utf8))
        #expect(scratch.bytes("story.txt.hearsay.json.bak") == good)
    }

    @Test func anEmptyFileWithoutABackupIsAFreshStart() throws {
        scratch.write("story.txt.hearsay.json", "")
        let s = store()
        defer { s.close() }
        let opened = s.open()
        #expect(opened.mode == .readWrite)
        #expect(opened.isFresh)
        #expect(opened.warnings.isEmpty)
        try s.save(StoreFixtures.file(1))
        #expect(!scratch.exists("story.txt.hearsay.json.bak"))   // nothing worth keeping was there
    }

    /// A missing file beside a `.bak` (deleted by hand) is a fresh start; the
    /// warning says the earlier annotations are in the `.bak`, so no save of
    /// that session replaces it. The next session backs up as always.
    @Test func aMissingFileStartsAfreshAndItsBackupOutlivesTheSession() throws {
        let good = AnnotationCoding.encode(StoreFixtures.file())
        scratch.write("story.txt.hearsay.json.bak", good)
        let s = store()
        let opened = s.open()
        #expect(opened.mode == .readWrite)
        #expect(opened.isFresh)
        #expect(opened.warnings.contains { $0.contains("missing") && $0.contains(".bak") && $0.contains("will not replace") })
        try s.save(StoreFixtures.file(1))
        try s.save(StoreFixtures.file(2))
        try s.save(StoreFixtures.file(3))
        #expect(scratch.bytes("story.txt.hearsay.json.bak") == good)
        s.close()
        let t = store()
        defer { t.close() }
        #expect(t.open().warnings.isEmpty)
        try t.save(StoreFixtures.file(4))
        #expect(scratch.bytes("story.txt.hearsay.json.bak") == AnnotationCoding.encode(StoreFixtures.file(3)))
    }

    @Test func roundTrip() throws {
        let file = StoreFixtures.file(40)
        let a = store()
        #expect(a.open().mode == .readWrite)
        try a.save(file)
        a.close()
        let b = store()
        defer { b.close() }
        let opened = b.open()
        #expect(opened.mode == .readWrite)
        #expect(!opened.isFresh)
        #expect(opened.file == file)
        #expect(opened.warnings.isEmpty)
    }

    @Test func outputIsPrettySortedAndStable() throws {
        let s = store()
        defer { s.close() }
        _ = s.open()
        let file = StoreFixtures.file()
        try s.save(file)
        let first = scratch.bytes("story.txt.hearsay.json")
        try s.save(file)
        #expect(scratch.bytes("story.txt.hearsay.json") == first)
        #expect(first == AnnotationCoding.encode(file))
        let text = String(decoding: first ?? [], as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"actorEdits\" : [\n\n  ],\n  \"annotations\" : [\n    {\n      \"anchor\" : {\n        \"end\" : "))
        #expect(text.hasSuffix("  \"version\" : 2\n}\n"))
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == ["actorEdits", "annotations", "codebook", "document", "journal", "reading", "reviews", "version"])
    }

    /// A save writes the file as it encodes it, a piece at a time: a file of
    /// several pieces is on disk whole.
    @Test func aFileOfSeveralPiecesIsSavedWhole() throws {
        let s = store()
        defer { s.close() }
        _ = s.open()
        let file = StoreFixtures.file(1500)
        let bytes = AnnotationCoding.encode(file)
        #expect(bytes.count > 2 * AnnotationJSONWriter.pieceSize)
        try s.save(file)
        #expect(scratch.bytes("story.txt.hearsay.json") == bytes)
    }

    @Test func thePreviousVersionIsKeptWholeAsBak() throws {
        let v1 = StoreFixtures.file(3), v2 = StoreFixtures.file(4), v3 = StoreFixtures.file(5)
        let s = store()
        defer { s.close() }
        _ = s.open()
        try s.save(v1)
        #expect(!scratch.exists("story.txt.hearsay.json.bak"))   // nothing before the first save
        try s.save(v2)
        #expect(scratch.bytes("story.txt.hearsay.json.bak") == AnnotationCoding.encode(v1))
        #expect(scratch.bytes("story.txt.hearsay.json") == AnnotationCoding.encode(v2))
        try s.save(v3)
        #expect(scratch.bytes("story.txt.hearsay.json.bak") == AnnotationCoding.encode(v2))
        #expect(try AnnotationCoding.decode(scratch.bytes("story.txt.hearsay.json.bak")!) == v2)
        // No temporary file is left behind.
        #expect(scratch.names() == ["story.txt.hearsay.json", "story.txt.hearsay.json.bak", "story.txt.hearsay.json.lock"])
    }

    @Test func permissionsAreKept() throws {
        let s = store()
        defer { s.close() }
        _ = s.open()
        try s.save(StoreFixtures.file(1))
        #expect(chmod(path, 0o640) == 0)
        try s.save(StoreFixtures.file(2))
        #expect(scratch.mode("story.txt.hearsay.json") == 0o640)
        #expect(scratch.mode("story.txt.hearsay.json.bak") == 0o640)
        #expect(chmod(path, 0o600) == 0)
        try s.save(StoreFixtures.file(3))
        #expect(scratch.mode("story.txt.hearsay.json") == 0o600)
    }

    /// Files Hearsay must not overwrite, and a fragment of the reason each gives.
    static let refused: [(name: String, content: String, reason: String)] = [
        ("invalid JSON", "{\n  \"version\" : 1,\n  oops\n}\n", "line 3, column 3"),
        ("truncated", String(String(decoding: AnnotationCoding.encode(StoreFixtures.file()), as: UTF8.self).prefix(700)),
         "the file ends before"),
        ("newer version", "{\"version\": 3, \"sheets\": [{\"anything\": true}]}", "newer Hearsay (format version 3"),
        ("wrong shape", "{\"version\": 1, \"annotations\": \"none\"}", "annotations: expected an array"),
        ("unknown key", String(String(decoding: AnnotationCoding.encode(StoreFixtures.file(1)), as: UTF8.self)
            .replacingOccurrences(of: "\"orphaned\" :", with: "\"colour\" : \"red\",\n      \"orphaned\" :")),
         "annotations[0]: unknown key \"colour\""),
        ("not UTF-8", "{\"version\": 1, \"x\": \"\u{FF}\"}".replacingOccurrences(of: "ÿ", with: "\u{1}"), "line 1"),
        ("an array", "[]", "expected an object"),
    ]

    @Test(arguments: AnnotationStoreTests.refused.indices)
    func corruptAndNewerFilesAreNeverOverwritten(_ k: Int) throws {
        let (name, content, reason) = AnnotationStoreTests.refused[k]
        scratch.write("story.txt.hearsay.json", content)
        let before = scratch.bytes("story.txt.hearsay.json")
        let s = store()
        defer { s.close() }
        let opened = s.open()
        guard case .readOnly(let why) = opened.mode else {
            Issue.record("\(name): opened read-write")
            return
        }
        #expect(why.contains(reason), "\(name): \(why)")
        #expect(opened.file == nil)
        #expect(throws: AnnotationStoreError.readOnly(path: path, reason: why)) { try s.save(StoreFixtures.file()) }
        #expect(scratch.bytes("story.txt.hearsay.json") == before, "\(name)")
        #expect(scratch.names() == ["story.txt.hearsay.json"], "\(name): no lock, backup or temporary file")
    }

    @Test func invalidUTF8IsASyntaxErrorWithItsPlace() {
        var bytes = Array("{\n  \"version\" : 1,\n  \"x\" : \"ab".utf8)
        bytes += [0xC3, 0x28, 0x22, 0x7D]
        #expect(throws: AnnotationDecodingError.syntax(line: 3, column: 12, message: "invalid UTF-8 (byte 0xC3)")) {
            try AnnotationCoding.decode(bytes)
        }
        scratch.write("story.txt.hearsay.json", bytes)
        let s = store()
        defer { s.close() }
        #expect(s.open().mode == .readOnly(reason:
            "\(path) is not valid JSON at line 3, column 12: invalid UTF-8 (byte 0xC3); Hearsay will not change it"))
    }

    @Test func theReasonForACorruptFileNamesTheBackup() throws {
        let s = store()
        _ = s.open()
        try s.save(StoreFixtures.file(1))
        try s.save(StoreFixtures.file(2))
        s.close()
        scratch.write("story.txt.hearsay.json", "{")
        let t = store()
        defer { t.close() }
        guard case .readOnly(let why) = t.open().mode else { Issue.record("read-write"); return }
        #expect(why.contains("line 1, column 2"))
        #expect(why.hasSuffix("(the previous version is in \(path).bak)"))
    }

    @Test func jsonErrorsHaveLineAndColumn() {
        let cases: [(String, AnnotationDecodingError)] = [
            ("{\"a\": 1,\n \"b\": [\"x\",\n  y]}", .syntax(line: 3, column: 3, message:
                "unexpected 'y': expected a value (an object, array, string in double quotes, number, true, false or null)")),
            ("{\n  \"version\": 1,\n}", .syntax(line: 3, column: 1, message: "unexpected '}': expected a key (a comma too many before it?)")),
            ("{\"a\": [1, 2}", .syntax(line: 1, column: 12, message: "unexpected '}': expected ',' or ']' (in the array opened at line 1, column 7)")),
            ("{\"a\": \"x\n\"}", .syntax(line: 1, column: 9, message: "a line break inside a string (a closing quote missing?)")),
            ("{\"é\": \"ü\" \"b\"}", .syntax(line: 1, column: 11, message: "unexpected '\"': expected ',' or '}' (in the object opened at line 1, column 1)")),
            ("{\"a\": [\n  {\"b\": 1}", .syntax(line: 2, column: 11, message:
                "the file ends before the array opened at line 1, column 7 is closed (a truncated file?)")),
            ("{\"a\": \"abc", .syntax(line: 1, column: 11, message:
                "the file ends before the string that starts at line 1, column 7 is closed (a truncated file?)")),
            ("", .syntax(line: 1, column: 1, message: "there is no JSON value (the file is empty or only white space)")),
            ("{} x", .syntax(line: 1, column: 4, message: "unexpected 'x' after the end of the JSON value")),
            ("{\"a\": tru}", .syntax(line: 1, column: 7, message:
                "unexpected 't': expected a value (did you mean true? strings need double quotes)")),
            ("{\"a\": \"\\ud800\"}", .syntax(line: 1, column: 8, message: "\\uD800 is half of a surrogate pair without its other half")),
            ("{\"a\": 01}", .syntax(line: 1, column: 8, message: "unexpected '1': expected ',' or '}' (in the object opened at line 1, column 1)")),
            ("{\"a\": -}", .syntax(line: 1, column: 8, message: "a '-' must be followed by a digit")),
            ("{'a': 1}", .syntax(line: 1, column: 2, message: "unexpected ''': expected a key (keys are in double quotes)")),
        ]
        for (text, expected) in cases {
            #expect(throws: expected, "\(text)") { try AnnotationCoding.decode(Array(text.utf8)) }
        }
    }

    @Test func wrongShapesNameTheKeyPath() {
        func decode(_ edit: (inout [String: Any]) -> Void) -> AnnotationDecodingError? {
            let data = Data(AnnotationCoding.encode(StoreFixtures.file(3)))
            var json = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
            edit(&json)
            let bytes = [UInt8](try! JSONSerialization.data(withJSONObject: json))
            do { _ = try AnnotationCoding.decode(bytes); return nil } catch { return error }
        }
        func annotations(_ json: inout [String: Any], _ edit: (inout [String: Any]) -> Void) {
            var list = json["annotations"] as! [[String: Any]]
            edit(&list[1])
            json["annotations"] = list
        }
        #expect(decode { j in annotations(&j) { a in
            var anchor = a["anchor"] as! [String: Any]
            anchor["start"] = "12"
            a["anchor"] = anchor
        } } == .shape(path: "annotations[1].anchor.start", message: "expected a whole number, found the string \"12\""))
        #expect(decode { j in annotations(&j) { a in a["tags"] = ["ok", 3] } }
                == .shape(path: "annotations[1].tags[1]", message: "expected a string, found the number 3"))
        #expect(decode { j in annotations(&j) { a in a["note"] = nil } }
                == .shape(path: "annotations[1]", message: "the key \"note\" is missing"))
        #expect(decode { j in annotations(&j) { a in a["orphaned"] = 0 } }
                == .shape(path: "annotations[1].orphaned", message: "expected true or false, found the number 0"))
        #expect(decode { j in j["reading"] = ["position": -1, "marks": [:] as [String: Any]] }
                == .shape(path: "reading.position", message: "-1 is below 0"))
        #expect(decode { j in j["document"] = ["sha256": "ABC", "length": 1] }
                == .shape(path: "document.sha256", message: Shape.fingerprintRule))
        #expect(decode { j in j["journal"] = ["undo": [["label": "x", "time": "t", "changes": [["move": [:] as [String: Any]]]]], "redo": []] }
                == .shape(path: "journal.undo[0].changes[0]",
                          message: "unknown change \"move\" (expected \"add\", \"remove\", \"replace\", \"codebook\", \"review\" or \"actorEdits\")"))
        #expect(decode { j in j["version"] = 0 }
                == .shape(path: "version", message: "0 is not a version of this format (1 to 2)"))
        #expect(decode { j in j["version"] = "1" }
                == .shape(path: "version", message: "expected a whole number, found the string \"1\""))
        #expect(decode { j in j["codebook"] = nil } == .shape(path: "", message: "the key \"codebook\" is missing"))
        #expect(decode { j in j["extra"] = 1 } == .shape(path: "", message:
            "unknown key \"extra\" (the keys here are \"actorEdits\", \"annotations\", \"codebook\", \"document\", \"journal\", \"reading\", \"reviews\", \"version\")"))
        #expect(decode { j in j["journal"] = nil } == nil)   // optional: files from before the journal
    }

    @Test func repeatedKeysAreRefused() {
        let text = "{\"version\": 1, \"document\": {\"sha256\": \"\", \"length\": 1, \"length\": 2}}"
        #expect(throws: AnnotationDecodingError.shape(path: "document", message: "the key \"length\" appears twice")) {
            try AnnotationCoding.decode(Array(text.utf8))
        }
    }

    @Test func aNewerVersionIsCheckedBeforeAnythingElse() {
        for text in ["{\"version\": 4}", "{\"format\": [1, 2], \"version\": 3, \"annotations\": 7}", "{\"version\": 3.0}"] {
            #expect(throws: AnnotationDecodingError.newerVersion(found: text.contains("4") ? 4 : 3, supported: 2)) {
                try AnnotationCoding.decode(Array(text.utf8))
            }
        }
        #expect(AnnotationDecodingError.newerVersion(found: 3, supported: 2).description
                == "written by a newer Hearsay (format version 3; this version reads up to 2)")
    }

    @Test func aFileWithoutAJournalLoads() throws {
        let file = StoreFixtures.file(2, journal: false)
        var text = String(decoding: AnnotationCoding.encode(file), as: UTF8.self)
        let range = try #require(text.range(of: "  \"journal\" : {\n    \"redo\" : [\n\n    ],\n    \"undo\" : [\n\n    ]\n  },\n"))
        text.removeSubrange(range)
        #expect(try AnnotationCoding.decode(Array(text.utf8)) == file)
    }

    @Test func theUndoJournalSurvivesARestart() throws {
        let file = StoreFixtures.file(6)
        #expect(file.journal.undo.count == 2 && file.journal.redo.count == 1)
        let a = store()
        _ = a.open()
        try a.save(file)
        a.close()
        let b = store()
        defer { b.close() }
        let loaded = try #require(b.open().file)
        #expect(loaded.journal == file.journal)
        // Redo, then undo everything, on the loaded file.
        let redone = try #require(loaded.redoing())
        #expect(redone.group.label == "New tag")
        #expect(redone.file.codebook.tag(named: "source") != nil)
        var f = redone.file
        while let (undone, _) = f.undoing() { f = undone }
        #expect(f.annotations == StoreFixtures.file(6, journal: false).annotations)
        #expect(f.codebook == StoreFixtures.codebook)
        #expect(f.journal.undo.isEmpty && f.journal.redo.count == 3)
    }

    @Test func aSecondStoreOnTheSameFileIsReadOnly() throws {
        let first = store()
        #expect(first.open().mode == .readWrite)
        try first.save(StoreFixtures.file(1))
        #expect(String(decoding: scratch.bytes("story.txt.hearsay.json.lock") ?? [], as: UTF8.self).hasPrefix("\(getpid())\n"))

        let second = store()
        let opened = second.open()
        #expect(opened.mode == .readOnly(reason: "open in another Hearsay (pid \(getpid()))"))
        #expect(opened.file == StoreFixtures.file(1))   // still readable
        #expect(throws: AnnotationStoreError.self) { try second.save(StoreFixtures.file(2)) }
        second.close()   // does not remove the first's lock
        #expect(scratch.exists("story.txt.hearsay.json.lock"))
        try first.save(StoreFixtures.file(3))

        first.close()
        #expect(!scratch.exists("story.txt.hearsay.json.lock"))
        let third = store()
        defer { third.close() }
        #expect(third.open().mode == .readWrite)
    }

    @Test func aStaleLockIsTakenOver() throws {
        let dead = try StoreSpawn.deadPID()
        scratch.write("story.txt.hearsay.json.lock", "\(dead)\n\(LockFile.hostName)\n")
        let s = store()
        defer { s.close() }
        let opened = s.open()
        #expect(opened.mode == .readWrite)
        #expect(opened.warnings == ["\(path): took over the lock of pid \(dead), which is no longer running"])
        #expect(String(decoding: scratch.bytes("story.txt.hearsay.json.lock") ?? [], as: UTF8.self) == "\(getpid())\n\(LockFile.hostName)\n")
        try s.save(StoreFixtures.file(1))
        #expect(scratch.names() == ["story.txt.hearsay.json", "story.txt.hearsay.json.lock"])
    }

    @Test func aLockOfARunningProcessOrAnotherHostIsRespected() throws {
        scratch.write("story.txt.hearsay.json.lock", "1\n\(LockFile.hostName)\n")   // init is always running
        let a = store()
        #expect(a.open().mode == .readOnly(reason: "open in another Hearsay (pid 1)"))
        a.close()
        scratch.write("story.txt.hearsay.json.lock", "\(try StoreSpawn.deadPID())\nsome-other-host\n")
        let b = store()
        guard case .readOnly(let why) = b.open().mode else { Issue.record("read-write"); return }
        #expect(why.contains("on some-other-host; if it is not, delete \(path).lock"))
        b.close()
        #expect(scratch.exists("story.txt.hearsay.json.lock"))
    }

    @Test func aLostLockStopsSaving() throws {
        let s = store()
        defer { s.close() }
        _ = s.open()
        try s.save(StoreFixtures.file(1))
        unlink(path + ".lock")
        #expect(throws: AnnotationStoreError.lockLost(path: path)) { try s.save(StoreFixtures.file(2)) }
        #expect(try AnnotationCoding.decode(scratch.bytes("story.txt.hearsay.json")!) == StoreFixtures.file(1))
        guard case .readOnly = s.currentMode else { Issue.record("still read-write"); return }
    }

    @Test func aFileChangedByAnotherProgramIsNotOverwritten() throws {
        let s = store()
        defer { s.close() }
        _ = s.open()
        try s.save(StoreFixtures.file(1))
        let theirs = AnnotationCoding.encode(StoreFixtures.file(7))
        scratch.write("story.txt.hearsay.json", theirs)
        #expect(throws: AnnotationStoreError.changedOnDisk(path: path)) { try s.save(StoreFixtures.file(2)) }
        #expect(scratch.bytes("story.txt.hearsay.json") == theirs)
        // A file that appears after a fresh open is not overwritten either.
        let other = scratch.file("other.json")
        let t = AnnotationStore(path: other, document: StoreFixtures.document)
        defer { t.close() }
        #expect(t.open().isFresh)
        scratch.write("other.json", theirs)
        #expect(throws: AnnotationStoreError.changedOnDisk(path: other)) { try t.save(StoreFixtures.file(2)) }
    }

    @Test func saveNeedsAnOpenStoreAndAFileThatReadsBack() throws {
        let s = store()
        #expect(throws: AnnotationStoreError.notOpen(path: path)) { try s.save(StoreFixtures.file(1)) }
        _ = s.open()
        var bad = StoreFixtures.file(1)
        bad.annotations[0].anchor.start = -4
        #expect(throws: AnnotationStoreError.invalid(path: path, problem:
            .shape(path: "annotations[0].anchor.start", message: "-4 is negative"))) { try s.save(bad) }
        s.close()
        #expect(throws: AnnotationStoreError.notOpen(path: path)) { try s.save(StoreFixtures.file(1)) }
        #expect(!scratch.exists("story.txt.hearsay.json"))
    }

    @Test func aSymbolicLinkIsWrittenThrough() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("real"), withIntermediateDirectories: true)
        let real = scratch.file("real/annotations.json")
        #expect(symlink(real, path) == 0)
        let s = store()
        defer { s.close() }
        _ = s.open()
        try s.save(StoreFixtures.file(1))
        try s.save(StoreFixtures.file(2))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == real)
        #expect(FileManager.default.contents(atPath: real).map { [UInt8]($0) } == AnnotationCoding.encode(StoreFixtures.file(2)))
        #expect(FileManager.default.contents(atPath: real + ".bak").map { [UInt8]($0) } == AnnotationCoding.encode(StoreFixtures.file(1)))
    }

    @Test func leftoversOfACrashedSaveAreRemovedOnOpen() throws {
        let dead = try StoreSpawn.deadPID()
        let leftovers = [".story.txt.hearsay.json.new.\(dead).abc.tmp", ".story.txt.hearsay.json.bak.bak.\(dead).def.tmp"]
        for name in leftovers { scratch.write(name, "partial") }
        scratch.write(".story.txt.hearsay.json.new.1.ghi.tmp", "a running process's")   // pid 1 runs: kept
        scratch.write(".other.json.new.\(dead).abc.tmp", "not ours")
        let s = store()
        defer { s.close() }
        #expect(s.open().mode == .readWrite)
        #expect(scratch.names() == [".other.json.new.\(dead).abc.tmp", ".story.txt.hearsay.json.new.1.ghi.tmp", "story.txt.hearsay.json.lock"])
    }

    @Test func aChangedArticleIsAWarning() throws {
        let s = store()
        _ = s.open()
        try s.save(StoreFixtures.file(1))
        s.close()
        let t = AnnotationStore(path: path, document: DocumentFingerprint(sha256: String(repeating: "f", count: 64), length: 4000))
        defer { t.close() }
        #expect(t.open().warnings == ["\(path): the article has changed since these annotations were saved"])
    }

    @Test func anUnwritableFileOpensReadOnly() throws {
        guard geteuid() != 0 else { return }   // root may write anything
        scratch.write("story.txt.hearsay.json", AnnotationCoding.encode(StoreFixtures.file(1)))
        #expect(chmod(path, 0o444) == 0)
        let s = store()
        defer { s.close() }
        let opened = s.open()
        guard case .readOnly(let why) = opened.mode else { Issue.record("read-write"); return }
        #expect(why.contains("not writable"))
        #expect(opened.file == StoreFixtures.file(1))
    }
}

/// The undo journal's rules (pure; here beside the store that keeps it).
@Suite struct AnnotationStoreJournalTests {
    let base = StoreFixtures.file(4, journal: false)

    func group(_ label: String, _ changes: [AnnotationChange]) -> ChangeGroup {
        ChangeGroup(label: label, changes: changes, time: "2025-06-01T00:00:00Z")
    }

    @Test func applyingAndInvertingRestoresTheFile() {
        var changed = base.annotations[1]
        changed.tags.append("new")
        var book = base.codebook
        book.tags.removeFirst()
        let g = group("many", [.add(StoreFixtures.annotation(50)), .remove(base.annotations[0]),
                               .replace(old: base.annotations[1], new: changed), .codebook(old: base.codebook, new: book),
                               .add(StoreFixtures.annotation(0))])
        let after = base.applying(g)
        #expect(after.annotations.map(\.id) == [base.annotations[0].id, base.annotations[1].id, base.annotations[2].id,
                                                 base.annotations[3].id, StoreFixtures.annotation(50).id])
        #expect(after.annotations[1] == changed)
        #expect(after.codebook == book)
        #expect(after.applying(g.inverted) == base)
        #expect(g.inverted.inverted == g)
    }

    @Test func addKeepsTextOrderAndNeverDuplicates() {
        let middle = StoreFixtures.annotation(2)   // between 1 and 3 by start
        var f = base
        var rest = Array(base.annotations)
        rest.remove(at: 2)
        f.annotations = AnnotationList(rest)
        let added = f.applying(group("add", [.add(middle)]))
        #expect(added.annotations.map(\.id) == base.annotations.map(\.id))
        #expect(added.applying(group("again", [.add(middle)])).annotations.count == 4)
        #expect(base.applying(group("gone", [.remove(StoreFixtures.annotation(77))])) == base)
    }

    @Test func inPlaceRecordUndoAndRedoMatchTheCopyingForms() throws {
        let g1 = group("one", [.add(StoreFixtures.annotation(10))])
        let g2 = group("two", [.remove(base.annotations[0]), .add(StoreFixtures.annotation(2))])
        var f = base
        f.record(g1)
        f.record(g2)
        #expect(f == base.recording(g1).recording(g2))
        let copied = try #require(f.undoing())
        #expect(f.undo() == g2)
        #expect(f == copied.file)
        let redone = try #require(f.redoing())
        #expect(f.redo() == g2)
        #expect(f == redone.file)
        var empty = base
        #expect(empty.undo() == nil && empty.redo() == nil && empty == base)
    }

    @Test func lookupsFindByIdAndByPlaceSkippingOrphans() {
        // Fixture 3 is an orphan (k % 4 == 3): found by id, never by its place.
        let orphan = StoreFixtures.annotation(3)
        #expect(orphan.orphaned)
        #expect(base.annotationIndex(id: orphan.id) == base.annotations.firstIndex { $0.id == orphan.id })
        #expect(base.annotation(on: orphan.range) == nil)
        for a in base.annotations where !a.orphaned {
            #expect(base.annotation(id: a.id) == a)
            #expect(base.annotation(on: a.range) == a)
        }
        #expect(base.annotation(id: "no-such-id") == nil)
        #expect(base.annotationIndex(on: TextRange(1, 2)) == nil)
        // Ids of the same length that differ only in their last byte.
        var twin = base.annotations[0]
        twin.id = String(twin.id.dropLast()) + "x"
        #expect(base.annotation(id: twin.id) == nil)
    }

    /// A file read from disk comes with its annotations' index: lookups find
    /// what a scan finds, before and after changes made to it (the index is
    /// held to scans at length in HearsayCoreTests/AnnotationIndexTests).
    @Test func aFileReadFromDiskFindsWhatAScanFinds() throws {
        var file = try AnnotationCoding.decode(AnnotationCoding.encode(StoreFixtures.file(40)))
        func expectScanAgrees(_ when: String) {
            for a in file.annotations {
                #expect(file.annotationIndex(id: a.id) == file.annotations.firstIndex { $0.id == a.id }, "\(when): \(a.id)")
                #expect(file.annotationIndex(on: a.range) == file.annotations.firstIndex { !$0.orphaned && $0.range == a.range },
                        "\(when): \(a.range)")
            }
        }
        expectScanAgrees("read")
        var moved = file.annotations[5]
        moved.anchor = Anchor(start: 1, end: 4, exact: "new", prefix: "", suffix: "")
        file.record(group("edits", [.add(StoreFixtures.annotation(200)), .remove(file.annotations[9]),
                                    .replace(old: file.annotations[5], new: moved)]))
        expectScanAgrees("changed")
        #expect(file.annotation(on: TextRange(1, 4)) == moved)
        _ = file.undo()
        expectScanAgrees("undone")
        #expect(file.annotation(on: TextRange(1, 4)) == nil)
        _ = file.redo()
        expectScanAgrees("redone")
    }

    @Test func recordClearsRedoAndUndoRedoMoveGroups() throws {
        let g1 = group("one", [.add(StoreFixtures.annotation(10))])
        let g2 = group("two", [.remove(base.annotations[0])])
        var f = base.recording(g1).recording(g2)
        #expect(f.journal.undo == [g1, g2] && f.journal.redo.isEmpty)
        let (undone, which) = try #require(f.undoing())
        #expect(which == g2)
        #expect(undone.annotations == base.recording(g1).annotations)
        #expect(undone.journal.undo == [g1] && undone.journal.redo == [g2])
        let (redone, again) = try #require(undone.redoing())
        #expect(again == g2)
        #expect(redone == f)
        f = undone.recording(group("three", [.add(StoreFixtures.annotation(11))]))
        #expect(f.journal.redo.isEmpty)
        #expect(f.journal.undo.map(\.label) == ["one", "three"])
        #expect(base.undoing() == nil && base.redoing() == nil)
        var journal = UndoJournal()
        journal.record(group("empty", []))
        #expect(journal.isEmpty)
    }

    @Test func theJournalKeepsTheNewest200() {
        var journal = UndoJournal()
        for k in 0..<250 { journal.record(group("g\(k)", [.add(StoreFixtures.annotation(k))])) }
        #expect(journal.undo.count == UndoJournal.limit)
        #expect(journal.undo.first?.label == "g50" && journal.undo.last?.label == "g249")
        for _ in 0..<250 { _ = journal.popUndo() }
        #expect(journal.undo.isEmpty && journal.redo.count == 200)
        #expect(journal.redo.last?.label == "g50")
    }

    @Test func changesAreReadableJSON() throws {
        let a = StoreFixtures.annotation(1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(AnnotationChange.remove(a)), as: UTF8.self)
        #expect(json.hasPrefix("{\"remove\":{\"anchor\":"))
        let replace = String(decoding: try encoder.encode(AnnotationChange.codebook(old: Codebook(), new: Codebook())), as: UTF8.self)
        #expect(replace == "{\"codebook\":{\"new\":{\"tags\":[]},\"old\":{\"tags\":[]}}}")
        for change in [AnnotationChange.add(a), .remove(a), .replace(old: a, new: StoreFixtures.annotation(2)),
                       .codebook(old: Codebook(), new: StoreFixtures.codebook)] {
            #expect(try JSONDecoder().decode(AnnotationChange.self, from: encoder.encode(change)) == change)
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(AnnotationChange.self, from: Data("{\"add\": {}, \"remove\": {}}".utf8))
        }
    }
}
