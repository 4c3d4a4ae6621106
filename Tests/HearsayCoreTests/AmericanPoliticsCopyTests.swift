import Testing
import HearsayCore

/// American political copy: members of Congress with their party and state
/// after the name, a retort ("shot back", "hit back"), and a party named by
/// its adjective.
@Suite struct AmericanPoliticsCopyTests {
    /// "Sen. Maria Alvarez, D-N.M., said" and "Rep. Alicia Grant (D-Calif.)
    /// said": the party and state are an aside; the senator speaks.
    @Test func membersWithPartyAndState() {
        let a = TestSupport.analyze("""
            "This bill is a press release," Sen. Maria Alvarez, D-N.M., said on the floor.

            Rep. Alicia Grant (D-Calif.) said she had spoken with governors. "Nobody wants a shutdown," she said.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Maria Alvarez", "Alicia Grant"], "\(a.quotationSummary)")
        #expect(!a.actors.contains { $0.name.contains("N.M") || $0.name.contains("Calif") }, "\(a.actors.map(\.name))")
    }

    /// "shot back that", "hit back, saying": a retort reports speech. Not "was
    /// shot", nor "hit back" after an auxiliary.
    @Test func aRetortIsSaid() {
        let a = TestSupport.analyze("""
            Sen. Tom Becker, R-Ohio, shot back that Democrats were "playing games with the safety of families."

            The minister hit back at critics, saying the plan was "fully costed."

            Two officers were shot back in May near the "green zone".

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Tom Becker", "minister", nil], "\(a.quotationSummary)")
    }

    /// "a Republican border bill": the adjective names the party.
    @Test func aPartyNamedByItsAdjective() {
        let a = TestSupport.analyze("""
            Senate Democrats on Thursday blocked a Republican border bill.

            """)
        let party = a.mentions.first { a.document.string($0.range) == "Republican" }
        #expect(party.map { a.actors[$0.actor].name } == "Republican Party")
        #expect(a.actors.first { $0.name == "Republican" } == nil)
    }
}
