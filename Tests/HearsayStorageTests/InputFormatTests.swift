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
}
