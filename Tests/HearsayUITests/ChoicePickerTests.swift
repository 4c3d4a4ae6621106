@testable import HearsayUI
import XCTest

/// What Enter takes in the review's speaker picker: an existing speaker when the
/// typed text names one, the typed text when it is a new name.
final class ChoicePickerTests: XCTestCase {
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
}
