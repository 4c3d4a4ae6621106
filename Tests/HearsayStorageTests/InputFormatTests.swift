import Foundation
import HearsayCore
import Testing
@testable import HearsayStorage

/// Articles saved as Markdown or as web pages: chosen by extension (or given),
/// the page's article extracted, the Markdown kept as its source.
struct InputFormatTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples")

    @Test func theExtensionChooses() {
        #expect(InputFormat.of(path: "story.md") == .markdown)
        #expect(InputFormat.of(path: "a/b/Story.MARKDOWN") == .markdown)
        #expect(InputFormat.of(path: "page.html") == .html)
        #expect(InputFormat.of(path: "page.HTM") == .html)
        #expect(InputFormat.of(path: "story.txt") == .text)
        #expect(InputFormat.of(path: "archive.d/story") == .text)
        #expect(InputFormat.of(path: nil) == .text)
        #expect(InputFormat.of(path: "-") == .text)
    }

    @Test func aWebPageLoadsAsItsArticle() throws {
        let path = Self.samples.appendingPathComponent("sample-page.html").path
        let loaded = try DocumentLoader.load(path: path)
        let text = String(String.UnicodeScalarView(loaded.document.scalars))
        #expect(!text.contains("<") && !text.contains("&amp;") && !text.contains("function("), "\(text.prefix(300))")
        #expect(loaded.sha256 == SHA256.hex(Array(try Data(contentsOf: URL(fileURLWithPath: path)))), "the page's fingerprint")
        // Given as text, the same file is the page's source.
        let raw = try DocumentLoader.load(path: path, format: .text)
        #expect(String(String.UnicodeScalarView(raw.document.scalars)).contains("<html"))
        // The reader reads it whole, never in parts.
        let source = try ArticleSource.read(path: path)
        #expect(source.format == .html && !source.isBig)
        #expect(try source.document().0.scalars == loaded.document.scalars)
    }

    @Test func aMarkdownArticleKeepsItsSource() throws {
        let path = Self.samples.appendingPathComponent("sample-article.md").path
        let loaded = try DocumentLoader.load(path: path)
        let source = try String(contentsOfFile: path, encoding: .utf8)
        #expect(String(String.UnicodeScalarView(loaded.document.scalars)) == source, "offsets refer to the source")
        #expect(try ArticleSource.read(path: path).format == .markdown)
    }

    /// A page with invalid UTF-8 says so, as a text file does: the extracted
    /// article is a new text, but the decoder's warning is the file's.
    @Test func aWebPageWithInvalidUTF8Warns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.html").path
        let bytes: [UInt8] = Array("<html><body><p>Caf".utf8) + [0xE9, 0xFF] + Array(" \u{201C}no,\u{201D} she said.</p></body></html>".utf8)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let loaded = try DocumentLoader.load(path: path)
        #expect(loaded.warnings.contains { $0.contains("replaced 2 invalid UTF-8 sequence(s)") }, "\(loaded.warnings)")
        #expect(try ArticleSource.read(path: path).document().1.contains { $0.contains("invalid UTF-8") })
    }
}
