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
public struct Speaker: Sendable, Equatable {
    /// The words at the attribution that name the speaker ("he", "Khawaja Asif",
    /// "secretary general’s special representative for Afghanistan").
    public var mention: TextRange
    public var mentionKind: MentionKind
    /// The actor the mention resolves to, if any.
    public var actor: Int?
    /// The speech verb or phrase ("said", "according to"), if any.
    public var cue: TextRange?
    /// The rule that fired, for explanations: "cue-after", "cue-before", ...
    public var rule: String
}
