import Testing
import HearsayCore

/// Stop 33's copy: what three people using Hearsay as a journalist, a
/// discourse analyst and a researcher wrote and read (a trade row, a water
/// scandal, editorials on pensions, grain and data centres). Each test is one
/// rule, on text of its own.
@Suite struct ReadersArticlesTests {
    private func names(_ a: Analysis) -> [String: ActorType] {
        Dictionary(a.actors.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    }

    private func speakers(_ text: String) -> [String] {
        let a = TestSupport.analyze(text)
        return a.quotations.map { a.speakerName($0) ?? "—" }
    }

    // MARK: Names

    /// A surname with an adjective's ending ("-ist", "-ic") named in full
    /// before is its person's, before a lowercase word too: "Lindqvist pointed
    /// to …" (not a capitalised adjective, as in "Islamic law").
    @Test func aSurnameWithAnAdjectivesEndingIsItsPersons() {
        let a = TestSupport.analyze("""
            Trade row

            Margrethe Lindqvist, the trade commissioner, spoke on Monday. Alicia Moreno, an analyst, disagreed. "It is slow," Moreno said.

            Lindqvist pointed to 47 projects approved under the act. "These things take time," she said.

            """)
        let lindqvist = a.actors.first { $0.name == "Margrethe Lindqvist" }
        #expect(lindqvist?.aliases.contains("Lindqvist") == true, "\(a.actors.map(\.name))")
        #expect(a.quotations.map { a.speakerName($0) } == ["Alicia Moreno", "Margrethe Lindqvist"], "\(a.quotationSummary)")
    }

    /// A lone word the story's bodies are named with: the last word of a
    /// body's name is the place it is named for ("BBC Radio Riverside"), the
    /// first its short name ("Ashford City"); neither is a person. A word that
    /// speaks stays one.
    @Test func aLoneWordTheBodiesAreNamedWithIsTheirPlaceOrTheirShortName() {
        let place = TestSupport.analyze("""
            Households in the eastern districts of Riverside were told to boil their water. Dr Priya Raman spoke on BBC Radio Riverside.

            """)
        #expect(names(place)["Riverside"] == .place, "\(names(place))")
        let club = TestSupport.analyze("""
            Redbridge United drew 3-3 with Ashford City on Saturday. For an hour, Ashford looked in complete control.

            """)
        #expect(names(club)["Ashford"] == .organisation, "\(names(club))")
        let speaks = TestSupport.analyze("""
            Ford Motor cut its forecast. "We are cautious," Ford said.

            """)
        #expect(names(speaks)["Ford"] != .place, "\(names(speaks))")
    }

    /// Irish posts and bodies: "Taoiseach Seán Murphy" is Seán Murphy with a
    /// title; Sinn Féin and the Dáil are bodies, not people.
    @Test func irishPostsAndBodies() {
        let a = TestSupport.analyze("""
            "We will not turn investment away," Taoiseach Seán Murphy told the Dáil in March. Sinn Féin called it a poor policy.

            """)
        let found = names(a)
        #expect(found["Seán Murphy"] == .person && found["Taoiseach Seán Murphy"] == nil, "\(found)")
        #expect(found["Sinn Féin"] == .organisation, "\(found)")
        #expect(a.actors.contains { $0.type == .organisation && ($0.name == "Dáil Éireann" || $0.aliases.contains("Dáil")) }, "\(found)")
    }

    // MARK: Speakers

    /// When, between a subject and its verb, is not who: "Unison last year
    /// warned", "the ministry on Monday said".
    @Test func aPhraseOfTimeBeforeTheVerbIsSkipped() {
        #expect(speakers("""
            Water row

            The union Unison last year warned that the department would have "no resilience whatsoever" if staff left. The Home Office on Monday said the plan was "under review".

            """) == ["Unison", "Home Office"])
    }

    /// A titled work in an aside between the subject and its verb is no
    /// speech: "A report by Unison, titled “Running on Empty”, warned".
    @Test func aTitledWorkInAnAsideIsSkipped() {
        let a = TestSupport.analyze("""
            Water row

            A report by the union Unison at the time, titled “Running on Empty”, warned that the department would have “no resilience whatsoever”.

            """)
        #expect(a.quotations.map(\.kind) == [.title, .partial], "\(a.quotationSummary)")
        #expect(a.quotations.map { a.speakerName($0) ?? "—" } == ["—", "Unison"], "\(a.quotationSummary)")
    }

    /// A paper speaks for its owner ("the Commission’s strategy"), for whoever
    /// issued it in its own sentence ("Egypt issued a short statement
    /// saying"), and for its author after "by".
    @Test func aPaperSpeaksForWhoIssuedIt() {
        #expect(speakers("""
            Grain row

            The European Commission’s digital strategy calls data infrastructure “critical to Europe’s sovereignty.” Egypt, the largest importer, issued a short statement saying it had “diversified its sources” and did not expect shortages. A report by Oxfam warned of “a hunger cliff”.

            """) == ["European Commission", "Egypt", "Oxfam"])
    }

    /// A participle after its clause speaks for the clause's subject, also
    /// after "while", also when a name stands in apposition to it, and "the
    /// employers’ federation" is one phrase.
    @Test func aParticipleAfterItsClauseSpeaksForTheSubject() {
        #expect(speakers("""
            Pension row

            The employers’ federation, MEDEF, welcomed what it called a “long overdue” step, while warning that “the real challenge is productivity.” Foreign Minister Sergei Lavrov went further, accusing Kyiv of using the corridor to “smuggle weapons.”

            """) == ["MEDEF", "MEDEF", "Sergei Lavrov"])
    }

    /// Nouns that look like speech verbs: "such claims", "the engineers’
    /// reports" (a plural's possessive, an apostrophe with no "s" after it).
    @Test func nounsAfterSuchAndAPluralsPossessiveAreNoVerbs() {
        #expect(speakers("""
            Data centres

            The Environmental Protection Agency has called such claims “not a substitute for decarbonisation,” and the Maritime Safety Agency said it had “never received” the engineers’ reports.

            """) == ["Environmental Protection Agency", "Maritime Safety Agency"])
    }
}
