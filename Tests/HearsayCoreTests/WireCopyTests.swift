import Testing
import HearsayCore

/// Wire copy writes in capitals: slugs ("BREAKING:"), datelines with the
/// service's credit, names in headlines, words shouted for emphasis. None of
/// those is an organisation called "BREAKING" or "NOT".
@Suite struct WireCopyTests {
    private func names(_ text: String) -> Set<String> { Set(TestSupport.analyze(text).actors.map(\.name)) }

    @Test func slugsAndEmphasisAreNotActors() {
        let a = TestSupport.analyze("""
            BREAKING: Flood waters reach the old town.

            UPDATE 2 - The mayor said the bridge is NOT safe and residents must STOP using it. “We are doing ALL we can,” \
            said Mayor Ellen Park. EXCLUSIVE interview follows. The FAKE report was denied.

            """)
        let found = Set(a.actors.map(\.name))
        for word in ["BREAKING", "UPDATE", "NOT", "STOP", "ALL", "EXCLUSIVE", "FAKE"] {
            #expect(!found.contains(word), "\(word): \(a.mentionSummary)")
        }
        #expect(found.contains("Ellen Park"))
    }

    /// An acronym in the gazetteer, or one the text defines, stays an actor;
    /// a word of a list beside another capitalised word may open a name.
    @Test func realAcronymsStay() {
        let found = names("The WHO and NATO sent teams. FIRST Global, a robotics contest, invited them. The US agreed.\n")
        #expect(found.contains("World Health Organization"))
        #expect(found.contains("NATO"))
        #expect(found.contains("FIRST Global"))
        #expect(found.contains("United States"))
    }

    /// A name of the gazetteer written in capitals is found as the name.
    @Test func namesInCapitalsAreFoundInTheGazetteer() {
        let a = TestSupport.analyze("""
            PAKISTAN FLOODS KILL 30 AS RED CROSS APPEALS FOR AID

            Officials said the UNITED NATIONS would send aid. The UN said the toll would rise.

            """)
        let names = a.actors.map(\.name)
        #expect(a.actors.first { $0.name == "Pakistan" }?.type == .state, "\(a.mentionSummary)")
        let un = names.firstIndex(of: "United Nations")
        #expect(a.mentions.filter { $0.actor == un }.count == 2, "\(a.mentionSummary)")
        #expect(names.contains { $0.contains("Red Cross") }, "\(a.mentionSummary)")
        #expect(!names.contains("UNITED NATIONS") && !names.contains("FLOODS KILL"), "\(a.mentionSummary)")
        // The same name in other capitals is no other name for the actor.
        #expect(a.actors.first { $0.name == "Pakistan" }?.aliases == [], "\(a.actors.map { ($0.name, $0.aliases) })")
        #expect(a.actors.first { $0.name == "United Nations" }?.aliases == ["UN"], "\(a.actors.map { ($0.name, $0.aliases) })")
    }

    /// "ISLAMABAD (Reuters) -": the place the story was filed from and the
    /// service's credit are the dateline; the word after it opens a sentence.
    @Test func aDatelineWithACreditAndNoDate() {
        let found = names("ISLAMABAD (Wireline) - Floods killed 30 people, officials said.\n\nMore rain is due.\n")
        #expect(!found.contains("ISLAMABAD"))
        #expect(!found.contains("Wireline"))
        #expect(!found.contains("Floods"), "\(found)")
        // A bracket after capitals that is no credit and dash is not a dateline.
        #expect(names("NATO (the alliance) met on Monday.\n\nIt agreed.\n").contains("NATO"))
    }

    /// A hyphen typed with spaces for a dash starts a clause, as a dash does.
    @Test func aSpacedHyphenIsADash() {
        let found = names("The weir was closed - Floods had damaged it in May.\n")
        #expect(!found.contains("Floods"), "\(found)")
        // Names between such dashes are still names.
        #expect(names("Talks with Amina Qadir - and Kabul - went on.\n") == ["Amina Qadir", "Afghan Taliban"])
    }

    /// The sentence after a dateline has its own subject: the dateline's place
    /// is not the speaker of a quotation the subject's participle introduces.
    @Test func theSubjectFollowsTheDateline() {
        let a = TestSupport.analyze("""
            KARSHI, March 3 (Wireline) - Uzbekistan's water ministry on Monday summoned the envoy, saying the weir broke "every understanding" in place.

            """)
        let q = a.quotations.first
        #expect(q.flatMap { a.speakerName($0) } == "Uzbekistan", "\(a.quotationSummary)")
        #expect(!a.actors.map(\.name).contains("KARSHI"), "\(a.mentionSummary)")
    }

    /// "UPDATE 1-Dam dispute deepens": the headline starts after the slug.
    @Test func theHeadlineStartsAfterTheSlug() {
        let found = names("UPDATE 1-Dam dispute deepens as talks stall\n\nThe talks stalled on Monday.\n")
        #expect(!found.contains("Dam"), "\(found)")
        #expect(!names("REFILE-Floods hit the valley\n\nRain fell.\n").contains("Floods"))
    }

    /// A place followed by an organisation's word opens that organisation's
    /// name: "Lahore University of Management Sciences", a demonym's union.
    @Test func aPlaceOpensAnOrganisationsName() {
        let found = names("Imran Latif of the Lahore University of Management Sciences and the Kyrgyz Union of Carriers spoke.\n")
        #expect(found.contains("Lahore University of Management Sciences"), "\(found)")
        #expect(found.contains("Kyrgyz Union of Carriers"), "\(found)")
        #expect(!found.contains("Lahore"), "\(found)")
    }

    /// "R-Ariz." after a senator's name is her party and state, no actor.
    @Test func aPartyAndStateIsNoActor() {
        let found = names("Sen. Laura Whitcombe, R-Ariz., and Rep. Tom Greer, D-N.Y., met on Tuesday.\n")
        #expect(found.contains("Laura Whitcombe") && found.contains("Tom Greer"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("R-") || $0.hasPrefix("D-") }, "\(found)")
    }

    /// "citing what she called “…”": the pronoun right before the verb is its
    /// subject, resolved to the person it stands for.
    @Test func aPronounBeforeTheVerbIsItsSubject() {
        let a = TestSupport.analyze("""
            The deal fell apart after Sen. Laura Whitcombe withdrew her support, citing what she called "a blank check for bureaucrats."

            """)
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Laura Whitcombe", "\(a.quotationSummary)")
    }
}
