import Foundation
import Testing
@testable import HearsayStorage

/// `DocumentLoader.readBytes` reads into an array sized by fstat (a big file in
/// two halves at once);
/// these check it returns exactly the file's bytes whatever their size.
@Suite struct ReadBytesTests {
    func withFile(_ bytes: [UInt8], _ body: (String) throws -> Void) throws {
        let path = NSTemporaryDirectory() + "hearsay-read-\(UUID().uuidString).txt"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    // (Above `parallelReadSize` a file is read in two halves at once: even and odd sizes.)
    @Test(arguments: [0, 1, 4095, 4096, 65537, 3_000_001, DocumentLoader.parallelReadSize, DocumentLoader.parallelReadSize + 1, 9_000_001])
    func readsEveryByte(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        try withFile(bytes) { path in
            let read = try DocumentLoader.readBytes(path: path)
            #expect(read == bytes)
            #expect(DocumentLoader.readWhole(path: path) == bytes)
            #expect(DocumentLoader.readWhole(path: path, onBothCores: false) == bytes)
        }
    }

    /// A file past `largestText` (offsets are 32-bit) is refused before a
    /// byte is read, with its size in the message. (A sparse file: 2.2 GB
    /// that take no disk.)
    @Test func aFileTooLargeIsRefusedBeforeItIsRead() throws {
        let path = NSTemporaryDirectory() + "hearsay-huge-\(UUID().uuidString).txt"
        FileManager.default.createFile(atPath: path, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let size = 2_200_000_000
        #expect(truncate(path, off_t(size)) == 0)
        #expect(size > DocumentLoader.largestText)
        #expect(throws: DocumentLoader.LoadError.tooLarge(path, size)) { try DocumentLoader.readBytes(path: path) }
        #expect(DocumentLoader.LoadError.tooLarge(path, size).description
                == "\(path): too large (2.2 GB); Hearsay reads texts of up to 2 GB")
        #expect(DocumentLoader.LoadError.tooLarge(path, size).reason == "too large (2.2 GB); Hearsay reads texts of up to 2 GB")
        #expect(throws: DocumentLoader.LoadError.self) { try DocumentLoader.load(path: path) }
        // Standard input is not read past the limit: its size is not known.
        #expect(DocumentLoader.LoadError.tooLarge("-", nil).description
                == "-: too large (over 2 GB); Hearsay reads texts of up to 2 GB")
    }

    /// Standard input is read until its end, or until it holds more than the
    /// limit (it is then refused whole, without reading the rest).
    @Test func readingStopsOncePastTheLimit() throws {
        let bytes = [UInt8](repeating: 0x61, count: 300_000)
        try withFile(bytes) { path in
            let fd = open(path, O_RDONLY)
            defer { close(fd) }
            var read: [UInt8] = []
            #expect(DocumentLoader.readRest(fd, into: &read, limit: 10))
            #expect(read.count == 65_536, "one read of 64 KB, then it stops")
            #expect(DocumentLoader.readRest(fd, into: &read))
            #expect(read == bytes, "the rest, with no limit")
        }
    }

    @Test func missingFileAndDirectoryHaveTheirOwnErrors() {
        #expect(throws: DocumentLoader.LoadError.notFound("/no/such/file")) {
            try DocumentLoader.readBytes(path: "/no/such/file")
        }
        #expect(DocumentLoader.readWhole(path: "/no/such/file") == nil)
        #expect(DocumentLoader.readWhole(path: NSTemporaryDirectory()) == nil)
    }
}
