import Foundation
import Testing
import XCTest

/// `hearsay export` and `hearsay import` as a user runs them.
@Suite struct ExportCommandTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/sample-editorial.txt")

    /// An article with one annotation, brought in from a brat file.
    func annotatedArticle(_ scratch: Scratch, name: String = "a.txt") throws -> String {
        let article = scratch.file(name, Array(try Data(contentsOf: Self.sample)))
        // "Rivers keep no ledgers" starts at code point 45 (after the headline and “).
        let ann = scratch.file("in.ann", Array("T1\tblame 45 67\tRivers keep no ledgers\n#1\tAnnotatorNotes T1\tThe opening line\n".utf8))
        let r = try Spawn.hearsay(["import", article, "--from", "brat", ann])
        #expect(r.status == 0, "\(r.stderr)")
        return article
    }

    @Test func everyFormatExports() throws {
        let scratch = try Scratch()
        let article = try annotatedArticle(scratch)
        for format in ["json", "w3c", "qdc", "csv", "markdown", "html", "tei"] {
            let r = try Spawn.hearsay(["export", article, "--format", format])
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(r.stdout.count > 200, "\(format)")
            // TEI leaves the annotations out, and says so rather than in silence.
            #expect(r.stderr.contains("not your 1 annotation (tags and notes)") == (format == "tei"), "\(format): \(r.stderr)")
        }
        let qdpx = scratch.url.appendingPathComponent("p.qdpx").path
        #expect(try Spawn.hearsay(["export", article, "--format", "qdpx", "-o", qdpx]).status == 0)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: qdpx)).prefix(2)) == [0x50, 0x4B], "a zip")
        let csv = try Spawn.hearsay(["export", article, "--format", "csv", "--rows", "annotations"])
        #expect(csv.stdout.contains("Rivers keep no ledgers"))
        #expect(csv.stdout.contains("The opening line"))
        let bad = try Spawn.hearsay(["export", article, "--format", "pdf"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("Usage: hearsay export"), "\(bad.stderr)")
        // An option that would be ignored is a mistake said as one.
        #expect(try Spawn.hearsay(["export", article, "--format", "csv", "--rows", "foo"]).status == 64)
        #expect(try Spawn.hearsay(["export", article, "--format", "json", "--rows", "annotations"]).status == 64)
    }

    /// Formats go by their files' extensions too (`md`, `htm`, `jsonld`,
    /// `xml`), and a missing output folder is said as such.
    @Test func formatsByTheirExtensionsAndAMissingFolder() throws {
        let md = try Spawn.hearsay(["export", Self.sample.path, "--format", "md"])
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.hasPrefix("# "), "\(md.stdout.prefix(80))")
        let scratch = try Scratch()
        let missing = scratch.url.path + "/nodir/out.html"
        let r = try Spawn.hearsay(["export", Self.sample.path, "--format", "html", "-o", missing])
        #expect(r.status != 0)
        #expect(r.stderr.contains("cannot write \(missing): there is no folder \(scratch.url.path)/nodir"), "\(r.stderr)")
    }

    @Test func w3cRoundTrip() throws {
        let scratch = try Scratch()
        let article = try annotatedArticle(scratch)
        let w3c = try Spawn.hearsay(["export", article, "--format", "w3c"])
        let exported = scratch.file("a.jsonld", Array(w3c.stdout.utf8))
        let copy = scratch.file("b.txt", Array(try Data(contentsOf: Self.sample)))
        let r = try Spawn.hearsay(["import", copy, "--from", "w3c", exported])
        #expect(r.status == 0, "\(r.stderr)")
        let back = try Spawn.hearsay(["export", copy, "--format", "csv", "--rows", "annotations"])
        let original = try Spawn.hearsay(["export", article, "--format", "csv", "--rows", "annotations"])
        // Same rows but the article's name (and the times).
        func rows(_ s: String) -> [String] {
            s.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",").dropFirst().prefix(5).joined(separator: ",") }
        }
        #expect(rows(back.stdout) == rows(original.stdout))
    }

    @Test func noTextLeavesTheArticleOut() throws {
        let scratch = try Scratch()
        let article = try annotatedArticle(scratch)
        for format in ["json", "w3c", "csv", "html", "markdown"] {
            let r = try Spawn.hearsay(["export", article, "--format", format, "--no-text"])
            #expect(r.status == 0)
            #expect(!r.stdout.contains("For three weeks the Kunar River"), "\(format) leaked the text")
        }
    }

    /// An export never writes over what it reads: not the article (named by -o,
    /// a hard link, or a brat folder that holds it), not its annotation file;
    /// and formats that write files are not let loose on the current folder.
    @Test func anExportNeverWritesOverTheArticleOrItsAnnotations() throws {
        let scratch = try Scratch()
        let article = try annotatedArticle(scratch, name: "story.txt")
        let annotations = article + ".hearsay.json"
        let before = (try Data(contentsOf: URL(fileURLWithPath: article)), try Data(contentsOf: URL(fileURLWithPath: annotations)))
        let link = scratch.url.appendingPathComponent("link.txt").path
        try FileManager.default.linkItem(atPath: article, toPath: link)
        for (format, output) in [("csv", article), ("html", annotations), ("csv", link), ("brat", scratch.url.path)] {
            let r = try Spawn.hearsay(["export", article, "--format", format, "-o", output])
            #expect(r.status == 1, "\(format) -o \(output)")
            #expect(r.stderr.contains("not writing over it"), "\(r.stderr)")
        }
        let brat = try Spawn.hearsay(["export", article, "--format", "brat"])
        #expect(brat.status == 64 && brat.stderr.contains("-o"), "\(brat.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: article)) == before.0, "the article is untouched")
        #expect(try Data(contentsOf: URL(fileURLWithPath: annotations)) == before.1, "the annotations are untouched")
        // A folder of its own is fine.
        let folder = scratch.url.appendingPathComponent("brat").path
        #expect(try Spawn.hearsay(["export", article, "--format", "brat", "-o", folder]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/story.ann"))
    }

    /// Review decisions in a W3C file (a colleague's review) come into the
    /// annotation file; again they are already there; where this file decided
    /// otherwise, its own decision stays.
    @Test func importBringsReviewDecisions() throws {
        let scratch = try Scratch()
        let article = scratch.file("a.txt", Array(try Data(contentsOf: Self.sample)))
        let exported = try Spawn.hearsay(["export", article, "--format", "w3c"])
        #expect(exported.status == 0, "\(exported.stderr)")
        // The colleague accepts the first quotation and rejects the second.
        var root = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        var page = try #require(root["first"] as? [String: Any])
        var items = try #require(page["items"] as? [[String: Any]])
        let quotations = items.indices.filter { (items[$0]["id"] as? String)?.hasPrefix("urn:hearsay:quotation:") ?? false }
        try #require(quotations.count >= 2)
        for (k, decision) in [(quotations[0], "accepted"), (quotations[1], "rejected")] {
            var bodies = items[k]["body"] as? [[String: Any]] ?? []
            bodies.append(["type": "TextualBody", "purpose": "assessing", "value": decision])
            items[k]["body"] = bodies
        }
        page["items"] = items
        root["first"] = page
        let w3c = scratch.file("review.jsonld", Array(try JSONSerialization.data(withJSONObject: root)))
        let copy = scratch.file("b.txt", Array(try Data(contentsOf: Self.sample)))
        let first = try Spawn.hearsay(["import", copy, "--from", "w3c", w3c])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("imported 2 review decision(s) on quotations"), "\(first.stderr)")
        let file = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: copy + ".hearsay.json"))) as? [String: Any])
        let reviews = try #require(file["reviews"] as? [[String: Any]])
        #expect(Set(reviews.compactMap { $0["decision"] as? String }) == ["accepted", "rejected"])
        // The reader and the exports see the decisions.
        func listed(_ state: String) throws -> Int {
            try Spawn.hearsay(["quotes", copy, "--where", "state:" + state]).stdout.split(separator: "\n").filter { $0.hasPrefix("q") }.count
        }
        #expect(try listed("rejected") == 1)
        #expect(try listed("accepted") == 1)
        let again = try Spawn.hearsay(["import", copy, "--from", "w3c", w3c])
        #expect(again.stderr.contains("imported 0 review decision(s)") && again.stderr.contains("2 review decision(s) already there"),
                "\(again.stderr)")
        // The colleague now accepts the one rejected here: this file keeps its own decision.
        items[quotations[1]]["body"] = (items[quotations[1]]["body"] as? [[String: Any]] ?? []).map { body in
            var b = body
            if b["purpose"] as? String == "assessing" { b["value"] = "accepted" }
            return b
        }
        page["items"] = items
        root["first"] = page
        let other = scratch.file("other.jsonld", Array(try JSONSerialization.data(withJSONObject: root)))
        let differing = try Spawn.hearsay(["import", copy, "--from", "w3c", other])
        #expect(differing.stderr.contains("1 review decision(s) differ from the ones in this file: yours are kept"), "\(differing.stderr)")
        #expect(try listed("rejected") == 1)
    }

    /// `--source` names the article by its address: the W3C targets and the
    /// JSON carry it, and the folder the file is in appears nowhere.
    @Test func sourceNamesTheArticleByItsAddress() throws {
        let scratch = try Scratch()
        let article = try annotatedArticle(scratch)
        let folder = scratch.url.path
        let w3c = try Spawn.hearsay(["export", article, "--format", "w3c", "--source", "https://example.org/kunar"])
        #expect(w3c.status == 0, "\(w3c.stderr)")
        #expect(w3c.stdout.contains("\"source\": \"https://example.org/kunar\""))
        #expect(!w3c.stdout.contains(folder), "the local folder is named")
        let json = try Spawn.hearsay(["export", article, "--format", "json", "--source", "https://example.org/kunar"])
        let document = try #require(try parseJSON(json.stdout)["document"] as? [String: Any])
        #expect(document["source"] as? String == "https://example.org/kunar")
        #expect(document["path"] is NSNull)
        // Without it, the W3C export names the file as before.
        #expect(try Spawn.hearsay(["export", article, "--format", "w3c"]).stdout.contains("file://"))
        // Mistakes are said.
        let spaced = try Spawn.hearsay(["export", article, "--format", "w3c", "--source", "my story"])
        #expect(spaced.status == 64 && spaced.stderr.contains("--source"), "\(spaced.stderr)")
        let other = scratch.file("b.txt", "Another article.\n")
        let two = try Spawn.hearsay(["export", article, other, "--format", "w3c", "--source", "https://example.org/kunar"])
        #expect(two.status == 64 && two.stderr.contains("one article"), "\(two.stderr)")
    }

    /// A saved web page that names its own address is named by it in the W3C
    /// targets and the JSON, with its path kept; `--source` overrides it.
    @Test func aWebPageIsNamedByItsCanonicalAddress() throws {
        let scratch = try Scratch()
        let page = scratch.file("story.html", """
            <html><head><link rel="canonical" href="https://news.example/ferry-pier"></head>
            <body><article><h1>Pier to close</h1><p>“We have run out of road,” said Mayor Rosalind Achebe.</p></article></body></html>
            """)
        let w3c = try Spawn.hearsay(["export", page, "--format", "w3c"])
        #expect(w3c.status == 0, "\(w3c.stderr)")
        #expect(w3c.stdout.contains("\"source\": \"https://news.example/ferry-pier\""), "\(w3c.stdout)")
        #expect(!w3c.stdout.contains("file://"))
        let json = try Spawn.hearsay(["export", page, "--format", "json"])
        let document = try #require(try parseJSON(json.stdout)["document"] as? [String: Any])
        #expect(document["source"] as? String == "https://news.example/ferry-pier")
        #expect((document["path"] as? String)?.hasSuffix("story.html") == true)
        let given = try Spawn.hearsay(["export", page, "--format", "w3c", "--source", "https://example.org/mine"])
        #expect(given.stdout.contains("https://example.org/mine") && !given.stdout.contains("ferry-pier"))
    }

    /// Importing a file twice adds nothing the second time, and says what was
    /// left out: the analysis's own items, passages not found.
    @Test func importSaysWhatItLeftOut() throws {
        let scratch = try Scratch()
        let article = try annotatedArticle(scratch)
        let w3c = scratch.file("a.jsonld", Array(try Spawn.hearsay(["export", article, "--format", "w3c"]).stdout.utf8))
        let copy = scratch.file("b.txt", Array(try Data(contentsOf: Self.sample)))
        let first = try Spawn.hearsay(["import", copy, "--from", "w3c", w3c])
        #expect(first.status == 0)
        #expect(first.stderr.contains("imported 1 annotation(s)"), "\(first.stderr)")
        #expect(first.stderr.contains("mention item(s) not imported"), "\(first.stderr)")
        let again = try Spawn.hearsay(["import", copy, "--from", "w3c", w3c])
        #expect(again.stderr.contains("imported 0 annotation(s)") && again.stderr.contains("1 already there"), "\(again.stderr)")
        let csv = try Spawn.hearsay(["export", copy, "--format", "csv", "--rows", "annotations"]).stdout
        #expect(csv.components(separatedBy: "Rivers keep no ledgers").count == 2, "one row, not two")
        // A passage that is not in this article comes in as an orphan, and is said to.
        let other = scratch.file("other.txt", "Heavy rain flooded the lower town overnight, and the mayor opened two gyms.\n")
        let orphan = try Spawn.hearsay(["import", other, "--from", "w3c", w3c])
        #expect(orphan.status == 0)
        #expect(orphan.stderr.contains("1 of them not found in the article's text"), "\(orphan.stderr)")
        // Mistakes are said in words, with the file.
        let wrong = scratch.file("wrong.ann", "T1\tblame 0 5\tHello\n")
        let mismatch = try Spawn.hearsay(["import", article, "--from", "brat", wrong])
        #expect(mismatch.status == 1)
        #expect(mismatch.stderr.contains("wrong.ann: line 1: its text is not the article's"), "\(mismatch.stderr)")
        let missing = try Spawn.hearsay(["import", article, "--from", "w3c", scratch.url.path + "/none.jsonld"])
        #expect(missing.status == 1 && missing.stderr.contains("none.jsonld: no such file"), "\(missing.stderr)")
    }

    /// A CRLF article: the W3C positions count in the file (a line break is two
    /// code points there), and a position-only export comes back to the same passage.
    @Test func w3cPositionsCountInTheFileForACRLFArticle() throws {
        let scratch = try Scratch()
        let lf = try String(contentsOf: Self.sample, encoding: .utf8)
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let article = scratch.file("crlf.txt", crlf)
        let ann = scratch.file("in.ann", "T1\tblame 45 67\tRivers keep no ledgers\n")
        #expect(try Spawn.hearsay(["import", article, "--from", "brat", ann]).status == 0)
        let w3c = try Spawn.hearsay(["export", article, "--format", "w3c"])
        let root = try JSONSerialization.jsonObject(with: Data(w3c.stdout.utf8)) as? [String: Any]
        let items = ((root?["first"] as? [String: Any])?["items"] as? [[String: Any]]) ?? []
        let annotation = try #require(items.first { ($0["id"] as? String)?.hasPrefix("urn:hearsay:annotation:") == true })
        let selectors = ((annotation["target"] as? [String: Any])?["selector"] as? [[String: Any]]) ?? []
        let position = try #require(selectors.first { $0["type"] as? String == "TextPositionSelector" })
        let start = try #require(position["start"] as? Int), end = try #require(position["end"] as? Int)
        let file = Array(crlf.unicodeScalars)
        #expect(String(String.UnicodeScalarView(file[start..<end])) == "Rivers keep no ledgers", "\(start)–\(end)")
        #expect(start == 45 + 2, "the headline's line break and the blank line's are CRLF: two more")
        // Without the text, only positions: they come back to the same passage.
        let noText = scratch.file("n.jsonld", Array(try Spawn.hearsay(["export", article, "--format", "w3c", "--no-text"]).stdout.utf8))
        let copy = scratch.file("copy.txt", crlf)
        #expect(try Spawn.hearsay(["import", copy, "--from", "w3c", noText]).status == 0)
        let csv = try Spawn.hearsay(["export", copy, "--format", "csv", "--rows", "annotations"]).stdout
        #expect(csv.contains("Rivers keep no ledgers"), "\(csv)")
    }

    /// Standard input is named as such in an export, not "-" (which a
    /// spreadsheet guard then turned into "'-").
    @Test func standardInputIsNamedInAnExport() throws {
        let r = try Spawn.hearsay(["export", "-", "--format", "csv"], stdin: Array("“Yes,” Anna Smith said.\n".utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\r\n").dropFirst().first?.hasPrefix("(standard input),") == true, "\(r.stdout)")
    }

    @Test func aFolderIsACorpus() throws {
        let scratch = try Scratch()
        _ = try annotatedArticle(scratch, name: "one.txt")
        _ = scratch.file("two.txt", Array(try Data(contentsOf: Self.sample)))
        let r = try Spawn.hearsay(["export", scratch.url.path, "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("one.txt") && r.stdout.contains("two.txt"))
        let a = try Spawn.hearsay(["analyze", scratch.url.path, "--format", "summary"])
        #expect(a.stdout.split(separator: "\n").count == 3, "a header and a line per article")
        // A subfolder is not read, and that is said.
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("2025"), withIntermediateDirectories: true)
        let sub = try Spawn.hearsay(["analyze", scratch.url.path, "--format", "summary"])
        #expect(sub.stderr.contains("1 subfolder(s) not read"), "\(sub.stderr)")
    }
}

/// `:export html` in the reader writes the page beside the article.
final class ReaderExportTmuxTests: XCTestCase {
    func testExportFromTheReader() throws {
        let folder = try Scratch()
        let article = folder.file("story.txt", Array(try Data(contentsOf: ExportCommandTests.sample)))
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })
        let reader = try host.launch([article], environment: ["HOME": folder.url.path])
        defer { reader.tmux.kill() }
        try reader.waitUntilWritable()
        try reader.tmux.send("]", "q", "t")
        try reader.chooseTag("blame")
        try reader.tmux.type(":export html")
        try reader.tmux.send("Enter")
        try reader.tmux.waitFor("exported") { $0.contains("Exported html to") }
        let page = try String(contentsOfFile: article + ".html", encoding: .utf8)
        XCTAssertTrue(page.contains("blame"))
        XCTAssertTrue(page.contains("Rivers keep no ledgers"))
        // `~/` is the home folder, `md` is Markdown, as a shell user types them.
        try reader.tmux.type(":export md ~/report.md")
        try reader.tmux.send("Enter")
        try reader.tmux.waitFor("exported to ~") { $0.contains("Exported markdown to") }
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.url.path + "/report.md"))
        // A folder that is not there is named as such.
        try reader.tmux.type(":export csv ~/nodir/x.csv")
        try reader.tmux.send("Enter")
        try reader.tmux.waitFor("the missing folder") { $0.contains("there is no folder") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }
}

@Suite struct ExportThemeTests {
    @Test func htmlTakesTheThemesColours() throws {
        let dark = try Spawn.hearsay(["export", ExportCommandTests.sample.path, "--format", "html", "--theme", "dark"])
        let light = try Spawn.hearsay(["export", ExportCommandTests.sample.path, "--format", "html", "--theme", "light"])
        #expect(dark.status == 0 && light.status == 0)
        #expect(dark.stdout != light.stdout)
        #expect(light.stdout.contains("background: #fcfcfa;"), "a light page for the light theme")
    }
}
