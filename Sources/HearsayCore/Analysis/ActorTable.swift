/// Actors and their mentions while they are being found and grouped.
///
/// Grouping: gazetteer entries by their canonical name; other names by their
/// words, with a lone surname or first name joining the full name it belongs to
/// ("Mohib" → "Hamdullah Mohib"), and acronyms joining the name they were
/// defined for ("Joint River Commission (JRC)").
public struct ActorTable: Sendable {
    public private(set) var actors: [Actor] = []
    public private(set) var mentions: [Mention] = []
    /// The actor of each key ("name:ann lee", "gazetteer:Pakistan"), by its
    /// hash (`Key`): Swift's `Dictionary` ran SipHash on every key, and most
    /// actors of a short article are new (a 64-bit collision between two keys
    /// is not a practical risk, as for `ActorFinder.knownNameRuns`).
    private var byKey = HashMap64<Int>()
    /// Each actor's name and aliases as `WordHash.exact` values, for O(1)
    /// "already known as" checks that need no `String` for the text: one set
    /// of (actor, name) keys (`knownName`) for all actors, not a set for each,
    /// whose tables were a tenth of a short article's allocations.
    private var knownNames = HashSet64()
    /// The actors that hold each role, in the order they were given it: the
    /// rules look for the last mention of a "foreign minister" two pages back,
    /// and most roles have no holder at all.
    private var roleHolders: [String: [Int]] = [:]
    /// For a part's table (`startingPart`): the actors it started with, and
    /// what it changed since, so that `absorb` visits only that.
    private var sharedActors = 0
    private var changedActors: [Int] = []
    private var addedKeys: [UInt64] = []

    public init() {}

    /// A key ("name:ann lee", "gazetteer:Pakistan") as `byKey` holds it: the
    /// FNV-1a hash of its UTF-8 bytes, no case or apostrophe folded (the keys'
    /// makers fold where they mean to). Hashed part by part, a key needs no
    /// string put together: "name:" and a name's words with spaces between
    /// them hash as the joined string would.
    public struct Key: Sendable {
        public private(set) var hash = WordHash.offsetBasis

        public init(_ key: String) { append(key) }

        /// `prefix` and `words` joined by spaces.
        public init(_ prefix: String, _ words: some Sequence<String>) {
            append(prefix)
            var first = true
            for word in words {
                if !first { hash = WordHash.mix(hash, UInt64(0x20)) }
                first = false
                append(word)
            }
        }

        private mutating func append(_ text: String) { hash = WordHash.bytes(of: text, from: hash) }
    }

    /// The actor for `key`, created with `make` the first time. (Its `id` is
    /// given by `compacted`, which numbers the actors that are kept.)
    public mutating func actor(key: String, make: () -> Actor) -> Int {
        actor(key: Key(key), make: make)
    }

    public mutating func actor(key: Key, make: () -> Actor) -> Int {
        let key = key.hash
        if let k = byKey[key] { return k }
        let actor = make()
        if sharedActors > 0 { addedKeys.append(key) }
        actors.append(actor)
        knownNames.insert(Self.knownName(actors.count - 1, WordHash.exact(actor.name)))
        for alias in actor.aliases { knownNames.insert(Self.knownName(actors.count - 1, WordHash.exact(alias))) }
        byKey.set(key, actors.count - 1)
        for role in actor.roles { roleHolders[role, default: []].append(actors.count - 1) }
        return actors.count - 1
    }

    public func actor(forKey key: String) -> Int? { byKey[Key(key).hash] }

    public func actor(forKey key: Key) -> Int? { byKey[key.hash] }

    /// The key in `knownNames` of actor `a` known by a name of hash `nameHash`.
    static func knownName(_ a: Int, _ nameHash: UInt64) -> UInt64 { nameHash &+ UInt64(a) &* 0x9E37_79B9_7F4A_7C15 }

    /// The actor of a gazetteer entry, made at its first mention: one key per
    /// entry name, whichever pass names it first (the name finder, or the
    /// speaker rules through a state's government).
    mutating func actor(forEntry entry: Gazetteer.Entry) -> Int {
        actor(key: Key("gazetteer:", CollectionOfOne(entry.name))) {
            Actor(id: "", name: entry.name, type: entry.type, aliases: [], gender: nil, origin: .gazetteer)
        }
    }

    /// The actors with `role` among their roles.
    func actors(holding role: String) -> [Int] { roleHolders[role] ?? [] }

    public mutating func alias(_ key: String, to actor: Int) {
        let key = Key(key).hash
        if byKey[key] == nil {
            byKey.set(key, actor)
            if sharedActors > 0 { addedKeys.append(key) }
        }
    }

    /// Notes a change to a shared actor of a part's table.
    private mutating func changed(_ actor: Int) {
        if actor < sharedActors { changedActors.append(actor) }
    }

    public mutating func addMention(_ mention: Mention, text: String) {
        mentions.append(mention)
        let a = mention.actor
        if mention.kind != .pronoun, knownNames.insert(Self.knownName(a, WordHash.exact(text))) { addAlias(text, to: a) }
    }

    /// The same, with the mention's words read from `doc` only when they are a new alias.
    public mutating func addMention(_ mention: Mention, in doc: Document) {
        mentions.append(mention)
        let a = mention.actor
        if mention.kind != .pronoun, knownNames.insert(Self.knownName(a, Self.exactHash(of: mention.range, in: doc))) {
            addAlias(doc.string(mention.range), to: a)
        }
    }

    /// A new way the text names actor `a`, unless it is its name or an alias
    /// written in other capitals ("PAKISTAN" in a headline is no other name
    /// for Pakistan). Asked only of words not seen for `a` before.
    private mutating func addAlias(_ text: String, to a: Int) {
        guard !actors[a].name.equalsLowercased(text), !actors[a].aliases.contains(where: { $0.equalsLowercased(text) }) else { return }
        actors[a].aliases.append(text)
        changed(a)
    }

    /// `WordHash.exact` of the words of `range`: a mention of one token (most
    /// gazetteer names, many others) has it in the document's table already.
    static func exactHash(of range: TextRange, in doc: Document) -> UInt64 {
        if doc.hasAnalysisTables {
            let t = doc.tokenIndex(atOrAfter: range.start)
            if t < doc.tokenTable.count, doc.tokenTable[t].start == range.start, doc.tokenTable[t].end == range.end {
                return doc.hash(ofToken: t)
            }
        }
        return WordHash.exact(doc.scalars[range.start..<range.end])
    }

    public mutating func setGender(_ gender: Gender?, of actor: Int) {
        if let gender, actors[actor].gender == nil {
            actors[actor].gender = gender
            changed(actor)
        }
    }

    public mutating func addRole(_ role: String, to actor: Int) {
        if !actors[actor].roles.contains(role) {
            actors[actor].roles.append(role)
            roleHolders[role, default: []].append(actor)
            changed(actor)
        }
    }

    public mutating func setType(_ type: ActorType, of actor: Int) {
        actors[actor].type = type
    }

    /// Moves every mention of `from` to `into` (used when a surname turns out to
    /// belong to a full name found later).
    public mutating func merge(_ from: Int, into: Int) {
        merge([(from, into)])
    }

    /// The same for several merges, in order, with one pass over the mentions
    /// and keys instead of one per merge (each pass covers every mention of the
    /// text, so merging one at a time grew with merges × mentions). Each actor is
    /// merged away at most once.
    /// A mention follows its actor's merge, then the merge of that actor's target
    /// if it came later, and so on: exactly where merging one at a time leaves it.
    public mutating func merge(_ merges: [(from: Int, into: Int)]) {
        var mergedAt = [Int](repeating: -1, count: actors.count)
        var target = Array(actors.indices)
        for (time, m) in merges.enumerated() where m.from != m.into {
            assert(mergedAt[m.from] < 0, "actor \(m.from) merged away twice")
            for alias in [actors[m.from].name] + actors[m.from].aliases
            where knownNames.insert(Self.knownName(m.into, WordHash.exact(alias))) {
                actors[m.into].aliases.append(alias)
            }
            if actors[m.into].gender == nil { actors[m.into].gender = actors[m.from].gender }
            mergedAt[m.from] = time
            target[m.from] = m.into
        }
        let finalActor = actors.indices.map { start -> Int in
            var a = start, time = -1
            while mergedAt[a] > time { time = mergedAt[a]; a = target[a] }
            return a
        }
        for i in mentions.indices { mentions[i].actor = finalActor[mentions[i].actor] }
        byKey.updateValues { finalActor[$0] }
    }

    public mutating func removeMentions(where remove: (Mention) -> Bool) {
        mentions.removeAll(where: remove)
    }

    /// The table a part of a big text's speaker phase starts from: the same
    /// actors with no mentions (it reads them through a shared index, and
    /// records its own in the empty array; given all of them, its first new
    /// mention copied every mention of the text, 4 MB of 10 MB's, once per
    /// part), keeping track of what it changes for `absorb`.
    public func startingPart() -> ActorTable {
        var table = self
        table.mentions = []
        table.sharedActors = actors.count
        table.changedActors = []
        table.addedKeys = []
        return table
    }

    /// Adds what `other` found in another part of the text. `other` started
    /// empty, or as `startingPart()` of this table (or of this table before
    /// other parts were absorbed): its shared actors are the same here, and
    /// get the aliases, roles and genders it gave them; its new actors join
    /// the actor here that has one of their keys, or are appended; its
    /// mentions are appended. A part's table says what it changed, so only
    /// that is visited, not every actor and key of the text once per part.
    /// Returns the index here of each of other's actors.
    public mutating func absorb(_ other: ActorTable) -> [Int] {
        let shared = other.sharedActors
        var map = Array(0..<other.actors.count)
        var keysOf: [Int: [UInt64]] = [:]
        func take(_ key: UInt64, _ value: Int) {
            if value >= shared {
                keysOf[value, default: []].append(key)
            } else if byKey[key] == nil {
                byKey.set(key, value)   // a new key for a shared actor (`alias`)
            }
        }
        if shared > 0 {
            for key in other.addedKeys { if let value = other.byKey[key] { take(key, value) } }
        } else {
            other.byKey.forEach(take)
        }
        // In index order (aliases and roles keep their order).
        for j in Set(other.changedActors).sorted() + Array(shared..<other.actors.count) {
            let theirs = other.actors[j]
            let keys = keysOf[j] ?? []
            let here: Int
            if j < shared {
                here = j
            } else if let known = keys.compactMap({ byKey[$0] }).min() {
                here = known
            } else {
                var actor = theirs
                actor.aliases = []
                actor.roles = []   // (given again below, through addRole, which keeps the holders)
                actors.append(actor)
                knownNames.insert(Self.knownName(actors.count - 1, WordHash.exact(actor.name)))
                here = actors.count - 1
            }
            map[j] = here
            for key in keys where byKey[key] == nil { byKey.set(key, here) }
            for alias in [theirs.name] + theirs.aliases where knownNames.insert(Self.knownName(here, WordHash.exact(alias))) {
                actors[here].aliases.append(alias)
            }
            for role in theirs.roles { addRole(role, to: here) }
            setGender(theirs.gender, of: here)
        }
        for m in other.mentions {
            var m = m
            m.actor = map[m.actor]
            mentions.append(m)
        }
        return map
    }

    /// Room for `count` more mentions, so that absorbing parts appends without regrowing.
    public mutating func reserveMentions(_ count: Int) {
        mentions.reserveCapacity(mentions.count + count)
    }

    /// Drops actors with no mentions left and renumbers ids in order of first
    /// mention. `newIndex[old]` is an actor's new index, nil for one dropped.
    public func compacted() -> (actors: [Actor], mentions: [Mention], newIndex: [Int?]) {
        let sortedMentions = Parallel.sorted(mentions) { $0.range < $1.range }
        var newIndex = [Int?](repeating: nil, count: actors.count)
        var result: [Actor] = []
        result.reserveCapacity(actors.count)
        for m in sortedMentions where newIndex[m.actor] == nil {
            newIndex[m.actor] = result.count
            var a = actors[m.actor]
            a.id = "a\(result.count + 1)"
            result.append(a)
        }
        let remapped = sortedMentions.map { m -> Mention in
            var m = m
            m.actor = newIndex[m.actor]!
            return m
        }
        return (result, remapped, newIndex)
    }
}
