import Foundation
import Testing

/// Web pages and Markdown articles through the real commands (issue 9): the
/// page's article is analysed and exported, the Markdown is drawn without its
/// markup, and `--input-format` overrides the extension.
@Suite struct InputFormatCommandTests {
    static let samples = Article.repositoryRoot.appendingPathComponent("Samples")

    @Test func aWebPageIsAnalysedAsItsArticle() throws {
        let page = Self.samples.appendingPathComponent("sample-page.html").path
        let r = try Spawn.hearsay(["analyze", page, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try parseJSON(r.stdout)
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        #expect(quotes.count >= 5)
        let texts = quotes.compactMap { $0["text"] as? String }.joined(separator: " ")
        #expect(!texts.contains("<") && !texts.contains("&"), "\(texts)")
        // The offsets count in the extracted article, which the JSON carries: a
        // reader of it finds every quotation at its offsets there.
        let document = try #require(json["document"] as? [String: Any])
        let article = Array(try #require(document["text"] as? String).unicodeScalars)
        #expect(article.count == document["length"] as? Int)
        for q in quotes {
            let start = try #require(q["start"] as? Int), end = try #require(q["end"] as? Int)
            #expect(String(String.UnicodeScalarView(article[start..<end])) == q["text"] as? String)
        }
        // A plain text's offsets are its own: no copy of it in the JSON.
        let plain = try Spawn.hearsay(["analyze", Self.samples.appendingPathComponent("sample-editorial.txt").path])
        #expect((try parseJSON(plain.stdout)["document"] as? [String: Any])?["text"] == nil)
        // The same bytes under a .txt name: --input-format html says what they are.
        let scratch = try Scratch()
        let renamed = scratch.file("page.txt", try String(contentsOfFile: page, encoding: .utf8))
        let given = try Spawn.hearsay(["analyze", renamed, "--format", "json", "--input-format", "html"])
        let asText = try Spawn.hearsay(["analyze", renamed, "--format", "json"])
        #expect(((try parseJSON(given.stdout))["quotes"] as? [Any])?.count == quotes.count)
        #expect(asText.stdout != given.stdout)
        let bad = try Spawn.hearsay(["analyze", renamed, "--input-format", "pdf"])
        #expect(bad.status != 0 && bad.stderr.contains("input-format"))
    }

    /// Bold, italics and links around a speaker's name do not hide it from the
    /// speaker rules; offsets stay the Markdown source's.
    /// A page with no name (standard input) or named for text is known by its
    /// first bytes, `<!DOCTYPE html` or `<html`: its article is analysed, not
    /// its tags ("DOCTYPE" was an actor, and a link's markup a quotation).
    @Test func aWebPageIsKnownByItsFirstBytes() throws {
        let page = try Data(contentsOf: Self.samples.appendingPathComponent("sample-page.html"))
        let piped = try Spawn.hearsay(["analyze", "--format", "table", "-"], stdin: Array(page))
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!piped.stdout.contains("DOCTYPE") && !piped.stdout.contains("href"), "\(piped.stdout)")
        let byFile = try Spawn.hearsay(["analyze", "--format", "table", Self.samples.appendingPathComponent("sample-page.html").path])
        #expect(Array(piped.stdout.split(separator: "\n").dropFirst()) == Array(byFile.stdout.split(separator: "\n").dropFirst()))
        let scratch = try Scratch()
        let namedAsText = scratch.file("saved.txt", Array(page))
        let text = try Spawn.hearsay(["analyze", "--format", "table", namedAsText])
        #expect(!text.stdout.contains("DOCTYPE"), "\(text.stdout)")
        // --input-format text still reads it as text.
        let forced = try Spawn.hearsay(["analyze", "--format", "table", "--input-format", "text", namedAsText])
        #expect(forced.stdout.contains("DOCTYPE") || forced.stdout.contains("<"), "\(forced.stdout.prefix(300))")
    }

    @Test func markupAroundANameKeepsItsAttribution() throws {
        let scratch = try Scratch()
        let source = "# Story\n\n“We will win,” said **Anna Smith**.\n\n> “Block quoted words,” said [Bob Jones](http://x.org/bob).\n"
        let path = scratch.file("s.md", source)
        let r = try Spawn.hearsay(["analyze", path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let quotes = try #require(try parseJSON(r.stdout)["quotes"] as? [[String: Any]])
        let names = quotes.map { ($0["speaker"] as? [String: Any])?["name"] as? String }
        #expect(names == ["Anna Smith", "Bob Jones"])
        #expect(quotes.map { $0["kind"] as? String } == ["direct", "direct"])
        let scalars = Array(source.unicodeScalars)
        for q in quotes {
            let start = try #require(q["start"] as? Int), end = try #require(q["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == q["text"] as? String, "source offsets")
        }
    }

    /// --file-offsets on a web page: its offsets stay the extracted article's,
    /// and the JSON and a note say so (they claimed "file").
    @Test func fileOffsetsOnAWebPageSayTheyAreTheArticles() throws {
        let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/sample-page.html").path
        let r = try Spawn.hearsay(["analyze", page, "--file-offsets"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("--file-offsets does not apply"), "\(r.stderr)")
        let document = try #require(try parseJSON(r.stdout)["document"] as? [String: Any])
        #expect(document["offsets"] as? String == "text")
    }

    @Test func aMarkdownArticleIsDrawnWithoutItsMarkup() throws {
        let md = Self.samples.appendingPathComponent("sample-article.md").path
        let r = try Spawn.hearsay(["render", md, "--size", "120x40"])
        #expect(r.status == 0, "\(r.stderr)")
        for markup in ["**", "](http", "<!--", "\n # "] { #expect(!r.stdout.contains(markup), "\(markup) drawn:\n\(r.stdout)") }
        #expect(r.stdout.contains("Flood-hit Dunmore library reopens"))
        // Exports keep the source's offsets: the quotation's text at its offsets in the file.
        let export = try Spawn.hearsay(["export", md, "--format", "json"])
        #expect(export.status == 0, "\(export.stderr)")
        let json = try parseJSON(export.stdout)
        let source = Array(try String(contentsOfFile: md, encoding: .utf8).unicodeScalars)
        let quotations = (json["analysis"] as? [String: Any])?["quotations"] as? [[String: Any]] ?? []
        #expect(!quotations.isEmpty)
        for q in quotations {
            guard let start = q["start"] as? Int, let end = q["end"] as? Int, let text = q["text"] as? String else { continue }
            #expect(String(String.UnicodeScalarView(source[start..<end])) == text)
        }
    }
}
