import Foundation
import Testing
@testable import HearsayStorage

/// Writing export files and asking what is at a path, with plain POSIX calls.
@Suite struct FileWritingTests {
    func withFolder(_ body: (String) throws -> Void) throws {
        let folder = NSTemporaryDirectory() + "hearsay-write-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    @Test func writesMakesFoldersAndReplaces() throws {
        try withFolder { folder in
            try FileWriting.makeFolders(folder + "/a/b")
            #expect(FileKind(path: folder + "/a/b") == .directory)
            try FileWriting.makeFolders(folder + "/a/b")   // already there: fine
            let path = folder + "/a/b/out.txt"
            #expect(FileKind(path: path) == .missing)
            try FileWriting.write(Array("one".utf8), to: path)
            try FileWriting.write(Array("two".utf8), to: path)
            #expect(FileKind(path: path) == .other)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
            // Nothing but the file is left in the folder (no temporary files).
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/a/b") == ["out.txt"])
        }
    }

    @Test func failuresSayWhyInOneLine() throws {
        try withFolder { folder in
            try FileWriting.makeFolders(folder)
            let file = folder + "/plain"
            try FileWriting.write([1], to: file)
            #expect(throws: FileWriteError.self) { try FileWriting.makeFolders(file + "/below") }
            do {
                try FileWriting.write([1], to: folder + "/no/such/folder/x.txt")
                Issue.record("wrote into a missing folder")
            } catch {
                #expect("\(error)" == "cannot write \(folder)/no/such/folder/x.txt: there is no folder \(folder)/no/such/folder")
                #expect(!"\(error)".contains("\n"))
            }
            // A failure names the file asked for, not the temporary one beside it.
            chmod(folder, 0o500)
            defer { chmod(folder, 0o700) }
            if geteuid() != 0 {
                do {
                    try FileWriting.write([1], to: folder + "/x.txt")
                    Issue.record("wrote into a read-only folder")
                } catch {
                    #expect("\(error)" == "cannot write \(folder)/x.txt: Permission denied")
                }
            }
        }
    }
}
