@testable import HearsayCore
import HearsayUI
import XCTest

/// Who speaks: the counts per actor, their order, and the table that draws them.
final class WhoSpeaksTests: XCTestCase {
    /// An article whose analysis is written by hand, so every count is known:
    ///
    /// - Amina Qadir (mentioned twice) says q0 (7 words) and q1 (3 words);
    /// - Sayed Karim (mentioned once) says q2 (1 word);
    /// - the ministry is mentioned once and says nothing;
    /// - q3 has a speaker mention with no actor and q5 no speaker: unattributed (2 + 4 words);
    /// - q4 is a scare quote and counts for nobody; "Nobody" is never mentioned.
    static let text = """
        Amina Qadir said: “We will not give up the river.” Later Qadir added that the plan was “a good start”.

        Sayed Karim replied: “Never.” The ministry kept quiet.

        “No comment,” someone said. The so-called “peace” holds. “It is 2025 already.”
        """

    static func range(of needle: String, in doc: Document, after: Int = 0) -> TextRange {
        let scalars = Array(needle.unicodeScalars)
        for i in after...(doc.scalars.count - scalars.count) where Array(doc.scalars[i..<i + scalars.count]) == scalars {
            return TextRange(i, i + scalars.count)
        }
        fatalError("\(needle) not in the text")
    }

    static func handMadeArticle() -> Article {
        let doc = Document(text: text)
        func r(_ s: String) -> TextRange { range(of: s, in: doc) }
        func quote(_ s: String, _ kind: Quotation.Kind, speaker: String? = nil, actor: Int? = nil) -> Quotation {
            let whole = r(s)
            let span = QuoteSpan(range: whole, content: TextRange(whole.start + 1, whole.end - 1), family: .double,
                                 parent: nil, paragraphCount: 1, balanced: true)
            let who = speaker.map { Speaker(mention: r($0), mentionKind: .named, actor: actor, cue: nil, rule: "test") }
            return Quotation(span: span, kind: kind, confidence: 0.9, speaker: who)
        }
        let actors = [
            Actor(id: "a1", name: "Amina Qadir", type: .person, aliases: ["Qadir"], gender: .female, origin: .text),
            Actor(id: "a2", name: "Sayed Karim", type: .person, aliases: [], gender: .male, origin: .text),
            Actor(id: "a3", name: "Ministry of Water", type: .organisation, aliases: ["ministry"], gender: nil, origin: .text),
            Actor(id: "a4", name: "Nobody", type: .group, aliases: [], gender: nil, origin: .text),
        ]
        let mentions = [
            Mention(range: r("Amina Qadir"), actor: 0, kind: .named, rule: .capitalised),
            Mention(range: range(of: "Qadir", in: doc, after: 20), actor: 0, kind: .named, rule: .capitalised),
            Mention(range: r("Sayed Karim"), actor: 1, kind: .named, rule: .capitalised),
            Mention(range: r("ministry"), actor: 2, kind: .nominal, rule: .organisationNoun),
        ]
        let quotations = [
            quote("“We will not give up the river.”", .direct, speaker: "Amina Qadir", actor: 0),
            quote("“a good start”", .partial, speaker: "Later Qadir", actor: 0),
            quote("“Never.”", .direct, speaker: "Sayed Karim", actor: 1),
            quote("“No comment,”", .direct, speaker: "someone", actor: nil),
            quote("“peace”", .scare),
            quote("“It is 2025 already.”", .direct),
        ]
        let analysis = Analysis(document: doc, quotations: quotations, actors: actors, mentions: mentions)
        return Article(name: "hand-made.txt", document: doc, analysis: analysis)
    }

    func testCountsQuotationsWordsAndMentions() {
        let stats = WhoSpeaks.stats(Self.handMadeArticle())
        XCTAssertEqual(stats, [
            SpeakerStats(actor: 0, name: "Amina Qadir", type: .person, quotations: 2, wordsQuoted: 10, mentions: 2),
            SpeakerStats(actor: 1, name: "Sayed Karim", type: .person, quotations: 1, wordsQuoted: 1, mentions: 1),
            SpeakerStats(actor: 2, name: "Ministry of Water", type: .organisation, quotations: 0, wordsQuoted: 0, mentions: 1),
            SpeakerStats(actor: SpeakerStats.unattributed, name: "(unattributed)", type: .person, quotations: 2,
                         wordsQuoted: 6, mentions: 0),
        ])
    }

    func testActorsNeitherQuotedNorMentionedAreLeftOut() {
        let stats = WhoSpeaks.stats(Self.handMadeArticle())
        XCTAssertFalse(stats.contains { $0.name == "Nobody" })
    }

    func testUnattributedRowGathersSpeechWithoutAnActor() throws {
        let stats = WhoSpeaks.stats(Self.handMadeArticle())
        let row = try XCTUnwrap(stats.first { $0.isUnattributed })
        XCTAssertEqual(row.quotations, 2, "a speaker mention with no actor, and no speaker at all")
        XCTAssertEqual(row.wordsQuoted, 6, "No comment (2) + It is 2025 already (4: numbers are words)")
        XCTAssertEqual(row.mentions, 0)
    }

    func testNoUnattributedRowWhenEverySpeechHasAnActor() {
        var article = Self.handMadeArticle()
        var analysis = article.analysis!
        analysis.quotations.removeAll { $0.kind.isReportedSpeech && $0.speaker?.actor == nil }
        article = Article(name: article.name, document: article.document, analysis: analysis)
        XCTAssertFalse(WhoSpeaks.stats(article).contains { $0.isUnattributed })
    }

    func testScareQuotesAndTitlesCountForNobody() {
        var analysis = Self.handMadeArticle().analysis!
        // The scare quote, given to Karim: it is still not reported speech.
        analysis.quotations[4].speaker = analysis.quotations[2].speaker
        let article = Article(name: "x", document: analysis.document, analysis: analysis)
        XCTAssertEqual(WhoSpeaks.stats(article).first { $0.actor == 1 }?.quotations, 1)
    }

    func testSortKeys() {
        let stats = WhoSpeaks.stats(Self.handMadeArticle())
        func names(_ key: WhoSpeaks.SortKey) -> [String] { WhoSpeaks.sorted(stats, by: key).map(\.name) }
        XCTAssertEqual(names(.quotations), ["Amina Qadir", "Sayed Karim", "Ministry of Water", "(unattributed)"])
        XCTAssertEqual(names(.words), ["Amina Qadir", "Sayed Karim", "Ministry of Water", "(unattributed)"])
        // Karim and the ministry are mentioned once each: Karim's quotation breaks the tie.
        XCTAssertEqual(names(.mentions), ["Amina Qadir", "Sayed Karim", "Ministry of Water", "(unattributed)"])
        XCTAssertEqual(names(.name), ["Amina Qadir", "Ministry of Water", "Sayed Karim", "(unattributed)"])
    }

    func testSortingBreaksTiesByNameIgnoringCase() {
        let rows = [
            SpeakerStats(actor: 0, name: "zeta", type: .person, quotations: 1, wordsQuoted: 5, mentions: 1),
            SpeakerStats(actor: 1, name: "Alpha", type: .person, quotations: 1, wordsQuoted: 5, mentions: 1),
            SpeakerStats(actor: 2, name: "beta", type: .group, quotations: 3, wordsQuoted: 1, mentions: 9),
        ]
        XCTAssertEqual(WhoSpeaks.sorted(rows, by: .quotations).map(\.actor), [2, 1, 0])
        XCTAssertEqual(WhoSpeaks.sorted(rows, by: .words).map(\.actor), [1, 0, 2])
        XCTAssertEqual(WhoSpeaks.sorted(rows, by: .mentions).map(\.actor), [2, 1, 0])
        XCTAssertEqual(WhoSpeaks.sorted(rows, by: .name).map(\.actor), [1, 2, 0])
    }

    func testTheAnalyzerAgrees() throws {
        let text = """
            “We will not accept a dry river,” Foreign Minister Amina Qadir said on Monday.

            “Our farmers need every drop of the Kunar,” Qadir said. “Nobody in Kabul wants a fight.”
            """
        let article = GoldenScreen.article(text: text, name: "a.txt")
        let qadir = try XCTUnwrap(WhoSpeaks.stats(article).first)
        XCTAssertEqual(qadir.name, "Amina Qadir")
        XCTAssertEqual(qadir.quotations, 3)
        XCTAssertEqual(qadir.wordsQuoted, 7 + 8 + 6)
    }

    // MARK: The view

    var sampleStats: [SpeakerStats] {
        WhoSpeaks.stats(GoldenScreen.article(text: SampleArticle.text, name: "sample-editorial.txt"))
    }

    func draw(_ stats: [SpeakerStats], _ key: WhoSpeaks.SortKey, width: Int, height: Int, scroll: Int = 0,
              selected: Int? = nil) -> ScreenBuffer {
        var screen = ScreenBuffer(width: width, height: height)
        WhoSpeaksView.draw(stats, sortKey: key, scroll: scroll, selected: selected, into: &screen, x: 0, y: 0,
                           width: width, height: height)
        return screen
    }

    func testGoldenWide() {
        let screen = draw(sampleStats, .quotations, width: 100, height: 30, selected: 1)
        GoldenScreen.assertMatches(ScreenDump.render(screen), named: "who-speaks-100x30")
    }

    func testGoldenNarrow() {
        let unattributed = SpeakerStats(actor: SpeakerStats.unattributed, name: SpeakerStats.unattributedName, type: .person,
                                        quotations: 3, wordsQuoted: 40, mentions: 0)
        let stats = WhoSpeaks.sorted(sampleStats + [unattributed], by: .words)
        // Scrolled to the end: the last rows, the selection among them.
        let screen = draw(stats, .words, width: 60, height: 20, scroll: 99, selected: 10)
        GoldenScreen.assertMatches(ScreenDump.render(screen), named: "who-speaks-60x20")
    }

    func testBarsInEighths() {
        XCTAssertEqual(WhoSpeaksView.bar(10, of: 10, cells: 4), "████")
        XCTAssertEqual(WhoSpeaksView.bar(5, of: 10, cells: 4), "██")
        XCTAssertEqual(WhoSpeaksView.bar(1, of: 8, cells: 1), "▏")
        XCTAssertEqual(WhoSpeaksView.bar(3, of: 8, cells: 1), "▍")
        XCTAssertEqual(WhoSpeaksView.bar(7, of: 8, cells: 1), "▉")
        XCTAssertEqual(WhoSpeaksView.bar(9, of: 16, cells: 2), "█▏")
        XCTAssertEqual(WhoSpeaksView.bar(1, of: 1000, cells: 3), "▏", "a value above zero always shows")
        XCTAssertEqual(WhoSpeaksView.bar(0, of: 10, cells: 5), "")
        XCTAssertEqual(WhoSpeaksView.bar(4, of: 0, cells: 5), "")
        XCTAssertEqual(WhoSpeaksView.bar(4, of: 4, cells: 0), "")
    }

    func testHeaderMarksTheSortColumn() {
        for key in WhoSpeaks.SortKey.allCases {
            let header = draw(sampleStats, key, width: 100, height: 5).rows[0]
            XCTAssertEqual(header.filter { $0 == "▼" }.count, 1, "\(key): \(header)")
            let marked: String = switch key {
            case .quotations: "▼Quotes"
            case .words: "▼Words"
            case .mentions: "▼Mentions"
            case .name: "Actor ▼"
            }
            XCTAssertTrue(header.contains(marked), "\(key): \(header)")
        }
    }

    func testNarrowWidthsDropTheOtherCounts() {
        let wide = draw(sampleStats, .quotations, width: 60, height: 5).rows[0]
        XCTAssertTrue(wide.contains("Words") && wide.contains("Mentions"), wide)
        let narrow = draw(sampleStats, .quotations, width: 48, height: 5).rows[0]
        XCTAssertTrue(narrow.contains("▼Quotes"), narrow)
        XCTAssertFalse(narrow.contains("Words") || narrow.contains("Mentions"), narrow)
        let byWords = draw(sampleStats, .words, width: 48, height: 5).rows[0]
        XCTAssertTrue(byWords.contains("▼Words") && !byWords.contains("Quotes"), byWords)
    }

    /// At every width and height, nothing is drawn outside the rectangle.
    func testNeverDrawsOutsideItsRectangle() {
        let stats = sampleStats + [SpeakerStats(actor: 99, name: "A very long name of a ministry that goes on and on — 长名字",
                                                type: .organisation, quotations: 123_456, wordsQuoted: 9_999_999, mentions: 42)]
        let outside = Role("outside")
        for width in 0...70 {
            for height in [0, 1, 2, 3, 8] {
                var screen = ScreenBuffer(width: 80, height: 12, role: outside)
                for key in WhoSpeaks.SortKey.allCases {
                    WhoSpeaksView.draw(stats, sortKey: key, scroll: 3, selected: 5, into: &screen, x: 3, y: 2,
                                       width: width, height: height)
                }
                for row in 0..<12 {
                    for column in 0..<80 {
                        let inside = row >= 2 && row < 2 + height && column >= 3 && column < 3 + width
                        if !inside {
                            XCTAssertEqual(screen[row, column], Cell(role: outside), "\(width)x\(height) at \(row),\(column)")
                        }
                    }
                }
            }
        }
    }

    func testEveryRowFitsAndNamesAreClipped() {
        let long = SpeakerStats(actor: 0, name: "Secretary General’s Special Representative for Afghanistan",
                                type: .person, quotations: 3, wordsQuoted: 40, mentions: 2)
        let screen = draw([long], .quotations, width: 50, height: 3)
        let row = screen.rows[1]
        XCTAssertTrue(row.contains("…"), row)
        XCTAssertTrue(row.contains("3"), row)
    }

    func testZeroActors() {
        let screen = draw([], .quotations, width: 60, height: 6)
        XCTAssertTrue(screen.rows[1].contains(WhoSpeaksView.emptyMessage), screen.rows.joined(separator: "\n"))
        XCTAssertEqual(screen[1, 1].role, .muted)
        let tiny = draw([], .quotations, width: 10, height: 2)
        XCTAssertTrue(tiny.rows[1].hasSuffix("…"), tiny.rows[1])
    }

    func testSelectionIsKeptInView() {
        XCTAssertEqual(WhoSpeaksView.firstRow(count: 20, height: 6, scroll: 0, selected: 9), 5)
        XCTAssertEqual(WhoSpeaksView.firstRow(count: 20, height: 6, scroll: 12, selected: 3), 3)
        XCTAssertEqual(WhoSpeaksView.firstRow(count: 20, height: 6, scroll: 99, selected: nil), 15)
        XCTAssertEqual(WhoSpeaksView.firstRow(count: 3, height: 6, scroll: 2, selected: nil), 0)
        let stats = WhoSpeaks.sorted(sampleStats, by: .quotations)
        let screen = draw(stats, .quotations, width: 80, height: 4, scroll: 0, selected: 5)
        XCTAssertEqual(screen[3, 0].role, .listSelectedFocused, "the selected row is the last one shown")
        XCTAssertTrue(screen.rows[3].contains(stats[5].name.prefix(6)), screen.rows[3])
    }

    func testRolesOfARow() {
        let rows = [
            SpeakerStats(actor: 0, name: "Amina Qadir", type: .person, quotations: 2, wordsQuoted: 10, mentions: 0),
            SpeakerStats(actor: SpeakerStats.unattributed, name: SpeakerStats.unattributedName, type: .person,
                         quotations: 1, wordsQuoted: 2, mentions: 0),
        ]
        let screen = draw(rows, .quotations, width: 100, height: 3)
        XCTAssertEqual(screen[1, 1].role, .actorPerson)
        XCTAssertEqual(screen[2, 1].role, .muted)
        XCTAssertEqual(screen[0, 0].role, .header)
        let runs = ScreenDump.styleRuns(screen, row: 1).map(\.role)
        XCTAssertTrue(runs.contains(.whoSpeaksBar))
        XCTAssertTrue(ScreenDump.styleRuns(screen, row: 2).map(\.role).contains(.whoSpeaksBarUnattributed))
        XCTAssertTrue(ScreenDump.styleRuns(screen, row: 0).map(\.role).contains(.whoSpeaksSortColumn))
    }
}
