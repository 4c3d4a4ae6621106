import Testing
@testable import HearsayCore

/// Merges applied together land every mention where merging one at a time does,
/// including a target that was itself merged away earlier or later.
@Suite struct BatchMergeTests {
    @Test func batchMergeEqualsOneAtATime() {
        var table = ActorTable()
        let names = ["Dijk", "van Dijk", "Joost van Dijk", "Mohib", "Hamdullah Mohib", "Ann", "Ann Lee"]
        for (k, name) in names.enumerated() {
            let a = table.actor(key: "name:" + name) {
                Actor(id: "", name: name, type: .person, aliases: [], gender: k == 4 ? .male : nil, origin: .text)
            }
            for m in 0..<3 {
                table.addMention(Mention(range: TextRange(k * 100 + m * 10, k * 100 + m * 10 + 5), actor: a, kind: .named,
                                         rule: .capitalised), text: name)
            }
        }
        // van Dijk → Joost van Dijk first, then Dijk → van Dijk (already merged away:
        // one at a time, Dijk's mentions stay with "van Dijk"); Ann Lee → Ann, then Ann → Mohib.
        let merges: [(from: Int, into: Int)] = [(1, 2), (0, 1), (3, 4), (6, 5), (5, 3)]
        var together = table
        together.merge(merges)
        var oneByOne = table
        for m in merges { oneByOne.merge(m.from, into: m.into) }
        #expect(together.mentions == oneByOne.mentions)
        #expect(together.actors == oneByOne.actors)
        #expect(together.actor(forKey: "name:Ann Lee") == oneByOne.actor(forKey: "name:Ann Lee"))
        #expect(together.mentions.filter { $0.actor == 1 }.count == 3)   // Dijk's, left with "van Dijk"
    }
}
