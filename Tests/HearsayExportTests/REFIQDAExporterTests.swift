import Foundation
import HearsayCore
@testable import HearsayExport
import XCTest

final class REFIQDAExporterTests: XCTestCase {
    /// The entries of a zip made of stored entries (as ZipWriter writes them), read
    /// from the central directory.
    static func entries(_ zip: [UInt8]) -> [(name: String, bytes: [UInt8])] {
        func u16(_ i: Int) -> Int { Int(zip[i]) | Int(zip[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        guard zip.count >= 22 else { return [] }
        let end = zip.count - 22
        guard u32(end) == 0x0605_4b50 else { return [] }
        var p = u32(end + 16)
        var result: [(String, [UInt8])] = []
        for _ in 0..<u16(end + 10) {
            let size = u32(p + 20), nameLength = u16(p + 28), extra = u16(p + 30), comment = u16(p + 32)
            let offset = u32(p + 42)
            let name = String(decoding: zip[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            let data = offset + 30 + u16(offset + 26) + u16(offset + 28)
            result.append((name, Array(zip[data..<(data + size)])))
            p += 46 + nameLength + extra + comment
        }
        return result
    }

    static func project(_ inputs: [ExportInput]) -> (name: String, zip: [UInt8], qde: String, files: [String: [UInt8]]) {
        guard case .file(let name, let bytes) = REFIQDAExporter.project(inputs) else { fatalError("not a file") }
        var files: [String: [UInt8]] = [:]
        for e in entries(bytes) { files[e.name] = e.bytes }
        return (name, bytes, String(decoding: files["project.qde"] ?? [], as: UTF8.self), files)
    }

    static func codebook(_ inputs: [ExportInput]) -> String {
        guard case .text(let text) = REFIQDAExporter.codebook(inputs) else { fatalError("not text") }
        return text
    }

    /// Values of `attribute` on elements `<element ` in `xml`.
    static func values(_ xml: String, element: String, attribute: String) -> [String] {
        var result: [String] = []
        var rest = xml[...]
        while let r = rest.range(of: "<\(element) ") {
            let tagEnd = rest[r.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[r.upperBound..<tagEnd]
            if let a = tag.range(of: " \(attribute)=\"") ?? (tag.hasPrefix("\(attribute)=\"") ? tag.range(of: "\(attribute)=\"") : nil) {
                let v = tag[a.upperBound...].prefix { $0 != "\"" }
                result.append(String(v))
            }
            rest = rest[tagEnd...]
        }
        return result
    }

    func testZipWriterIsReadableAndDeterministic() throws {
        var zip = ZipWriter()
        zip.add("a.txt", Array("hello".utf8))
        zip.add("sources/é.txt", [])
        let bytes = zip.finish()
        XCTAssertEqual(ZipWriter.crc32(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(Self.entries(bytes).map(\.name), ["a.txt", "sources/é.txt"])
        var again = ZipWriter()
        again.add("a.txt", Array("hello".utf8))
        again.add("sources/é.txt", [])
        XCTAssertEqual(again.finish(), bytes)
        guard let unzip = QDASpawn.which("unzip") else { throw XCTSkip("unzip is not installed") }
        let dir = try QDASpawn.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("t.zip")
        QDASpawn.write(bytes, to: path)
        let test = try QDASpawn.run(unzip, ["-t", path.path])
        XCTAssertEqual(test.status, 0, test.stdout + test.stderr)
        if let python = QDASpawn.which("python3") {
            let check = try QDASpawn.run(python, ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                + "assert z.testzip() is None; print(z.read('a.txt').decode())", path.path])
            XCTAssertEqual(check.status, 0, check.stderr)
            XCTAssertEqual(check.stdout, "hello\n")
        }
    }

    func testProjectSnapshotAndLayout() {
        let input = ExportFixture.sample()
        let p = Self.project([input])
        XCTAssertEqual(p.name, "sample-editorial.qdpx")
        QDASnapshot.check(p.qde, "refi-qda-project.qde")
        QDASnapshot.check(Self.codebook([input]), "refi-qda-codebook.qdc")
        let source = Self.values(p.qde, element: "TextSource", attribute: "guid")
        XCTAssertEqual(source.count, 1)
        XCTAssertEqual(Self.values(p.qde, element: "TextSource", attribute: "plainTextPath"), ["internal://\(source[0]).txt"])
        XCTAssertEqual(Set(p.files.keys), ["project.qde", "sources/\(source[0]).txt"])
        XCTAssertEqual(p.files["sources/\(source[0]).txt"], Array(input.document.text.utf8))
        // Same input, same bytes.
        XCTAssertEqual(Self.project([input]).zip, p.zip)
    }

    func testSelectionsCountCodePointsAndCarryTagsAndNotes() {
        let input = ExportFixture.sample(hostile: true)
        let qde = Self.project([input]).qde
        let starts = Self.values(qde, element: "PlainTextSelection", attribute: "startPosition").compactMap(Int.init)
        let ends = Self.values(qde, element: "PlainTextSelection", attribute: "endPosition").compactMap(Int.init)
        let pairs = Set(zip(starts, ends).map { TextRange($0, $1) })
        for a in input.annotations.annotations { XCTAssertTrue(pairs.contains(a.range), "\(a.range)") }
        let reviewed = input.reviewed.quotations.filter { $0.review != nil && $0.review != .rejected }
        XCTAssertFalse(reviewed.isEmpty)
        for q in reviewed { XCTAssertTrue(pairs.contains(q.range), "\(q.range)") }
        XCTAssertEqual(starts.count, input.annotations.annotations.count + reviewed.count)
        // Notes: one Note per annotation with a note, each referenced.
        let noteGUIDs = Set(Self.values(qde, element: "Note", attribute: "guid"))
        XCTAssertEqual(noteGUIDs.count, input.annotations.annotations.filter { !$0.note.isEmpty }.count)
        XCTAssertEqual(Set(Self.values(qde, element: "NoteRef", attribute: "targetGUID")), noteGUIDs)
        XCTAssertTrue(qde.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertFalse(qde.contains("<script"))
        // Speaker codes under the Quotations group.
        XCTAssertTrue(qde.contains("name=\"Quotations\" isCodable=\"false\""))
    }

    func testEveryReferencePointsAtSomething() {
        let inputs = [ExportFixture.sample(), ExportFixture.sample(hostile: true)]
        let qde = Self.project(inputs).qde
        let codes = Set(Self.values(qde, element: "Code", attribute: "guid"))
        let refs = Self.values(qde, element: "CodeRef", attribute: "targetGUID")
        XCTAssertFalse(refs.isEmpty)
        for r in refs { XCTAssertTrue(codes.contains(r), "CodeRef \(r) points at no Code") }
        let notes = Set(Self.values(qde, element: "Note", attribute: "guid"))
        for r in Self.values(qde, element: "NoteRef", attribute: "targetGUID") { XCTAssertTrue(notes.contains(r)) }
        // GUIDs are unique across the project.
        let all = ["Code", "TextSource", "PlainTextSelection", "Coding", "Note", "User"]
            .flatMap { Self.values(qde, element: $0, attribute: "guid") }
        XCTAssertEqual(all.count, Set(all).count)
        // The codebook has the same codes.
        XCTAssertEqual(Set(Self.values(Self.codebook(inputs), element: "Code", attribute: "guid")), codes)
    }

    func testHierarchyAndColours() {
        let qdc = Self.codebook([ExportFixture.sample()])
        // threat nests in blame; blame keeps its colour in upper case.
        let blame = qdc.range(of: "name=\"blame\"")!, threat = qdc.range(of: "name=\"threat\"")!
        XCTAssertTrue(blame.lowerBound < threat.lowerBound)
        XCTAssertTrue(qdc.contains("name=\"blame\" isCodable=\"true\" color=\"#D75F5F\""))
        let between = qdc[blame.upperBound..<threat.lowerBound]
        XCTAssertFalse(between.contains("</Code>"), "threat must be inside blame")
        XCTAssertEqual(QDACodeTree.rgb("#abc"), "#AABBCC")
        XCTAssertNil(QDACodeTree.rgb("red"))
        XCTAssertNotNil(QDAGUID.dateTime("2026-11-28T12:00:00.123+01:00"))
        XCTAssertNil(QDAGUID.dateTime("yesterday"))
    }

    func testNoTextLeavesTheTextOut() {
        let input = ExportFixture.sample(includeText: false)
        let p = Self.project([input])
        XCTAssertEqual(Array(p.files.keys), ["project.qde"])
        XCTAssertFalse(p.qde.contains("plainTextPath"))
        let textSource = p.qde[p.qde.range(of: "<TextSource")!.lowerBound..<p.qde.range(of: "</TextSource>")!.upperBound]
        XCTAssertFalse(textSource.contains("PlainTextContent"))
        let sentence = input.document.string(input.document.sentences[0].range)
        XCTAssertFalse(p.qde.contains(XMLWriter.escape(sentence)))
    }

    func testValidatesAgainstTheREFIQDASchemas() throws {
        let schemas = try QDASpawn.schemas()
        let xmllint = try QDASpawn.xmllint()
        guard let unzip = QDASpawn.which("unzip") else { throw XCTSkip("unzip is not installed") }
        let dir = try QDASpawn.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(String, [ExportInput])] = [
            ("sample", [ExportFixture.sample()]),
            ("hostile", [ExportFixture.sample(hostile: true)]),
            ("notext", [ExportFixture.sample(hostile: true, includeText: false)]),
            ("two", [ExportFixture.sample(), ExportFixture.sample(hostile: true)]),
            ("empty", []),
        ]
        for (name, inputs) in cases {
            let p = Self.project(inputs)
            let zipURL = dir.appendingPathComponent("\(name).qdpx")
            QDASpawn.write(p.zip, to: zipURL)
            let out = dir.appendingPathComponent(name)
            let unzipped = try QDASpawn.run(unzip, ["-q", "-o", zipURL.path, "-d", out.path])
            XCTAssertEqual(unzipped.status, 0, "\(name): \(unzipped.stderr)")
            let project = try QDASpawn.run(xmllint, ["--noout", "--schema", "\(schemas)/refi-qda/Project-mrt2019.xsd",
                                                     out.appendingPathComponent("project.qde").path])
            XCTAssertEqual(project.status, 0, "\(name) project.qde: \(project.stderr)")
            for (input, guid) in zip(inputs, QDAGUID.sourceGUIDs(inputs)) where input.includeText {
                let text = FileManager.default.contents(atPath: out.appendingPathComponent("sources/\(guid).txt").path)
                XCTAssertEqual(text.map { [UInt8]($0) }, Array(input.document.text.utf8), name)
            }
            let qdc = dir.appendingPathComponent("\(name).qdc")
            QDASpawn.write(Array(Self.codebook(inputs).utf8), to: qdc)
            let codebook = try QDASpawn.run(xmllint, ["--noout", "--schema", "\(schemas)/refi-qda/Codebook-mrt2019.xsd", qdc.path])
            XCTAssertEqual(codebook.status, 0, "\(name).qdc: \(codebook.stderr)")
        }
    }
}
