/// Someone or something that acts or speaks in the article.
public struct Actor: Sendable, Equatable {
    public var id: String
    public var name: String
    public var type: ActorType
    /// Other ways the text names this actor ("TTP", "Kabul", "defense minister").
    public var aliases: [String]
    public var gender: Gender?
    /// Roles the text gives the actor, lower case ("foreign minister").
    public var roles: [String] = []
    /// How the actor entered the analysis: the gazetteer, a name found in the text,
    /// or a description that speaks ("the special representative").
    public var origin: Origin

    public enum Origin: String, Sendable, Codable { case gazetteer, text, speaker }
}

/// One place in the text that names an actor.
public struct Mention: Sendable, Equatable {
    public var range: TextRange
    public var actor: Int
    public var kind: MentionKind
    /// How the finder decided: "gazetteer", "capitalised", "metonym", "demonym", "role", ...
    public var rule: String
}
