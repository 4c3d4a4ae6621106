import Testing
import HearsayCore

/// Foreign and business news: a post described and then named ("its chief
/// executive, Iryna Kovalenko"), Spanish and Portuguese names and their
/// short forms, a titled person "of" a university, a role that no person
/// nearby holds, the people of a question who do not answer it, a state's
/// palace and air force, and the names of banks, indexes and agencies.
@Suite struct WorldNewsCopyTests {
    private func names(_ a: Analysis) -> [String: ActorType] {
        Dictionary(a.actors.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    }

    private func mentionTexts(of name: String, in a: Analysis) -> [String] {
        a.mentions.filter { a.actors[$0.actor].name == name }.map { a.document.string($0.range) }
    }

    /// A description with "its" and the person's name after it speaks as the
    /// person, after an inverted cue or before the verb.
    @Test func aPostDescribedThenNamed() {
        let a = TestSupport.analyze("""
            Ukrenergo, the national grid operator, said crews were working. “We will restore power,” said its chief executive, Iryna Kovalenko.

            The Federation of Farmers welcomed the accord. “A signature is not yet water,” its president, Ana Paula Strasser, told the newspaper.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Iryna Kovalenko", "Ana Paula Strasser"], "\(a.quotationSummary)")
        #expect(names(a)["its chief executive"] == nil && names(a)["its president"] == nil, "\(names(a))")
    }

    /// "Professor Hiroshi Tanabe of Keio University": the person's name ends
    /// before "of" when a title and two names open the run ("Bank of England"
    /// goes on).
    @Test func aTitledPersonOfAUniversity() {
        let a = TestSupport.analyze("""
            Professor Hiroshi Tanabe of Keio University said both sides were playing to domestic audiences. The Bank of England disagreed.

            """)
        let found = names(a)
        #expect(found["Hiroshi Tanabe"] == .person && found["Keio University"] == .organisation, "\(found)")
        #expect(found["Bank of England"] == .organisation, "\(found)")
    }

    /// A compound surname ("Fernández de la Cruz", "Souza Mendes") and a
    /// double given name ("María José") are the one person whose full name
    /// ends or starts with them.
    @Test func compoundSurnamesAndGivenNamesJoinTheFullName() {
        let a = TestSupport.analyze("""
            The accord was signed by Argentina's foreign minister, María José Fernández de la Cruz, and her Brazilian counterpart, Luiz Carlos de Souza Mendes.

            “Today we show that our countries can resolve their differences,” Fernández de la Cruz said. De Souza Mendes called the deal “a victory for the farmers.”

            “Great job, María José,” the president wrote.

            """)
        #expect(a.quotations.prefix(2).map { a.speakerName($0) } == ["María José Fernández de la Cruz", "Luiz Carlos de Souza Mendes"],
                "\(a.quotationSummary)")
        let found = names(a)
        #expect(found["Fernández de la Cruz"] == nil && found["Souza Mendes"] == nil && found["María José"] == nil, "\(found)")
    }

    /// A short name is joined to a fuller one only within one story: in a
    /// year of articles put together, the two are different people.
    @Test func aShortNameFarFromTheFullNameStaysApart() {
        let filler = String(repeating: "The river fell again and the farmers waited for rain. ", count: 450)
        let a = TestSupport.analyze("""
            Ruslan Reza Nazarov opened the talks.

            \(filler)

            Reza Nazarov said the pumps were “idle”.

            """)
        #expect(names(a)["Reza Nazarov"] == .person, "\(names(a))")
    }

    /// "Hungary's prime minister" names somebody this text does not: neither
    /// the defence minister of the sentence before (who holds another post)
    /// nor "Patriot" of "Patriot batteries" (who says nothing).
    @Test func aRoleNoOneNearbyHolds() {
        let a = TestSupport.analyze("""
            Germany promised two more Patriot batteries, Defence Minister Jonas Brandt told the Bundestag. Hungary's prime minister struck a different tone.

            """)
        #expect(!a.mentions.contains { a.document.string($0.range) == "prime minister" }, "\(a.mentionSummary)")
    }

    /// A role that a person who speaks nearby holds is still that person's.
    @Test func aRoleLinksToThePersonWhoSpeaksNext() {
        let a = TestSupport.analyze("""
            The state is frustrated, judging by the defense minister’s recent remarks. Khawaja Asif said on X that “cooperation is not available”.

            """)
        #expect(mentionTexts(of: "Khawaja Asif", in: a).contains("defense minister"), "\(a.mentionSummary)")
    }

    /// "Asked whether Prime Minister Aiko Hayashi would raise the matter with
    /// President Xi, he said": the people of the question do not answer it.
    @Test func thePeopleOfAQuestionDoNotAnswerIt() {
        let a = TestSupport.analyze("""
            Chief Cabinet Secretary Kenji Morimoto said Japan would lodge a second protest. Asked whether Prime Minister Aiko Hayashi would raise the matter with President Xi at next month's summit, he said: “All options are on the table.”

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Kenji Morimoto"], "\(a.quotationSummary)")
    }

    /// A state's palace, air force and navy speak for the state.
    @Test func aStatesPalaceAndAirForce() {
        let a = TestSupport.analyze("""
            Brazil's presidential palace said in a statement that the accord “opens a new chapter”. Ukraine's air force said it had shot down “most of the drones”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Brazil", "Ukraine"], "\(a.quotationSummary)")
    }

    /// "declined to comment, saying …": the speaker's description ends before the verb.
    @Test func aSpokesmanWhoDeclinedToComment() {
        let a = TestSupport.analyze("""
            A spokesman for South Korea's foreign ministry declined to comment, saying only that the government was “monitoring the situation closely”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["spokesman for South Korea's foreign ministry"], "\(a.quotationSummary)")
    }

    /// Bodies whose names run on with "for the", "of the" or "do", or open
    /// with a Spanish word; a coast guard; mountains.
    @Test func agencyAndFoundationNames() {
        let a = TestSupport.analyze("""
            The Federal Office for the Environment and the Department of the Interior reported to the Federation of Agriculture of Rio Grande do Sul.

            The Japan Coast Guard and Fundación Vida Silvestre watched the Alps.

            """)
        let found = names(a)
        for body in ["Federal Office for the Environment", "Department of the Interior", "Federation of Agriculture of Rio Grande do Sul",
                     "Japan Coast Guard", "Fundación Vida Silvestre"] {
            #expect(found[body] == .organisation, "\(body): \(found)")
        }
        #expect(found["Alps"] == .place && found["Environment"] == nil && found["Sul"] == nil, "\(found)")
    }

    /// The Fed is the Federal Reserve; banks are bodies; an index is nobody.
    @Test func marketsCopy() {
        let a = TestSupport.analyze("""
            The Federal Reserve left rates unchanged. The Fed wants more evidence, and the Nasdaq Composite fell. Goldman Sachs and Morgan Stanley kept their forecasts.

            """)
        let found = names(a)
        #expect(found["Fed"] == nil && mentionTexts(of: "Federal Reserve", in: a).contains("Fed"), "\(found)")
        #expect(found["Goldman Sachs"] == .organisation && found["Morgan Stanley"] == .organisation, "\(found)")
        #expect(found["Nasdaq Composite"] == nil, "\(found)")
    }

    /// "the mayor of Lagos, Jane Obi,": a post of a place, held by the person
    /// named after it, who speaks.
    @Test func aPostOfAPlaceThenItsHolder() {
        let a = TestSupport.analyze("""
            “We were lied to,” the mayor of Lagos, Jane Obi, said on Friday.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Jane Obi"], "\(a.quotationSummary)")
    }

    /// "put it simply:" introduces a quotation as "put it:" does.
    @Test func putItSimply() {
        let a = TestSupport.analyze("""
            Tom Reilly has worked the harbour since 1989. Reilly, 58, put it simply: “No fish, no town.”

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Tom Reilly"], "\(a.quotationSummary)")
    }

    /// A role's plural opening a sentence is its subject ("Analysts said"),
    /// also before an aside ("Officials, speaking on condition of anonymity,
    /// said"); a source is a role.
    @Test func groupsOpeningASentenceSpeak() {
        let a = TestSupport.analyze("""
            Analysts said the talks had “stalled”. Residents said the water was “brown”.

            Officials, speaking on condition of anonymity, said the plan was “dead”. Sources said it was “over”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Analysts", "Residents", "Officials", "Sources"], "\(a.quotationSummary)")
    }

    /// "State media quoted Kim as saying": the one quoted speaks.
    @Test func quotedAsSaying() {
        let a = TestSupport.analyze("""
            State media quoted Kim as saying the tests would “continue”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Kim"], "\(a.quotationSummary)")
    }

    /// "disagreed:" introduces a quotation; a surname ending in "-ly" that
    /// speaks is a name, not an adverb ("Finally").
    @Test func disagreedAndASurnameEndingInLy() {
        let a = TestSupport.analyze("""
            “It is over,” Kelly said. Bradley disagreed: “It has barely begun.”

            Finally, the minister said it was “time to go”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Kelly", "Bradley", "minister"], "\(a.quotationSummary)")
        #expect(!a.actors.contains { $0.name == "Finally" })
    }

    /// A statement speaks for the body it came from; an aside between dashes
    /// is passed over as one between commas.
    @Test func aStatementFromABodyAndAnAsideBetweenDashes() {
        let a = TestSupport.analyze("""
            “We are not leaving,” according to a statement from the Ministry of Defence.

            Jane Doe — who chairs the committee — said the bill was “a mess”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Ministry of Defence", "Jane Doe"], "\(a.quotationSummary)")
    }

    /// "said in a statement, adding that": the participle speaks for the
    /// speaker of "said", past the verb's own words; "fumed" is said.
    @Test func addingAfterTheVerbsOwnWords() {
        let a = TestSupport.analyze("""
            “We have done nothing wrong,” Meridian Motors said in a statement, adding that it would “cooperate fully”.

            “It’s a scandal,” fumed Labour MP Diane Holt.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Meridian Motors", "Meridian Motors", "Diane Holt"], "\(a.quotationSummary)")
    }

    /// "added to" is a sum, not speech: "the study added to “…”" leaves the
    /// quotation to the body that said so.
    @Test func addedToIsNoSpeech() {
        let a = TestSupport.analyze("""
            The Alzheimer's Society said the study added to “a growing body of evidence” that activity protects the brain.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Alzheimer's Society"], "\(a.quotationSummary)")
    }

    /// "Prosecutors said" opening a sentence: people described (a group), not
    /// a person named "Prosecutors".
    @Test func prosecutorsAreAGroup() {
        let a = TestSupport.analyze("""
            Prosecutors said Smith had “lied repeatedly”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Prosecutors"], "\(a.quotationSummary)")
        #expect(a.actors.first { $0.name == "Prosecutors" }?.type == .group, "\(a.actors.map(\.name))")
    }

    /// "the family said": a noun in "-ly" is no adverb skipped before the
    /// verb; "The United Nations refugee agency, UNHCR, said": the body named
    /// in apposition to its description.
    @Test func theFamilyAndTheAgencyNamedInApposition() {
        let a = TestSupport.analyze("""
            “We are heartbroken,” the family said in a statement released by police.

            The United Nations refugee agency, UNHCR, said it was “deeply alarmed”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["family", "UNHCR"], "\(a.quotationSummary)")
    }

    /// "said one" after a group that spoke is one of the group.
    @Test func saidOneOfThem() {
        let a = TestSupport.analyze("""
            Both men denied wrongdoing. “I did nothing,” said one.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["men"], "\(a.quotationSummary)")
    }

    /// Local government copy: a party's post named in apposition, a
    /// department whose name has commas, a union, protesters who chant, and a
    /// given name of either gender ("Jean", "Jordan") that "she" may follow.
    @Test func councilCopy() {
        let a = TestSupport.analyze("""
            Councillors voted on Wednesday, as protesters outside the town hall chanted “No more cuts”.

            The Liberal Democrat group leader, Shaffaq Mohammed, accused the administration of “years of waste”. Outside, Unison branch secretary Lisa Turner addressed the crowd.

            A spokeswoman for the Department for Levelling Up, Housing and Communities said councils had been given “more money”.

            Pensioner Jean Walsh, 78, said she could not afford another rise. “Every year it goes up,” she said. Jordan Pickles, 24, of Harehills, agreed.

            """)
        #expect(a.quotations.map { a.speakerName($0) }
                    == ["protesters outside the town hall", "Shaffaq Mohammed", "Department for Levelling Up, Housing and Communities", "Jean Walsh"],
                "\(a.quotationSummary)")
        let found = names(a)
        #expect(found["Unison"] == .organisation && found["Liberal Democrats"] == .organisation, "\(found)")
        #expect(found["Jordan Pickles"] == .person && found["Jordan"] == nil, "\(found)")
        #expect(a.actors.filter { $0.name.hasPrefix("Department for Levelling") }.count == 1, "\(found)")
    }

    /// "the 34-year-old said": the person named last.
    @Test func theYearOldIsThePersonNamedLast() {
        let a = TestSupport.analyze("""
            Captain Ben Hale scored twice. Asked about his future, the 34-year-old said: “I am happy here.”

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Ben Hale"], "\(a.quotationSummary)")
        #expect(a.quotations.first?.speaker.map { a.document.string($0.mention) } == "the 34-year-old")
    }
}
