import Foundation
import HearsayCore
@testable import HearsayUI
import Testing

/// A Markdown article in the reader: the markup is not drawn and takes no
/// room, headings, emphasis and links are styled, and offsets stay the source's.
struct MarkdownReaderTests {
    static let source = """
        # The *river* report

        The minister said **“we will not move”** on Monday, citing [the treaty](https://example.org/treaty).

        > “Nobody asked us,” a farmer said.
        """

    /// A Markdown article made from `source`, analysed, as the reader opens one.
    func markdownArticle(_ source: String, name: String) -> Article {
        let document = Document(text: source)
        return Article(name: name, document: document, analysis: Analyzer.analyze(document),
                       markup: MarkdownMarkup.parse(document.scalars))
    }

    func state(width: Int = 100) -> AppState {
        AppState(article: markdownArticle(Self.source, name: "story.md"), width: width, height: 12)
    }

    @Test func theMarkupIsNotDrawn() {
        let rows = render(state(width: 160)).rows.map { $0.prefix(100) }.joined(separator: "\n")
        #expect(rows.contains("The river report"), "\(rows)")
        #expect(rows.contains("The minister said “we will not move” on Monday, citing the treaty."), "\(rows)")
        for markup in ["# ", "**", "](", "https://", "> “"] { #expect(!rows.contains(markup), "\(markup) drawn:\n\(rows)") }
    }

    @Test func headingsEmphasisAndLinksHaveTheirRoles() {
        let screen = render(state())
        let dump = ScreenDump.render(screen)
        #expect(dump.contains("text.heading"), "\(dump)")
        #expect(dump.contains("text.link"))
        // The quotation is still a quotation, over the strong style.
        #expect(dump.contains("quote"))
    }

    @Test func hiddenMarkupTakesNoRoomWhenWrapping() {
        let scalars = ScalarText("**aaaa** bbbb".unicodeScalars)
        let hidden = [TextRange(0, 2), TextRange(6, 8)]
        // "aaaa bbbb" is 9 cells: it fits a 9-cell line once the markup is hidden.
        #expect(ArticleLayout.wrap(scalars, TextRange(0, scalars.count), width: 9, hidden: hidden).count == 1)
        #expect(ArticleLayout.wrap(scalars, TextRange(0, scalars.count), width: 9).count == 2)
    }

    @Test func aLineBreakStartsALineWithItsIndentation() {
        let scalars = ScalarText("Has:\n- one\n  - two".unicodeScalars)
        let lines = ArticleLayout.wrap(scalars, TextRange(0, scalars.count), width: 40, breaks: [5, 11])
        #expect(lines.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == ["Has:", "- one", "  - two"])
        // Without breaks the paragraph is reflowed, as plain text is.
        #expect(ArticleLayout.wrap(scalars, TextRange(0, scalars.count), width: 40).count == 1)
    }

    @Test func listItemsHaveTheirOwnLinesAndACommentTakesNoRows() {
        let source = "The library now has:\n- flood doors\n- an archive\n\n<!-- checked -->\n\nAfter."
        let article = markdownArticle(source, name: "list.md")
        #expect(article.paragraphs.count == 2)
        let rows = render(AppState(article: article, width: 60, height: 12)).rows
            .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "▌"))) }
        let text = rows.filter { !$0.isEmpty && !$0.contains("list.md") }
        #expect(Array(text.prefix(4)) == ["The library now has:", "- flood doors", "- an archive", "After."], "\(rows)")
    }

    @Test func theOutlineShowsParagraphsWithoutTheirMarkup() {
        var s = state(width: 120)
        s.press("<Tab>]t]t")
        let rows = render(s).rows.joined(separator: "\n")
        #expect(rows.contains("¶1 The river report"), "\(rows)")
        #expect(rows.contains("¶2 The minister said “we will not"), "\(rows)")
        #expect(!rows.contains("# The") && !rows.contains("**“"), "\(rows)")
    }

    /// The outline's rows of Markdown headings are drawn as headings: its sections.
    @Test func theOutlineMarksHeadings() {
        let source = "Intro paragraph.\n\n## What has changed\n\nBody text."
        let article = markdownArticle(source, name: "h.md")
        #expect(article.isHeading(paragraph: 1) && !article.isHeading(paragraph: 2))
        var s = AppState(article: article, width: 120, height: 12)
        s.press("<Tab>]t]t")
        let screen = render(s)
        func role(ofRowContaining text: String) -> Role? {
            guard let row = screen.rows.firstIndex(where: { $0.contains("¶") && $0.contains(text) }),
                  let column = Array(screen.rows[row]).firstIndex(of: "¶") else { return nil }
            return screen[row, column + 4].role   // a letter of the paragraph's text
        }
        #expect(role(ofRowContaining: "What has changed") == .textHeading, "\(screen.rows)")
        #expect(role(ofRowContaining: "Body text") == .text, "\(screen.rows)")
    }

    /// In a plain text, a short line between paragraphs reads as a subheading
    /// and the Outline marks it; a question or a quotation on its own does not.
    @Test func theOutlineMarksAPlainTextsSubheadings() {
        let source = """
            Library reopens

            The town's library reopened on Friday after the flood of two years ago.

            A slow recovery

            The rebuild cost £4.2 million, most of it paid by the county council.

            Was it worth it?

            Most readers think so, a survey by the library found last month.

            “We lost everything”

            The head librarian said the first weeks were the hardest of her career.
            """
        let document = Document(text: source)
        let article = Article(name: "t.txt", document: document, analysis: Analyzer.analyze(document))
        #expect((0..<article.paragraphs.count).filter { article.isHeading(paragraph: $0) } == [2])
    }

    @Test func aQuotationRowShowsItsTextWithoutMarkup() {
        let source = "The minister said “we will *not* move” on Monday."
        let article = markdownArticle(source, name: "q.md")
        var s = AppState(article: article, width: 120, height: 10)
        s.press("<Tab>")
        let rows = render(s).rows.joined(separator: "\n")
        #expect(rows.contains("“we will not move”"), "\(rows)")
        #expect(!rows.contains("*not*"), "\(rows)")
    }

    /// A block quote is drawn in from the text's edge behind a bar, on every
    /// line it wraps to, and wrapped to the narrower width.
    @Test func aBlockQuoteHasABarOnEachOfItsLines() {
        let source = "Before.\n\n> “We lost the ground floor in an afternoon and it took two years,” said the librarian.\n\nAfter."
        let article = markdownArticle(source, name: "bq.md")
        #expect(article.indent(ofParagraph: 1) == Article.blockQuoteIndent && article.indent(ofParagraph: 0) == 0)
        let s = AppState(article: article, width: 50, height: 12)
        let rows = render(s).rows
        let quoted = rows.filter { $0.contains("│ ") }
        #expect(quoted.count == s.lines(of: 1).count && quoted.count >= 2, "\(rows)")
        let x = s.geometry.textX
        for row in quoted {
            let cells = Array(row)
            #expect(cells[x] == "│" && cells[x + 1] == " " && cells[x + 2] != " ", "\(row)")
        }
        // Each line fits the width less the bar.
        for line in s.lines(of: 1) { #expect(line.length <= s.geometry.measure - Article.blockQuoteIndent + 1) }
        #expect(!rows.contains { $0.contains("Before.") && $0.contains("│") })
    }

    /// A click lands on the scalar drawn under it: past a block quote's bar,
    /// and past Markdown's hidden markup.
    @Test func aClickFindsTheScalarDrawnThere() {
        let source = "Intro.\n\nThe **minister** said no.\n\n> Nobody asked us."
        let article = markdownArticle(source, name: "m.md")
        let s = AppState(article: article, width: 60, height: 12)
        let x = s.geometry.textX
        func scalar(atRow row: Int, column: Int) -> Character {
            Character(article.document.scalars[s.offset(atRow: row, column: column)])
        }
        // Row 2 is "The minister said no." ("**" hidden): column x + 4 is the "m".
        #expect(scalar(atRow: 2, column: x + 4) == "m")
        #expect(scalar(atRow: 2, column: x + 13) == "s")   // "said", past the closing "**"
        // Row 4 is "│ Nobody asked us.": column x + 2 is the "N".
        #expect(scalar(atRow: 4, column: x + 2) == "N")
    }

    @Test func offsetsAreTheSources() {
        var s = state()
        s.press("]q")
        let q = s.article.quotations[0].range
        let text = String(String.UnicodeScalarView(s.article.document.scalars[q.start..<q.end]))
        #expect(text == "“we will not move”")
    }
}

extension MarkdownReaderTests {
    /// The indexed query finds exactly the spans a scan of all of them finds, in
    /// order, for every line of the sample article at two widths.
    @Test func theSpansOverALineAreThoseAScanFinds() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/sample-article.md")
        let document = Document(text: try String(contentsOf: url, encoding: .utf8))
        let article = Article(name: "a.md", document: document, analysis: nil, markup: MarkdownMarkup.parse(document.scalars))
        let spans = try #require(article.markup?.spans)
        #expect(!spans.isEmpty)
        for width in [30, 78] {
            for p in article.paragraphs.indices {
                for line in ArticleLayout.wrap(document.scalars, article.paragraphs[p], width: width, hidden: article.markup!.hidden) {
                    #expect(article.markupSpans(over: line) == spans.filter { $0.range.overlaps(line) }, "line \(line)")
                }
            }
        }
    }
}
