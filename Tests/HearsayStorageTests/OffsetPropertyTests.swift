import HearsayCore
import Testing
@testable import HearsayStorage

/// Property tests for offsets (issue 8): on hundreds of generated articles, every
/// span the analyzer emits lies inside the text, maps to a string index and back
/// (so it starts and ends between scalars of the UTF-8 text), and an annotation
/// anchored on it round-trips through the annotation file unchanged. The
/// articles are made from fragments chosen to be awkward: multi-byte letters,
/// combining marks, emoji sequences, every kind of quotation mark, unbalanced
/// marks, CRLF and lone CR, blank lines, names and speech verbs. Seeded
/// (`SplitMix64`), so a failure names the seed that reproduces it.
struct OffsetPropertyTests {
    static let fragments = [
        "the minister said", "Minister Ana Ruiz", "the Foreign Ministry", "told reporters", "according to",
        "“We will not move,”", "“a unilateral act”", "\"straight quotes\"", "«guillemets»", "„low high“",
        "‘single’", "’tis", "“unclosed", "closed”", "\"", "—", "…", ".", ",", ":", "(", ")",
        "Zoë", "cafe\u{301}", "Ǹgozi", "中文报道", "한국어", "👩‍👩‍👧", "🇵🇰", "e\u{308}\u{301}", "\u{200B}", "\u{FEFF}",
        "وزير الخارجية", "Kabul", "the UN Security Council", "IS", "X", "she", "he", "they", "It",
        "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\t", "  ", "12.5", "1,000", "U.S.", "Dr.",
    ]

    static func article(seed: UInt64) -> String {
        var g = SplitMix64(seed: seed)
        let count = Int.random(in: 1...160, using: &g)
        var text = ""
        for _ in 0..<count {
            text += fragments.randomElement(using: &g)!
            if Bool.random(using: &g) { text += " " }
        }
        return text
    }

    @Test(arguments: 0..<300)
    func everySpanLiesInsideTheTextAndRoundTrips(seed: Int) throws {
        let text = Self.article(seed: UInt64(seed))
        let doc = Document(text: text)
        let analysis = Analyzer.analyze(doc)
        let n = doc.length
        var spans: [TextRange] = analysis.quotations.map(\.range)
        for q in analysis.quotations {
            if let s = q.speaker {
                spans.append(s.mention)
                if let cue = s.cue { spans.append(cue) }
                if let a = s.actor { #expect(a >= 0 && a < analysis.actors.count, "seed \(seed): speaker actor \(a)") }
            }
        }
        for m in analysis.mentions {
            spans.append(m.range)
            #expect(m.actor >= 0 && m.actor < analysis.actors.count, "seed \(seed): mention actor \(m.actor)")
        }
        for r in spans {
            #expect(0 <= r.start && r.start <= r.end && r.end <= n, "seed \(seed): \(r) outside 0..<\(n)")
            guard 0 <= r.start && r.start <= r.end && r.end <= n else { continue }
            // On scalar boundaries of the text: through a String.Index and back.
            for offset in [r.start, r.end] {
                #expect(doc.scalarOffset(of: doc.stringIndex(ofScalar: offset)) == offset, "seed \(seed): offset \(offset)")
            }
            #expect(doc.string(r).unicodeScalars.count == r.end - r.start, "seed \(seed): \(r)")
        }
        // Anchored, saved and read back: the same annotations.
        let annotations = analysis.quotations.enumerated().map { k, q in
            Annotation(id: String(String(k + 1, radix: 16).reversed()).padding(toLength: 16, withPad: "0", startingAt: 0), anchor: Anchor(q.range, in: doc.scalars), tags: ["quote"],
                       note: doc.string(q.range), created: "2026-01-01T00:00:00Z", modified: "2026-01-01T00:00:00Z")
        }
        var file = AnnotationFile(document: DocumentFingerprint(sha256: "", length: n))
        file.codebook = Codebook(tags: [Tag(name: "quote")])
        file.annotations = AnnotationList(annotations)
        let back = try AnnotationCoding.decode(AnnotationCoding.encode(file))
        #expect(back == file, "seed \(seed)")
        for (a, q) in zip(back.annotations, analysis.quotations) {
            #expect(a.anchor.exact == doc.string(q.range), "seed \(seed)")
            #expect(Reanchoring.reanchor(a.anchor, in: doc.scalars).anchor.range == q.range, "seed \(seed): re-anchoring moved it")
        }
    }
}
