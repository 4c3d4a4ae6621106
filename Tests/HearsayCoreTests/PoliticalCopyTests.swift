import Testing
import HearsayCore

/// Parliamentary and government copy: portfolio titles before a name, the
/// passive of naming verbs, "MPs", "the Commons".
@Suite struct PoliticalCopyTests {
    /// "Environment Secretary Mark Ellison": a portfolio and a role word that
    /// titles.tsv does not list as one title, and the person after them.
    @Test func aPortfolioTitleBeforeAName() {
        let a = TestSupport.analyze("But Environment Secretary Mark Ellison insisted the sale would \"unlock investment\".\n")
        let ellison = a.actors.first { $0.name == "Mark Ellison" }
        #expect(ellison?.type == .person, "\(a.mentionSummary)")
        #expect(ellison?.roles == ["environment secretary"])
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Mark Ellison", "\(a.quotationSummary)")
        // An organisation with a role word inside keeps its name.
        #expect(TestSupport.analyze("The Harbour Master Plan was approved.\n").actors.allSatisfy { $0.type != .person })
    }

    /// "was branded “reckless” by opposition MPs": the agent names; the
    /// subject is what was named. Without an agent, nobody the text names.
    @Test func thePassiveOfANamingVerb() {
        let a = TestSupport.analyze("""
            The plan to sell the reservoirs was branded "reckless" by opposition MPs last night.

            The sale was described as "a disaster" in the report.

            """)
        let first = a.quotations.first.flatMap { $0.speaker }.map { a.document.string($0.mention) }
        #expect(first == "opposition MPs", "\(a.quotationSummary)")
        #expect(a.quotations.last?.speaker == nil, "\(a.quotationSummary)")
        // The agent right after the verb, the quotation before it.
        let b = TestSupport.analyze("\"A slow disaster\" was how the plan was described by Amina Qadir, the minister.\n")
        #expect(b.quotations.first.flatMap { b.speakerName($0) } == "Amina Qadir", "\(b.quotationSummary)")
    }

    @Test func membersAndTheCommons() {
        let names = Set(TestSupport.analyze("Several MPs told the Commons on Monday that the Lords would object.\n").actors.map(\.name))
        #expect(!names.contains("MPs"), "\(names)")
        #expect(names.contains("House of Commons") && names.contains("House of Lords"), "\(names)")
    }
}
