/// A quotation with its judgement: what kind it is and who said it.
public struct Quotation: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// A whole utterance: “We take document security seriously,” she said.
        case direct
        /// A fragment inside the writer's sentence: called it “a step backwards”.
        case partial
        /// The writer repeating words quoted earlier, with no speech act.
        case echo
        /// The writer distancing from a word: a so-called “support movement”.
        case scare
        /// The name of a work: the report “Sharing the Kunar Basin”.
        case title

        /// Whether the kind reports what somebody said.
        public var isReportedSpeech: Bool { self == .direct || self == .partial }
    }

    public var span: QuoteSpan
    public var kind: Kind
    /// In hundredths, as the classifier rounds it: one byte, not eight (a 100 MB
    /// text has 460,000 quotations; docs/DECISIONS.md 47).
    private var hundredths: UInt8
    /// The user's decision when the quotation was reviewed (`ReviewedAnalysis`);
    /// nil for the detector's own judgement.
    public var review: QuoteReview.Decision?
    public var speaker: Speaker?

    /// How sure the classifier is, from 0 to 1 in steps of 0.01.
    public var confidence: Double {
        get { Double(hundredths) / 100 }
        set { hundredths = UInt8((min(1, max(0, newValue)) * 100).rounded()) }
    }

    public init(span: QuoteSpan, kind: Kind, confidence: Double, speaker: Speaker?, review: QuoteReview.Decision? = nil) {
        self.span = span
        self.kind = kind
        hundredths = 0
        self.review = review
        self.speaker = speaker
        self.confidence = confidence
    }

    public var range: TextRange { span.range }
}

/// Who said a quotation, and how the analyzer knows.
///
/// The actor and the cue are stored as 32-bit numbers, -1 for none, and the
/// rule as its number among the rule names (`RuleNames`): 24 bytes, not 56.
public struct Speaker: Sendable, Equatable {
    /// The words at the attribution that name the speaker ("he", "Khawaja Asif",
    /// "secretary general’s special representative for Afghanistan").
    public var mention: TextRange
    private var actor32: Int32           // -1: none
    private var cueStart: Int32          // -1: none
    private var cueEnd: Int32
    public var mentionKind: MentionKind
    private var ruleNumber: UInt8

    /// The rule that fired, for explanations: "cue-after", "cue-before", ...
    public var rule: String {
        get { RuleNames.shared.name(ruleNumber) }
        set { ruleNumber = RuleNames.shared.number(newValue) }
    }

    /// The actor the mention resolves to, if any.
    public var actor: Int? {
        get { actor32 < 0 ? nil : Int(actor32) }
        set { actor32 = newValue.map { Int32(clamping: $0) } ?? -1 }
    }

    /// The speech verb or phrase ("said", "according to"), if any.
    public var cue: TextRange? {
        get { cueStart < 0 ? nil : TextRange(Int(cueStart), Int(cueEnd)) }
        set {
            cueStart = newValue.map { Int32(clamping: $0.start) } ?? -1
            cueEnd = newValue.map { Int32(clamping: $0.end) } ?? -1
        }
    }

    public init(mention: TextRange, mentionKind: MentionKind, actor: Int?, cue: TextRange?, rule: String) {
        self.mention = mention
        actor32 = actor.map { Int32(clamping: $0) } ?? -1
        cueStart = cue.map { Int32(clamping: $0.start) } ?? -1
        cueEnd = cue.map { Int32(clamping: $0.end) } ?? -1
        self.mentionKind = mentionKind
        ruleNumber = RuleNames.shared.number(rule)
    }
}
