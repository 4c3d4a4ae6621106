import Foundation
import HearsayCore
@testable import HearsayExport
import XCTest

final class TEIExporterTests: XCTestCase {
    static func tei(_ inputs: [ExportInput]) -> String {
        guard case .text(let text) = TEIExporter.export(inputs) else { fatalError("not text") }
        return text
    }

    /// The character data of `xml` between `from` and `to` with the tags removed and
    /// the five entities and `&#13;` resolved.
    static func textContent(_ xml: Substring) -> String {
        var out = ""
        var inTag = false
        for c in xml {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&#13;", with: "\r").replacingOccurrences(of: "&amp;", with: "&")
    }

    func testSnapshot() {
        QDASnapshot.check(Self.tei([ExportFixture.sample()]), "tei-sample.xml")
        QDASnapshot.check(Self.tei([ExportFixture.sample(includeText: false)]), "tei-notext.xml")
    }

    func testParagraphsKeepTheirTextAndMarkupNests() {
        for input in [ExportFixture.sample(), ExportFixture.sample(hostile: true)] {
            let xml = Self.tei([input])
            let body = xml[xml.range(of: "<body>")!.upperBound..<xml.range(of: "</body>")!.lowerBound]
            var paragraphs: [String] = []
            var rest = body
            while let open = rest.range(of: "<p>"), let close = rest.range(of: "</p>", range: open.upperBound..<rest.endIndex) {
                paragraphs.append(Self.textContent(rest[open.upperBound..<close.lowerBound]))
                rest = rest[close.upperBound...]
            }
            XCTAssertEqual(paragraphs, input.document.paragraphs.map { input.document.string($0) })
            XCTAssertTrue(body.contains("<said"))
            XCTAssertTrue(body.contains("<persName ref=\"#a"))
            XCTAssertFalse(xml.contains("<script"))
        }
    }

    func testActorsAreListedWithIDs() {
        let input = ExportFixture.sample()
        let xml = Self.tei([input])
        for (i, actor) in input.reviewed.actors.enumerated() {
            XCTAssertTrue(xml.contains("xml:id=\"a\(i + 1)\""), actor.name)
        }
        // Every ref and who points at a listed actor.
        let ids = Set(REFIQDAExporterTests.values(xml, element: "person", attribute: "xml:id")
            + REFIQDAExporterTests.values(xml, element: "org", attribute: "xml:id")
            + REFIQDAExporterTests.values(xml, element: "place", attribute: "xml:id"))
        for element in ["persName", "orgName", "placeName", "name"] {
            for ref in REFIQDAExporterTests.values(xml, element: element, attribute: "ref") {
                XCTAssertTrue(ids.contains(String(ref.dropFirst())), ref)
            }
        }
        for who in REFIQDAExporterTests.values(xml, element: "said", attribute: "who") {
            XCTAssertTrue(ids.contains(String(who.dropFirst())), who)
        }
    }

    func testNoTextHasAnEmptyBody() {
        let input = ExportFixture.sample(includeText: false)
        let xml = Self.tei([input])
        XCTAssertTrue(xml.contains("<body>\n      <p/>\n    </body>"))
        XCTAssertFalse(xml.contains(XMLWriter.escape(input.document.string(input.document.sentences[0].range))))
        XCTAssertTrue(xml.contains("<listPerson>"))
    }

    func testCrossingSpansAreLeftOut() {
        // "“Amina said" with a mention crossing the closing quotation mark.
        var writer = XMLWriter(declaration: false)
        let scalars = ScalarText("ab “cd ef” gh".unicodeScalars)
        writer.open("p", mixed: true)
        TEIExporter.writeParagraph(TextRange(0, scalars.count), spans: [
            TEISpan(range: TextRange(3, 10), element: "said", attributes: [], rank: 0),
            TEISpan(range: TextRange(7, 13), element: "persName", attributes: [], rank: 1),
            TEISpan(range: TextRange(4, 6), element: "orgName", attributes: [], rank: 1),
        ], scalars: scalars, into: &writer)
        writer.close()
        XCTAssertEqual(writer.finish(), "<p>ab <said>“<orgName>cd</orgName> ef”</said> gh</p>\n")
    }

    func testXMLEscaping() {
        XCTAssertEqual(XMLWriter.escape("<a & 'b' \"c\">"), "&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;")
        XCTAssertEqual(XMLWriter.escape("x\u{1}y\u{FFFE}\r\n\t"), "x\u{FFFD}y\u{FFFD}&#13;\n\t")
        XCTAssertEqual(XMLWriter.escape("a\nb\tc", attribute: true), "a&#10;b&#9;c")
    }

    func testValidatesAgainstTEIAll() throws {
        let schemas = try QDASpawn.schemas()
        let xmllint = try QDASpawn.xmllint()
        let dir = try QDASpawn.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var control = ExportFixture.sample()
        control.name = "control\u{1}chars <&>.txt"
        let cases: [(String, [ExportInput])] = [
            ("sample", [ExportFixture.sample()]),
            ("hostile", [ExportFixture.sample(hostile: true)]),
            ("notext", [ExportFixture.sample(hostile: true, includeText: false)]),
            ("corpus", [ExportFixture.sample(), ExportFixture.sample(hostile: true)]),
            ("control", [control]),
        ]
        var paths: [String] = []
        for (name, inputs) in cases {
            let url = dir.appendingPathComponent("\(name).xml")
            QDASpawn.write(Array(Self.tei(inputs).utf8), to: url)
            paths.append(url.path)
        }
        // One xmllint call: compiling tei_all takes seconds.
        let result = try QDASpawn.run(xmllint, ["--noout", "--relaxng", "\(schemas)/tei/tei_all.rng"] + paths)
        XCTAssertEqual(result.status, 0, result.stderr)
        for path in paths { XCTAssertTrue(result.stderr.contains("\(path) validates"), result.stderr) }
    }
}
