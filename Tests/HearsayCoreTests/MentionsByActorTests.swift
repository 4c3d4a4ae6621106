import Testing
import HearsayCore

/// `Analysis.mentionsByActor`: the JSON output's actors list their mentions from it.
@Suite struct MentionsByActorTests {
    @Test func groupsKeepPositionOrderAndCoverEveryMention() {
        let a = TestSupport.analyze("""
            Nadia Karimi met Omar Haddad in Kabul. Karimi said Haddad was late. Kabul was cold.

            “Fine,” said Karimi. Haddad left Kabul for Geneva, where Karimi joined him.
            """)
        let (mentions, starts) = a.mentionsByActor()
        #expect(starts.count == a.actors.count + 1 && starts.last == a.mentions.count)
        for k in a.actors.indices {
            #expect(Array(mentions[starts[k]..<starts[k + 1]]) == a.mentions.filter { $0.actor == k })
        }
    }
}
