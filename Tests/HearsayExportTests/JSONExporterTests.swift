import Foundation
import HearsayCore
import HearsayExport
import XCTest

final class JSONExporterTests: XCTestCase {
    private func text(_ output: ExportOutput) -> String {
        guard case .text(let s) = output else { XCTFail("expected text output"); return "" }
        return s
    }

    private func json(_ s: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }

    private func strings(_ value: Any) -> [String] {
        switch value {
        case let s as String: return [s]
        case let a as [Any]: return a.flatMap(strings)
        case let o as [String: Any]: return o.keys.map { $0 } + o.values.flatMap(strings)
        default: return []
        }
    }

    private func keys(_ value: Any) -> [String] {
        switch value {
        case let a as [Any]: return a.flatMap(keys)
        case let o as [String: Any]: return o.keys.map { $0 } + o.values.flatMap(keys)
        default: return []
        }
    }

    func testJSONExportSnapshot() {
        W3CSnapshot.assertMatches(text(JSONExporter.export([ExportFixture.sample()])), named: "json-sample.json")
    }

    func testJSONExportModel() throws {
        let input = ExportFixture.sample()
        let out = text(JSONExporter.export([input]))
        XCTAssertEqual(out, text(JSONExporter.export([input])), "deterministic")
        let root = try json(out)
        XCTAssertEqual(root["format"] as? String, "hearsay-export")
        XCTAssertEqual(root["exportedAt"] as? String, ExportFixture.time)
        let document = try XCTUnwrap(root["document"] as? [String: Any])
        XCTAssertEqual(document["name"] as? String, "sample-editorial.txt")
        XCTAssertEqual(document["sha256"] as? String, input.sha256)
        XCTAssertEqual(document["length"] as? Int, input.document.length)
        XCTAssertEqual((document["paragraphs"] as? [Any])?.count, input.document.paragraphs.count)
        XCTAssertTrue(document["source"] is NSNull, "no address given")
        var addressed = input
        addressed.source = "https://example.org/kunar"
        let sourced = try XCTUnwrap(try json(text(JSONExporter.export([addressed])))["document"] as? [String: Any])
        XCTAssertEqual(sourced["source"] as? String, "https://example.org/kunar")

        let analysis = try XCTUnwrap(root["analysis"] as? [String: Any])
        let quotations = try XCTUnwrap(analysis["quotations"] as? [[String: Any]])
        XCTAssertEqual(quotations.count, input.reviewed.quotations.count)
        for (q, quotation) in zip(input.reviewed.quotations, quotations) {
            XCTAssertEqual(quotation["start"] as? Int, q.range.start)
            XCTAssertEqual(quotation["end"] as? Int, q.range.end)
            XCTAssertEqual(quotation["text"] as? String, input.document.string(q.range))
            XCTAssertEqual(quotation["kind"] as? String, q.kind.rawValue)
            XCTAssertEqual(quotation["review"] as? String, q.review?.rawValue)
            if let s = q.speaker {
                let speaker = try XCTUnwrap(quotation["speaker"] as? [String: Any])
                XCTAssertEqual(speaker["rule"] as? String, s.rule)
                XCTAssertEqual(speaker["actor"] as? String, s.actor.map { input.reviewed.actors[$0].id })
            }
        }
        XCTAssertEqual((analysis["actors"] as? [Any])?.count, input.reviewed.actors.count)
        XCTAssertEqual((analysis["mentions"] as? [Any])?.count, input.reviewed.mentions.count)
        let tags = try XCTUnwrap((root["codebook"] as? [String: Any])?["tags"] as? [[String: Any]])
        XCTAssertEqual(tags.map { $0["path"] as? String }, ["blame", "blame/threat", "diplomacy"])
        let annotations = try XCTUnwrap(root["annotations"] as? [[String: Any]])
        XCTAssertEqual(annotations.map { $0["id"] as? String }, input.annotations.annotations.map(\.id))
        XCTAssertEqual(annotations.map { $0["note"] as? String }, input.annotations.annotations.map(\.note))
        XCTAssertEqual((root["reviews"] as? [[String: Any]])?.map { $0["decision"] as? String }, ["accepted", "rejected", "corrected"])
        let edits = try XCTUnwrap(root["actorEdits"] as? [[String: Any]])
        let setType = try XCTUnwrap((edits.first?["operation"] as? [String: Any])?["setType"] as? [String: Any])
        XCTAssertEqual(setType["name"] as? String, "Kunar")
        XCTAssertEqual(setType["type"] as? String, "place")
    }

    func testJSONExportHostileIsValidJSON() throws {
        let out = text(JSONExporter.export([ExportFixture.sample(hostile: true)]))
        let values = strings(try json(out))
        XCTAssertTrue(values.contains { $0.contains("<script>alert(1)</script> \"note\", with =SUM(A1) and\nnew lines | ```") })
        XCTAssertTrue(values.contains("=cmd|'/c calc'!A1"))
    }

    func testJSONExportSeveralArticlesAreJSONLines() throws {
        let out = text(JSONExporter.export([ExportFixture.sample(), ExportFixture.sample(hostile: true)]))
        let lines = out.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        for line in lines { XCTAssertEqual(try json(String(line))["format"] as? String, "hearsay-export") }
    }

    func testJSONExportNoText() throws {
        let input = ExportFixture.sample(includeText: false)
        let out = text(JSONExporter.export([input]))
        let root = try json(out)
        XCTAssertEqual(root["includesText"] as? Bool, false)
        let allKeys = keys(root)
        for key in ["text", "exact", "prefix", "suffix"] { XCTAssertFalse(allKeys.contains(key), "key \(key) in --no-text output") }
        for sentence in input.document.sentences {
            let s = input.document.string(sentence.range).trimmingCharacters(in: .whitespacesAndNewlines)
            guard s.unicodeScalars.count >= 12 else { continue }
            XCTAssertFalse(out.contains(s), "sentence in --no-text output: \(s)")
        }
        // The offsets stay.
        let annotations = try XCTUnwrap(root["annotations"] as? [[String: Any]])
        XCTAssertEqual(annotations.map { ($0["anchor"] as? [String: Any])?["start"] as? Int }, input.annotations.annotations.map(\.anchor.start))
    }
}
