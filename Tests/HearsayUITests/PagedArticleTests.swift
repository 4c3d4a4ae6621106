import HearsayCore
import Testing
@testable import HearsayUI

/// The reader on a big file's text read back from the file (`PagedScalars`):
/// searches find what they find in the text held whole, and the screens are
/// the same, key for key.
@Suite struct PagedArticleTests {
    final class File: @unchecked Sendable {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        func read(at offset: Int, count: Int) -> [UInt8] {
            offset < bytes.count ? Array(bytes[offset..<min(bytes.count, offset + count)]) : []
        }
    }

    /// Several chunks of an article: quotations, names, curly quotes.
    static let text = (1...500).map { k in
        "Paragraph \(k). “We will not wait another season,” said Sayed Karim, the minister of energy, in week \(k). "
            + "Islamabad called the weir “a unilateral act” on Monday.\n\n"
    }.joined() + "The last paragraph names the Zebra Commission once."

    static func documents() throws -> (resident: Document, paged: Document) {
        let file = File(Array(text.utf8))
        let resident = Document(decoded: try TextDecoding.decode(file.bytes))
        let read: PagedScalars.ReadBytes = { file.read(at: $0, count: $1) }
        let paged = try #require(resident.readingTextBack(from: read))
        return (resident, paged)
    }

    @Test func searchesFindTheSameInAPagedText() throws {
        let (resident, paged) = try Self.documents()
        #expect(paged.scalars.isPaged && resident.length > 3 * PagedScalars.chunkScalars)
        let c = PagedScalars.chunkScalars
        for pattern in ["Zebra", "weir", "Paragraph 2", "week 499", "nowhere at all", "“a"] {
            for window in [1 << 20, 1000, 7] {
                var search = TextSearch(pattern)
                search.window = window
                for from in [0, 5, c - 3, c, 2 * c + 11, resident.length - 2, resident.length] {
                    for forward in [true, false] {
                        let want = search.find(in: resident.scalars, from: from, forward: forward)
                        let got = search.find(in: paged.scalars, from: from, forward: forward)
                        #expect(got?.range == want?.range && got?.wrapped == want?.wrapped,
                                "\(pattern) from \(from) \(forward ? "forward" : "backward") in windows of \(window)")
                    }
                }
                for range in [0..<300, c - 40..<c + 40, 3 * c - 1..<3 * c + 500, resident.length - 60..<resident.length] {
                    #expect(search.matches(in: paged.scalars, overlapping: range) == search.matches(in: resident.scalars, overlapping: range))
                }
            }
        }
        // The scan, checked against itself: every match of "weir" forward from 0 is one the text has.
        let weir = TextSearch("weir")
        let all = weir.matches(in: resident.scalars, overlapping: 0..<resident.length)
        #expect(all.count == 500 && all.allSatisfy { resident.scalars.string(in: $0) == "weir" })
        #expect(weir.find(in: paged.scalars, from: all[1].lowerBound + 1, forward: true)?.range == all[2])
        #expect(weir.matches(paged.scalars, at: all[7].lowerBound) && !weir.matches(paged.scalars, at: all[7].lowerBound + 1))
    }

    /// The reader on the text held whole (a) and read back from the file (b), with the same analysis.
    static func states() throws -> (resident: AppState, paged: AppState) {
        let (resident, paged) = try documents()
        let analysis = Analyzer.analyze(resident).droppingAnalysisTables()
        var pagedAnalysis = analysis
        pagedAnalysis.document = paged.droppingAnalysisTables()
        return (AppState(article: Article(name: "big.txt", document: analysis.document, analysis: analysis), width: 120, height: 40),
                AppState(article: Article(name: "big.txt", document: pagedAnalysis.document, analysis: pagedAnalysis), width: 120, height: 40))
    }

    @Test func theScreensAreTheSameKeyForKey() throws {
        var (a, b) = try Self.states()
        for keys in ["", "<C-f><C-f>", "G", "gg", "/Zebra<Enter>", "n", "]q]q", "<Tab>", "j<Enter>", "v3w", "<Esc>", "?", "<Esc>", "50%"] {
            a.press(keys)
            b.press(keys)
            #expect(ScreenDump.render(render(a)) == ScreenDump.render(render(b)), "after \(keys)")
        }
        #expect(!b.article.document.scalars.changedOnDisk)
    }

    /// An `&` query over the words of the quotations lists the same ones from
    /// a text read back from the file (whose quotations are read as strings).
    @Test func aTextQueryListsTheSameQuotations() throws {
        var (a, b) = try Self.states()
        for query in ["unilateral", "season -unilateral", "\"wait another\"", "nowhere"] {
            a.press("&\(query)<Enter>")
            b.press("&\(query)<Enter>")
            #expect(a.listedQuotations == b.listedQuotations, "\(query)")
            #expect(a.listedQuotations.count == (query == "nowhere" ? 0 : 500), "\(query)")
        }
    }
}
