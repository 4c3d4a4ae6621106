import Foundation
import HearsayCore
import Testing

/// `hearsay analyze --reviewed`: the decisions of the article's annotation file
/// (a rejection, a corrected speaker, an actor edit) show in the output; without
/// the flag they do not.
@Suite struct AnalyzeReviewedTests {
    let article = """
        Water Talks Stall

        “We will not accept a dry river,” Foreign Minister Amina Qadir said on Monday.

        The UN envoy said the talks were “a step backwards” for both sides.
        """

    /// The range of `s` in the article, in code points.
    func range(_ s: String) -> TextRange {
        let text = Array(article.unicodeScalars), p = Array(s.unicodeScalars)
        let start = (0...(text.count - p.count)).first { i in (0..<p.count).allSatisfy { text[i + $0] == p[$0] } }!
        return TextRange(start, start + p.count)
    }

    func review(_ quote: String, _ decision: QuoteReview.Decision, speaker: String? = nil) -> QuoteReview {
        QuoteReview(id: "r-\(decision.rawValue)", anchor: Anchor(range(quote), in: ScalarText(article.unicodeScalars)),
                    decision: decision, speaker: speaker, modified: "2025-07-01T10:00:00Z")
    }

    /// An annotation file as Hearsay writes it (JSONEncoder writes the same bytes).
    func annotationFile(_ reviews: [QuoteReview], edits: [ActorEdit] = []) throws -> [UInt8] {
        let file = AnnotationFile(document: DocumentFingerprint(sha256: sha256Hex(Array(article.utf8)), length: article.unicodeScalars.count),
                                  reviews: reviews, actorEdits: edits)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(file)) + [0x0A]
    }

    var decisions: [QuoteReview] {
        [review("“a step backwards”", .rejected), review("“We will not accept a dry river,”", .corrected, speaker: "Lena Maier")]
    }

    func quotes(_ stdout: String) throws -> [[String: Any]] {
        try #require(try parseJSON(stdout)["quotes"] as? [[String: Any]])
    }

    func speakerName(_ quote: [String: Any]) -> String? { (quote["speaker"] as? [String: Any])?["name"] as? String }

    @Test func theDecisionsShowWithReviewedAndNotWithout() throws {
        let scratch = try Scratch()
        let path = scratch.file("a.txt", article)
        _ = scratch.file("a.txt.hearsay.json", try annotationFile(decisions))

        let plain = try Spawn.hearsay(["analyze", "--format", "json", path])
        #expect(plain.status == 0, "stderr: \(plain.stderr)")
        let before = try quotes(plain.stdout)
        #expect(before.count == 2)
        #expect(speakerName(before[0]) == "Amina Qadir")

        let r = try Spawn.hearsay(["analyze", "--reviewed", "--format", "json", path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.isEmpty)
        let after = try quotes(r.stdout)
        #expect(after.count == 1)   // the rejected quotation is gone
        #expect(after.first?["text"] as? String == "“We will not accept a dry river,”")
        #expect(after.first.map(speakerName) == "Lena Maier")
        let speaker = try #require(after.first?["speaker"] as? [String: Any])
        #expect(speaker["rule"] as? String == "review")
        let actors = try #require(try parseJSON(r.stdout)["actors"] as? [[String: Any]])
        let lena = try #require(actors.first { $0["name"] as? String == "Lena Maier" })
        #expect(lena["type"] as? String == "person" && lena["quotations"] as? Int == 1)
        #expect(speaker["actor"] as? String == lena["id"] as? String)

        let table = try Spawn.hearsay(["analyze", "--reviewed", "--format", "table", path])
        #expect(table.status == 0)
        #expect(table.stdout.contains("Lena Maier") && !table.stdout.contains("a step backwards"))
    }

    @Test func anAnnotationFileElsewhereWithActorEdits() throws {
        let scratch = try Scratch()
        let path = scratch.file("a.txt", article)
        let edits = [ActorEdit(.rename(from: "Amina Qadir", to: "Minister Qadir"), time: "2025-07-01T10:00:00Z")]
        let elsewhere = scratch.file("reviews.json", try annotationFile([review("“a step backwards”", .rejected)], edits: edits))
        let r = try Spawn.hearsay(["analyze", "--reviewed", "--annotations", elsewhere, path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let after = try quotes(r.stdout)
        #expect(after.count == 1 && after.first.map(speakerName) == "Minister Qadir")
        // Without --reviewed, --annotations is a mistake.
        let alone = try Spawn.hearsay(["analyze", "--annotations", elsewhere, path])
        #expect(alone.status == 64)
    }

    @Test func withoutAnAnnotationFileItSaysSoInOneLine() throws {
        let scratch = try Scratch()
        let path = scratch.file("a.txt", article)
        let r = try Spawn.hearsay(["analyze", "--reviewed", path])
        #expect(r.status == 0)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("no annotation file") && r.stderr.contains("a.txt.hearsay.json"))
        #expect(try quotes(r.stdout).count == 2)
    }

    @Test func aBrokenAnnotationFileFailsThatArticle() throws {
        let scratch = try Scratch()
        let path = scratch.file("a.txt", article)
        _ = scratch.file("a.txt.hearsay.json", "{\"version\": 2, \"reviews\": 7}")
        let r = try Spawn.hearsay(["analyze", "--reviewed", path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("a.txt.hearsay.json") && r.stderr.contains("reviews"))
    }

    /// `hearsay quotes` lists the quotations as reviewed: the corrected speaker,
    /// the added quotation, the rejected one still found by state:rejected; and
    /// a citation names the corrected speaker, never the detected one.
    @Test func quotesListsTheReviewedQuotations() throws {
        let scratch = try Scratch()
        let path = scratch.file("a.txt", article)
        let added = review("the talks were", .added, speaker: "UN envoy")
        _ = scratch.file("a.txt.hearsay.json", try annotationFile(decisions + [added]))
        func tsv(_ query: String) throws -> [[Substring]] {
            let r = try Spawn.hearsay(["quotes", path, "--where", query, "--format", "tsv"])
            #expect(r.status == 0, "\(query): \(r.stderr)")
            return r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        }
        let corrected = try tsv("state:corrected")
        #expect(corrected.count == 1)
        #expect(corrected.first?[3] == "Lena Maier", "\(corrected)")
        #expect(try tsv("state:added").first?[4] == "the talks were")
        #expect(try tsv("state:rejected").first?[4] == "“a step backwards”")
        #expect(try tsv("speaker:maier").count == 1)
        #expect(try tsv("speaker:qadir").isEmpty, "the detected speaker is corrected away")
        let cite = try Spawn.hearsay(["quotes", path, "--where", "dry", "--format", "cite"])
        #expect(cite.stdout.contains("— Lena Maier"), "\(cite.stdout)")
        // A corrupt annotation file is an error, not an article with no decisions.
        _ = scratch.file("a.txt.hearsay.json", "{\"version\": 2, \"reviews\": 7}")
        let bad = try Spawn.hearsay(["quotes", path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("a.txt.hearsay.json"), "\(bad.stderr)")
    }

    /// The article changed since it was annotated: the commands that only look
    /// say so, with what moved and what was lost.
    @Test func aChangedArticleIsSaidByQuotesAndExport() throws {
        let scratch = try Scratch()
        let path = scratch.file("a.txt", article)
        _ = scratch.file("a.txt.hearsay.json", try annotationFile(decisions))
        _ = scratch.file("a.txt", "An added first paragraph.\n\n" + article)
        for command in [["quotes", path], ["export", path, "--format", "csv"]] {
            let r = try Spawn.hearsay(command)
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("changed since it was annotated: 2 passage(s) found elsewhere, 0 not found"), "\(r.stderr)")
        }
    }
}
