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
    public var confidence: Double
    public var speaker: Speaker?
    /// The user's decision when the quotation was reviewed (`ReviewedAnalysis`);
    /// nil for the detector's own judgement.
    public var review: QuoteReview.Decision? = nil

    public var range: TextRange { span.range }
}

/// Who said a quotation, and how the analyzer knows.
///
/// The actor and the cue are stored as 32-bit numbers, -1 for none (40 bytes,
/// not 56), as in `QuoteSpan`.
public struct Speaker: Sendable, Equatable {
    /// The words at the attribution that name the speaker ("he", "Khawaja Asif",
    /// "secretary general’s special representative for Afghanistan").
    public var mention: TextRange
    private var actor32: Int32           // -1: none
    private var cueStart: Int32          // -1: none
    private var cueEnd: Int32
    public var mentionKind: MentionKind
    /// The rule that fired, for explanations: "cue-after", "cue-before", ...
    public var rule: String

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
        self.rule = rule
    }
}
