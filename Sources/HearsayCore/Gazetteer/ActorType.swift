/// What kind of actor a name stands for.
public enum ActorType: String, Sendable, Codable, CaseIterable {
    case person, organisation, state, place, group
}

/// How a mention names its actor: by proper name, by a description or role
/// ("the defense minister"), by a place standing for a government ("Kabul"),
/// or by a pronoun (only in speaker attributions).
public enum MentionKind: String, Sendable, Codable {
    case named, nominal, metonym, pronoun
}

public enum Gender: String, Sendable, Codable { case male, female }
