/// The user's verdict on one quotation, kept in the annotation file (format
/// version 2) and applied over every fresh analysis (`ReviewedAnalysis`), so a
/// decision survives re-running the detector.
///
/// In JSON (keys sorted; `kind` and `speaker` left out when nil):
///
///     {"anchor": ANCHOR, "decision": "corrected", "id": "…", "kind": "partial",
///      "modified": "2025-03-01T10:00:00Z", "orphaned": false, "speaker": "Amina Qadir"}
public struct QuoteReview: Codable, Hashable, Sendable, Identifiable {
    public enum Decision: String, Codable, Sendable, CaseIterable {
        /// The detector was right: the quotation is kept as it is.
        case accepted
        /// Not a quotation: it is removed.
        case rejected
        /// The kind, the speaker and/or the boundaries (the anchor) are the user's.
        case corrected
        /// A quotation the detector missed.
        case added
    }

    /// Stable, unique among the reviews of a file (16 hex digits when Hearsay makes it).
    public var id: String
    /// The quotation's span including its marks; re-anchored like annotations
    /// (`Reanchoring.reanchor(reviews:in:)`).
    public var anchor: Anchor
    public var decision: Decision
    /// The speaker's actor name as the user set it. Nil: the detector's speaker
    /// (none for a quotation the detector did not find); a blank name: no speaker.
    public var speaker: String?
    /// The user's kind; nil: the detector's (`direct` for a quotation the
    /// detector did not find).
    public var kind: Quotation.Kind?
    /// Set when re-anchoring could not find the quotation in a changed article:
    /// the review is kept and listed, but not applied.
    public var orphaned: Bool
    /// ISO 8601 UTC time of the decision.
    public var modified: String

    public init(id: String, anchor: Anchor, decision: Decision, speaker: String? = nil, kind: Quotation.Kind? = nil,
                orphaned: Bool = false, modified: String) {
        self.id = id
        self.anchor = anchor
        self.decision = decision
        self.speaker = speaker
        self.kind = kind
        self.orphaned = orphaned
        self.modified = modified
    }

    public var range: TextRange { anchor.range }
}

/// One user edit of the actor list. The edits of a file are applied in order,
/// before the reviews, to every fresh analysis (`ReviewedAnalysis`); actors are
/// named by their current name (case-insensitive when no name matches exactly).
///
/// In JSON: `{"operation": {"rename": {"from": "…", "to": "…"}}, "time": "…"}`,
/// the operation an object with exactly one key naming it (Swift's synthesized
/// `Codable` for an enum with associated values).
public struct ActorEdit: Codable, Hashable, Sendable {
    public enum Operation: Codable, Hashable, Sendable {
        /// The actor's name becomes `to`; `from` stays as an alias.
        case rename(from: String, to: String)
        case setType(name: String, type: ActorType)
        /// `from`'s mentions, aliases and quotations go to `into`; `from` goes.
        case merge(from: String, into: String)
        /// The mentions of `from` whose text is `alias` become a new actor of the
        /// same type named `alias`.
        case splitAlias(alias: String, from: String)
        /// The actor, its mentions and its speaker links go.
        case notAnActor(name: String)
        /// A new actor, every word-bounded occurrence of `name` in the text its mention.
        case add(name: String, type: ActorType)
    }

    public var operation: Operation
    /// ISO 8601 UTC time of the edit.
    public var time: String

    public init(_ operation: Operation, time: String) {
        self.operation = operation
        self.time = time
    }
}
