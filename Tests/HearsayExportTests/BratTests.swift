import Foundation
import HearsayCore
@testable import HearsayExport
import XCTest

final class BratTests: XCTestCase {
    static func files(_ input: ExportInput) -> [String: String] {
        var result: [String: String] = [:]
        for output in BratExporter.export(input) {
            if case .file(let name, let bytes) = output { result[name] = String(decoding: bytes, as: UTF8.self) }
        }
        return result
    }

    func testSnapshotAndFiles() {
        let input = ExportFixture.sample()
        let files = Self.files(input)
        XCTAssertEqual(Set(files.keys), ["sample-editorial.ann", "sample-editorial.txt"])
        XCTAssertEqual(files["sample-editorial.txt"], input.document.text)
        QDASnapshot.check(files["sample-editorial.ann"]!, "brat-sample.ann")
        let ann = files["sample-editorial.ann"]!
        XCTAssertTrue(ann.contains("\tSpeaker Arg1:T"))
        XCTAssertTrue(ann.contains("\tPerson "))
        XCTAssertTrue(ann.contains("\tQuotation "))
        XCTAssertTrue(ann.contains("\tblame "))
        XCTAssertTrue(ann.contains("Tag T"))
    }

    func testOffsetsAreCodePointsAndTextMatches() {
        let input = ExportFixture.sample(hostile: true)
        let ann = Self.files(input)["sample-editorial.ann"]!
        let scalars = input.document.scalars
        for line in ann.split(separator: "\n") where line.hasPrefix("T") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            XCTAssertEqual(fields.count, 3, String(line))
            let offsets = fields[1].split(separator: " ", maxSplits: 1)[1]
            let text = offsets.split(separator: ";").map { part -> String in
                let n = part.split(separator: " ").map { Int($0)! }
                return String(String.UnicodeScalarView(scalars[n[0]..<n[1]]))
            }.joined(separator: " ")
            XCTAssertEqual(text, String(fields[2]))
        }
    }

    func testRoundTrip() throws {
        for input in [ExportFixture.sample(), ExportFixture.sample(hostile: true), ExportFixture.sample(includeText: false)] {
            let ann = Self.files(input).first { $0.key.hasSuffix(".ann") }!.value
            let (annotations, tags) = try BratImporter.importAnnotations(ann, into: input.document)
            let original = input.annotations.annotations.sorted { $0.range < $1.range }
            let imported = annotations.sorted { $0.range < $1.range }
            XCTAssertEqual(imported.map(\.range), original.map(\.range))
            XCTAssertEqual(imported.map(\.tags), original.map(\.tags))
            XCTAssertEqual(imported.map(\.note), original.map(\.note))
            XCTAssertEqual(imported.map(\.anchor.exact), original.map(\.anchor.exact))
            XCTAssertEqual(Set(tags.map(\.name)), Set(original.flatMap(\.tags)))
        }
    }

    func testAwkwardTagsNotesAndLineBreaks() throws {
        var input = ExportFixture.sample()
        let text = input.document.text
        let scalars = input.document.scalars
        let newline = scalars.firstIndex(of: "\n")!
        let range = TextRange(newline - 5, newline + 8)
        input.annotations.annotations = [
            Annotation(id: "x1", anchor: Anchor(range, in: scalars), tags: ["Person", "two words", "ünï/cødé", "Annotation"],
                       note: "back\\slash\ttab\nline\u{2028}sep", created: ExportFixture.time),
            Annotation(id: "x2", anchor: Anchor(TextRange(0, 4), in: scalars), created: ExportFixture.time),
        ]
        let ann = Self.files(input)["sample-editorial.ann"]!
        let first = ann.split(separator: "\n").first { $0.contains("\tAnnotation \(range.start) ") }
        XCTAssertNotNil(first, ann)
        XCTAssertTrue(first?.contains(";") ?? false, "a span over a line break is fragmented")
        XCTAssertFalse(ann.contains("\u{2028}"))
        let (annotations, _) = try BratImporter.importAnnotations(ann, into: input.document)
        XCTAssertEqual(annotations.map(\.range), [range, TextRange(0, 4)])
        XCTAssertEqual(annotations.map(\.tags), [["Person", "two words", "ünï/cødé", "Annotation"], []])
        XCTAssertEqual(annotations.first?.note, "back\\slash\ttab\nline\u{2028}sep")
        _ = text
    }

    func testImportErrors() {
        let doc = Document(text: "Hello world.")
        XCTAssertThrowsError(try BratImporter.importAnnotations("T1\tblame 0 99\tHello", into: doc)) {
            XCTAssertEqual($0 as? BratImportError, .outOfRange(line: 1))
        }
        XCTAssertThrowsError(try BratImporter.importAnnotations("T1\tblame zero 5\tHello", into: doc)) {
            XCTAssertEqual($0 as? BratImportError, .malformed(line: 1, "T1\tblame zero 5\tHello"))
        }
        XCTAssertThrowsError(try BratImporter.importAnnotations("\nT1\tblame 0 5\tWorld", into: doc)) {
            XCTAssertEqual($0 as? BratImportError, .textMismatch(line: 2))
        }
        let ok = try? BratImporter.importAnnotations("T1\tblame 0 5\tHello\nT2\tPerson 6 11\tworld\nR1\tSpeaker Arg1:T1 Arg2:T2\n", into: doc)
        XCTAssertEqual(ok?.annotations.map(\.tags), [["blame"]])
    }

    func testNoTextWritesNoText() {
        let input = ExportFixture.sample(includeText: false)
        let files = Self.files(input)
        XCTAssertEqual(Array(files.keys), ["sample-editorial.ann"])
        for line in files["sample-editorial.ann"]!.split(separator: "\n") where line.hasPrefix("T") {
            XCTAssertTrue(line.hasSuffix("\t"), String(line))
        }
    }
}
