import Foundation
import HearsayCore
@testable import HearsayExport
import Testing

fileprivate func text(_ output: ExportOutput) -> String {
    if case .text(let s) = output { return s }
    Issue.record("expected text output")
    return ""
}

/// The line without its block-quote and list-item prefixes (`> `, `- `, indentation).
fileprivate func content(_ line: Substring) -> Substring {
    var s = line
    while true {
        let before = s
        s = s.drop { $0 == " " }
        if s.hasPrefix(">") { s = s.dropFirst() }
        if s.hasPrefix("- ") { s = s.dropFirst(2) }
        if s == before { return s }
    }
}

/// The `|` not escaped by a backslash.
fileprivate func unescapedPipes(_ line: Substring) -> Int {
    var n = 0
    var backslashes = 0
    for c in line {
        if c == "|", backslashes % 2 == 0 { n += 1 }
        backslashes = c == "\\" ? backslashes + 1 : 0
    }
    return n
}

/// Whether every `c` in `s` is backslash-escaped.
fileprivate func allEscaped(_ c: Character, in s: Substring) -> Bool {
    var backslashes = 0
    for x in s {
        if x == c, backslashes % 2 == 0 { return false }
        backslashes = x == "\\" ? backslashes + 1 : 0
    }
    return true
}

@Suite struct MarkdownExportTests {
    @Test func sampleSnapshot() {
        let md = text(MarkdownExporter.export([ExportFixture.sample()]))
        if let why = CSVSnapshot.mismatch(md, named: "markdown-sample.md") { Issue.record(Comment(rawValue: why)) }
    }

    @Test func sampleHasTheSections() {
        let input = ExportFixture.sample()
        let md = text(MarkdownExporter.export([input]))
        #expect(md.hasPrefix("# On the Kunar, Two Capitals Are Running Dry\n"))
        #expect(md.contains("\n## Who speaks\n"))
        #expect(md.contains("| Actor | Type | Quotations | Words quoted | Mentions |"))
        #expect(md.contains("\n## Quotations by speaker\n"))
        #expect(md.contains("\n## Tagged passages\n"))
        #expect(md.contains("\n### blame/threat\n"))
        #expect(md.contains("\n### diplomacy\n"))
        #expect(md.contains("**Note:** Quoted first."))
        #expect(md.contains("accepted"))
        #expect(md.contains("### Rejected by the reviewer"))
        let rows = WhoSpeaks.stats(input.reviewed)
        #expect(md.split(separator: "\n").filter { $0.hasPrefix("| ") }.count == 2 + rows.count)
    }

    @Test func hostileTextCannotBreakTheStructure() {
        let md = text(MarkdownExporter.export([ExportFixture.sample(hostile: true)]))
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
        var tableWidth: Int?
        for line in lines {
            let c = content(line)
            // No fence, heading, HTML, list or thematic break starts in escaped text.
            #expect(!c.hasPrefix("```") && !c.hasPrefix("~~~"), "a fence: \(line)")
            #expect(!c.hasPrefix("<"), "HTML: \(line)")
            #expect(!line.hasPrefix("    "), "indented code: \(line)")
            if line.hasPrefix("#") { #expect(line.hasPrefix("# ") || line.hasPrefix("## ") || line.hasPrefix("### ")) }
            // Every table row has as many unescaped pipes as the header.
            if line.hasPrefix("|") {
                let n = unescapedPipes(line)
                if tableWidth == nil { tableWidth = n }
                #expect(n == tableWidth, "table row: \(line)")
            } else if !line.isEmpty {
                tableWidth = nil
                #expect(unescapedPipes(line) == 0, "a pipe outside a table: \(line)")
            }
            #expect(allEscaped("<", in: line) && allEscaped(">", in: c) && allEscaped("`", in: line), "unescaped: \(line)")
            #expect(allEscaped("[", in: line) && allEscaped("&", in: line))
        }
        #expect(md.contains("\\<script\\>alert"))
        // The note's two lines stay in the block quote, joined by a hard line break.
        #expect(md.contains("> **Note:** \\<script\\>alert\\(1\\)\\</script\\> \"note\", with =SUM\\(A1\\) and\\\n> new lines \\| \\`\\`\\`\n"))
        #expect(md.contains("**Note:** \\=cmd\\|'/c calc'\\!A1"))
    }

    @Test func escapingRules() {
        #expect(MarkdownExporter.inline("a*b_c`d") == "a\\*b\\_c\\`d")
        #expect(MarkdownExporter.inline("# not a heading") == "\\# not a heading")
        #expect(MarkdownExporter.inline("- not a list") == "\\- not a list")
        #expect(MarkdownExporter.inline("1. not a list") == "1\\. not a list")
        #expect(MarkdownExporter.inline("in-word - dash") == "in-word - dash")
        #expect(MarkdownExporter.inline("Jan. 12") == "Jan. 12")
        #expect(MarkdownExporter.inline("<b>&amp;</b>") == "\\<b\\>\\&amp;\\</b\\>")
        #expect(MarkdownExporter.inline("two\nlines\tand  tabs") == "two lines and tabs")
        #expect(MarkdownExporter.cell("a | b") == "a \\| b")
        #expect(MarkdownExporter.noteBlock("one\n\ntwo", prefix: "> ") == ["> **Note:** one\\", "> two"])
    }

    @Test func renderedByPythonMarkdownWhenInstalled() throws {
        guard TableSpawn.pythonHas("markdown") else { return }
        let md = text(MarkdownExporter.export([ExportFixture.sample(hostile: true)]))
        let r = try TableSpawn.python("import sys, markdown; print(markdown.markdown(sys.stdin.read(), extensions=['tables']))", input: md)
        #expect(r.status == 0, "python: \(r.stderr)")
        #expect(!r.stdout.contains("<script"))
        #expect(!r.stdout.contains("<code>"))
        #expect(!r.stdout.contains("<pre>"))
    }

    @Test func withoutTextOnlyOffsets() {
        let input = ExportFixture.sample(includeText: false)
        let md = text(MarkdownExporter.export([input]))
        #expect(md.hasPrefix("# sample-editorial.txt\n"))
        #expect(!md.contains("Rivers keep no ledgers"))
        #expect(!md.contains("On the Kunar, Two"))
        #expect(!md.contains("\n> “"))
        let q0 = input.detected.quotations[0].range
        #expect(md.contains("- \(q0.start)–\(q0.end) · *"))
        #expect(md.contains("**Note:** Quoted first."))
    }

    @Test func severalArticles() {
        let md = text(MarkdownExporter.export([ExportFixture.sample(), ExportFixture.sample(hostile: true)]))
        #expect(md.split(separator: "\n").filter { $0.hasPrefix("# ") }.count == 2)
    }
}
