import Testing
import HearsayCore

/// Actors and mentions. Marked ranges are the mentions a careful reader expects.
@Suite struct ActorFinderTests {
    private func analyze(_ fixture: String) -> (MarkedText, Analysis) {
        let m = MarkedText(fixture)
        return (m, TestSupport.analyze(m.text))
    }

    @Test func gazetteerStates() {
        let (m, a) = analyze("⟦Pakistan⟧ and ⟦Afghanistan⟧ signed the water accord in March.")
        for (k, name) in ["Pakistan", "Afghanistan"].enumerated() {
            let mention = a.mention(m[k])
            #expect(mention?.kind == .named, "\(name)\n\(a.mentionSummary)")
            #expect(mention.map { a.actors[$0.actor].name } == name)
            #expect(mention.map { a.actors[$0.actor].type } == .state)
        }
    }

    @Test func aJobWrittenInCapitalsIsNotAnActor() {
        let (m, a) = analyze("By ⟦Helena Marsh⟧, Transport Correspondent. The Deputy Director declined to comment.")
        #expect(a.mention(m[0]).map { a.actors[$0.actor].name } == "Helena Marsh", "\(a.mentionSummary)")
        #expect(a.actors.map(\.name) == ["Helena Marsh"], "\(a.mentionSummary)")
    }

    @Test func aPluralNameAfterTheIsAGroup() {
        let (m, a) = analyze("He had ties to the ⟦Hells Angels⟧ biker gang, and ⟦Marcus Jones⟧ said so.")
        #expect(a.mention(m[0]).map { a.actors[$0.actor].type } == .group, "\(a.mentionSummary)")
        #expect(a.mention(m[1]).map { a.actors[$0.actor].type } == .person, "\(a.mentionSummary)")
    }

    @Test func aNameAfterAtTheIsAPlace() {
        let (m, a) = analyze("The council will meet at the ⟦Korvald Rooms⟧ on Monday, near the ⟦Sandgate⟧ pier.")
        #expect(m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].type } } == [.place, .place], "\(a.mentionSummary)")
    }

    @Test func exchangesOfficesAndSenatesAreOrganisations() {
        let (m, a) = analyze("The ⟦Tallin Stock Exchange⟧ fell as the ⟦Home Office⟧ wrote to the ⟦Senate⟧ clerk.")
        #expect(m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].type } } == [.organisation, .organisation, .organisation],
                "\(a.mentionSummary)")
    }

    @Test func aNameInAppositionToABodyIsAnOrganisation() {
        let (m, a) = analyze("""
            The regulator, ⟦Ofwat⟧, said the fines would stand. Delays were blamed on ⟦Ryanair⟧, the Irish airline. \
            The agency's director, ⟦Mara Lind⟧, said nothing. ⟦Tomas Berg⟧, a bus operator, agreed. \
            ⟦Kim Min-jun⟧, a spokesman for the ministry, declined to comment. \
            Workers at the plant backed ⟦IG Metall⟧, Germany's largest union, on Friday.
            """)
        let types = m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].type } }
        // Tomas Berg's given name makes him a person, whatever he runs.
        // "a spokesman for the ministry" describes a person: the noun is "spokesman", not "ministry".
        #expect(types == [.organisation, .organisation, .person, .person, .person, .organisation], "\(a.mentionSummary)")
    }

    @Test func aPersonOfABodyIsTwoActors() {
        let (m, a) = analyze("“It may not come back,” said ⟦Henrik Olsen⟧ of ⟦Nordic Freight Research⟧, as the ⟦Bank of England⟧ met.")
        let found = m.ranges.map { r in a.mention(r).map { "\(a.actors[$0.actor].name):\(a.actors[$0.actor].type)" } }
        #expect(found == ["Henrik Olsen:person", "Nordic Freight Research:organisation", "Bank of England:organisation"],
                "\(a.mentionSummary)")
    }

    @Test func thePortOfANameIsAPlaceAndTheGroupBeforeANameABody() {
        let (m, a) = analyze("Talks with the shipping group ⟦Medlink⟧ collapsed at the port of ⟦Kestrano⟧ on Monday.")
        #expect(m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].type } } == [.organisation, .place], "\(a.mentionSummary)")
    }

    @Test func aBodysKeywordAloneJoinsTheOneBodyNamedWithIt() {
        let (m, a) = analyze("The ⟦Maritime Commission⟧ met on Monday, according to a ⟦Commission⟧ official.")
        #expect(m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].name } } == ["Maritime Commission", "Maritime Commission"],
                "\(a.mentionSummary)")
        // Two commissions: the keyword alone joins neither.
        let (m2, a2) = analyze("The ⟦Maritime Commission⟧ and the ⟦River Commission⟧ met; a ⟦Commission⟧ official spoke.")
        #expect(a2.mention(m2[2]).map { a2.actors[$0.actor].name } == "Commission", "\(a2.mentionSummary)")
    }

    @Test func aGivenNameBeforeARoleNounIsStillAPerson() {
        let (m, a) = analyze("The hearing was chaired by ⟦Anna Judge⟧ on Monday.")
        #expect(a.mention(m[0]).map { a.actors[$0.actor].type } == .person, "\(a.mentionSummary)")
    }

    @Test func organisationsAndAcronymsButNotTheWordIs() {
        let (m, a) = analyze("The ⟦UN⟧ and the ⟦TTP⟧ issued statements while ⟦IS⟧ fighters moved north. It is unclear what is next.")
        let names = m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].name } }
        #expect(names == ["United Nations", "Tehreek-e-Taliban Pakistan", "Islamic State"], "\(a.mentionSummary)")
        #expect(a.mentions.count == 3, "lower-case “is” names nobody:\n\(a.mentionSummary)")
    }

    @Test func acronymInsideAHyphenatedAdjectiveStillNamesTheOrganisation() {
        let (m, a) = analyze("The report was backed by a ⟦UN⟧-led mission on Monday.")
        let un = a.mentions(overlapping: m.range).map { a.actors[$0.actor].name }
        #expect(un.contains("United Nations"), "\(a.mentionSummary)")
        let people = a.actors.filter { $0.type == .person }.map(\.name)
        #expect(people.isEmpty, "no person here, found \(people)")
    }

    @Test func capitalThatActsIsItsGovernmentAndCapitalAfterInIsAPlace() {
        let (m, a) = analyze("⟦Kabul⟧ insists the deal stands. The talks were held in ⟦Kabul⟧ last week.")
        let metonym = a.mention(m[0])
        #expect(metonym?.kind == .metonym, "\(a.mentionSummary)")
        #expect(metonym.map { a.actors[$0.actor].name } == "Afghan Taliban")
        let place = a.mention(m[1])
        #expect(place?.kind == .named, "\(a.mentionSummary)")
        #expect(place.map { a.actors[$0.actor].type } == .place)
        #expect(metonym?.actor != place?.actor)
    }

    @Test func aJournalistsBeatIsNoActor() {
        let (_, a) = analyze("Harbour strike enters its third week\n\nBy Priya Nandakumar, Labour Correspondent\n\n"
            + "Our Washington Correspondent writes that the vote was close.")
        #expect(a.actors.map(\.name) == ["Priya Nandakumar"], "\(a.mentionSummary)")
        // (A byline that is the text's first line, read as its headline.)
        let (_, first) = analyze("By Priya Nandakumar, Labour Correspondent\n\nThe vote was close.")
        #expect(!first.actors.contains { $0.name == "Labour Party" }, "\(first.mentionSummary)")
        // The party and the capital are still actors where they act.
        let (m, b) = analyze("⟦Labour⟧ said the vote was close, and ⟦Washington⟧ agreed.")
        #expect(m.ranges.map { b.mention($0) != nil } == [true, true], "\(b.mentionSummary)")
    }

    @Test func aTownsMayorAndABodysSpokeswoman() {
        let (m, a) = analyze("The mayor of ⟦Dunhallow⟧ said the city would not intervene. A spokeswoman for ⟦Maersk⟧ declined to comment.")
        #expect(a.mention(m[0]).map { a.actors[$0.actor].type } == .place, "\(a.mentionSummary)")
        #expect(a.mention(m[1]).map { a.actors[$0.actor].type } == .organisation, "\(a.mentionSummary)")
    }

    @Test func anIslandInAppositionIsAPlaceAndAPublisherABody() {
        let (m, a) = analyze("Sara Lindqvist grew up on ⟦Storholmen⟧, an island off the Swedish coast. "
            + "Her publisher, ⟦Nordvik Press Group⟧, said it would print more. Her agent, ⟦Ruth Quayle⟧, agreed.")
        #expect(m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].type } } == [.place, .organisation, .person],
                "\(a.mentionSummary)")
        // "she" after it is the woman, not the island.
        let b = TestSupport.analyze("Sara Lindqvist grew up on Storholmen, an island off the coast. “He was not an easy man,” she said.")
        #expect(b.speakerName(b.quotations.first) == "Sara Lindqvist", "\(b.quotationSummary)")
    }

    @Test func theEarthIsAPlaceAndANameThatTakesWhichABody() {
        let (m, a) = analyze("They want to protect the last wilderness on ⟦Earth⟧. The deal was backed by ⟦Halvard Nord⟧, which owns the mine.")
        #expect(m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].type } } == [.place, .organisation], "\(a.mentionSummary)")
    }

    @Test func anAcronymAndAPlaceAreABody() {
        // (Not seen alone before: "a body named before and a place", ReportingCopyTests, needs no acronym.)
        let (m, a) = analyze("⟦NHS England⟧ figures show long waits, said Matthew Taylor of the ⟦NHS Confederation⟧.")
        #expect(m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].type } } == [.organisation, .organisation], "\(a.mentionSummary)")
        #expect(!a.actors.contains { $0.name == "England" }, "\(a.mentionSummary)")
    }

    @Test func anAndInsideABodysNameJoinsIt() {
        let (m, a) = analyze("⟦West Yorkshire Fire and Rescue Service⟧ said crews were out. The ⟦Food and Drug Administration⟧ agreed. "
            + "Officials in ⟦Hebden Bridge⟧ and ⟦Mytholmroyd⟧ met the ⟦Home Office⟧ and ⟦Cabinet Office⟧ after the Boxing Day floods.")
        #expect(m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].name } } == m.ranges.indices.map { m.string($0) },
                "\(a.mentionSummary)")
        #expect(m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].type } }
                == [.organisation, .organisation, .place, .place, .organisation, .organisation], "\(a.mentionSummary)")
        #expect(!a.actors.contains { $0.name == "Boxing" }, "\(a.mentionSummary)")
    }

    @Test func townsByTheirMayorsAndCouncilsAndPeoplesAdjectives() {
        let (m, a) = analyze("For a decade, the mayors of ⟦Bristol⟧ and ⟦Cardiff⟧ have agreed on nothing. ⟦Rosterby⟧’s former mayor "
            + "wrote to Huw Thomas, who led ⟦Dunmere⟧ council, and to the ⟦Severn Business Forum⟧. The Welsh first minister agreed.")
        #expect(m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].type } } == [.place, .place, .place, .place, .organisation],
                "\(a.mentionSummary)")
        #expect(!a.actors.contains { $0.name == "Welsh" }, "\(a.mentionSummary)")
    }

    @Test func anAcronymTheTextDefinesIsThatNamesNotTheGazetteers() {
        let (m, a) = analyze("The ⟦Confederation of British Industry⟧ (⟦CBI⟧) urged a cut. The ⟦World Health Organisation⟧ (⟦WHO⟧) agreed.")
        let names = m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].name } }
        #expect(names == ["Confederation of British Industry", "Confederation of British Industry",
                          "World Health Organization", "World Health Organization"], "\(a.mentionSummary)")
    }

    @Test func aCapitalInItsOwnStreetsIsTheCity() {
        let (m, a) = analyze("A council in south ⟦London⟧ scrapped the scheme. ⟦London⟧’s streets are busy. The ⟦London Cycling Campaign⟧ "
            + "objected, and told the ⟦Evening Standard⟧ so. ⟦London⟧ insists the talks go on.")
        #expect(m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].type } } == [.place, .place, .organisation, .organisation, .state],
                "\(a.mentionSummary)")
        #expect(a.mention(m[4])?.kind == .metonym, "\(a.mentionSummary)")
    }

    @Test func aJournalAfterPublishedInAndACharityWithAPossessive() {
        let (m, a) = analyze("The study was published in ⟦JAMA Neurology⟧. Susan Mitchell of ⟦Alzheimer's Research UK⟧ welcomed it.")
        #expect(m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].type } } == [.organisation, .organisation], "\(a.mentionSummary)")
    }

    @Test func aNumberedDamAndAFriendsGroupAreNoPeople() {
        let (m, a) = analyze("Ethiopia says the ⟦Gibe⟧ III dam harms no one. Ikal Angelei founded ⟦Friends of Lake Turkana⟧ in 2008.")
        #expect(a.mention(m[0]).map { a.actors[$0.actor].type } == .place, "\(a.mentionSummary)")
        #expect(a.mention(m[1]).map { a.actors[$0.actor].type } == .organisation, "\(a.mentionSummary)")
    }

    @Test func theTalibanTheAfghanTalibanAndKabulAreOneActor() {
        let (m, a) = analyze("The ⟦Taliban⟧ closed the border on Monday. A spokesman for the ⟦Afghan Taliban⟧ said trade "
            + "would resume, but ⟦Kabul⟧ has not set a date. ⟦Kabul⟧’s authorities blamed the weather.")
        let actors = m.ranges.map { r in a.mention(r).map { a.actors[$0.actor].name } }
        #expect(actors == Array(repeating: "Afghan Taliban", count: 4), "\(a.mentionSummary)")
        #expect(m.ranges.map { a.mention($0)?.kind } == [.named, .named, .metonym, .metonym], "\(a.mentionSummary)")
    }

    @Test func capitalWithAPossessiveIsItsGovernment() {
        let (m, a) = analyze("⟦Islamabad⟧ insists the canal is illegal. ⟦Kabul⟧’s reply came within hours.")
        #expect(a.mention(m[0])?.kind == .metonym, "\(a.mentionSummary)")
        #expect(a.mention(m[0]).map { a.actors[$0.actor].name } == "Pakistan")
        #expect(a.mention(m[1])?.kind == .metonym, "\(a.mentionSummary)")
    }

    @Test func demonymWithAuthoritiesIsTheGovernment() {
        let (m, a) = analyze("⟦Kabul⟧ insists on silence. ⟦Afghan authorities⟧ denied the report on Tuesday.")
        let authorities = a.mention(m[1])
        #expect(authorities?.kind == .nominal, "\(a.mentionSummary)")
        #expect(authorities != nil && authorities?.actor == a.mention(m[0])?.actor,
                "“Afghan authorities” and the metonym “Kabul” are one government:\n\(a.mentionSummary)")
    }

    @Test func demonymAdjectivesAreNotMentions() {
        let (m, a) = analyze("⟦Afghan⟧ women and ⟦Pakistani⟧ farmers marched together along the ⟦Afghan⟧ river road.")
        for r in m.ranges {
            #expect(a.mentions(overlapping: r).isEmpty, "\(r):\n\(a.mentionSummary)")
        }
    }

    @Test func singleCapitalLetterIsNotAnActor() {
        let (m, a) = analyze("She posted the statement on ⟦X⟧ after midnight, and A. Lane shared it.")
        #expect(a.mentions(overlapping: m.range).isEmpty, "\(a.mentionSummary)")
        #expect(!a.actors.contains { $0.name == "X" })
    }

    @Test func sentenceInitialFunctionWordsAreNotActors() {
        let (m, a) = analyze("""
            However, the plan failed. Despite the rain, the march went on. Referring to the dam, the engineer \
            sighed. Making matters worse, the bridge closed. Should the talks fail, prices will rise. Right now \
            the border is shut. Compared with May, trade fell. These figures worry ⟦Nadia Karimi⟧. \
            Additionally, ⟦Omar Latif⟧ spoke.
            """)
        #expect(a.actors.map(\.name).sorted() == ["Nadia Karimi", "Omar Latif"], "\(a.mentionSummary)")
        #expect(a.mentions.map(\.range) == m.ranges)
    }

    @Test func titlesAreStrippedFromNames() {
        let (m, a) = analyze("Minister of Education ⟦Jane Roe⟧ opened the school. President ⟦Ashraf Ghani⟧ cut the ribbon.")
        #expect(a.mentions.map(\.range) == m.ranges, "\(a.mentionSummary)")
        #expect(a.actors.map(\.name) == ["Jane Roe", "Ashraf Ghani"])
        #expect(a.actors.allSatisfy { $0.type == .person })
    }

    @Test func surnameJoinsTheFullName() {
        let (m, a) = analyze("⟦Hamid Karzai⟧ spoke first at the meeting. Later, ⟦Karzai⟧ left the hall.")
        let ids = m.ranges.map { a.mention($0)?.actor }
        #expect(ids[0] != nil && ids[0] == ids[1], "\(a.mentionSummary)")
        #expect(a.actors.count == 1)
        #expect(a.actors.first?.name == "Hamid Karzai")
    }

    @Test func acronymDefinedInBracketsJoinsItsName() {
        let (m, a) = analyze("The ⟦Joint River Commission⟧ (⟦JRC⟧) met on Monday. Two days later the ⟦JRC⟧ said little.")
        let ids = m.ranges.map { a.mention($0)?.actor }
        #expect(ids.allSatisfy { $0 != nil && $0 == ids[0] }, "\(a.mentionSummary)")
        #expect(a.actors.count == 1)
        #expect(a.actors.first?.name == "Joint River Commission")
        #expect(a.actors.first?.type == .organisation)
    }

    @Test func mentionsAreSortedAndPointAtExistingActors() {
        let a = TestSupport.analyze("Pakistan and the UN met. Kabul insists. Nadia Karimi said “no”. Karimi left for Geneva.")
        #expect(a.mentions.map(\.range) == a.mentions.map(\.range).sorted())
        #expect(a.mentions.allSatisfy { $0.actor >= 0 && $0.actor < a.actors.count })
        #expect(Set(a.mentions.map(\.actor)).count == a.actors.count, "every actor is mentioned")
    }
}
