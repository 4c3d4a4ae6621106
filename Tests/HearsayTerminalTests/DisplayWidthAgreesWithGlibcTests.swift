import CNcursesw
import HearsayTerminal
import HearsayUI
import XCTest

/// HearsayUI counts cells with its own table (pure, locale-free); ncurses moves
/// its cursor by glibc's wcwidth. They must agree on what articles contain, or
/// lines would be cut or padded wrongly on screen.
final class DisplayWidthAgreesWithGlibcTests: XCTestCase {
    func testSameWidthsAsWcwidthForArticleText() {
        XCTAssertEqual(TerminalLocale.ensureUTF8(), "UTF-8")
        let samples = "aZ09 “”‘’—–…•·€£¥©®°±×÷ éèçñüßøåæœ ąęłśżźćń ğışç ăâîșț ΑαΩω АяЖж אבג ابت"
            + " 中文字符かなカナ한국어서울 ！？，。「」『』 😀🙂👍🏽🇯🇵 \u{301}\u{308}\u{200B}\u{200D}\u{FE0F}\u{2060}"
            + " ⚠⚡✅❌❤☕⌚⏳ ①②③ ﬁﬂ ™ ℃ ← → ↑ ↓ │─┌┐"
        var disagreements: [String] = []
        for s in samples.unicodeScalars {
            let glibc = Int(wcwidth(wchar_t(bitPattern: s.value)))
            let ours = DisplayWidth.of(s)
            if glibc >= 0, glibc != ours {
                disagreements.append("U+\(String(s.value, radix: 16, uppercase: true)) \(s): glibc \(glibc), ours \(ours)")
            }
        }
        XCTAssertEqual(disagreements, [])
    }

    func testEveryAssignedScalarUpToPlaneTwoAgrees() {
        XCTAssertEqual(TerminalLocale.ensureUTF8(), "UTF-8")
        var disagreements = 0
        var examples: [String] = []
        for v in UInt32(0x20)...0x2FFFF {
            guard let s = Unicode.Scalar(v), DisplayWidth.visible(s) == nil else { continue }
            let glibc = Int(wcwidth(wchar_t(bitPattern: v)))
            // Unassigned and private-use scalars: glibc says -1 or 1; not text we lay out.
            guard glibc >= 0, s.properties.generalCategory != .unassigned, s.properties.generalCategory != .privateUse else { continue }
            if glibc != DisplayWidth.of(s) {
                disagreements += 1
                if examples.count < 20 { examples.append("U+\(String(v, radix: 16, uppercase: true)): glibc \(glibc) ours \(DisplayWidth.of(s))") }
            }
        }
        XCTAssertEqual(disagreements, 0, examples.joined(separator: "\n"))
    }
}
