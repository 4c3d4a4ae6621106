import Foundation
import HearsayCore
@testable import HearsayExport
import XCTest

final class W3CExporterTests: XCTestCase {
    private func text(_ output: ExportOutput) -> String {
        guard case .text(let s) = output else { XCTFail("expected text output"); return "" }
        return s
    }

    private func json(_ s: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }

    private func items(_ s: String) throws -> [[String: Any]] {
        let root = try json(s)
        let first = try XCTUnwrap(root["first"] as? [String: Any])
        return try XCTUnwrap(first["items"] as? [[String: Any]])
    }

    /// Every string anywhere in a JSON value.
    private func strings(_ value: Any) -> [String] {
        switch value {
        case let s as String: return [s]
        case let a as [Any]: return a.flatMap(strings)
        case let o as [String: Any]: return o.keys.map { $0 } + o.values.flatMap(strings)
        default: return []
        }
    }

    func testSampleSnapshot() {
        W3CSnapshot.assertMatches(text(W3CExporter.export([ExportFixture.sample()])), named: "w3c-sample.jsonld")
    }

    func testNoTextSnapshot() {
        W3CSnapshot.assertMatches(text(W3CExporter.export([ExportFixture.sample(includeText: false)])), named: "w3c-sample-no-text.jsonld")
    }

    func testCollectionShape() throws {
        let input = ExportFixture.sample()
        let out = text(W3CExporter.export([input]))
        XCTAssertEqual(out, text(W3CExporter.export([input])), "deterministic")
        let root = try json(out)
        XCTAssertEqual(root["@context"] as? String, "http://www.w3.org/ns/anno.jsonld")
        XCTAssertEqual(root["type"] as? String, "AnnotationCollection")
        XCTAssertEqual(root["id"] as? String, "urn:hearsay:collection:\(input.sha256)")
        XCTAssertNotNil(root["label"] as? String)
        let all = try items(out)
        XCTAssertEqual(root["total"] as? Int, all.count)
        let rejected = input.annotations.reviews.filter { $0.decision == .rejected }.count
        XCTAssertEqual(all.count, input.annotations.annotations.count + input.reviewed.quotations.count + rejected
                       + input.reviewed.mentions.count)

        // User annotations: tags (with paths), note, times, both selectors.
        XCTAssertEqual(all.prefix(input.annotations.annotations.count).map { $0["id"] as? String },
                       input.annotations.annotations.map { "urn:hearsay:annotation:\(input.sha256):\($0.id)" })
        let byID = Dictionary(uniqueKeysWithValues: all.map { ($0["id"] as! String, $0) })
        let a2 = try XCTUnwrap(byID["urn:hearsay:annotation:\(input.sha256):a2"])
        let a2bodies = try XCTUnwrap(a2["body"] as? [[String: Any]])
        XCTAssertEqual(a2bodies.map { $0["value"] as? String }, ["blame/threat", "diplomacy"])
        XCTAssertEqual(Set(a2bodies.map { $0["purpose"] as? String }), ["tagging"])
        let a3 = try XCTUnwrap(byID["urn:hearsay:annotation:\(input.sha256):a3"])
        let a3bodies = try XCTUnwrap(a3["body"] as? [[String: Any]])
        XCTAssertEqual(a3bodies.last?["purpose"] as? String, "commenting")
        XCTAssertEqual(a3bodies.last?["value"] as? String, "Quoted first.")
        XCTAssertEqual(a3["created"] as? String, ExportFixture.time)
        let target = try XCTUnwrap(a3["target"] as? [String: Any])
        XCTAssertEqual(target["source"] as? String, "urn:sha256:\(input.sha256)")
        let selectors = try XCTUnwrap(target["selector"] as? [[String: Any]])
        XCTAssertEqual(selectors.map { $0["type"] as? String }, ["TextQuoteSelector", "TextPositionSelector"])
        let q0 = input.detected.quotations[0].range
        XCTAssertEqual(selectors[0]["exact"] as? String, input.document.string(q0))
        XCTAssertEqual(selectors[1]["start"] as? Int, q0.start)
        XCTAssertEqual(selectors[1]["end"] as? Int, q0.end)

        // Quotations: speaker (actor id), kind, review decision.
        let quotes = all.filter { ($0["id"] as? String)?.hasPrefix("urn:hearsay:quotation:") == true }
        XCTAssertEqual(quotes.count, input.reviewed.quotations.count)
        let reviewed = quotes.filter { q in (q["body"] as? [[String: Any]])?.contains { $0["purpose"] as? String == "assessing" } == true }
        XCTAssertEqual(reviewed.count, input.reviewed.quotations.filter { $0.review != nil }.count)
        XCTAssertGreaterThan(reviewed.count, 0)
        let assessed = Set(reviewed.compactMap { q in (q["body"] as? [[String: Any]])?.first { $0["purpose"] as? String == "assessing" }?["value"] as? String })
        XCTAssertTrue(assessed.isSubset(of: ["accepted", "corrected", "added"]), "\(assessed)")
        let corrected = input.reviewed.quotations.first { $0.review == .corrected }
        if let corrected, let actor = corrected.speaker?.actor {
            let item = try XCTUnwrap(byID["urn:hearsay:quotation:\(input.sha256):\(corrected.range.start)-\(corrected.range.end)"])
            let speaker = try XCTUnwrap((item["body"] as? [[String: Any]])?.first { $0["purpose"] as? String == "identifying" })
            let source = try XCTUnwrap(speaker["source"] as? [String: Any])
            XCTAssertEqual(source["label"] as? String, input.reviewed.actors[actor].name)
            XCTAssertEqual(source["label"] as? String, "The Foreign Ministry")
            XCTAssertEqual(source["id"] as? String, "urn:hearsay:actor:\(input.sha256):\(input.reviewed.actors[actor].id)")
        }
        for q in quotes {
            let kinds = (q["body"] as? [[String: Any]])?.filter { $0["purpose"] as? String == "classifying" } ?? []
            XCTAssertEqual(kinds.count, 1)
        }
    }

    func testFileSourceAndSeveralArticles() throws {
        var one = ExportFixture.sample()
        one.path = "/news/my story.txt"
        var two = ExportFixture.sample(hostile: true)
        two.sha256 = String(repeating: "cd", count: 32)
        let out = text(W3CExporter.export([one, two]))
        let root = try json(out)
        let all = try items(out)
        XCTAssertEqual(root["total"] as? Int, all.count)
        let sources = all.map { (($0["target"] as? [String: Any])?["source"] as? String) ?? "" }
        let firstCount = W3CExporter.annotations(of: one).count
        XCTAssertEqual(Set(sources[..<firstCount]), ["file:///news/my%20story.txt"])
        XCTAssertEqual(Set(sources[firstCount...]), ["urn:sha256:\(two.sha256)"])
        XCTAssertTrue((all[firstCount]["id"] as? String)?.hasPrefix("urn:hearsay:annotation:\(two.sha256):") == true)
        XCTAssertEqual(out, text(W3CExporter.export([one, two])), "deterministic")
        XCTAssertNotEqual(root["id"] as? String, "urn:hearsay:collection:\(one.sha256)")
    }

    func testNoTextHasNoArticleText() throws {
        let input = ExportFixture.sample(includeText: false)
        let out = text(W3CExporter.export([input]))
        let values = strings(try json(out))
        for key in ["exact", "prefix", "suffix", "TextQuoteSelector"] { XCTAssertFalse(values.contains(key), key) }
        for sentence in input.document.sentences {
            let s = input.document.string(sentence.range).trimmingCharacters(in: .whitespacesAndNewlines)
            guard s.unicodeScalars.count >= 12 else { continue }
            XCTAssertFalse(out.contains(s), "sentence in --no-text output: \(s)")
            XCTAssertFalse(values.contains { $0.contains(s) }, "sentence in --no-text output: \(s)")
        }
        // Only position selectors, still one per item.
        for item in try items(out) {
            let selectors = try XCTUnwrap((item["target"] as? [String: Any])?["selector"] as? [[String: Any]])
            XCTAssertEqual(selectors.map { $0["type"] as? String }, ["TextPositionSelector"])
        }
    }

    func testHostileIsValidJSONAndKeepsScriptAsText() throws {
        let input = ExportFixture.sample(hostile: true)
        let out = text(W3CExporter.export([input]))
        let root = try json(out)   // parses: escaping is right
        let values = strings(root)
        XCTAssertTrue(values.contains { $0.contains("<script>alert(1)</script> \"note\", with =SUM(A1) and\nnew lines | ```") })
        XCTAssertTrue(values.contains { $0.contains("<script>alert('x')</script>") })
        XCTAssertTrue(values.contains("=cmd|'/c calc'!A1"))
        XCTAssertFalse(out.contains("&lt;script"), "no HTML escaping in JSON")
    }

    func testRoundTrip() throws {
        for includeText in [true, false] {
            let input = ExportFixture.sample(includeText: includeText)
            let out = text(W3CExporter.export([input]))
            let (annotations, tags) = try W3CImporter.importAnnotations(out, into: input.document, sha256: input.sha256)
            XCTAssertEqual(annotations, Array(input.annotations.annotations), "includeText \(includeText)")
            XCTAssertEqual(tags.map(\.name).sorted(), ["blame", "diplomacy", "threat"])
            XCTAssertEqual(tags.first { $0.name == "threat" }?.parent, "blame")
            XCTAssertNil(tags.first { $0.name == "blame" }?.parent)
        }
        let hostile = ExportFixture.sample(hostile: true)
        let (annotations, _) = try W3CImporter.importAnnotations(text(W3CExporter.export([hostile])), into: hostile.document,
                                                                 sha256: hostile.sha256)
        XCTAssertEqual(annotations, Array(hostile.annotations.annotations))
    }

    /// The review decisions come back from an export: a rejected quotation
    /// has an item of its own (it is not in the reviewed analysis), a
    /// corrected one its speaker and kind, an accepted one only the decision.
    func testReviewDecisionsRoundTrip() throws {
        for includeText in [true, false] {
            let input = ExportFixture.sample(includeText: includeText)
            let out = text(W3CExporter.export([input]))
            let rejected = try items(out).filter { ($0["id"] as? String)?.hasPrefix("urn:hearsay:review:") ?? false }
            XCTAssertEqual(rejected.count, 1)
            XCTAssertEqual(rejected.first?["motivation"] as? String, "assessing")
            let reviews = try W3CImporter.importReviews(out, into: input.document, sha256: input.sha256)
            let expected = input.annotations.reviews.sorted { $0.range < $1.range }
            let got = reviews.sorted { $0.range < $1.range }
            XCTAssertEqual(got.map(\.range), expected.map(\.range), "includeText \(includeText)")
            XCTAssertEqual(got.map(\.decision), expected.map(\.decision))
            XCTAssertEqual(got.map(\.modified), expected.map(\.modified))
            XCTAssertFalse(got.contains { $0.orphaned })
            let corrected = try XCTUnwrap(got.first { $0.decision == .corrected })
            XCTAssertEqual(corrected.speaker, "The Foreign Ministry")
            let detectedKind = input.reviewed.quotations.first { $0.range == corrected.range }?.kind
            XCTAssertEqual(corrected.kind, detectedKind, "the kind the file gives")
            for r in got where r.decision != .corrected { XCTAssertNil(r.speaker); XCTAssertNil(r.kind) }
            // Applied to a fresh analysis, they give the analysis the export was made from.
            let again = ReviewedAnalysis.apply(reviews: got, actorEdits: input.annotations.actorEdits, to: input.detected)
            XCTAssertEqual(again.quotations.map(\.range), input.reviewed.quotations.map(\.range))
            XCTAssertEqual(again.quotations.map(\.kind), input.reviewed.quotations.map(\.kind))
            XCTAssertEqual(again.quotations.map { $0.speaker.flatMap { s in s.actor.map { again.actors[$0].name } } },
                           input.reviewed.quotations.map { $0.speaker.flatMap { s in s.actor.map { input.reviewed.actors[$0].name } } })
            // The rejected quotation is not a user annotation, nor counted as analysis left out.
            let (annotations, _) = try W3CImporter.importAnnotations(out, into: input.document, sha256: input.sha256)
            XCTAssertEqual(annotations.count, input.annotations.annotations.count)
            let analysisItems = try items(out).filter { item in
                let id = item["id"] as? String ?? ""
                return id.hasPrefix("urn:hearsay:quotation:") || id.hasPrefix("urn:hearsay:mention:")
            }.count
            XCTAssertEqual(W3CImporter.analysisItemCount(out), analysisItems - 2, "the accepted and corrected quotations are decisions")
        }
    }

    /// `--source`: every target names the address the user gave, and the W3C
    /// MUST checks still pass (the item list below includes such an export).
    func testAGivenSourceNamesTheArticle() throws {
        var input = ExportFixture.sample()
        input.source = "https://example.org/news/kunar?id=7"
        input.path = "/home/someone/private/kunar.txt"
        let out = text(W3CExporter.export([input]))
        XCTAssertFalse(out.contains("/home/someone"), "the local path is not named")
        let sources = try items(out).map { (($0["target"] as? [String: Any])?["source"] as? String) }
        XCTAssertEqual(Set(sources), ["https://example.org/news/kunar?id=7"])
        // And an import into the article still finds its annotations and decisions.
        let (annotations, _) = try W3CImporter.importAnnotations(out, into: input.document, sha256: input.sha256)
        XCTAssertEqual(annotations, Array(input.annotations.annotations))
    }

    func testWhatCanBeASource() {
        for good in ["https://example.org/story", "urn:isbn:0451450523", "doi:10.1000/182", "file:///tmp/a.txt", "HTTP://X.ORG/ü"] {
            XCTAssertTrue(ExportInput.isSourceIRI(good), good)
        }
        for bad in ["", "story.txt", "/news/story.txt", "https://example.org/a story", ":nothing", "1http://x", "https:", "http://x\u{7}", "http://x/<b>"] {
            XCTAssertFalse(ExportInput.isSourceIRI(bad), bad)
        }
    }

    /// Assessing bodies of other tools that are not decisions are not reviews.
    func testAnAssessmentThatIsNoDecisionIsNoReview() throws {
        let input = ExportFixture.sample()
        let foreign = """
            [{"id": "https://example.org/anno/1", "type": "Annotation", "motivation": "assessing",
              "body": {"type": "TextualBody", "purpose": "assessing", "value": "a fair point"},
              "target": {"source": "https://example.org/story", "selector": {"type": "TextPositionSelector", "start": 0, "end": 5}}}]
            """
        XCTAssertEqual(try W3CImporter.importReviews(foreign, into: input.document, sha256: input.sha256), [])
    }

    func testImportReanchorsWhenTheArticleChanged() throws {
        let input = ExportFixture.sample()
        let out = text(W3CExporter.export([input]))
        let note = "An editor's note added at the top.\n\n"
        let edited = Document(text: note + input.document.text)
        let shift = note.unicodeScalars.count
        let (annotations, _) = try W3CImporter.importAnnotations(out, into: edited, sha256: "00")
        XCTAssertEqual(annotations.map(\.range), input.annotations.annotations.map { TextRange($0.range.start + shift, $0.range.end + shift) })
        XCTAssertEqual(annotations.map(\.anchor.exact), input.annotations.annotations.map(\.anchor.exact))
        XCTAssertFalse(annotations.contains { $0.orphaned })
    }

    func testImportPicksTheArticleOfASeveralArticleFile() throws {
        let one = ExportFixture.sample()
        var two = ExportFixture.sample(hostile: true)
        two.sha256 = String(repeating: "cd", count: 32)
        let out = text(W3CExporter.export([one, two]))
        let (annotations, _) = try W3CImporter.importAnnotations(out, into: two.document, sha256: two.sha256)
        XCTAssertEqual(annotations, Array(two.annotations.annotations))
        XCTAssertThrowsError(try W3CImporter.importAnnotations(out, into: two.document, sha256: "ef")) { error in
            XCTAssertTrue("\(error)".contains("none of them this one"), "\(error)")
        }
    }

    func testImportErrors() {
        let doc = Document(text: "Some text.")
        func message(_ text: String) -> String {
            do {
                _ = try W3CImporter.importAnnotations(text, into: doc, sha256: "x")
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        XCTAssertTrue(message("{not json").hasPrefix("not JSON"), message("{not json"))
        XCTAssertTrue(message("42").contains("not a W3C annotation collection"), message("42"))
        XCTAssertTrue(message(#"{"type": "Person"}"#).contains("not a W3C annotation collection"))
        XCTAssertTrue(message(#"{"type": "AnnotationCollection", "first": "http://x/page1"}"#).contains("not embedded"))
        XCTAssertTrue(message(#"[{"type": "Annotation", "target": "urn:x"}]"#).contains("no selector"))
        XCTAssertTrue(message(#"[{"type": "Annotation", "target": {"source": "urn:x", "selector": {"type": "TextPositionSelector", "start": 5, "end": 2}}}]"#)
            .contains("start ≤ end"))
        XCTAssertEqual(message(#"{"type": "AnnotationCollection", "total": 0}"#), "no error")
        XCTAssertTrue(message("{\n  \"type\": Annotation}").hasSuffix("at line 2, column 11"), message("{\n  \"type\": Annotation}"))
    }

    /// Our own ids come back from their percent-encoded IRI; a malformed escape
    /// gives an id from the IRI's hash instead.
    func testImportDecodesPercentEncodedIds() throws {
        let doc = Document(text: "The minister said the talks had failed.")
        func id(_ iri: String) throws -> String {
            let anno = #"{"type": "Annotation", "id": "\#(iri)", "target": {"source": "urn:x", "selector": {"type": "TextPositionSelector", "start": 4, "end": 12}}}"#
            return try W3CImporter.importAnnotations(anno, into: doc, sha256: "x").annotations[0].id
        }
        XCTAssertEqual(try id("urn:hearsay:annotation:abc:my%20note%C3%A9"), "my noteé")
        XCTAssertEqual(try id("urn:hearsay:annotation:abc:plain"), "plain")
        XCTAssertEqual(try id("urn:hearsay:annotation:abc:bad%zz").count, 16)
        XCTAssertEqual(W3CImporter.percentDecoded("%E2%80%9C"), "\u{201C}")
        XCTAssertNil(W3CImporter.percentDecoded("%FF"))
        XCTAssertNil(W3CImporter.percentDecoded("%4"))
    }

    func testImportForeignAnnotation() throws {
        let doc = Document(text: "The minister said the talks had failed.")
        let anno = #"""
        {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno/7", "type": "Annotation",
         "body": [{"type": "TextualBody", "purpose": "tagging", "value": "politics/talks"},
                  {"type": "TextualBody", "purpose": "commenting", "value": "Pessimistic."}],
         "target": {"source": "http://example.org/story", "selector": {"type": "TextQuoteSelector", "exact": "the talks had failed"}}}
        """#
        let (annotations, tags) = try W3CImporter.importAnnotations(anno, into: doc, sha256: "x")
        XCTAssertEqual(annotations.count, 1)
        XCTAssertEqual(annotations[0].range, TextRange(18, 38))
        XCTAssertEqual(annotations[0].tags, ["talks"])
        XCTAssertEqual(annotations[0].note, "Pessimistic.")
        XCTAssertEqual(tags, [Tag(name: "politics"), Tag(name: "talks", parent: "politics")])
    }

    /// Every item of the export (sample, --no-text, hostile) passes the W3C test
    /// suite's MUST checks (`validate_annotation.py`, annotations/annotationMusts.test).
    func testEveryItemPassesTheW3CMustChecks() throws {
        let validator = W3CSnapshot.shared.appendingPathComponent("schemas/w3c-web-annotation/validate_annotation.py")
        guard FileManager.default.fileExists(atPath: validator.path) else {
            throw XCTSkip("no W3C validator at \(validator.path) (../shared absent)")
        }
        let probe = try W3CSpawn.run("python3", ["-c", "import jsonschema, referencing"])
        guard probe.status == 0 else { throw XCTSkip("python3 with jsonschema and referencing is needed: \(probe.stderr)") }

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-w3c-items-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [String] = []
        var withSource = ExportFixture.sample()
        withSource.source = "https://example.org/news/kunar?id=7"
        let exports = [ExportFixture.sample(), ExportFixture.sample(includeText: false), ExportFixture.sample(hostile: true), withSource]
        for (e, input) in exports.enumerated() {
            for (k, var item) in try items(text(W3CExporter.export([input]))).enumerated() {
                // An item inherits the collection's context; standing alone it needs its own.
                item["@context"] = "http://www.w3.org/ns/anno.jsonld"
                let path = dir.appendingPathComponent("item-\(e)-\(k).json").path
                FileManager.default.createFile(atPath: path, contents: try JSONSerialization.data(withJSONObject: item, options: [.sortedKeys]))
                files.append(path)
            }
        }
        XCTAssertGreaterThan(files.count, 10)

        // The validator's command line on one item...
        let single = try W3CSpawn.run("python3", [validator.path, files[0]])
        XCTAssertEqual(single.status, 0, "validate_annotation.py \(files[0]):\n\(single.stdout)\n\(single.stderr)")
        XCTAssertTrue(single.stdout.contains("ok   annotations/3.1-annotationContextValidated.json"), single.stdout)

        // ...and its `run` on every item in one process (one Python start and one
        // schema registry instead of ~240: 2 s instead of a minute).
        let driver = """
        import io, json, sys, contextlib
        from pathlib import Path
        sys.path.insert(0, sys.argv[1])
        import validate_annotation as v
        registry = v.build_registry()
        test = v.SUITE / "annotations" / "annotationMusts.test"
        for f in sys.argv[2:]:
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                ok = v.run(json.loads(Path(f).read_text(encoding="utf-8")), test, registry)
            fails = [l.strip() for l in out.getvalue().splitlines() if "FAIL" in l or "SKIP" in l]
            print(json.dumps({"file": f, "ok": ok, "fails": fails}))
        """
        let batch = try W3CSpawn.run("python3", ["-c", driver, validator.deletingLastPathComponent().path] + files)
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let lines = batch.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, files.count, batch.stdout + batch.stderr)
        var passed = 0
        for line in lines {
            let result = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let path = result["file"] as? String ?? "?"
            if result["ok"] as? Bool == true {
                passed += 1
            } else {
                let item = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                XCTFail("item fails the W3C MUST checks: \(result["fails"] ?? "")\n\(item)")
            }
        }
        XCTAssertEqual(passed, files.count)
        print("W3C MUST checks: \(passed)/\(files.count) items pass")
    }
}
