import HearsayCore
@testable import HearsayUI
import XCTest

/// Golden screens of the annotation views: visual mode, the tag picker, the note
/// editor, overlapping annotations and the orphans in the Annotations tab.
final class AnnotationGoldenScreenTests: XCTestCase {
    func screen(_ keys: String, width: Int = 100, height: Int = 24, prepare: (inout AppState) -> Void = { _ in }) throws -> String {
        var state = AppState(article: GoldenScreen.article(text: SampleArticle.text, name: "sample-editorial.txt"),
                             width: width, height: height)
        state.now = "2026-11-28T12:00:00Z"
        prepare(&state)
        _ = KeyScript.play(try KeyScript.parse(keys), on: &state)
        return ScreenDump.render(render(state))
    }

    static let codebook = Codebook(tags: [Tag(name: "blame"), Tag(name: "diplomacy"), Tag(name: "threat", parent: "blame")])

    func testVisualModeSelection() throws {
        GoldenScreen.assertMatches(try screen("}}vwww"), named: "visual-mode")
    }

    func testTagPicker() throws {
        GoldenScreen.assertMatches(try screen("]q]qtbl") { $0.annotations.codebook = Self.codebook }, named: "tag-picker")
    }

    func testNoteEditor() throws {
        GoldenScreen.assertMatches(try screen("}}Vc“Unilateral” is Islamabad’s word;<Enter>Kabul calls it temporary."), named: "note-editor")
    }

    func testOverlappingAnnotations() throws {
        // The first sentence of a paragraph, then its first five words inside it.
        let keys = "}}V1vwwww2"
        GoldenScreen.assertMatches(try screen(keys) { $0.annotations.codebook = Self.codebook }, named: "overlapping-annotations")
    }

    func testOrphansInTheAnnotationsTab() throws {
        GoldenScreen.assertMatches(try screen("T") { state in
            state.annotations.codebook = Self.codebook
            let placed = Annotation(id: "a1", anchor: Anchor(TextRange(0, 10), in: state.article.document.scalars),
                                    tags: ["blame"], note: "The headline frames it", created: state.now)
            let orphan = Annotation(id: "a2", anchor: Anchor(start: 500, end: 520, exact: "a paragraph that went", prefix: "", suffix: ""),
                                    tags: ["diplomacy"], created: state.now, orphaned: true)
            state.annotations.annotations = [placed, orphan]
        }, named: "orphans")
    }
}
