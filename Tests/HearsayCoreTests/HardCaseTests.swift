import Testing
import HearsayCore

/// Cases found by the hard-case articles in Tests/Fixtures/articles, one rule each.
@Suite struct HardCaseTests {
    private func speaker(of quote: String, in text: String) -> String? {
        let a = TestSupport.analyze(text)
        let q = a.quotations.first { a.document.string($0.range).contains(quote) }
        return a.speakerName(q)
    }

    private func actorName(of words: String, in text: String, occurrence: Int = 0) -> String? {
        let a = TestSupport.analyze(text)
        var ranges: [TextRange] = []
        let scalars = Array(text.unicodeScalars), target = Array(words.unicodeScalars)
        for s in 0...(scalars.count - target.count) where Array(scalars[s..<(s + target.count)]) == target {
            ranges.append(TextRange(s, s + target.count))
        }
        guard occurrence < ranges.count else { return nil }
        return a.mentions(overlapping: ranges[occurrence]).first.map { a.actors[$0.actor].name }
    }

    @Test func aNewSentenceAfterAQuoteIsNotItsAttribution() {
        let text = "Moscow insists that its ship was doing “routine scientific work.” Washington has warned of “serious consequences.”\n"
        #expect(speaker(of: "routine", in: text) == "Russia")
    }

    @Test func aClauseIsNotASpeaker() {
        let text = "Washington has warned of “serious consequences,” without saying what they might be.\n"
        #expect(speaker(of: "serious", in: text) == "United States")
    }

    @Test func aParticipleSpeaksForTheSentenceSubject() {
        let text = "Justice Miriam Okafor on Tuesday ordered the Ministry of Works to hand over its files, saying officials had treated her deadlines as “suggestions rather than orders.”\n"
        #expect(speaker(of: "suggestions", in: text) == "Miriam Okafor")
    }

    @Test func quotedByTheAgencyAsSaying() {
        let text = "Later, Tomas Reinholt was quoted by the state news agency as saying: “Nobody here is afraid of a courtroom.”\n"
        #expect(speaker(of: "Nobody", in: text) == "Tomas Reinholt")
    }

    @Test func aNamingVerbNamesOnlyItsFirstQuote() {
        let text = "He described the strategy as “boring on purpose,” a jab at rivals that promise “autonomous everything.”\n"
        let a = TestSupport.analyze(text)
        let second = a.quotations.first { a.document.string($0.range).contains("autonomous") }
        #expect(second?.speaker == nil)
        #expect(second?.kind == .scare)
    }

    @Test func aSubordinateClauseDoesNotSpeakForTheMainOne() {
        let text = """
            Moscow calls it “routine scientific work.”

            Until one of these governments says who cut the lines, the “routine scientific work” will go on.
            """
        let a = TestSupport.analyze(text)
        let echo = a.quotations.last
        #expect(echo?.kind == .echo)
        #expect(echo?.speaker == nil)
    }

    @Test func askedForIsARequestNotSpeech() {
        let text = "Dana Pell spoke first. She said the ministry could have asked for an extension and had instead “waited for the court to forget.”\n"
        #expect(speaker(of: "waited", in: text) == "Dana Pell")
    }

    @Test func theMinistryIsTheMinistryNamedBefore() {
        let text = "The Ministry of Infrastructure did not answer. Later the ministry said it would “comply fully with the order.”\n"
        #expect(speaker(of: "comply", in: text) == "Ministry of Infrastructure")
        #expect(actorName(of: "ministry", in: text) == "Ministry of Infrastructure")
    }

    @Test func theChineseSideIsChina() {
        let text = "At the meeting, the Chinese side asked members to “avoid prejudging the facts.”\n"
        #expect(speaker(of: "avoid", in: text) == "China")
    }

    @Test func brusselsStandsForTheEuropeanUnion() {
        let text = "Brussels has warned that the tariffs are “a serious mistake.”\n"
        #expect(speaker(of: "mistake", in: text) == "European Union")
    }

    @Test func aCompanyIsNamedByItsFirstWordLater() {
        let text = "Halvorsen Robotics Inc. reported record sales. Shares of Halvorsen rose 4 percent.\n"
        #expect(actorName(of: "Halvorsen", in: text, occurrence: 1) == "Halvorsen Robotics Inc")
    }

    @Test func anAmpersandJoinsAName() {
        let text = "The deal was advised by Calder & Finch Ltd. and closed on Friday.\n"
        #expect(actorName(of: "Calder", in: text)?.hasPrefix("Calder & Finch") == true)
    }

    @Test func aLabelDismissedByAnotherIsAScareQuote() {
        let text = "Several start-ups now call themselves \"AI-native\" over the past year, a label Adeyemi has dismissed as marketing.\n"
        let a = TestSupport.analyze(text)
        let q = a.quotations.first
        #expect(q?.speaker == nil)
        #expect(q?.kind == .scare)
    }

    @Test func theJudgeIsTheJusticeNamedBefore() {
        let text = "Justice Miriam Okafor heard the case on Tuesday. “The ministry is not above this court,” the judge said.\n"
        #expect(speaker(of: "not above", in: text) == "Miriam Okafor")
        #expect(actorName(of: "judge", in: text) == "Miriam Okafor")
    }

    @Test func heWentOnIsSpeech() {
        let text = "Tomasz Wiercinski likes the plant. “The money was fair,” he went on. “The point was the work.”\n"
        #expect(speaker(of: "money", in: text) == "Tomasz Wiercinski")
    }

    @Test func aColonAfterAPronounSubjectIntroducesTheQuote() {
        let text = "Tomasz Wiercinski has worked here for years. Asked what he would miss, he did not hesitate:\n\n“The people, every one of them.”\n"
        #expect(speaker(of: "people", in: text) == "Tomasz Wiercinski")
    }

    @Test func aQuoteAfterIndirectSpeechGoesOnInTheSpeakersWords() {
        let text = "Kevin Smith, 38, a delivery driver, said his family had stopped using it. ‘They would never do this in the posh end of town.’\n"
        #expect(speaker(of: "posh", in: text) == "Kevin Smith")
    }

    @Test func severalAsidesBetweenSubjectAndVerb() {
        let text = "Grandmother Margaret Doyle, 74, who has lived on the estate for forty years, said the smell was ‘unbearable’.\n"
        #expect(speaker(of: "unbearable", in: text)?.hasSuffix("Margaret Doyle") == true)
    }

    @Test func theNamedPersonInAppositionSpeaksForTheParticiple() {
        let text = "The council’s leader, Graham Pellow, defended the decision, insisting it was ‘the only responsible choice’.\n"
        #expect(speaker(of: "responsible", in: text) == "Graham Pellow")
    }

    @Test func aPlaceAfterInEndsTheSubject() {
        let text = "Furious residents of the estate in Dunhampton have accused the council of ‘abandoning’ them.\n"
        let name = speaker(of: "abandoning", in: text) ?? ""
        #expect(name.contains("residents"), "\(name)")
    }

    @Test func soCalledMakesAScareQuote() {
        let a = TestSupport.analyze("The council launched its so-called ‘Clean Streets Pledge’ last year.\n")
        #expect(a.quotations.first?.kind == .scare)
    }

    @Test func aTownIsNotTheCouncilNamedAfterIt() {
        let text = "Dunhampton Borough Council met on Monday. Residents in Dunhampton were angry.\n"
        #expect(actorName(of: "Dunhampton", in: text, occurrence: 1) != "Dunhampton Borough Council")
    }

    @Test func surnameParticlesStayInTheName() {
        let text = "The defence was led by Joost van Dijk. Late on, van Dijk cleared off the line.\n"
        #expect(actorName(of: "van Dijk", in: text, occurrence: 1) == "Joost van Dijk")
    }

    @Test func aParticleCapitalisedAtASentencesStartIsStillTheSurnames() {
        // "Van Doorn said" and "Doorn" alone are Marieke van Doorn, not two more people.
        let a = TestSupport.analyze("""
            Chief executive Marieke van Doorn said demand had weakened. Van Doorn said the automotive division was hit hardest.

            Asked whether the deal could be abandoned, Van Doorn said: “No.”

            """)
        #expect(a.actors.filter { $0.type == .person }.map(\.name) == ["Marieke van Doorn"], "\(a.actors.map { ($0.name, $0.aliases) })")
        #expect(a.quotations.map { a.speakerName($0) } == ["Marieke van Doorn"], "\(a.quotationSummary)")
        // A lone surname whose particle form joins a full name joins it too.
        let b = TestSupport.analyze("Ümit van Dijk scored. Later van Dijk left, and Dijk was booed.\n")
        #expect(b.actors.filter { $0.type == .person }.map(\.name) == ["Ümit van Dijk"], "\(b.actors.map { ($0.name, $0.aliases) })")
    }

    @Test func aPostInAppositionIsThePersonsRole() {
        let a = TestSupport.analyze("""
            The Education Secretary, Marcus Pell, said it was “fair”. Downing Street said the prime minister had “full confidence” in him.

            Lumora’s chief executive, Priya Raman, said the company was “surprised”. Marcus Hale, policy director at the Institute, said it was “late”.

            In Swindon, Minister of Education Élodie Kierkegaard said: “It is too early to say.”

            """)
        let roles = Dictionary(a.actors.map { ($0.name, $0.roles) }, uniquingKeysWith: { first, _ in first })
        #expect(roles["Marcus Pell"] == ["education secretary"] && roles["Priya Raman"] == ["chief executive"]
                && roles["Marcus Hale"] == ["policy director"], "\(roles)")
        // A post of his own: "the prime minister" is someone else.
        #expect(a.mentions.filter { a.actors[$0.actor].name == "Marcus Pell" }.count == 1, "\(a.mentions)")
        // A title after a place in an opening phrase is the next person's.
        #expect(roles["Swindon"].map(\.isEmpty) ?? true, "\(roles)")
    }

    @Test func aWireStorysCreditsNameNoActors() {
        let a = TestSupport.analyze("""
            GENEVA, March 3 (Reuters) - Talks collapsed on Monday.

            (Reporting by Emma Laurent in Geneva and Piotr Nowak in Warsaw; Editing by James Hale)

            """)
        #expect(a.actors.isEmpty, "\(a.actors.map(\.name))")
    }

    @Test func aRoleWordOpeningTheSentenceIsNotPartOfTheName() {
        let a = TestSupport.analyze("Winger Kofi Mensah scored twice. Grandmother Margaret Doyle watched.\n")
        #expect(Set(a.actors.map(\.name)) == ["Kofi Mensah", "Margaret Doyle"])
    }

    @Test func givenNamesTellHeFromShe() {
        let text = "Helen Garside runs the club. Stuart Hargreaves coaches it.\n\n“He has done a remarkable job,” she said.\n"
        #expect(speaker(of: "remarkable", in: text) == "Helen Garside")
    }

    @Test func theManagerIsTheManagerNamedBefore() {
        let text = "Manager Stuart Hargreaves changed the shape at half-time. Still, the manager admitted it was “not good enough”.\n"
        #expect(speaker(of: "not good", in: text) == "Stuart Hargreaves")
    }

    @Test func theStatementSpeaksForWhoeverIssuedIt() {
        let text = "In a statement, Marlow House said it wanted “room to breathe.” The statement added: “We will not negotiate in public.”\n"
        #expect(speaker(of: "room", in: text) == "Marlow House")
        #expect(speaker(of: "negotiate", in: text) == "Marlow House")
    }

    @Test func addingThatSpeaksForTheSpeakerOfTheVerbBefore() {
        let text = "Dana Jones took questions. “We are ready,” she said, adding that the minister would carry a “serious offer” to Ottawa.\n"
        #expect(speaker(of: "serious", in: text) == "Dana Jones")
    }

    @Test func declinedToCommentButSaid() {
        let text = "A spokesperson for the ministry declined to comment but said the minister had “full confidence in the review.”\n"
        #expect(speaker(of: "confidence", in: text)?.contains("spokesperson") == true)
    }

    @Test func blamingIsAttribution() {
        let text = "The Harwick Port Authority has publicly blamed the accident on “unforeseeable weather.”\n"
        #expect(speaker(of: "unforeseeable", in: text) == "Harwick Port Authority")
    }

    @Test func aDatelineIsNotAnActor() {
        let a = TestSupport.analyze("NEW YORK, June 12 (Wireline) - Halvorsen Robotics Inc. priced its shares.\n\nNATO, the EU and Russia met.\n")
        let names = Set(a.actors.map(\.name))
        #expect(!names.contains("NEW YORK"))
        #expect(!names.contains("Wireline"), "the wire service's credit is part of the dateline")
        #expect(names.contains("NATO"))
        #expect(names.contains("Halvorsen Robotics Inc"))
    }

    @Test func demonymsJoinedByAHyphenAreNotAName() {
        let a = TestSupport.analyze("Thousands of trucks stranded as Kazakh-Kyrgyz border checks drag on.\n\nThe Afghan-Pakistani talks resumed.\n")
        let names = Set(a.actors.map(\.name))
        #expect(!names.contains("Kazakh-Kyrgyz") && !names.contains("Afghan-Pakistani"), "\(names)")
    }

    /// An unknown name before a place noun ("the Northgate slipway") or ending
    /// like a market ("Osh Bazaar") is a place, not a person.
    @Test func namesBeforePlaceNounsArePlaces() {
        let a = TestSupport.analyze("Repairs to the Northgate slipway were at least two years away, and traders at Osh Bazaar waited.\n")
        let types = Dictionary(a.actors.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        #expect(types["Northgate"] == .place, "\(types)")
        #expect(types["Osh Bazaar"] == .place, "\(types)")
    }

    @Test func businessAcronymsAreNotActors() {
        let a = TestSupport.analyze("The IPO raised money for AI research, the CFO said.\n")
        #expect(a.actors.isEmpty, "\(a.actors.map(\.name))")
    }
}
