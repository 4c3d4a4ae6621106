import Foundation
import HearsayCore
import HearsayStorage
import XCTest

final class CodebookStoreTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("codebook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testRoundTripAndMissingFile() throws {
        let store = CodebookStore(path: folder.appendingPathComponent("codes.json").path)
        XCTAssertNil(try store.load())
        let book = Codebook(tags: [Tag(name: "blame", color: "#ff0000", description: "Who is at fault"), Tag(name: "threat", parent: "blame")])
        try store.save(CodebookStore.Shared(codebook: book))
        XCTAssertEqual(try store.load(), CodebookStore.Shared(codebook: book))
        let text = try String(contentsOfFile: store.path, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("{\n  \"tags\" : ["), text)
        XCTAssertFalse(text.contains("renamed"), "no key until a tag is renamed")
        let renamed = CodebookStore.Shared(codebook: book, renamed: ["accuse": "blame"])
        try store.save(renamed)
        XCTAssertEqual(try store.load(), renamed)
    }

    /// Renames chain (a → b then b → c makes a → c), and a rename back forgets
    /// the name's own entry.
    func testRenamesAreRecordedAsChains() {
        var r = CodebookStore.recording([:], "blame", "attribution")
        XCTAssertEqual(r, ["blame": "attribution"])
        r = CodebookStore.recording(r, "attribution", "fault")
        XCTAssertEqual(r, ["blame": "fault", "attribution": "fault"])
        r = CodebookStore.recording(r, "fault", "blame")
        XCTAssertEqual(r, ["attribution": "blame", "fault": "blame"])
    }

    /// An article coded before a tag was renamed in another: its tags follow the
    /// rename (codebook, annotations, a child's parent), a merge joins two tags
    /// on one passage without doubling them, and a name the shared codebook has
    /// again (the rename undone) stays.
    func testAnArticleFollowsRenamesMadeElsewhere() {
        let document = DocumentFingerprint(sha256: String(repeating: "ab", count: 32), length: 100)
        func passage(_ k: Int, _ tags: [String]) -> Annotation {
            Annotation(id: "a\(k)", anchor: Anchor(start: k, end: k + 5, exact: "words", prefix: "", suffix: ""),
                       tags: tags, created: "2026-12-01T00:00:00Z")
        }
        let file = AnnotationFile(document: document,
                                  codebook: Codebook(tags: [Tag(name: "blame"), Tag(name: "threat", parent: "blame"), Tag(name: "moral")]),
                                  annotations: [passage(1, ["blame"]), passage(2, ["blame", "moral"]), passage(3, ["threat"])])
        let shared = CodebookStore.Shared(codebook: Codebook(tags: [Tag(name: "attribution"), Tag(name: "threat"), Tag(name: "moral-appeal")]),
                                          renamed: ["blame": "attribution", "moral": "attribution-x", "attribution-x": "attribution"])
        let (followed, renamed) = CodebookStore.following(shared, in: file)
        XCTAssertEqual(renamed.map { "\($0.0)>\($0.1)" }, ["blame>attribution", "moral>attribution"])
        XCTAssertEqual(followed.codebook.tags.map(\.name), ["attribution", "threat"])
        XCTAssertEqual(followed.codebook.tag(named: "threat")?.parent, "attribution")
        XCTAssertEqual(followed.annotations.map(\.tags), [["attribution"], ["attribution"], ["threat"]])
        // Undone since: the shared codebook has "blame" again, so it stays.
        var undone = shared
        undone.codebook.tags.append(Tag(name: "blame"))
        XCTAssertEqual(CodebookStore.following(undone, in: file).file.annotations[0].tags, ["blame"])
        // No rename known: nothing changes.
        XCTAssertTrue(CodebookStore.following(CodebookStore.Shared(), in: file).renamed.isEmpty)
    }

    func testMergeKeepsTheArticlesOwnTags() {
        let shared = Codebook(tags: [Tag(name: "blame"), Tag(name: "praise")])
        let own = Codebook(tags: [Tag(name: "praise", description: "local"), Tag(name: "irony")])
        XCTAssertEqual(CodebookStore.merged(shared: shared, own: own).tags.map(\.name), ["blame", "praise", "irony"])
    }

    func testInvalidAndNewerFilesAreRefusedAndLeftAlone() throws {
        let path = folder.appendingPathComponent("codes.json").path
        for bad in ["{ not json", "{\"version\": 9, \"tags\": []}"] {
            try Data(bad.utf8).write(to: URL(fileURLWithPath: path))
            XCTAssertThrowsError(try CodebookStore(path: path).load()) { error in
                XCTAssertTrue("\(error)".contains(bad.hasPrefix("{ not") ? "not valid" : "newer Hearsay"), "\(error)")
            }
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), bad)
        }
    }
}
