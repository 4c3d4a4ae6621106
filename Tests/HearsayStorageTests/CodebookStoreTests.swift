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
        try store.save(book)
        XCTAssertEqual(try store.load(), book)
        let text = try String(contentsOfFile: store.path, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("{\n  \"tags\" : ["), text)
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
