import Foundation
import HearsayCore
import XCTest

/// Issue 4 end to end: tag a sentence and write a note in the real reader, quit,
/// reopen, and find the annotation, the reading position and the undo history.
final class ReaderAnnotationTmuxTests: XCTestCase {
    func testTagNoteQuitReopenUndo() throws {
        let folder = try Scratch()
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/sample-editorial.txt")
        let article = folder.file("article.txt", Array(try Data(contentsOf: sample)))
        let annotations = article + ".hearsay.json"
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })   // for its launch helper

        // First session: select the sentence at the cursor, tag it, write a note.
        var reader = try host.launch([article])
        try reader.tmux.send("}", "}")
        try reader.tagSentence("blame")
        try reader.tmux.send("c")
        try reader.tmux.waitFor("the note editor") { $0.contains("─ Note ") }
        try reader.tmux.type("Framing the dispute")
        try reader.tmux.send("Escape")
        try reader.tmux.waitFor("the note saved") { $0.contains("Note saved") }
        // Move the reading position on, then quit.
        try reader.tmux.send("]", "q", "]", "q", "]", "q")
        try reader.tmux.waitFor("a quotation further on") { $0.contains("Quotation ") }
        let before = try reader.tmux.settle()
        let markedLine = Tmux.rows(of: before).first { $0.contains("▌") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        reader.tmux.kill()

        let saved = try String(contentsOfFile: annotations, encoding: .utf8)
        XCTAssertTrue(saved.contains("\"blame\""))
        XCTAssertTrue(saved.contains("Framing the dispute"))

        // Second session: the annotation is listed, the cursor is where it was, undo works.
        reader = try host.launch([article])
        defer { reader.tmux.kill() }
        try reader.tmux.waitFor("the reading position restored") { screen in
            Tmux.rows(of: screen).first { $0.contains("▌") } == markedLine
        }
        try reader.tmux.send("T")
        try reader.tmux.waitFor("the Annotations tab") { Screen.sidePane($0).contains("blame Framing the dispute") }
        // The note is the earlier session's change: undoing it asks first.
        try reader.tmux.send("u")
        try reader.tmux.waitFor("the question") { $0.contains("Undo “Note saved” from an earlier session") }
        try reader.tmux.send("y")
        try reader.tmux.waitFor("the note undone") { $0.contains("Undone: Note saved") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        // The note is gone from the annotation (it stays in the journal, for redo).
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: annotations))) as? [String: Any]
        let saved2 = (json?["annotations"] as? [[String: Any]]) ?? []
        XCTAssertEqual(saved2.count, 1)
        XCTAssertEqual(saved2.first?["note"] as? String, "")
        XCTAssertEqual(saved2.first?["tags"] as? [String], ["blame"])
    }
}

final class SharedCodebookTmuxTests: XCTestCase {
    /// A tag made while reading one article is digit 1 in the next (`--codebook`).
    func testTwoArticlesShareACodebook() throws {
        let folder = try Scratch()
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/sample-editorial.txt")
        let bytes = Array(try Data(contentsOf: sample))
        let first = folder.file("first.txt", bytes), second = folder.file("second.txt", bytes)
        let codebook = folder.url.appendingPathComponent("codes.json").path
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })

        var reader = try host.launch(["read", first, "--codebook", codebook])
        try reader.waitUntilWritable()
        try reader.tmux.send("]", "q", "t")
        try reader.chooseTag("shared-tag")
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        reader.tmux.kill()
        XCTAssertTrue(try String(contentsOfFile: codebook, encoding: .utf8).contains("shared-tag"))

        reader = try host.launch(["read", second, "--codebook", codebook])
        try reader.tmux.send("]", "q", "1")
        try reader.tmux.waitFor("tag 1 applied from the shared codebook") { $0.contains("Tagged shared-tag") }
        // Renamed here, the tag is renamed in the first article too when it is
        // next opened (not brought back under its old name).
        try reader.tmux.type(":tag rename shared-tag framing")
        try reader.tmux.send("Enter")
        try reader.tmux.waitFor("the rename") { $0.contains("Renamed shared-tag to framing") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        reader.tmux.kill()

        reader = try host.launch(["read", first, "--codebook", codebook])
        defer { reader.tmux.kill() }
        try reader.tmux.waitFor("the rename followed") { $0.contains("renamed here too: shared-tag → framing") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        let firstFile = try parseJSON(String(contentsOfFile: first + ".hearsay.json", encoding: .utf8))
        let passages = firstFile["annotations"] as? [[String: Any]] ?? []
        XCTAssertEqual(passages.map { $0["tags"] as? [String] ?? [] }, [["framing"]])
        let ownTags = (firstFile["codebook"] as? [String: Any])?["tags"] as? [[String: Any]] ?? []
        XCTAssertEqual(ownTags.compactMap { $0["name"] as? String }, ["framing"])
        let shared = try String(contentsOfFile: codebook, encoding: .utf8)
        XCTAssertFalse(shared.contains("\"name\" : \"shared-tag\""), shared)
        XCTAssertTrue(shared.contains("\"shared-tag\" : \"framing\""), shared)
    }
}

final class ExternalEditorTmuxTests: XCTestCase {
    /// `C` hands the terminal to $VISUAL and takes it back with the note written there.
    func testNoteWrittenInTheEditor() throws {
        let folder = try Scratch()
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/sample-editorial.txt")
        let article = folder.file("article.txt", Array(try Data(contentsOf: sample)))
        // A stand-in editor: appends a line to the file it is given.
        let editor = folder.file("editor.sh", Array("#!/bin/sh\nprintf 'Written in the editor\\n' >> \"$1\"\n".utf8))
        chmod(editor, 0o755)
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })
        let reader = try host.launch([article], environment: ["VISUAL": editor])
        defer { reader.tmux.kill() }
        // (`C` while the annotation file is still opening would be refused; CI once was that quick.)
        try reader.waitUntilWritable()
        try reader.tmux.send("]", "q", "C")
        try reader.tmux.waitFor("the note saved from the editor") { $0.contains("Note saved") }
        XCTAssertEqual(try reader.tmux.display("#{alternate_on}"), "1", "the reader took the terminal back")
        try reader.tmux.send("T")
        try reader.tmux.waitFor("the note listed") { Screen.sidePane($0).contains("Written in the editor") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        XCTAssertTrue(try String(contentsOfFile: article + ".hearsay.json", encoding: .utf8).contains("Written in the editor"))
    }
}

final class ChangedArticleTmuxTests: XCTestCase {
    /// Annotations follow an edited article; what cannot be found is kept as an orphan, and the reader says so.
    func testReopeningAnEditedArticleReanchorsAndReports() throws {
        let folder = try Scratch()
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/sample-editorial.txt")
        let original = try String(contentsOf: sample, encoding: .utf8)
        let article = folder.file("article.txt", Array(original.utf8))
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })

        // Tag the first quotation and the sentence of the third paragraph.
        var reader = try host.launch([article])
        try reader.waitUntilWritable()
        try reader.tmux.send("]", "q", "t")
        try reader.chooseTag("kept")
        try reader.tmux.send("g", "}", "}", "V", "1")
        try reader.tmux.waitFor("second tag") { $0.contains("Tagged kept") && !$0.contains(" VISUAL ") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        reader.tmux.kill()

        // Edit the article: a new paragraph at the top, and the third paragraph's first sentence removed.
        var paragraphs = original.components(separatedBy: "\n\n")
        let third = paragraphs[2]
        let firstStop = third.range(of: ". ")!
        paragraphs[2] = String(third[firstStop.upperBound...])
        paragraphs.insert("An editor's note was added at the top of this article.", at: 0)
        try paragraphs.joined(separator: "\n\n").write(toFile: article, atomically: false, encoding: .utf8)

        reader = try host.launch([article])
        defer { reader.tmux.kill() }
        try reader.tmux.waitFor("the re-anchoring report") { $0.contains("Article changed: passages 0 kept, 1 moved, 1 orphaned") }
        try reader.tmux.send("T")
        try reader.tmux.waitFor("the orphan listed") { Screen.sidePane($0).contains("⚠") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }
}

/// A big annotation file is read on another thread: the reader answers keys
/// while it is read (read-only, saying why), then takes a tag beside the
/// 50,000 there, saved on the save queue's thread.
final class BigAnnotationFileTmuxTests: XCTestCase {
    static let count = 50_000

    func testKeysAreAnsweredWhileTheFileIsReadAndATagIsSavedBesideTheRest() throws {
        let folder = try Scratch()
        let sample = Article.repositoryRoot.appendingPathComponent("Samples/sample-editorial.txt")
        let bytes = Array(try Data(contentsOf: sample))
        let article = folder.file("article.txt", bytes)
        try Data(Self.annotationFile(for: bytes, count: Self.count).utf8)
            .write(to: URL(fileURLWithPath: article + ".hearsay.json"))
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })
        let reader = try host.launch([article], waitForAnalysis: false)
        defer { reader.tmux.kill() }
        // The analysis is on screen; the annotation file (25 MB) is still being
        // read. A key is answered at once: refused, saying why. (Before, the
        // file was read on the reader's thread before this frame, and the key
        // opened the tag picker after it.)
        _ = try reader.tmux.waitFor("the analysis", timeout: 60) { $0.contains("quotations") }
        try reader.tmux.send("v", "w", "t")
        let refused = try reader.tmux.waitFor("the read-only reason") {
            $0.contains("Read-only: the annotations open once the article is read and analysed")
        }
        XCTAssertTrue(refused.contains("quotations"), refused)
        try reader.tmux.send("Escape")
        try Self.openTagPickerOnceTheFileIsRead(reader)
        try reader.tmux.type("late")
        try reader.tmux.send("Enter")
        // Reading 25 MB took far longer than 30 ms: the save is not waited for,
        // and the status line says it is being written until it is on disk.
        let tagged = try reader.tmux.waitFor("the tag applied") { $0.contains("Tagged late") }
        XCTAssertTrue(tagged.contains("saving…"), tagged)
        try reader.tmux.waitFor("the save written", timeout: 60) { !$0.contains("saving…") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: article + ".hearsay.json"))) as? [String: Any]
        let annotations = (json?["annotations"] as? [[String: Any]]) ?? []
        XCTAssertEqual(annotations.count, Self.count + 1)
        XCTAssertEqual(annotations.filter { ($0["tags"] as? [String]) == ["late"] }.count, 1)
    }

    /// A save behind the screen that fails (the disk is full) says so once it
    /// ends, and the file on disk stays the whole previous version.
    func testASaveBehindTheScreenThatFailsSaysSoAndLosesNothing() throws {
        let folder = try Scratch()
        let disk = folder.url.appendingPathComponent("disk").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        // 30 MB: room for the file (18 MB), not for it and its next version side by side.
        guard (try? Spawn.run("/bin/mount", ["-t", "tmpfs", "-o", "size=30m", "tmpfs", disk]))?.status == 0 else {
            throw XCTSkip("cannot mount a tmpfs here (not root, or not allowed)")
        }
        defer { _ = try? Spawn.run("/bin/umount", [disk]) }
        let sample = Article.repositoryRoot.appendingPathComponent("Samples/sample-editorial.txt")
        let bytes = Array(try Data(contentsOf: sample))
        let article = disk + "/article.txt"
        try Data(bytes).write(to: URL(fileURLWithPath: article))
        let before = Data(Self.annotationFile(for: bytes, count: Self.count).utf8)
        try before.write(to: URL(fileURLWithPath: article + ".hearsay.json"))
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })
        let reader = try host.launch([article], waitForAnalysis: false)
        defer { reader.tmux.kill() }
        _ = try reader.tmux.waitFor("the analysis", timeout: 60) { $0.contains("quotations") }
        try Self.openTagPickerOnceTheFileIsRead(reader)
        try reader.tmux.type("full")
        try reader.tmux.send("Enter")
        let tagged = try reader.tmux.waitFor("the tag applied") { $0.contains("Tagged full") }
        XCTAssertTrue(tagged.contains("saving…"), tagged)
        // ("Not saved: cannot write …/disk/.article.txt.hearsay.json…: No space left on device",
        // cut at the screen's width.)
        _ = try reader.tmux.waitFor("the failed save", timeout: 60) { $0.contains("Not saved: cannot write") }
        try reader.tmux.waitFor("the save ended") { !$0.contains("saving…") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: article + ".hearsay.json")), before, "the previous version, whole")
        let left = try FileManager.default.contentsOfDirectory(atPath: disk).sorted()
        XCTAssertEqual(left, ["article.txt", "article.txt.hearsay.json"], "no temporary file left")
    }

    /// Presses `v`, `w`, `t` until the tag picker opens: the annotation file has
    /// been read (until then the reader is read-only and refuses).
    static func openTagPickerOnceTheFileIsRead(_ reader: ReaderTmuxTests.Reader) throws {
        let deadline = Date().addingTimeInterval(120)
        while !(try reader.tmux.capture()).contains("─ Tag "), Date() < deadline {
            try reader.tmux.send("Escape", "Escape", "v", "w", "t")
            usleep(300_000)
        }
        try reader.tmux.waitFor("the tag picker") { $0.contains("─ Tag ") }
    }

    /// An annotation file of `count` tagged passages (sliding over
    /// the text) for the article made of `bytes`.
    static func annotationFile(for bytes: [UInt8], count: Int) -> String {
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        func text(_ r: Range<Int>) -> String {
            var out = "\""
            for s in scalars[r] {
                switch s {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case _ where s.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(s.value, radix: 16).count) + String(s.value, radix: 16)
                default: out.unicodeScalars.append(s)
                }
            }
            return out + "\""
        }
        var items: [String] = []
        items.reserveCapacity(count)
        for k in 0..<count {
            let start = (k * 37) % (scalars.count - 80), end = start + 24
            items.append("""
                {"anchor": {"end": \(end), "exact": \(text(start..<end)), "prefix": \(text(max(0, start - 32)..<start)), \
                "start": \(start), "suffix": \(text(end..<min(scalars.count, end + 32)))}, "created": "2026-11-30T12:00:00Z", \
                "id": "\(String(k + 1, radix: 16))", "modified": "2026-11-30T12:00:00Z", "note": "", "orphaned": false, "tags": ["old"]}
                """)
        }
        return """
            {"actorEdits": [], "annotations": [\(items.joined(separator: ",\n"))],
            "codebook": {"tags": [{"description": "", "name": "old"}]},
            "document": {"length": \(scalars.count), "sha256": "\(SHA256.hex(SHA256.digest(bytes)))"},
            "journal": {"redo": [], "undo": []}, "reading": {"marks": {}, "position": 0}, "reviews": [], "version": 2}
            """
    }
}
