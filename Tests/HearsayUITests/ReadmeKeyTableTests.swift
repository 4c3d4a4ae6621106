import Foundation
import HearsayUI
import XCTest

/// The README's key table is `hearsay keys --markdown` for the default keymap;
/// a changed key must change the README too.
final class ReadmeKeyTableTests: XCTestCase {
    func testReadmeListsTheDefaultKeys() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        XCTAssertTrue(text.contains(KeyTable.markdown(.defaults)),
                      "README.md's key table is stale: paste the output of `hearsay keys --markdown` (run with HOME=/nonexistent)")
    }
}
