import Testing
import HearsayCore

/// The records a big text has millions of stay small: the reader keeps a
/// 100 MB text's million sentences and 1.3 million mentions (docs/DECISIONS.md).
@Suite struct RecordSizeTests {
    @Test func rangesMentionsAndSentencesArePacked() {
        #expect(MemoryLayout<TextRange>.stride == 8)
        #expect(MemoryLayout<Mention>.stride == 16)
        #expect(MemoryLayout<Sentence>.stride == 20)
        #expect(MemoryLayout<QuoteSpan>.stride == 28)
        #expect(MemoryLayout<Speaker>.stride == 24, "was 56, then 40")
        #expect(MemoryLayout<Speaker?>.stride == 24, "nil needs no extra byte")
        #expect(MemoryLayout<Quotation>.stride == 56, "was 128, then 88")
    }

    @Test func optionalFieldsKeepNilApartFromZero() {
        var span = QuoteSpan(range: TextRange(0, 9), content: TextRange(1, 8), family: .double, parent: nil,
                             paragraphCount: 1, balanced: true)
        #expect(span.parent == nil)
        span.parent = 0
        #expect(span.parent == 0)
        span.parent = nil
        #expect(span.parent == nil && span.paragraphCount == 1)
        var speaker = Speaker(mention: TextRange(10, 14), mentionKind: .pronoun, actor: nil, cue: nil, rule: "cue-after")
        #expect(speaker.actor == nil && speaker.cue == nil)
        speaker.actor = 0
        speaker.cue = TextRange(0, 0)
        #expect(speaker.actor == 0 && speaker.cue == TextRange(0, 0))
        speaker.cue = nil
        #expect(speaker.cue == nil && speaker.rule == "cue-after" && speaker.mention == TextRange(10, 14))
    }

    @Test func aSpeakersRuleAndAQuotationsConfidenceReadBackWhatWasStored() {
        for rule in ["cue-after", "said-in-a-test", "", "review", "said-in-a-test", "cue-before-passive"] {
            let s = Speaker(mention: TextRange(1, 2), mentionKind: .named, actor: 3, cue: nil, rule: rule)
            #expect(s.rule == rule)
        }
        var q = Quotation(span: QuoteSpan(range: TextRange(0, 9), content: TextRange(1, 8), family: .double, parent: nil,
                                          paragraphCount: 1, balanced: true), kind: .direct, confidence: 0.36, speaker: nil)
        #expect(q.confidence == 0.36 && q.review == nil && q.speaker == nil)
        for c in [0.0, 0.01, 0.5, 0.99, 1.0] {
            q.confidence = c
            #expect(q.confidence == c)
        }
        q.confidence = 0.756
        #expect(q.confidence == 0.76, "hundredths, as the classifier rounds")
    }

    @Test func packedFieldsReadBackWhatWasStored() {
        var m = Mention(range: TextRange(3, 9), actor: 70_000, kind: .named, rule: .capitalised)
        #expect(m.actor == 70_000)
        m.actor = 12
        #expect(m.actor == 12 && m.range == TextRange(3, 9) && m.kind == .named && m.rule == .capitalised)
        var s = Sentence(range: TextRange(0, 40), tokens: 5..<17, paragraph: 300_000)
        #expect(s.tokens == 5..<17 && s.paragraph == 300_000)
        s.tokens = 17..<29
        s.paragraph = 2
        #expect(s.tokens == 17..<29 && s.paragraph == 2 && s.range == TextRange(0, 40))
    }
}
