import Testing
import HearsayCore

/// British political copy: devolved parliaments and governments and the
/// places that stand for them, a spokesperson of a body whose name has "and"
/// in it, people at a workplace, "she laughed", a title that opens with a
/// common adjective, and a region's states as one group.
@Suite struct DevolvedPoliticsCopyTests {
    private func names(_ a: Analysis) -> [String: ActorType] {
        Dictionary(a.actors.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    }

    /// "Holyrood" stands for the Scottish Parliament and "Westminster" for the
    /// UK's; "the Scottish Government" and "the Welsh Government" are bodies,
    /// not a person called "Scottish" or "Welsh".
    @Test func devolvedBodiesAndTheirPlaces() {
        let a = TestSupport.analyze("""
            Holyrood voted on Tuesday to reject the settlement, setting up a clash with Westminster.

            The Scottish Government said the gap was £400 million. The Senedd will debate the Welsh Government's budget, and the Northern Ireland Executive warned of cuts.

            """)
        let found = names(a)
        #expect(found["Scottish Parliament"] == .organisation && found["UK Parliament"] == .organisation, "\(found)")
        for body in ["Scottish Government", "Welsh Government", "Senedd", "Northern Ireland Executive"] {
            #expect(found[body] == .organisation, "\(body): \(found)")
        }
        #expect(found["Scottish"] == nil && found["Welsh"] == nil && found["Executive"] == nil, "\(found)")
        let holyrood = a.mentions.first { a.document.string($0.range) == "Holyrood" }
        #expect(holyrood.map { a.actors[$0.actor].name } == "Scottish Parliament")
        #expect(holyrood?.kind == .metonym)
    }

    /// The phrase before "said" starts inside a body's name that has "and" in
    /// it: the speaker is the body's spokesperson, not "Social Care spokesperson".
    @Test func aSpokespersonOfABodyWithAndInItsName() {
        let a = TestSupport.analyze("""
            A Department of Health and Social Care spokesperson said the figures were "under review" and that no decision had been taken.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Department of Health and Social Care spokesperson"], "\(a.quotationSummary)")
    }

    /// "Workers" and "staff" are people at a workplace, who speak for themselves.
    @Test func workersAndStaffAtAWorkplaceSpeak() {
        let a = TestSupport.analyze("""
            Workers at the council's depot said they were "worried sick" about their jobs. Staff at the school said the plan was "a shambles".

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Workers at the council's depot", "Staff at the school"], "\(a.quotationSummary)")
    }

    /// "she laughed" reports what she said, after the quotation or as the
    /// sentence before it.
    @Test func aLaughIsSaid() {
        let a = TestSupport.analyze("""
            Asked whether she would resign, Morag Lindsay laughed. "Not this week," she laughed. "Ask me again in May."

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Morag Lindsay", "Morag Lindsay"], "\(a.quotationSummary)")
    }

    /// A common adjective capitalised mid-sentence opens a title's name: "in
    /// Current Biology", "the Local Government Association"; or goes on one
    /// after "of": "the Kyrgyz Chamber of Regional Commerce". Not at a
    /// sentence's start ("Current rules"), and days are no such word.
    @Test func aTitleOpenedByACommonAdjective() {
        let a = TestSupport.analyze("""
            Researchers writing in Current Biology found that class sizes had little effect. The Local Government Association agreed.

            "We count the trucks," said Laleh Osmonova, head of the Kyrgyz Chamber of Regional Commerce.

            Current rules allow it. On Monday President Ruto said so.

            """)
        let found = names(a)
        #expect(found["Current Biology"] != nil && found["Biology"] == nil, "\(found)")
        #expect(found["Local Government Association"] == .organisation && found["Association"] == nil, "\(found)")
        #expect(!found.keys.contains { $0.hasPrefix("Current R") || $0.hasPrefix("Monday") }, "\(found)")
        #expect(found["Ruto"] == .person, "\(found)")
        #expect(found["Kyrgyz Chamber of Regional Commerce"] == .organisation && found["Regional Commerce"] == nil, "\(found)")
        #expect(a.quotations.map { a.speakerName($0) } == ["Laleh Osmonova"], "\(a.quotationSummary)")
    }

    /// A region's words before a noun of states are one group of states;
    /// before any other noun they are an adjective and name nobody. "South
    /// Sudan" is a state's name, though "Sudan" ends as an adjective would.
    @Test func aRegionsStatesAreAGroup() {
        let a = TestSupport.analyze("""
            All of the neighbours, especially the Central Asian republics and the Gulf states, must act. West African states met in Abuja.

            Central Asian cuisine is spicy. South Sudan has rejected the plan.

            """)
        let found = names(a)
        for group in ["Central Asian republics", "Gulf states", "West African states"] {
            #expect(found[group] == .state, "\(group): \(found)")
        }
        #expect(found["Central Asian"] == nil && found["Gulf"] == nil, "\(found)")
        #expect(found["South Sudan"] != nil, "\(found)")
        let group = a.mentions.first { a.document.string($0.range) == "Gulf states" }
        #expect(group?.kind == .nominal && group?.rule == .statesGroup)
    }
}
