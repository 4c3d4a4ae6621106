import Foundation
import Testing
import HearsayCore

/// Our own articles against their hand-made expectations: the two samples in
/// Samples/ and the hard cases in Tests/Fixtures/articles/ (a court report, a
/// business wire with straight quotes, an opinion column with echoes and capitals,
/// a British tabloid with single quotes, a feature with a long quotation, a match report,
/// an investigation with anonymous sources, a vox pop, a press briefing).
@Suite struct SampleArticleTests {
    static let samples = TestSupport.packageRoot.appendingPathComponent("Samples")
    static let articles = ["Samples/sample-editorial", "Samples/sample-wire",
                           "Tests/Fixtures/articles/court-report", "Tests/Fixtures/articles/business-wire",
                           "Tests/Fixtures/articles/opinion-column", "Tests/Fixtures/articles/british-tabloid",
                           "Tests/Fixtures/articles/long-feature", "Tests/Fixtures/articles/sports-report",
                           "Tests/Fixtures/articles/investigation", "Tests/Fixtures/articles/vox-pop",
                           "Tests/Fixtures/articles/briefing"]

    struct Expected {
        var range: TextRange
        var kind: String
        var speaker: String?
        var mention: TextRange?
    }

    private func load(_ name: String) throws -> (Analysis, [Expected]) {
        let base = TestSupport.packageRoot.appendingPathComponent(name)
        let text = try TestSupport.readText(base.appendingPathExtension("txt"))
        let analysis = Analyzer.analyze(try Document(decoded: TextDecoding.decode(Array(text.utf8))))
        let json = try TestSupport.readJSON(base.appendingPathExtension("expected.json"))
        let expected: [Expected] = (json["quotes"] as? [[String: Any]] ?? []).compactMap { q in
            guard let s = q["start"] as? Int, let e = q["end"] as? Int else { return nil }
            var mention: TextRange? = nil
            if let ms = q["speaker_mention_start"] as? Int, let me = q["speaker_mention_end"] as? Int { mention = TextRange(ms, me) }
            return Expected(range: TextRange(s, e), kind: q["kind"] as? String ?? "", speaker: q["speaker"] as? String, mention: mention)
        }
        return (analysis, expected)
    }

    private static func lastWord(_ s: String) -> String {
        s.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).last.map { String($0).lowercased() } ?? ""
    }

    /// echo and scare are both "the writer's own use of the words".
    private static func sameKind(_ predicted: Quotation.Kind, _ expected: String) -> Bool {
        let p = predicted == .scare ? "echo" : predicted.rawValue
        let e = expected == "scare" ? "echo" : expected
        return p == e
    }

    @Test(arguments: articles)
    func everyExpectedQuotationWithExactBoundaries(sample: String) throws {
        let (a, expected) = try load(sample)
        #expect(!expected.isEmpty)
        let missing = expected.filter { a.quotation($0.range) == nil }
        #expect(missing.isEmpty, """
            \(sample): not found with exact boundaries:
            \(missing.map { "\($0.range) \(a.document.string($0.range))" }.joined(separator: "\n"))
            predicted:
            \(a.quotationSummary)
            """)
    }

    @Test(arguments: articles)
    func kindsMatch(sample: String) throws {
        let (a, expected) = try load(sample)
        var wrong: [String] = []
        for e in expected {
            guard let q = a.quotation(e.range) else { continue }   // reported by the boundary test
            if !Self.sameKind(q.kind, e.kind) {
                wrong.append("\(e.range) \(a.document.string(e.range)): \(q.kind.rawValue), expected \(e.kind)")
            }
        }
        // All right on the samples; at most one in ten wrong on the hard cases.
        #expect(Double(wrong.count) <= 0.1 * Double(expected.count),
                "\(sample): wrong kinds:\n\(wrong.joined(separator: "\n"))")
    }

    @Test(arguments: articles)
    func speakersOfReportedSpeech(sample: String) throws {
        let (a, expected) = try load(sample)
        let speech = expected.filter { $0.kind == "direct" || $0.kind == "partial" }
        var misses: [String] = []
        for e in speech {
            let q = a.quotation(e.range)
            let predictedMention = q?.speaker?.mention
            let predictedName = a.speakerName(q) ?? predictedMention.map { a.document.string($0) } ?? ""
            let overlap = predictedMention.flatMap { p in e.mention.map { p.overlaps($0) } } ?? false
            let sameName = !predictedName.isEmpty && Self.lastWord(predictedName) == Self.lastWord(e.speaker ?? "")
            if !(overlap || sameName) {
                misses.append("\(e.range) \(a.document.string(e.range)): predicted \(predictedName.isEmpty ? "nothing" : predictedName)"
                    + "\(predictedMention.map { " (\(a.document.string($0)) at \($0), \(q?.speaker?.rule ?? ""))" } ?? ""), expected \(e.speaker ?? "nil")")
            }
        }
        let correct = speech.count - misses.count
        #expect(!speech.isEmpty)
        #expect(Double(correct) >= 0.9 * Double(speech.count),
                "\(sample): \(correct)/\(speech.count) speakers right; misses:\n\(misses.joined(separator: "\n"))")
    }

    @Test func embeddedSampleEqualsTheFileOnDisk() throws {
        let onDisk = try TestSupport.readText(Self.samples.appendingPathComponent(SampleArticle.fileName))
        let embedded = Array(SampleArticle.text.unicodeScalars), file = Array(onDisk.unicodeScalars)
        let common = min(embedded.count, file.count)
        let firstDifference = (0..<common).first { embedded[$0] != file[$0] } ?? common
        let identical = embedded == file
        #expect(identical, """
            SampleArticle.text (\(embedded.count) scalars) differs from \(SampleArticle.fileName) \
            (\(file.count) scalars) from offset \(firstDifference): \
            embedded \(String(String.UnicodeScalarView(embedded[firstDifference...].prefix(20))).debugDescription), \
            file \(String(String.UnicodeScalarView(file[firstDifference...].prefix(20))).debugDescription)
            """)
    }
}
