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

    @Test func missingFileAndDirectoryHaveTheirOwnErrors() {
        #expect(throws: DocumentLoader.LoadError.notFound("/no/such/file")) {
            try DocumentLoader.readBytes(path: "/no/such/file")
        }
        #expect(DocumentLoader.readWhole(path: "/no/such/file") == nil)
        #expect(DocumentLoader.readWhole(path: NSTemporaryDirectory()) == nil)
    }
}
