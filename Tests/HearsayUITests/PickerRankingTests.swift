import HearsayCore
@testable import HearsayUI
import XCTest

/// What Enter takes in the review's speaker picker and the tag picker: an
/// existing speaker or tag when the typed text names one, the typed text when
/// it is a new name.
final class PickerRankingTests: XCTestCase {
    func picker(_ typed: String, _ items: [String] = ["Amina Qadir", "Jane Dorsey", "the spokeswoman"]) -> ChoicePicker {
        var p = ChoicePicker(purpose: .speaker, items: items, allowsNew: true)
        p.filter = typed
        return p
    }

    func testAWordOrLettersFilterTheExistingSpeakers() {
        XCTAssertEqual(picker("amin").choices.first, .existing("Amina Qadir"))
        XCTAssertEqual(picker("aq").choices.first, .existing("Amina Qadir"), "a single word stays a quick filter")
        XCTAssertEqual(picker("aq").choices.last, .new("aq"))
    }

    func testSeveralWordsThatAreInANameTakeThatName() {
        XCTAssertEqual(picker("amina q").choices.first, .existing("Amina Qadir"))
        XCTAssertEqual(picker("Jane Dor").choices.first, .existing("Jane Dorsey"))
    }

    /// "Jane Doe" has the letters of "Jane Dorsey" in order, and "the spokesman"
    /// those of "the spokeswoman": Enter took the other person.
    func testANewFullNameIsNotTakenForAnotherWithTheSameLetters() {
        XCTAssertEqual(picker("Jane Doe").choices, [.new("Jane Doe"), .existing("Jane Dorsey")])
        XCTAssertEqual(picker("the spokesman").choices.first, .new("the spokesman"))
        var p = picker("Jane Doe")
        XCTAssertEqual(p.handle(.enter).choice, .new("Jane Doe"))
        // The other is one key away.
        p = picker("Jane Doe")
        _ = p.handle(.down)
        XCTAssertEqual(p.handle(.enter).choice, .existing("Jane Dorsey"))
    }

    func testAnExactNameIsNeverOfferedAsNew() {
        XCTAssertEqual(picker("jane dorsey").choices, [.existing("Jane Dorsey")])
    }

    /// The tag picker orders its rows the same way.
    func testATagOfSeveralWordsIsCreatedNotTakenForAnother() {
        var codebook = Codebook()
        codebook.tags = [Tag(name: "economy"), Tag(name: "trade deals")]
        var p = TagPicker(target: .range(TextRange(0, 1)))
        p.filter = "trade"
        XCTAssertEqual(p.choices(codebook), [.existing("trade deals"), .create("trade")])
        p.filter = "tr deals"
        XCTAssertEqual(p.choices(codebook), [.create("tr deals"), .existing("trade deals")])
        p.filter = "eco"
        XCTAssertEqual(p.choices(codebook).first, .existing("economy"))
    }
}
