import Foundation
import HearsayCore

/// Small lookups shared by the tests. Everything goes through the public API.
enum TestSupport {
    /// The package root: three levels above this file (Tests/HearsayCoreTests/TestSupport.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the repository, when present (CI has it).
    static let sharedFolder: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    static func readText(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    static func readJSON(_ url: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: url)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    static func analyze(_ text: String) -> Analysis {
        Analyzer.analyze(Document(text: text))
    }
}

extension Analysis {
    /// The quotation with exactly this range, if found.
    func quotation(_ range: TextRange) -> Quotation? {
        quotations.first { $0.range == range }
    }

    /// Mentions that overlap `range`.
    func mentions(overlapping range: TextRange) -> [Mention] {
        mentions.filter { $0.range.overlaps(range) }
    }

    /// The mention with exactly this range, if any.
    func mention(_ range: TextRange) -> Mention? {
        mentions.first { $0.range == range }
    }

    /// The name of the actor a speaker resolves to.
    func speakerName(_ q: Quotation?) -> String? {
        q?.speaker?.actor.map { actors[$0].name }
    }

    /// A one-line account of the quotations, for failure messages.
    var quotationSummary: String {
        quotations.map { q in
            let who = q.speaker.map { s in
                "\(document.string(s.mention)) [\(s.rule)] → \(s.actor.map { actors[$0].name } ?? "nil")"
            } ?? "no speaker"
            return "\(q.range) \(q.kind.rawValue) \(document.string(q.range)) — \(who)"
        }.joined(separator: "\n")
    }

    /// A one-line account of the mentions, for failure messages.
    var mentionSummary: String {
        mentions.map { "\($0.range) \(document.string($0.range)) \($0.kind.rawValue) → \(actors[$0.actor].name) (\(actors[$0.actor].type.rawValue))" }
            .joined(separator: "\n")
    }
}

extension TextRange {
    /// The same mention with or without a leading article: "the foreign minister"
    /// and "foreign minister" name the speaker equally well.
    func sameMention(as expected: TextRange, in text: String) -> Bool {
        if self == expected { return true }
        guard end == expected.end else { return false }
        let scalars = Array(text.unicodeScalars)
        let (outer, inner) = start < expected.start ? (self, expected) : (expected, self)
        let prefix = String(String.UnicodeScalarView(scalars[outer.start..<inner.start])).lowercased()
        return ["the ", "a ", "an "].contains(prefix)
    }
}
