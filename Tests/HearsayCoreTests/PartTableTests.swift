import Testing
@testable import HearsayCore

/// The speaker phase of a big text runs in parts, each on a table made by
/// `startingPart()`; absorbing the parts in order gives the table that one
/// pass over both parts' changes gives, and each part's actor indices map
/// to the merged table's.
@Suite struct PartTableTests {
    static func person(_ name: String, gender: Gender? = nil) -> Actor {
        Actor(id: "", name: name, type: .person, aliases: [], gender: gender, origin: .text)
    }

    static func mention(_ start: Int, _ actor: Int, _ kind: MentionKind = .named) -> Mention {
        Mention(range: TextRange(start, start + 4), actor: actor, kind: kind, rule: .speakerDescription)
    }

    /// Two actors and their mentions: what the parts share.
    static var shared: ActorTable {
        var table = ActorTable()
        for (k, name) in ["Ann Lee", "Omar Diallo"].enumerated() {
            let a = table.actor(key: "name:" + name) { person(name) }
            table.addMention(mention(k * 10, a), text: name)
        }
        return table
    }

    /// What part `k` does to its table: an alias, a role and a gender for a
    /// shared actor, a new key for one, a new actor (the same one in both
    /// parts, by key), and mentions.
    static func work(_ table: inout ActorTable, part k: Int) {
        let offset = 1_000 * (k + 1)
        table.addMention(mention(offset, 0), text: k == 0 ? "Lee" : "Ms Lee")
        table.addRole(k == 0 ? "minister" : "envoy", to: 1)
        table.setGender(.female, of: 0)
        table.alias("surname:lee", to: 0)
        let official = table.actor(key: "speaker:the official") { person("the official") }
        table.addMention(mention(offset + 10, official, .nominal), text: "the official")
        let spokesman = table.actor(key: "speaker:a spokesman \(k)") { person("a spokesman \(k)", gender: .male) }
        table.addMention(mention(offset + 20, spokesman, .nominal), text: "a spokesman \(k)")
        table.addMention(mention(offset + 30, 1, .pronoun), text: "he")
    }

    @Test func partsAbsorbedInOrderEqualOnePassOverBoth() {
        var onePass = Self.shared
        Self.work(&onePass, part: 0)
        Self.work(&onePass, part: 1)

        var merged = Self.shared
        let start = merged.startingPart()
        #expect(start.mentions.isEmpty && start.actors == merged.actors)
        var parts = [start, start]
        for k in 0..<2 { Self.work(&parts[k], part: k) }
        let maps = parts.map { merged.absorb($0) }

        #expect(merged.actors == onePass.actors)
        #expect(merged.mentions == onePass.mentions)
        for key in ["name:Ann Lee", "surname:lee", "speaker:the official", "speaker:a spokesman 0", "speaker:a spokesman 1"] {
            #expect(merged.actor(forKey: key) == onePass.actor(forKey: key), "\(key)")
        }
        #expect(merged.actors(holding: "envoy") == [1] && merged.actors(holding: "minister") == [1])
        // Shared actors stay; the official, new in both parts, is one actor.
        #expect(maps[0][0] == 0 && maps[1][1] == 1)
        #expect(maps[0][2] == maps[1][2])
        #expect(maps[1][3] == 4 && merged.actors[4].name == "a spokesman 1")
    }

    @Test func aTableThatStartedEmptyIsTakenInWhole() {
        var first = ActorTable(), second = ActorTable()
        let a = first.actor(key: "name:Ann Lee") { Self.person("Ann Lee") }
        first.addMention(Self.mention(0, a), text: "Ann Lee")
        let b = second.actor(key: "name:Omar Diallo") { Self.person("Omar Diallo") }
        let c = second.actor(key: "name:Ann Lee") { Self.person("Ann Lee") }
        second.addMention(Self.mention(10, b), text: "Omar Diallo")
        second.addMention(Self.mention(20, c), text: "Lee")
        let map = first.absorb(second)
        #expect(map == [1, 0])
        #expect(first.actors.map(\.name) == ["Ann Lee", "Omar Diallo"])
        #expect(first.actors[0].aliases == ["Lee"])
        #expect(first.mentions.map(\.actor) == [0, 1, 0])
    }
}
