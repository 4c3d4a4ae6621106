import Foundation
import Testing

/// `hearsay analyze` run as a user runs it: the real binary, real files, real
/// exit codes and streams.
@Suite struct AnalyzeCommandTests {
    let article = """
        Water Talks Stall

        “We will not accept a dry river,” Foreign Minister Amina Qadir said on Monday.

        The UN envoy said the talks were “a step backwards” for both sides.
        """

    @Test func printsTheAnalysisAsJSON() throws {
        let scratch = try Scratch()
        let path = scratch.file("a.txt", article)
        let r = try Spawn.hearsay(["analyze", path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let json = try parseJSON(r.stdout)
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        #expect(quotes.count == 2)
        let speaker = try #require(quotes[0]["speaker"] as? [String: Any])
        #expect(speaker["name"] as? String == "Amina Qadir")
        let document = try #require(json["document"] as? [String: Any])
        #expect(document["sha256"] as? String == "\(sha256Hex(Array(article.utf8)))")
        #expect(r.stderr.isEmpty)
    }

    @Test func severalFilesGiveJSONLines() throws {
        let scratch = try Scratch()
        let a = scratch.file("a.txt", article)
        let b = scratch.file("b.txt", "“Nothing,” he said.\n")
        let r = try Spawn.hearsay(["analyze", a, b])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines { _ = try parseJSON(String(line)) }
    }

    @Test func readsStandardInput() throws {
        let r = try Spawn.hearsay(["analyze", "-"], stdin: Array(article.utf8))
        #expect(r.status == 0)
        let json = try parseJSON(r.stdout)
        #expect((json["quotes"] as? [Any])?.count == 2)
    }

    @Test func tableFormatIsForPeople() throws {
        let scratch = try Scratch()
        let r = try Spawn.hearsay(["analyze", "--format", "table", scratch.file("a.txt", article)])
        #expect(r.status == 0)
        #expect(r.stdout.contains("QUOTATIONS"))
        #expect(r.stdout.contains("Amina Qadir"))
        #expect(r.stdout.contains("ACTORS"))
    }

    @Test func missingFileFailsWithOneLine() throws {
        let r = try Spawn.hearsay(["analyze", "/nonexistent/article.txt"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("no such file"))
    }

    @Test func aFolderWithoutArticlesIsRefused() throws {
        // A folder is a corpus (its articles); one without any is a clear mistake.
        let scratch = try Scratch()
        _ = scratch.file("notes.csv", Array("a,b\n".utf8))
        let r = try Spawn.hearsay(["analyze", scratch.url.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("a folder with no articles in it (.txt, .md, .html)"))
    }

    /// `hearsay analyze corpus/*` where corpus holds a folder of pictures: that
    /// folder is said and fails the exit status, as an unreadable file does,
    /// and the articles around it are still analysed.
    @Test func aFolderWithoutArticlesAmongFilesLeavesTheOthersAnalysed() throws {
        let scratch = try Scratch()
        let first = scratch.file("a.txt", Array("“We are ready,” Lena Baird said.\n".utf8))
        let second = scratch.file("b.txt", Array("“We are not,” Omar Haddad said.\n".utf8))
        let pictures = scratch.url.appendingPathComponent("images").path
        try FileManager.default.createDirectory(atPath: pictures, withIntermediateDirectories: true)
        _ = scratch.file("images/pic.png", Array("x".utf8))
        let r = try Spawn.hearsay(["analyze", "--format", "summary", first, pictures, second])
        #expect(r.status == 1)
        #expect(r.stderr.contains("images: a folder with no articles in it"), "\(r.stderr)")
        #expect(r.stdout.contains("Lena Baird") && r.stdout.contains("Omar Haddad"), "\(r.stdout)")
        let quotes = try Spawn.hearsay(["quotes", first, pictures])
        #expect(quotes.status == 1)
        #expect(quotes.stdout.contains("We are ready"), "\(quotes.stdout)")
    }

    @Test func aFolderGivesItsTextMarkdownAndWebPageArticles() throws {
        // Each format as its extension says; annotation files and others are left out.
        let scratch = try Scratch()
        _ = scratch.file("a.txt", Array("“We are ready,” Lena Baird said.\n".utf8))
        _ = scratch.file("b.md", Array("# Title\n\n“We are *ready*,” Lena Baird said.\n".utf8))
        _ = scratch.file("c.HTML", Array("<html><body><p>“We are ready,” Lena Baird said.</p></body></html>".utf8))
        _ = scratch.file("a.txt.hearsay.json", Array("{}".utf8))
        _ = scratch.file("notes.csv", Array("a,b\n".utf8))
        let r = try Spawn.hearsay(["analyze", "--format", "summary", scratch.url.path])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t") }
        #expect(rows.map { String($0[0].split(separator: "/").last!) } == ["a.txt", "b.md", "c.HTML"])
        // One attributed quotation in each.
        #expect(rows.allSatisfy { $0[1] == "1" && $0[3] == "1" })
    }

    @Test func binaryFileIsRefusedClearly() throws {
        let scratch = try Scratch()
        let path = scratch.file("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        let r = try Spawn.hearsay(["analyze", path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("binary"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    /// Past 2 GB (offsets are 32-bit): refused at once, before it is read,
    /// with its size; the next file is still analysed. (A sparse file.)
    @Test func aFileTooLargeIsRefusedWithItsSize() throws {
        let scratch = try Scratch()
        let huge = scratch.file("huge.txt", article)
        #expect(truncate(huge, 2_200_000_000) == 0)
        let good = scratch.file("good.txt", article)
        let r = try Spawn.hearsay(["analyze", "--format", "summary", huge, good])
        #expect(r.status == 1)
        #expect(r.stderr == "hearsay: \(huge): too large (2.2 GB); Hearsay reads texts of up to 2 GB\n")
        #expect(r.stdout.contains("good.txt"))
    }

    @Test func oneBadFileDoesNotStopTheOthers() throws {
        let scratch = try Scratch()
        let good = scratch.file("good.txt", article)
        let r = try Spawn.hearsay(["analyze", "/nonexistent.txt", good])
        #expect(r.status == 1)
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test func emptyFileIsAnEmptyAnalysisWithANote() throws {
        let scratch = try Scratch()
        let r = try Spawn.hearsay(["analyze", scratch.file("empty.txt", "")])
        #expect(r.status == 0)
        let json = try parseJSON(r.stdout)
        #expect((json["quotes"] as? [Any])?.isEmpty == true)
        #expect(r.stderr.contains("empty"))
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let scratch = try Scratch()
        // "Café" saved as Latin-1: a lone 0xE9 byte.
        let path = scratch.file("latin1.txt", Array("“It is fine,” she said. Caf".utf8) + [0xE9, 0x0A])
        let r = try Spawn.hearsay(["analyze", path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("invalid UTF-8"))
        let json = try parseJSON(r.stdout)
        #expect((json["quotes"] as? [Any])?.count == 1)
        let document = try #require(json["document"] as? [String: Any])
        #expect(document["length"] as? Int == "“It is fine,” she said. Caf\u{FFFD}\n".unicodeScalars.count)
    }

    @Test func tenThousandUnbalancedMarksStayLocal() throws {
        let scratch = try Scratch()
        var text = ""
        for k in 0..<10_000 { text += "Paragraph \(k) opens “a quote that never closes\n\n" }
        let r = try Spawn.hearsay(["analyze", scratch.file("marks.txt", text)])
        #expect(r.status == 0)
        let json = try parseJSON(r.stdout)
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        #expect(quotes.count == 10_000)
        for q in quotes {
            let quoted = try #require(q["text"] as? String)
            #expect(!quoted.contains("\n"))
            #expect(q["balanced"] as? Bool == false)
        }
    }

    /// The same 10,000 marks in one paragraph, straight and curly: the JSON
    /// stays a small multiple of the text (it was quadratic: every quotation ran
    /// to the paragraph's end, with its text).
    @Test func tenThousandUnbalancedMarksInOneParagraphStayLinear() throws {
        let scratch = try Scratch()
        for (name, unit) in [("straight.txt", "He said \""), ("curly.txt", "She said “yes and ")] {
            let text = String(repeating: unit, count: 10_000) + "\n"
            let r = try Spawn.hearsay(["analyze", scratch.file(name, text)])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(r.stdout.utf8.count < 40 * text.utf8.count, "\(name): \(r.stdout.utf8.count) bytes of JSON")
            let quotes = try #require(try parseJSON(r.stdout)["quotes"] as? [[String: Any]])
            #expect(quotes.count >= 5_000 && quotes.count <= 10_000, "\(name): \(quotes.count)")
        }
    }

    /// A device or a FIFO is read as a stream, as standard input is (/dev/null
    /// was "cannot read (I/O error)").
    @Test func aDeviceOrAFIFOIsReadAsAStream() throws {
        let null = try Spawn.hearsay(["analyze", "/dev/null", "--format", "summary"])
        #expect(null.status == 0, "\(null.stderr)")
        #expect(null.stderr.contains("the file is empty"), "\(null.stderr)")
        let scratch = try Scratch()
        let fifo = scratch.url.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            let text = Array("“We will win,” Anna Smith said.\n".utf8)
            _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        writer.start()
        let r = try Spawn.hearsay(["analyze", fifo, "--format", "summary"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Anna Smith"), "\(r.stdout)")
    }

    /// A mistyped command, a query where a file goes: said with what was meant.
    @Test func mistakesThatLookLikeSomethingElseSaySo() throws {
        let command = try Spawn.hearsay(["frobnicate"])
        #expect(command.status == 1)
        #expect(command.stderr.contains("not a file, nor a command: analyze"), "\(command.stderr)")
        let scratch = try Scratch()
        let query = try Spawn.hearsay(["quotes", scratch.file("a.txt", "“Yes,” Anna Smith said.\n"), "speaker:anna"])
        #expect(query.status == 1)
        #expect(query.stderr.contains("a query goes after --where"), "\(query.stderr)")
    }

    @Test func controlCharactersNeverReachTheTerminalRaw() throws {
        let scratch = try Scratch()
        let path = scratch.file("esc.txt", "“Hello \u{1B}]0;pwned\u{07} there,” Jane Roe said.\n")
        let table = try Spawn.hearsay(["analyze", "--format", "table", path])
        #expect(table.status == 0)
        #expect(!table.stdoutBytes.contains(0x1B))
        #expect(!table.stdoutBytes.contains(0x07))
        let json = try Spawn.hearsay(["analyze", path])
        #expect(!json.stdoutBytes.contains(0x1B))
        #expect(json.stdout.contains("\\u001b"))
    }

    @Test func fileOffsetsCountCRLFAsTwo() throws {
        let scratch = try Scratch()
        let text = "Intro line.\r\n\r\n“We will win,” Jane Roe said.\r\n"
        let path = scratch.file("crlf.txt", text)
        let scalars = Array(text.unicodeScalars)
        let fileStart = scalars.firstIndex(of: "“")!
        let r = try Spawn.hearsay(["analyze", "--file-offsets", path])
        #expect(r.status == 0)
        let quote = try #require((try parseJSON(r.stdout)["quotes"] as? [[String: Any]])?.first)
        #expect(quote["start"] as? Int == fileStart)
        let plain = try #require((try parseJSON(try Spawn.hearsay(["analyze", path]).stdout)["quotes"] as? [[String: Any]])?.first)
        #expect(plain["start"] as? Int == fileStart - 2)   // two CRs before it became LFs
    }

    @Test func withoutATerminalTheReaderSaysWhatToUseInstead() throws {
        // The test runner has no controlling terminal (CI has none either).
        let r = try Spawn.run("/usr/bin/setsid", [Spawn.hearsay])
        #expect(r.status == 1)
        // The reason depends on the environment (no /dev/tty, or TERM unset as in CI);
        // either way the user learns what to run instead.
        #expect(r.stderr.contains("terminal"))
        #expect(r.stderr.contains("hearsay render FILE"))
    }

    @Test func renderWithoutArgumentsShowsTheBundledSample() throws {
        let r = try Spawn.hearsay(["render", "--size", "100x30"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("sample-editorial.txt"))
        #expect(r.stdout.contains("Quotations"))
        #expect(r.stdout.split(separator: "\n").count == 30)
    }

    /// G on a last paragraph longer than the screen: its last line at the bottom, at 100%.
    @Test func renderGShowsTheEndOfALongLastParagraph() throws {
        let scratch = try Scratch()
        let text = "A short first line.\n\n" + (0..<300).map { "Sentence number \($0) is here." }.joined(separator: " ") + "\n"
        let r = try Spawn.hearsay(["render", scratch.file("last.txt", text), "--size", "100x12", "--keys", "G"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let rows = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count >= 11)
        #expect(rows[9].contains("Sentence number 299 is here."), "\(r.stdout)")   // the text's last row
        #expect(rows[10].hasSuffix("100%"), "\(r.stdout)")                         // the status line
    }

    /// A theme asked for by name that does not exist: said once, plainly, exit 1
    /// (not "using the default" followed by a usage error).
    @Test func renderWithAnUnknownThemeSaysSo() throws {
        let scratch = try Scratch()
        let r = try Spawn.hearsay(["render", scratch.file("a.txt", "Hello.\n"), "--color", "--theme", "nope"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("theme 'nope': no such theme"), "\(r.stderr)")
        #expect(!r.stderr.contains("using the default") && !r.stderr.contains("Usage:"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    /// render's mistakes: a bad --size shows render's usage; a missing
    /// --keys-file is said as missing (it was a CocoaError dump).
    @Test func renderMistakesAreSaidPlainly() throws {
        let scratch = try Scratch()
        let file = scratch.file("a.txt", "Hello.\n")
        let size = try Spawn.hearsay(["render", file, "--size", "abc"])
        #expect(size.status == 64)
        #expect(size.stderr.contains("Usage: hearsay render"), "\(size.stderr)")
        let pretty = try Spawn.hearsay(["analyze", file, "--pretty", file])
        #expect(pretty.status == 64 && pretty.stderr.contains("--pretty takes one article"), "\(pretty.stderr)")
        let keys = try Spawn.hearsay(["render", file, "--keys-file", scratch.url.path + "/none.keys"])
        #expect(keys.status == 1)
        #expect(keys.stderr.contains("none.keys: no such file") && !keys.stderr.contains("CocoaError"), "\(keys.stderr)")
    }

    @Test func versionAndHelp() throws {
        let v = try Spawn.hearsay(["--version"])
        #expect(v.status == 0)
        #expect(v.stdout.split(separator: ".").count == 3)
        let h = try Spawn.hearsay(["analyze", "--help"])
        #expect(h.status == 0)
        #expect(h.stdout.contains("--format"))
        #expect(h.stdout.contains("USAGE: hearsay analyze"))
    }

    /// `analyze` is parsed on its own first (`FastStart.runAnalyzeIfValid`);
    /// anything that parse refuses goes through the whole command tree, so the
    /// messages still name `hearsay analyze`, and the exit codes are the same.
    @Test(arguments: [
        (["analyze", "--nope", "x"], 64, ["Unknown option '--nope'", "Usage: hearsay analyze"]),
        (["analyze", "--annotations", "a.json", "x"], 64, ["--annotations goes with --reviewed", "Usage: hearsay analyze"]),
        (["analyze", "/nonexistent/article.txt"], 1, ["hearsay: /nonexistent/article.txt:"]),
    ])
    func mistakesAreReportedAsByTheWholeCommand(arguments: [String], status: Int, says: [String]) throws {
        let r = try Spawn.hearsay(arguments)
        #expect(Int(r.status) == status)
        for words in says { #expect(r.stderr.contains(words), "\(arguments): \(r.stderr)") }
    }
}

/// SHA-256 by the system's sha256sum, to check Hearsay's own implementation.
func sha256Hex(_ bytes: [UInt8]) -> String {
    let scratch = try! Scratch()
    let path = scratch.file("h", bytes)
    let r = try! Spawn.run("/usr/bin/sha256sum", [path])
    return String(r.stdout.prefix(64))
}
