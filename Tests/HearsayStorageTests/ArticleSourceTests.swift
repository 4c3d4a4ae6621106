import Foundation
import HearsayCore
import Testing
@testable import HearsayStorage

/// How a big file is opened in parts: its start for the first frame, its end
/// for `G`, each decoded on its own, and the whole later.
@Suite struct ArticleSourceTests {
    func withFile(_ text: String, _ body: (String) throws -> Void) throws {
        let path = NSTemporaryDirectory() + "hearsay-source-\(UUID().uuidString).txt"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    /// 2 MB of numbered paragraphs with curly quotes and accents (multi-byte UTF-8).
    static let big = (1...9000).map { "Paragraph \($0): “Ça ira,” the minister said of the river’s level in week \($0)." }
        .joined(separator: "\n\n") + "\n"

    @Test func theEndPartIsTheEndOfTheWholeFromAParagraph() throws {
        try withFile(Self.big) { path in
            let source = try ArticleSource.read(path: path)
            #expect(source.isBig)
            let tail = try #require(source.tailPreview())
            let (whole, _) = try source.document()
            #expect(tail.length < ArticleSource.previewBytes)
            #expect(ScalarText(whole.scalars.suffix(tail.length)) == tail.scalars, "the whole ends with exactly the end part")
            #expect(tail.string(TextRange(0, 10)) == "Paragraph ", "it starts at a paragraph")
            let head = try #require(source.preview())
            #expect(ScalarText(whole.scalars.prefix(head.length)) == head.scalars)
        }
    }

    @Test func aBigFilesTextIsReadBackFromTheFileOnceAnalysed() throws {
        let text = String(repeating: Self.big, count: 7)   // 5.5 MB
        #expect(text.utf8.count >= ArticleSource.pagingThreshold)
        try withFile(text) { path in
            let source = try ArticleSource.read(path: path)
            let (whole, _) = try source.document()
            let kept = source.readingTextBack(whole)
            #expect(kept.scalars.isPaged && kept.scalars == whole.scalars)
            // Renamed, then deleted: the open file still reads.
            let moved = path + ".moved"
            try FileManager.default.moveItem(atPath: path, toPath: moved)
            try FileManager.default.removeItem(atPath: moved)
            let far = whole.length - 5
            #expect(kept.scalars.string(in: far..<whole.length) == whole.scalars.string(in: far..<whole.length))
            #expect(!kept.scalars.changedOnDisk)
        }
    }

    @Test func aBigFileRewrittenInPlaceSaysSo() throws {
        let text = String(repeating: Self.big, count: 7)
        try withFile(text) { path in
            let source = try ArticleSource.read(path: path)
            let (whole, _) = try source.document()
            let kept = source.readingTextBack(whole)
            #expect(kept.scalars.isPaged)
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.seek(toOffset: UInt64(text.utf8.count - 100))
            handle.write(Data(String(repeating: "#", count: 50).utf8))
            try handle.close()
            #expect(kept.scalars.changedOnDisk, "said at once, from the file's size and time")
            #expect(kept.scalars[whole.length - 60] == "\u{FFFD}")
            #expect(kept.scalars.changedOnDisk)
            #expect(kept.scalars[0] == whole.scalars[0], "the other chunks read as before")
        }
    }

    @Test func smallFilesAndOnesDecodingChangedKeepTheirTextInMemory() throws {
        try withFile(Self.big) { path in   // 0.8 MB: under the threshold
            let source = try ArticleSource.read(path: path)
            #expect(!source.readingTextBack(try source.document().0).scalars.isPaged)
        }
        try withFile(String(repeating: Self.big, count: 7).replacingOccurrences(of: "\n", with: "\r\n")) { path in
            let source = try ArticleSource.read(path: path)
            #expect(!source.readingTextBack(try source.document().0).scalars.isPaged)
        }
    }

    @Test func aSmallFileHasNoParts() throws {
        try withFile("One short paragraph.\n") { path in
            let source = try ArticleSource.read(path: path)
            #expect(!source.isBig)
            #expect(source.tailPreview() == nil)
            #expect(source.preview() == nil)
        }
    }

    @Test func anEndWithoutBlankLinesStartsAtALine() throws {
        let lines = (1...60000).map { "line \($0) of a text saved one paragraph per line" }.joined(separator: "\n")
        try withFile(lines) { path in
            let tail = try #require(try ArticleSource.read(path: path).tailPreview())
            #expect(tail.string(TextRange(0, 5)) == "line ")
            #expect(String(String.UnicodeScalarView(tail.scalars)).hasSuffix("\nline 60000 of a text saved one paragraph per line"))
        }
    }
}
