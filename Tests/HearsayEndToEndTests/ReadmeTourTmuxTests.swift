import Foundation
import XCTest

/// The README's five-minute tour, followed key for key in the real reader on
/// the bundled sample. The keys are checked against the README too, so the
/// tour and this test cannot drift apart.
final class ReadmeTourTmuxTests: XCTestCase {
    /// The keys the tour tells the reader to press, as they are written in it.
    static let tourKeys = ["`]q`", "`A`", "`<Tab>`", "`R`", "`a`", "`q`", "`}`", "`V`", "`t`", "`framing`",
                           "`<Enter>`", "`:export html /tmp/tour.html`", "`?`"]

    func testTheREADMETourWorksAsWritten() throws {
        let readme = try String(contentsOf: Article.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let tour = try XCTUnwrap(readme.range(of: "## A five-minute tour").map { readme[$0.lowerBound...] })
            .prefix { _ in true }
        let section = String(tour[..<(tour.range(of: "\n## Read an article")?.lowerBound ?? tour.endIndex)])
        for key in Self.tourKeys { XCTAssertTrue(section.contains(key), "the README tour no longer says \(key)") }

        let folder = try Scratch()
        let report = folder.url.appendingPathComponent("tour.html").path
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })
        var reader = try host.launch([], width: 120, height: 36)
        // 1. Read: the sample, analysed.
        XCTAssertTrue(try reader.tmux.capture().contains("20 quotations"))
        // 2. ]q twice.
        try reader.tmux.send("]", "q", "]", "q")
        try reader.tmux.waitFor("the second quotation") { $0.contains("Quotation 2 of 20 · partial · Pakistan (insists)") }
        // 3. A: the Actors tab; <Tab> back to the article.
        try reader.tmux.send("A")
        try reader.tmux.waitFor("the Actors tab") { Screen.sidePane($0).contains("person") && Screen.sidePane($0).contains("state") }
        try reader.tmux.send("Tab")
        try reader.tmux.waitFor("the side pane focused") { Screen.statusRow($0, height: reader.height).contains(" ACTORS ") }
        try reader.tmux.send("Tab")
        try reader.tmux.waitFor("the article again") { Screen.statusRow($0, height: reader.height).contains(" READ ") }
        // 4. R, a, q: review mode, accept, leave.
        try reader.tmux.send("R")
        try reader.tmux.waitFor("review mode") { Screen.statusRow($0, height: reader.height).contains(" REVIEW ") }
        try reader.tmux.send("a")
        try reader.tmux.waitFor("the decision") { $0.contains("ccepted") }
        try reader.tmux.send("q")
        try reader.tmux.waitFor("back to reading") { Screen.statusRow($0, height: reader.height).contains(" READ ") }
        // 5. }, V, t, framing, <Enter>.
        try reader.tmux.send("}")
        try reader.tagSentence("framing")
        // 6. :export html PATH (the README's /tmp/tour.html, here in a scratch folder).
        try reader.tmux.type(":export html \(report)")
        try reader.tmux.send("Enter")
        try reader.tmux.waitFor("the export") { $0.contains("Exported html") }
        let html = try String(contentsOfFile: report, encoding: .utf8)
        XCTAssertTrue(html.contains("<html") && html.contains("framing") && html.contains("Amina Qadir"))
        // 7. q, and reopen: the tag and the decision are still there; ? shows the keys.
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        let data = reader.scratch.url.appendingPathComponent("data").path
        reader.tmux.kill()
        reader = try host.launch([], width: 120, height: 36, environment: ["XDG_DATA_HOME": data])
        defer { reader.tmux.kill() }
        try reader.tmux.send("T")
        try reader.tmux.waitFor("the tag after reopening") { Screen.sidePane($0).contains("framing") }
        try reader.tmux.send("Escape", "?")
        try reader.tmux.waitFor("the help overlay") { $0.contains("next quotation") && $0.contains("filter") }
        try reader.tmux.send("Escape", "q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }
}
