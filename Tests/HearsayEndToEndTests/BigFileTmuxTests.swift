import Foundation
import XCTest

/// A big file in the real reader: `G` shows its end at once, as `less +G` does,
/// before the whole is loaded, and the place holds when the whole arrives; keys
/// typed ahead are all applied before the next frame. Once analysed, a file of
/// 4 MiB or more is read back from disk as it is shown (DECISIONS 47): replaced
/// by another file it reads as before; rewritten in place it says so.
final class BigFileTmuxTests: XCTestCase {
    /// About 900 KB (above the 512 KB at which a file opens in parts), numbered paragraphs.
    static let text = (1...6000).map { "Paragraph \($0): “The water is late again,” the farmer told the council in week \($0)." }
        .joined(separator: "\n\n") + "\n"

    func testGShowsTheEndBeforeTheWholeIsLoadedAndKeepsItAfter() throws {
        let scratch = try Scratch()
        let path = scratch.file("big.txt", Array(Self.text.utf8))
        let reader = try ReaderTmuxTests(name: "launch", testClosure: { _ in })
            .launch([path], width: 100, height: 30, waitForAnalysis: false)
        defer { reader.tmux.kill() }
        try reader.tmux.send("G")
        let end = try reader.tmux.waitFor("the last paragraph after G") { $0.contains("Paragraph 6000:") }
        XCTAssertTrue(end.contains("100%"), end)
        // Once loaded and analysed: still at the end, the end of the whole file.
        let loaded = try reader.tmux.waitFor("the analysis", timeout: 120) { $0.contains("quotations") }
        XCTAssertTrue(loaded.contains("Paragraph 6000:"), loaded)
        XCTAssertFalse(loaded.contains("loading"), loaded)
        // g goes to the true start of the file.
        try reader.tmux.send("g")
        _ = try reader.tmux.waitFor("the first paragraph after g") { $0.contains("Paragraph 1:") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }

    /// About 5 MB: read back from the file once analysed.
    static let pagedText = (1...56000).map { "Paragraph \($0): “The water is late again,” the farmer told the council in week \($0)." }
        .joined(separator: "\n\n") + "\n"

    func testAPagedFileReplacedWhileOpenReadsAsBeforeAndOneRewrittenSaysSo() throws {
        let scratch = try Scratch()
        let path = scratch.file("paged.txt", Array(Self.pagedText.utf8))
        XCTAssertGreaterThan(Self.pagedText.utf8.count, 4 << 20)
        let reader = try ReaderTmuxTests(name: "launch", testClosure: { _ in })
            .launch([path], width: 100, height: 30, waitForAnalysis: false)
        defer { reader.tmux.kill() }
        _ = try reader.tmux.waitFor("the analysis", timeout: 120) { $0.contains("56000 quotations") }
        // Replaced (written to a new file and renamed over it, as editors save): the
        // reader still reads the file it opened.
        try replaceFile(atPath: path, with: Self.pagedText.replacingOccurrences(of: "farmer", with: "FARMER"))
        try reader.tmux.send("G")
        let end = try reader.tmux.waitFor("the end after G") { $0.contains("Paragraph 56000:") }
        XCTAssertTrue(end.contains("farmer told"), end)
        XCTAssertFalse(end.contains("changed on disk"), end)
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)

        // Rewritten in place, in the middle (not read since the analysis): the status
        // line says so, and a search across the change still finds what lies past it
        // (the changed part reads as U+FFFD, the others as before).
        let again = try ReaderTmuxTests(name: "launch", testClosure: { _ in })
            .launch([path], width: 100, height: 30, waitForAnalysis: false)
        defer { again.tmux.kill() }
        _ = try again.tmux.waitFor("the analysis", timeout: 120) { $0.contains("56000 quotations") }
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.seek(toOffset: UInt64(Self.pagedText.utf8.count / 2))
        handle.write(Data(String(repeating: "#", count: 100).utf8))
        try handle.close()
        try again.tmux.send("/", "week 50000", "Enter")
        let changed = try again.tmux.waitFor("the changed file reported") {
            $0.contains("the file changed on disk: reopen it") && $0.contains("Paragraph 50000:")
        }
        XCTAssertFalse(changed.contains("#####"), changed)
        try again.tmux.send("q")
        XCTAssertEqual(try again.exitStatus(), 0)
    }

    /// A file past 2 GB (here its text, then a sparse tail that takes no
    /// disk): its start is shown, and the status line says why the rest is
    /// not, instead of "loading" for ever. The reader does not read the 2 GB.
    func testAFileTooLargeShowsItsStartAndSaysWhy() throws {
        let scratch = try Scratch()
        let path = scratch.file("huge.txt", Array(Self.text.utf8))
        XCTAssertEqual(truncate(path, 2_200_000_000), 0)
        let reader = try ReaderTmuxTests(name: "launch", testClosure: { _ in })
            .launch([path], width: 120, height: 30, waitForAnalysis: false)
        defer { reader.tmux.kill() }
        let screen = try reader.tmux.waitFor("the reason on the status line", timeout: 60) {
            $0.contains("only its start is shown: too large (2.2 GB)")
        }
        XCTAssertTrue(screen.contains("Paragraph 1:"), screen)
        XCTAssertFalse(screen.contains("loading"), screen)
        // Its annotations cannot be opened (no fingerprint of the whole): a tag says so.
        try reader.tmux.send("vwt")
        _ = try reader.tmux.waitFor("the read-only reason") { $0.contains("Read-only: only part of the file was read") }
        try reader.tmux.send("Escape")
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }

    /// The annotations are opened once the whole file is read and analysed, and
    /// replace those on screen: a tag made before that was lost without a word.
    /// Until then the reader is read-only and says why; then the tag is kept.
    func testATagBeforeTheAnnotationsAreOpenIsRefusedNotLost() throws {
        let scratch = try Scratch()
        let path = scratch.file("early.txt", Array(Self.pagedText.utf8))
        let reader = try ReaderTmuxTests(name: "launch", testClosure: { _ in })
            .launch([path], width: 120, height: 30, waitForAnalysis: false)
        defer { reader.tmux.kill() }
        try reader.tmux.send("vwt")
        let early = try reader.tmux.waitFor("the read-only reason") {
            $0.contains("Read-only: the annotations open once the article is read and analysed")
        }
        XCTAssertFalse(early.contains("quotations"), "refused while the analysis runs: \(early)")
        try reader.tmux.send("Escape")
        _ = try reader.tmux.waitFor("the analysis", timeout: 120) { $0.contains("quotations") }
        try reader.tmux.send("vwt")
        _ = try reader.tmux.waitFor("the tag picker") { $0.contains("<Enter> choose") }
        try reader.tmux.type("late")
        try reader.tmux.send("Enter")
        _ = try reader.tmux.waitFor("the tag") { $0.contains("Tagged late") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        let saved = try String(contentsOfFile: path + ".hearsay.json", encoding: .utf8)
        XCTAssertTrue(saved.contains("\"late\""), saved)
    }

    func testKeysTypedAheadAreAllApplied() throws {
        let scratch = try Scratch()
        let path = scratch.file("big.txt", Array(Self.text.utf8))
        let reader = try ReaderTmuxTests(name: "launch", testClosure: { _ in })
            .launch([path], width: 100, height: 30, waitForAnalysis: true)
        defer { reader.tmux.kill() }
        // 40 page-downs and a search prompt in one burst: the prompt appears only
        // after all the pages, and the screen is 40 pages on (27 rows a page).
        try reader.tmux.send(String(repeating: " ", count: 40) + "/")
        let screen = try reader.tmux.waitFor("the search prompt after 40 pages", timeout: 30) {
            Tmux.rows(of: $0).last?.hasPrefix("/") == true
        }
        XCTAssertFalse(screen.contains("Paragraph 1:"), screen)
        XCTAssertTrue(screen.range(of: #"Paragraph (2[0-9][0-9]|3[0-9][0-9]):"#, options: .regularExpression) != nil, screen)
        try reader.tmux.send("Escape", "q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }
}
