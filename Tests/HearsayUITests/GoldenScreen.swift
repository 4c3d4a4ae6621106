import Foundation
import HearsayCore
import HearsayUI
import XCTest

/// Golden screens: a key script played on an article, the screen compared with a
/// recorded `.screen` file (text grid plus style runs by role) in Screens/.
///
/// To re-record after a deliberate change: `HEARSAY_RECORD=1 swift test --filter Golden`.
/// A recording run writes the files and fails on purpose, so it is never green by accident.
enum GoldenScreen {
    static let screensFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Screens")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func article(text: String, name: String) -> Article {
        let document = Document(text: text)
        return Article(name: name, document: document, analysis: Analyzer.analyze(document))
    }

    static func fixture(_ path: String) throws -> Article {
        let url = fixtures.appendingPathComponent(path)
        return article(text: try String(contentsOf: url, encoding: .utf8), name: url.lastPathComponent)
    }

    static func screen(_ article: Article, width: Int, height: Int, keys: String) throws -> String {
        var state = AppState(article: article, width: width, height: height)
        _ = KeyScript.play(try KeyScript.parse(keys), on: &state)
        return ScreenDump.render(render(state))
    }

    static func assertMatches(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = screensFolder.appendingPathComponent(name + ".screen")
        if ProcessInfo.processInfo.environment["HEARSAY_RECORD"] != nil {
            try? FileManager.default.createDirectory(at: screensFolder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: false, encoding: .utf8)
            XCTFail("recorded \(url.lastPathComponent); run again without HEARSAY_RECORD", file: file, line: line)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("no golden screen \(url.path); record it with HEARSAY_RECORD=1", file: file, line: line)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }
            let detail = firstDifference.map { "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" }
                ?? "expected \(e.count) lines, got \(a.count)"
            XCTFail("\(name).screen differs at \(detail)\n\nactual screen:\n\(actual)", file: file, line: line)
        }
    }
}
