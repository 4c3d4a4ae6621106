import Foundation
import Testing
import HearsayCore

/// The hand-checked seed editorial in ../shared/gold (present on CI, never copied
/// into this repository). Skipped when the folder is absent.
enum GoldSeed {
    static let folder = TestSupport.sharedFolder.appendingPathComponent("gold")
    static let textURL = folder.appendingPathComponent("seed-editorial.txt")
    static let goldURL = folder.appendingPathComponent("seed-editorial.gold.json")
    static var available: Bool { TestSupport.exists(textURL) && TestSupport.exists(goldURL) }
}

@Suite(.enabled(if: GoldSeed.available, "../shared/gold/seed-editorial.txt not found"))
struct GoldSeedTests {

    struct GoldQuote {
        var range: TextRange
        var kind: String
        var speaker: String?
        var mention: TextRange?
    }

    let text: String
    let analysis: Analysis
    let gold: [String: Any]
    let quotes: [GoldQuote]

    init() throws {
        text = try TestSupport.readText(GoldSeed.textURL)
        // Offsets in the gold file are scalar offsets into the file's text (LF line endings).
        analysis = Analyzer.analyze(try Document(decoded: TextDecoding.decode(Array(text.utf8))))
        gold = try TestSupport.readJSON(GoldSeed.goldURL)
        quotes = (gold["quotes"] as? [[String: Any]] ?? []).compactMap { q in
            guard let s = q["start"] as? Int, let e = q["end"] as? Int else { return nil }
            var mention: TextRange? = nil
            if let ms = q["speaker_mention_start"] as? Int, let me = q["speaker_mention_end"] as? Int { mention = TextRange(ms, me) }
            return GoldQuote(range: TextRange(s, e), kind: q["kind"] as? String ?? "", speaker: q["speaker"] as? String, mention: mention)
        }
    }

    private func lastWord(_ s: String) -> String {
        s.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).last.map { String($0).lowercased() } ?? ""
    }

    @Test func allSevenQuotationsWithExactBoundaries() {
        #expect(quotes.count == 7)
        for q in quotes {
            #expect(analysis.quotation(q.range) != nil,
                    "gold \(q.range) \(analysis.document.string(q.range)) not found:\n\(analysis.quotationSummary)")
        }
    }

    @Test func theEchoIsNotReportedSpeech() {
        let echoes = quotes.filter { $0.kind == "echo" }
        #expect(echoes.count == 1)
        for q in echoes {
            let kind = analysis.quotation(q.range)?.kind
            #expect(kind == .echo || kind == .scare, "\(analysis.document.string(q.range)) is \(String(describing: kind))")
        }
    }

    @Test func reportedSpeechHasTheRightSpeaker() {
        let speech = quotes.filter { $0.kind != "echo" }
        #expect(speech.count == 6)
        for q in speech {
            guard let found = analysis.quotation(q.range) else { continue }   // reported by the boundary test
            let predictedName = analysis.speakerName(found) ?? found.speaker.map { analysis.document.string($0.mention) } ?? ""
            let overlap = zip([found.speaker?.mention], [q.mention]).contains { p, g in
                guard let p, let g else { return false }
                return p.overlaps(g)
            }
            let sameLastWord = !predictedName.isEmpty && lastWord(predictedName) == lastWord(q.speaker ?? "")
            #expect(overlap || sameLastWord,
                    "\(analysis.document.string(q.range)): predicted \(predictedName.debugDescription), gold \(q.speaker ?? "nil")")
        }
    }

    @Test func everyNamedGoldMentionIsFound() {
        let actors = gold["actors"] as? [[String: Any]] ?? []
        var missed: [String] = []
        for actor in actors {
            for m in actor["mentions"] as? [[String: Any]] ?? [] where m["kind"] as? String == "named" {
                guard let s = m["start"] as? Int, let e = m["end"] as? Int else { continue }
                if analysis.mentions(overlapping: TextRange(s, e)).isEmpty {
                    missed.append("\(s)..<\(e) \(m["text"] as? String ?? "") (\(actor["name"] as? String ?? ""))")
                }
            }
        }
        #expect(missed.isEmpty, "named mentions not found:\n\(missed.joined(separator: "\n"))")
    }

    /// "Taliban", "the Afghan Taliban" and "Kabul" acting for them are one
    /// actor, Kabul's mentions as its metonym (issue 2).
    @Test func theAfghanTalibanAndKabulAreOneActor() {
        let actors = gold["actors"] as? [[String: Any]] ?? []
        let taliban = actors.first { $0["name"] as? String == "Afghan Taliban" }
        let goldMentions = taliban?["mentions"] as? [[String: Any]] ?? []
        #expect(goldMentions.count >= 4)
        var found: Set<Int> = []
        for m in goldMentions {
            guard let s = m["start"] as? Int, let e = m["end"] as? Int, let kind = m["kind"] as? String else { continue }
            let predicted = analysis.mentions(overlapping: TextRange(s, e))
            #expect(predicted.count == 1, "\(m["text"] ?? "") at \(s)\n\(analysis.mentionSummary)")
            guard let p = predicted.first else { continue }
            found.insert(p.actor)
            if kind == "metonym" { #expect(p.kind == .metonym, "\(m["text"] ?? "") at \(s)") }
        }
        #expect(found.count == 1, "the Afghan Taliban's mentions fall to \(found.map { analysis.actors[$0].name })")
    }

    @Test func trapsAreNotActors() {
        let traps = gold["not_actors"] as? [[String: Any]] ?? []
        #expect(!traps.isEmpty)
        for trap in traps {
            guard let start = trap["start"] as? Int, let t = trap["text"] as? String else { continue }
            let r = TextRange(start, start + t.unicodeScalars.count)
            #expect(analysis.document.string(r) == t, "gold offsets out of step with the text")
            #expect(analysis.mentions(overlapping: r).isEmpty,
                    "trap \(t.debugDescription) at \(start) predicted: \(analysis.mentions(overlapping: r).map { analysis.actors[$0.actor].name })")
        }
    }

    @Test func sentenceInitialWordsAreNotActors() {
        let words: Set<String> = ["Despite", "Referring", "Right", "Making", "Should", "Compared", "However", "Additionally", "These"]
        for m in analysis.mentions {
            let first = analysis.document.string(m.range).split(separator: " ").first.map(String.init) ?? ""
            #expect(!words.contains(first), "\(analysis.document.string(m.range)) at \(m.range) is an actor mention")
        }
        for actor in analysis.actors {
            let first = actor.name.split(separator: " ").first.map(String.init) ?? ""
            #expect(!words.contains(first), "actor \(actor.name)")
        }
    }
}
