import HearsayCore
@testable import HearsayUI
import XCTest

/// The quotation filter: every field, negation, phrases, alternatives and errors,
/// over the hand-made article of `WhoSpeaksTests`:
///
///     0 direct   “We will not give up the river.”  Amina Qadir (actor 0)
///     1 partial  “a good start”                    "Later Qadir" (actor 0)
///     2 direct   “Never.”                          Sayed Karim (actor 1)
///     3 direct   “No comment,”                     "someone" (no actor)
///     4 scare    “peace”                           no speaker
///     5 direct   “It is 2025 already.”             no speaker
final class QuoteQueryTests: XCTestCase {
    let article = WhoSpeaksTests.handMadeArticle()
    let reviews: [Int: String] = [0: "accepted", 1: "rejected", 2: "corrected", 3: "added"]
    let tags: [Int: [String]] = [0: ["blame"], 2: ["Threat", "blame"]]

    func matching(_ query: String, in article: Article? = nil, file: StaticString = #filePath, line: UInt = #line) -> [Int] {
        let article = article ?? self.article
        do {
            let q = try QuoteQuery.parse(query)
            return article.quotations.indices.filter {
                q.matches(article.quotations[$0], index: $0, in: article, review: reviews[$0], tags: tags[$0] ?? [])
            }
        } catch {
            XCTFail("\(query): \(error)", file: file, line: line)
            return []
        }
    }

    func error(_ query: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let q = try QuoteQuery.parse(query)
            XCTFail("\(query) parsed as \(q)", file: file, line: line)
            return ""
        } catch {
            return "\(error)"
        }
    }

    func testEmptyQueryMatchesEverything() {
        XCTAssertEqual(matching(""), [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(matching("   "), [0, 1, 2, 3, 4, 5])
        XCTAssertTrue(try QuoteQuery.parse("").isEmpty)
    }

    func testBareWordsSearchTheTextIgnoringCase() {
        XCTAssertEqual(matching("river"), [0])
        XCTAssertEqual(matching("RIVER"), [0])
        XCTAssertEqual(matching("we river"), [0], "all words, anywhere")
        XCTAssertEqual(matching("river start"), [], "every word must match")
        XCTAssertEqual(matching("2025"), [5])
        XCTAssertEqual(matching("comment,"), [3], "a comma in a word is text")
        XCTAssertEqual(matching("said"), [], "only the quotation's own text, not the sentence")
    }

    func testPhrases() {
        XCTAssertEqual(matching("\"give up the\""), [0])
        XCTAssertEqual(matching("\"up give\""), [])
        XCTAssertEqual(matching("\"a good\" start"), [1])
        XCTAssertEqual(matching("“give up”"), [0], "curly quotes delimit phrases too")
        XCTAssertEqual(matching("\"\""), [0, 1, 2, 3, 4, 5], "an empty phrase is no condition")
        XCTAssertEqual(matching("\"10:30\""), [], "a quoted colon is text, not a field")
    }

    func testCurlyApostrophesMatchStraightOnes() {
        let article = GoldenScreen.article(text: "“We don’t want war,” Amina Qadir said.\n", name: "a.txt")
        XCTAssertEqual(matching("don't", in: article), [0])
        XCTAssertEqual(matching("don’t", in: article), [0])
    }

    func testSpeaker() {
        XCTAssertEqual(matching("speaker:qadir"), [0, 1], "the actor's name")
        XCTAssertEqual(matching("speaker:\"amina q\""), [0, 1], "a quoted name with a space")
        XCTAssertEqual(matching("speaker:KARIM"), [2])
        XCTAssertEqual(matching("speaker:someone"), [3], "the words at the attribution when there is no actor")
        XCTAssertEqual(matching("speaker:later"), [1], "the attribution's words count for actors too")
        XCTAssertEqual(matching("speaker:none"), [4, 5])
        XCTAssertEqual(matching("-speaker:none"), [0, 1, 2, 3])
        XCTAssertEqual(matching("speaker:nobody"), [])
    }

    func testSpeakerAliases() {
        var analysis = article.analysis!
        analysis.actors[1].aliases = ["the water minister"]
        let article = Article(name: "x", document: analysis.document, analysis: analysis)
        XCTAssertEqual(matching("speaker:\"water minister\"", in: article), [2])
    }

    func testSpeakerAlternatives() {
        XCTAssertEqual(matching("speaker:karim,someone"), [2, 3])
        XCTAssertEqual(matching("speaker:\"Sayed Karim\",none"), [2, 4, 5])
    }

    func testKind() {
        XCTAssertEqual(matching("kind:direct"), [0, 2, 3, 5])
        XCTAssertEqual(matching("kind:partial"), [1])
        XCTAssertEqual(matching("kind:scare"), [4])
        XCTAssertEqual(matching("kind:echo"), [])
        XCTAssertEqual(matching("kind:title"), [])
        XCTAssertEqual(matching("kind:direct,partial"), [0, 1, 2, 3, 5])
        XCTAssertEqual(matching("-kind:direct"), [1, 4])
        XCTAssertEqual(matching("-kind:echo"), [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(matching("KIND:Direct"), [0, 2, 3, 5], "field names and values ignore case")
    }

    func testState() {
        XCTAssertEqual(matching("state:unreviewed"), [4, 5])
        XCTAssertEqual(matching("state:reviewed"), [0, 1, 2, 3])
        XCTAssertEqual(matching("state:accepted"), [0])
        XCTAssertEqual(matching("state:rejected"), [1])
        XCTAssertEqual(matching("state:corrected"), [2])
        XCTAssertEqual(matching("state:added"), [3])
        XCTAssertEqual(matching("state:accepted,corrected"), [0, 2])
        XCTAssertEqual(matching("-state:rejected"), [0, 2, 3, 4, 5])
        XCTAssertEqual(matching("-state:reviewed"), [4, 5])
    }

    func testStateUsesTheDecisionsRawValues() {
        for decision in QuoteReview.Decision.allCases {
            XCTAssertNoThrow(try QuoteQuery.parse("state:\(decision.rawValue)"))
        }
    }

    func testTag() {
        XCTAssertEqual(matching("tag:blame"), [0, 2])
        XCTAssertEqual(matching("tag:threat"), [2], "tags ignore case")
        XCTAssertEqual(matching("tag:bla"), [], "the whole tag name")
        XCTAssertEqual(matching("tag:threat,blame"), [0, 2])
        XCTAssertEqual(matching("-tag:blame"), [1, 3, 4, 5])
    }

    func testNegatedWordsAndPhrases() {
        XCTAssertEqual(matching("-river"), [1, 2, 3, 4, 5])
        XCTAssertEqual(matching("-\"no comment\" kind:direct"), [0, 2, 5])
        XCTAssertEqual(matching("-"), [], "a lone - is the text \"-\"")
    }

    func testTermsCombine() {
        XCTAssertEqual(matching("kind:direct -speaker:none -state:added"), [0, 2])
        XCTAssertEqual(matching("kind:direct,partial speaker:qadir -tag:blame"), [1])
        XCTAssertEqual(matching("  kind:direct    river  "), [0])
    }

    func testParsedTerms() throws {
        XCTAssertEqual(try QuoteQuery.parse("-kind:direct,partial \"Dry River\" speaker:\"Amina Qadir\""), QuoteQuery(terms: [
            .init(field: .kind, values: ["direct", "partial"], negated: true),
            .init(field: .text, values: ["dry river"]),
            .init(field: .speaker, values: ["amina qadir"]),
        ]))
        XCTAssertEqual(try QuoteQuery.parse("kind:direct,,partial,").terms.first?.values, ["direct", "partial"])
    }

    func testUnknownFieldNamesTheFieldAndTheValidOnes() {
        let message = error("colour:red")
        XCTAssertTrue(message.contains("colour"), message)
        for field in ["speaker:", "kind:", "state:", "tag:"] { XCTAssertTrue(message.contains(field), message) }
        XCTAssertTrue(error("Note: river").contains("note"), "text with a colon must be quoted")
    }

    func testUnknownKindAndState() {
        let kind = error("kind:quote")
        XCTAssertTrue(kind.contains("quote") && kind.contains("direct, partial, echo, scare, title"), kind)
        let alternative = error("kind:direct,indirect")
        XCTAssertTrue(alternative.contains("indirect"), alternative)
        let state = error("state:done")
        XCTAssertTrue(state.contains("done") && state.contains("unreviewed, accepted, rejected, corrected, added, reviewed"), state)
    }

    func testEmptyValuesAndUnclosedQuotes() {
        XCTAssertTrue(error("kind:").contains("needs a value"))
        XCTAssertTrue(error("speaker:,").contains("needs a value"))
        XCTAssertTrue(error("tag:\"\"").contains("needs a value"))
        XCTAssertTrue(error("river \"dry").contains("unclosed"))
        XCTAssertTrue(error("speaker:\"Amina").contains("unclosed"))
    }

    func testErrorDescriptionIsTheMessage() {
        XCTAssertEqual("\(QuoteQuery.ParseError("x"))", "x")
    }
}
