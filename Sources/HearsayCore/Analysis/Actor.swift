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

    /// Whether the name has `word` (lower case) as one of its words, ignoring ASCII
    /// case: "Ministry of Infrastructure" has "ministry". (A rule that asks this
    /// of many mentions keeps the names' words in `NameWords`.)
    public func nameHasWord(_ word: String) -> Bool {
        Actor.nameWordHashes(name).contains(Actor.wordHash(word))
    }
}

extension Actor {
    /// The `WordHash.mix` hash of each word of `name`: split at spaces and
    /// hyphens, ASCII letters lower-cased (and nothing else: "Ministry’s" is
    /// not "ministry's").
    static func nameWordHashes(_ name: String) -> HashSet64 {
        var name = name
        return name.withUTF8 { n in
            var words = HashSet64()
            var h = WordHash.offsetBasis
            for k in 0...n.count {
                if k == n.count || n[k] == 0x20 || n[k] == 0x2D {
                    words.insert(h)
                    h = WordHash.offsetBasis
                } else {
                    h = WordHash.mix(h, UInt32(n[k] &- 0x41 < 26 ? n[k] | 0x20 : n[k]))
                }
            }
            return words
        }
    }

    /// The hash `nameWordHashes` gives a word, of `word`'s bytes as they are.
    static func wordHash(_ word: String) -> UInt64 { WordHash.bytes(of: word) }
}

/// `Actor.nameHasWord` asked of many mentions' actors: each actor's name
/// words are hashed the first time it is asked about, not at every mention (a
/// rule that looks two pages back for "the ministry" compared every
/// organisation's name again, 1.5% of the analysis).
struct NameWords {
    private var words: [HashSet64?] = []

    /// Whether actor `a`, named `name`, has the word whose `Actor.wordHash` is `word`.
    /// (The name is read only the first time, out of line: reading it at every
    /// call retained the string, or the actors array, which both cores share.)
    @inline(__always)
    mutating func actor(_ a: Int, named name: @autoclosure () -> String, hasWord word: UInt64) -> Bool {
        if a < words.count, let known = words[a] { return known.contains(word) }
        return learn(a, name(), hasWord: word)
    }

    @inline(never)
    private mutating func learn(_ a: Int, _ name: String, hasWord word: UInt64) -> Bool {
        if a >= words.count { words.append(contentsOf: repeatElement(nil, count: a - words.count + 1)) }
        if words[a] == nil { words[a] = Actor.nameWordHashes(name) }
        return words[a]?.contains(word) == true
    }
}

/// One place in the text that names an actor.
///
/// The actor's index is stored in 32 bits (16 bytes a mention, not 24): the
/// analysis copies, sorts and filters more than a million mentions of a 100 MB
/// text, and the reader keeps them all.
public struct Mention: Sendable, Equatable {
    public var range: TextRange
    private var actor32: Int32
    public var kind: MentionKind
    /// How the finder decided ("gazetteer", "capitalised", "role", ...).
    public var rule: MentionRule

    public var actor: Int {
        get { Int(actor32) }
        set { actor32 = Int32(clamping: newValue) }
    }

    public init(range: TextRange, actor: Int, kind: MentionKind, rule: MentionRule) {
        self.range = range
        actor32 = Int32(clamping: actor)
        self.kind = kind
        self.rule = rule
    }
}

/// The rule that found a mention; the raw value is what the JSON output says.
/// An enum rather than a string keeps `Mention` free of reference counting:
/// the analysis copies, sorts and filters hundreds of thousands of them.
public enum MentionRule: String, Sendable, Equatable {
    case gazetteer
    case gazetteerPlace = "gazetteer.place"
    case gazetteerCapitalMetonym = "gazetteer.capital-metonym"
    case gazetteerPrefix = "gazetteer.prefix"
    case capitalised
    case capitalisedTitled = "capitalised.titled"
    case capitalisedPrefix = "capitalised.prefix"
    case demonymGovernment = "demonym.government"
    case demonymTerritory = "demonym.territory"
    case statesGroup = "states.group"
    case role
    case roleTitle = "role.title"
    case organisationNoun = "organisation.noun"
    case speakerNominal = "speaker.nominal"
    case speakerDescription = "speaker.description"

    /// A description the speaker rules made ("the ministry", "a spokeswoman").
    public var isSpeakerRule: Bool { self == .speakerNominal || self == .speakerDescription }
}
