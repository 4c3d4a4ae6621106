import Foundation
import Testing

/// `hearsay quotes` run as a user runs it: the real binary, a real file.
@Suite struct QuotesCommandTests {
    let article = """
        Water Talks Stall

        “We will not accept a dry river,” Foreign Minister Amina Qadir said on Monday.

        The UN envoy said the talks were “a step backwards” for both sides.

        “Our farmers need every drop of the Kunar,” Qadir said. “Nobody in Kabul wants a fight.”

        The so-called “water war” has been covered by Kabul newspapers for years.
        """

    @Test func filtersByKindAndSpeaker() throws {
        let scratch = try Scratch()
        let path = scratch.file("a.txt", article)
        let r = try Spawn.hearsay(["quotes", path, "--where", "kind:direct speaker:qadir"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "a header and three quotations: \(r.stdout)")
        #expect(lines.first?.hasPrefix("#") == true)
        #expect(lines.dropFirst().allSatisfy { $0.contains("direct") && $0.contains("Amina Qadir") })
        #expect(r.stdout.contains("dry river"))
        #expect(!r.stdout.contains("step backwards"))
        #expect(!r.stdout.contains("water war"))
        #expect(r.stderr.isEmpty)
    }

    @Test func tableColumnsLineUp() throws {
        let scratch = try Scratch()
        let r = try Spawn.hearsay(["quotes", scratch.file("a.txt", article)])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 6, "a header and five quotations: \(r.stdout)")
        // The quotation column starts at the same place on every line.
        let columns = Set(lines.map { line in
            line.firstIndex(where: { $0 == "“" }).map { line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: $0) }
                ?? line.unicodeScalars.count - "QUOTATION".count
        })
        #expect(columns.count == 1, "\(r.stdout)")
        #expect(lines[1].hasPrefix("q1 "))
    }

    @Test func jsonLinesWithOffsets() throws {
        let scratch = try Scratch()
        let path = scratch.file("a.txt", article)
        let r = try Spawn.hearsay(["quotes", path, "--where=-kind:scare", "--format", "json"])   // (a value starting with - needs =)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let objects = try r.stdout.split(separator: "\n").map { try parseJSON(String($0)) }
        try #require(objects.count == 4)
        let scalars = Array(article.unicodeScalars)
        for object in objects {
            let start = try #require(object["start"] as? Int)
            let end = try #require(object["end"] as? Int)
            let text = try #require(object["text"] as? String)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == text)
            #expect((object["id"] as? String)?.hasPrefix("q") == true)
            #expect(object["kind"] as? String != "scare")
        }
        #expect(objects[0]["speaker"] as? String == "Amina Qadir")
        #expect(objects[0]["index"] as? Int == 0)
    }

    @Test func tsvHasAHeaderAndTabs() throws {
        let scratch = try Scratch()
        let r = try Spawn.hearsay(["quotes", scratch.file("a.txt", article), "--where", "\"dry river\"", "--format", "tsv"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        try #require(lines.count == 2)
        #expect(lines.first == ["id", "kind", "state", "speaker", "text"])
        #expect(lines.last?.count == 5)
        #expect(lines.last?.first == "q1")
        #expect(lines.last?.dropFirst(2).first == "unreviewed")
        #expect(lines.last?.dropFirst(3).first == "Amina Qadir")
    }

    /// A corpus: every row says its article (the same q1 is in each).
    @Test func aCorpusRowSaysItsArticle() throws {
        let scratch = try Scratch()
        _ = scratch.file("a.txt", article)
        _ = scratch.file("b.txt", article)
        let tsv = try Spawn.hearsay(["quotes", scratch.url.path, "--where", "\"dry river\"", "--format", "tsv"])
        let rows = tsv.stdout.split(separator: "\n").map { $0.split(separator: "\t") }
        #expect(rows.first?.first == "article")
        #expect(rows.dropFirst().map { $0.first.map { String($0.split(separator: "/").last!) } } == ["a.txt", "b.txt"])
        let json = try Spawn.hearsay(["quotes", scratch.url.path, "--where", "\"dry river\"", "--format", "json"])
        let articles = try json.stdout.split(separator: "\n").map { try parseJSON(String($0))["article"] as? String }
        #expect(articles.count == 2 && articles.allSatisfy { $0?.hasSuffix(".txt") == true })
    }

    @Test func speakerNoneAndNegation() throws {
        let scratch = try Scratch()
        let path = scratch.file("a.txt", article)
        let none = try Spawn.hearsay(["quotes", path, "--where", "speaker:none", "--format", "tsv"])
        #expect(none.status == 0)
        #expect(none.stdout.contains("water war"))
        #expect(!none.stdout.contains("dry river"))
    }

    @Test func nothingMatchingIsNotAnError() throws {
        let scratch = try Scratch()
        let r = try Spawn.hearsay(["quotes", scratch.file("a.txt", article), "--where", "zebra", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
    }

    @Test func badQueryIsACommandLineMistake() throws {
        let scratch = try Scratch()
        let r = try Spawn.hearsay(["quotes", scratch.file("a.txt", article), "--where", "colour:red"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("colour"))
        #expect(r.stderr.contains("speaker:"))
        #expect(r.stderr.contains("Usage: hearsay quotes"), "this command's usage, not the top-level one: \(r.stderr)")
    }

    @Test func missingFileFailsWithOneLine() throws {
        let r = try Spawn.hearsay(["quotes", "/nonexistent/article.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no such file"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func helpSaysReviewsAndTagsAreNotRead() throws {
        let r = try Spawn.hearsay(["quotes", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("unreviewed"))
        #expect(r.stdout.contains("hearsay.json"))
    }
}

@Suite struct QuotesCiteTests {
    @Test func citeFormatGivesOneCitationPerQuotation() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/sample-editorial.txt").path
        let r = try Spawn.hearsay(["quotes", sample, "--where", "speaker:Noorzai kind:direct", "--format", "cite"])
        #expect(r.status == 0)
        #expect(r.stdout == "“Rivers keep no ledgers, but the people who farm beside them do.” — Farida Noorzai, in “On the Kunar, Two Capitals Are Running Dry” (\(sample))\n")
    }
}
