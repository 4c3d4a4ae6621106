import Testing
import HearsayCore

/// Copy from Brussels: anonymous diplomats who speak one after another, a
/// spokesperson whose sentence goes on with a plural noun, and a member of
/// the European Parliament titled by the letters of the office.
@Suite struct EuropeanAffairsCopyTests {
    /// "Several EU diplomats … said …. One said …. Another described …": each
    /// is one of the diplomats; "One report said" is still the report.
    @Test func oneOfAGroupNamedBefore() {
        let a = TestSupport.analyze("""
            Several EU diplomats, speaking on condition of anonymity, said Berlin wanted the mission under NATO command. One said France was "furious". Another described the meeting as "the worst in years".

            One report said the plan was "dead on arrival".

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Several EU diplomats", "Several EU diplomats", "One report"], "\(a.quotationSummary)")
        #expect(a.quotations.prefix(2).allSatisfy { $0.speaker?.rule == "one-of-them" && $0.kind == .partial }, "\(a.quotationSummary)")
    }

    /// With no group in the sentences before (in the same paragraph), "One" is
    /// nobody the text names; nor when the plural before is of papers.
    @Test func oneWithNoGroupBefore() {
        let a = TestSupport.analyze("""
            The envoy met Anneliese Vogt on Monday.

            One said the plan was "dead on arrival".

            Several reports said the mission was delayed. One said it was "years away".

            """)
        #expect(a.quotations.map { a.speakerName($0) } == [nil, nil], "\(a.quotationSummary)")
    }

    /// "said talks would continue “…”": "talks" is the noun the verb after it
    /// has for subject, and "continue" (unlike "continued") reports nothing.
    @Test func aPluralNounAfterTheSpeechVerb() {
        let a = TestSupport.analyze("""
            A Commission spokesperson said talks would continue "at technical level" this week.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Commission spokesperson"], "\(a.quotationSummary)")
        #expect(!a.actors.contains { $0.name == "talks" }, "\(a.actors.map(\.name))")
    }

    /// "Dutch MEP Pieter van Dam", "Labour MSP Jackie Baillie": the office's
    /// letters title the name (it was a place, for the "Dam").
    @Test func membersOfParliamentsByTheirLetters() {
        let a = TestSupport.analyze("""
            "The Council is failing its basic duty," Dutch MEP Pieter van Dam said. Labour MSP Jackie Baillie said the plan was "dead".

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Pieter van Dam", "Jackie Baillie"], "\(a.quotationSummary)")
        #expect(a.actors.first { $0.name == "Pieter van Dam" }?.type == .person)
        #expect(a.actors.first { $0.name == "Jackie Baillie" }?.roles == ["msp"])
    }
}

/// Wire copy on the Middle East: an anonymous diplomat described by a
/// participle, and words someone named a thing with.
@Suite struct MiddleEastCopyTests {
    /// "said a Western diplomat briefed on the talks": the participle ends the
    /// description, and "Western" before a noun is an adjective, no place.
    @Test func aDiplomatBriefedOnTheTalks() {
        let a = TestSupport.analyze("""
            "We are closer than we have been in weeks," said a Western diplomat briefed on the talks.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Western diplomat"], "\(a.quotationSummary)")
        #expect(!a.actors.contains { $0.name == "Western" }, "\(a.actors.map(\.name))")
    }

    /// "condemned what he called “American and British aggression”": a
    /// naming verb quotes the words something was called, a fragment, though
    /// it opens with a capital.
    @Test func whatHeCalledIsPartial() {
        let a = TestSupport.analyze("""
            Foreign Ministry spokesman Nasser Kanaani condemned what he called "American and British aggression" against Yemen.

            """)
        #expect(a.quotations.map(\.kind) == [.partial], "\(a.quotationSummary)")
        #expect(a.quotations.map { a.speakerName($0) } == ["Nasser Kanaani"], "\(a.quotationSummary)")
    }
}
