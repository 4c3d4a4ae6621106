import Testing
import HearsayCore

/// Live blogs, science stories and obituaries: storms and roads that are no
/// actors, police ranks, newspapers and journals, a body's name with a group's
/// word inside, the subject of a main clause before a participle, and a
/// surname two people share.
@Suite struct ReportingCopyTests {
    private func names(_ a: Analysis) -> [String: ActorType] {
        Dictionary(a.actors.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    }

    /// "Storm Hollis" is weather, and so is "Hollis" alone after it; "the A82"
    /// is a road. The G7 is still the Group of Seven.
    @Test func stormsAndRoadsAreNoActors() {
        let a = TestSupport.analyze("""
            Storm Hollis reached the coast overnight. Hollis brought down trees across the west, the Met Office said.

            Police closed the A82 and the M25, and leaders of the G7 sent condolences.

            """)
        let found = names(a)
        #expect(!found.keys.contains { $0.contains("Hollis") || $0.contains("A82") || $0.contains("M25") }, "\(found)")
        #expect(found["Met Office"] == .organisation && found["Group of Seven"] == .organisation, "\(found)")
    }

    /// Police ranks title a name; a role word that opens the sentence ("Reader")
    /// does not belong to it; "emailed" reports what was written.
    @Test func policeRanksReadersAndEmails() {
        let a = TestSupport.analyze("""
            Police closed the road near Glencoe on Tuesday.

            Superintendent Gordon Hay said: "Nobody was hurt."

            Reader Janet Pirie emailed from Fort William: "Our fence is somewhere in the next village."

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Gordon Hay", "Janet Pirie"], "\(a.quotationSummary)")
        #expect(a.actors.first { $0.name == "Gordon Hay" }?.roles == ["superintendent"])
    }

    /// "the journal Nature" and the "Daily Graphic" are publications, so "she"
    /// after them is the woman named before, not the paper.
    @Test func journalsAndNewspapersAreOrganisations() {
        let a = TestSupport.analyze("""
            Marguerite Osei learned to set type in Kumasi. In a 1998 interview with the Daily Graphic she recalled her first job there: "He gave me a box of letters."

            The findings appeared in the journal Nature on Monday.

            """)
        let found = names(a)
        #expect(found["Daily Graphic"] == .organisation && found["Nature"] == .organisation, "\(found)")
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Marguerite Osei", "\(a.quotationSummary)")
    }

    /// "Police" opens no name alone ("Police closed the road" is the police),
    /// but it opens a force's or a body's: "Police Scotland", "the Police
    /// Service of Northern Ireland", "the Police Federation". Not "Scotland"
    /// the country, even where "police" is written in lower case too.
    @Test func policeOpensAForcesName() {
        let a = TestSupport.analyze("""
            Police Scotland said the road would reopen on Monday. Officers from Police Scotland and the Police Service of Northern Ireland met the police federations.

            Police closed the bridge. The Police Federation said morale was low, and Police Chief Anna Ross agreed.

            """)
        let found = names(a)
        #expect(found["Police Scotland"] == .organisation && found["Police Service of Northern Ireland"] == .organisation
                && found["Police Federation"] == .organisation, "\(found)")
        #expect(found["Scotland"] == nil && found["Police"] == nil && found["Anna Ross"] == .person, "\(found)")
        #expect(a.mentions.filter { a.actors[$0.actor].name == "Police Scotland" }.count == 2)
    }

    /// People at a workplace described with no name speak, not the place:
    /// "Doctors at the hospital said", "scientists at the institute agreed,
    /// adding"; a named employer was already so ("Priya Rao at Numis").
    @Test func peopleAtAWorkplaceSpeak() {
        let a = TestSupport.analyze("""
            Doctors at the hospital said "the next 48 hours are critical."

            Scientists at the institute agreed, adding that "the signal is real."

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Doctors at the hospital", "Scientists at the institute"],
                "\(a.quotationSummary)")
    }

    /// The same with a named workplace, a role's plural and a place after it;
    /// and a body "in London" is the body, not the city.
    @Test func peopleAtANamedWorkplaceSpeak() {
        let a = TestSupport.analyze("""
            Nurses at St Thomas' Hospital in London said staffing remained "dangerously thin" on night shifts.

            St Thomas' Hospital in London said it was "busy."

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Nurses at St Thomas' Hospital in London", "St Thomas' Hospital"],
                "\(a.quotationSummary)")
    }

    /// Health copy: a portfolio that opens the sentence stays with its role
    /// ("Health Secretary Wes Streeting", though "a health think tank" has the
    /// word in lower case); a body named before and a place are a body ("NHS
    /// England"); a possessive's lone apostrophe inside an institution's name
    /// ("St Thomas' Hospital").
    @Test func healthCopy() {
        let a = TestSupport.analyze("""
            Waiting lists at NHS hospitals fell, figures from NHS England show. Health Secretary Wes Streeting called the fall "a turning point".

            Nurses at St Thomas' Hospital said staffing remained thin. The King's Fund, a health think tank, agreed.

            """)
        let found = names(a)
        #expect(found["Wes Streeting"] == .person && found["NHS England"] == .organisation
                && found["St Thomas' Hospital"] == .organisation, "\(found)")
        #expect(found["Secretary Wes Streeting"] == nil && found["St Thomas"] == nil, "\(found)")
        #expect(a.actors.first { $0.name == "Wes Streeting" }?.roles == ["health secretary"])
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Wes Streeting", "\(a.quotationSummary)")
    }

    /// A journal's name may open with a word that opens no name alone:
    /// "the journal Current Biology" is the journal, and so is "Current
    /// Biology" later; "Current" alone still opens nothing.
    @Test func aJournalsNameOpensWithAnyWord() {
        let a = TestSupport.analyze("""
            The study was published in the journal Current Biology on Monday. Current estimates vary.

            The findings appear in Current Biology, the authors said.

            """)
        let found = names(a)
        #expect(found["Current Biology"] == .organisation && found["Biology"] == nil, "\(found)")
        #expect(a.mentions.filter { a.actors[$0.actor].name == "Current Biology" }.count == 2)
        #expect(!found.keys.contains { $0.hasPrefix("Current") && $0 != "Current Biology" }, "\(found)")
    }

    /// "joked" reports speech, as "quipped" does: the quotation is the
    /// joker's, not the one quoted before.
    @Test func aJokeIsSaid() {
        let a = TestSupport.analyze("""
            "We are grateful for your patience," Inspector Mhairi Dunn said.

            "I wanted to be a pilot," Mr Haddow joked. "Then I saw the fuel bill."

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Mhairi Dunn", "Haddow", "Haddow"], "\(a.quotationSummary)")
    }

    /// A plural group noun that opens the sentence is its subject, not an
    /// adverbial to skip: "Researchers acknowledge …, saying “…”".
    @Test func researchersOpenTheirSentence() {
        let a = TestSupport.analyze("""
            Researchers acknowledge the sample was small, saying "more work is needed before anyone changes their diet."

            Economists were more cautious, saying the figures "could yet be revised."

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Researchers", "Economists"], "\(a.quotationSummary)")
    }

    /// A word that never starts a name ("Journalists", "Police", "Morning") goes
    /// on one before an organisation's word, and the people a body is of end its name.
    @Test func aGroupsWordInsideABodysName() {
        let a = TestSupport.analyze("""
            The Ghana Journalists Association said the ruling was "a dark day." The Kenya Police Service disagreed.

            Members of the National Union of Journalists met the Sydney Morning Herald's editors.

            """)
        let found = names(a)
        for body in ["Ghana Journalists Association", "Kenya Police Service", "National Union of Journalists", "Sydney Morning Herald"] {
            #expect(found[body] == .organisation, "\(body): \(found)")
        }
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Ghana Journalists Association", "\(a.quotationSummary)")
    }

    /// A participle after the main clause speaks for the clause's subject, which
    /// ends before its verb: "President John Mahama paid tribute …, calling her
    /// “…”"; "The researchers acknowledge the point …, writing that “…”".
    @Test func theSubjectOfTheMainClauseBeforeAParticiple() {
        let a = TestSupport.analyze("""
            President John Mahama paid tribute on Monday, calling her "a guardian of our right to disagree."

            The researchers acknowledge the point in their paper, writing that "stress cannot be fully excluded."

            """)
        let speakers = a.quotations.map { q in q.speaker.map { a.document.string($0.mention) } }
        #expect(speakers == ["President John Mahama", "researchers"], "\(a.quotationSummary)")
        #expect(!a.actors.contains { $0.name.contains("tribute") }, "\(a.mentionSummary)")
    }

    /// "Osei" alone, after Marguerite Osei and her son Kwabena Osei, is the
    /// woman the story is about: named first and most often.
    @Test func aSharedSurnameIsTheStorysPrincipal() {
        let story = """
            Marguerite Osei, the printer who gave Accra its pamphlets, has died. Marguerite Osei was 91.

            Her death was announced by her son, Kwabena Osei.

            In 1972 Osei was arrested again. "A printer does not choose the words," she told a court.

            """
        let a = TestSupport.analyze(story)
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Marguerite Osei", "\(a.quotationSummary)")
        #expect(!a.actors.contains { $0.name == "Osei" }, "\(a.mentionSummary)")
        // Not across many stories put together: the second Osei is someone else's.
        let filler = String(repeating: "The harvest was late again this year in the valley. ", count: 450)
        let many = TestSupport.analyze(story + filler + "\n\nAma Osei chairs the board. On Monday Osei said the vote was close.\n")
        #expect(many.actors.contains { $0.name == "Osei" }, "\(many.mentionSummary)")
    }

    /// States that no longer exist are still states; a building named "… House"
    /// is a place, unless it speaks.
    @Test func formerStatesAndHouses() {
        let a = TestSupport.analyze("""
            Her press printed work for activists from Rhodesia and Yugoslavia. Talks were held at Lancaster House.

            Freedom House said the vote was "deeply flawed."

            """)
        let found = names(a)
        #expect(found["Rhodesia"] == .state && found["Yugoslavia"] == .state, "\(found)")
        #expect(found["Lancaster House"] == .place && found["Freedom House"] == .organisation, "\(found)")
    }

    /// A rank before a name and the force after it: two actors, the person speaking.
    @Test func anOfficerOfAForce() {
        let a = TestSupport.analyze("""
            The verdict came on Friday.

            Detective Inspector Paul Grieve of West Yorkshire Police said the verdict sent "a clear message."

            """)
        let found = names(a)
        #expect(found["Paul Grieve"] == .person && found["West Yorkshire Police"] == .organisation, "\(found)")
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Paul Grieve", "\(a.quotationSummary)")
    }

    /// "Priya Rao at Numis": the person speaks, and works at an organisation;
    /// "in Swindon and Telford": both places.
    @Test func anEmployerAfterAtAndACoordinatedPlace() {
        let a = TestSupport.analyze("""
            Halden Foods will close factories in Swindon and Telford.

            Analysts were divided. Priya Rao at Numis said cutting capacity "won't fix a brand problem."

            """)
        let found = names(a)
        #expect(found["Numis"] == .organisation && found["Telford"] == .place, "\(found)")
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Priya Rao", "\(a.quotationSummary)")
    }

    /// "The Bristol-based maker of ready meals" is the company named before.
    @Test func aCompanysDescriptionIsTheCompany() {
        let a = TestSupport.analyze("""
            Halden Foods will cut 900 jobs, the company said on Tuesday.

            The Bristol-based maker of ready meals said the closures were "painful but necessary."

            """)
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Halden Foods", "\(a.quotationSummary)")
    }

    /// Opinion copy: the minister of "Every few years a minister says"; "as
    /// Keynes put it"; a book's title is no actor; the Treasury is a body.
    @Test func opinionCopy() {
        let a = TestSupport.analyze("""
            The cost of efficiency

            Every few years a minister says the civil service is "bloated."

            In her 2019 book "The Quiet State", the historian Rosalind Keane describes each round of cuts.

            As the economist John Maynard Keynes put it, "The difficulty lies not so much in developing new ideas as in escaping from old ones."

            When the Treasury says a department has made "savings," it rarely counts the consultants.

            """)
        let speakers = a.quotations.filter { $0.kind != .title }.map { a.speakerName($0) }
        #expect(speakers == ["minister", "John Maynard Keynes", "Treasury"], "\(a.quotationSummary)")
        let found = names(a)
        #expect(!found.keys.contains { $0.contains("Quiet") || $0 == "Every" }, "\(found)")
        #expect(found["Treasury"] == .organisation, "\(found)")
    }

    /// "Her office said", "his campaign said": the person named before speaks.
    @Test func anOfficeSpeaksForItsOwner() {
        let a = TestSupport.analyze("""
            Senator Maria Lopez did not respond on Monday. Her office said the bill was "dead on arrival."

            Mayor Tom Reed was asked about the plan. His campaign said it was "a distraction."

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Maria Lopez", "Tom Reed"], "\(a.quotationSummary)")
        #expect(!a.actors.contains { $0.name.hasSuffix("office") || $0.name.hasSuffix("campaign") }, "\(a.mentionSummary)")
    }

    /// "Channel 9" and "BBC Radio 4" are broadcasters, number and all; "Channel"
    /// alone, a person by the default guess, once took "her office" from the woman.
    @Test func numberedBroadcasters() {
        let a = TestSupport.analyze("""
            Whitcombe defended her decision. "I was sent here to protect taxpayers," she said in an interview with Channel 9. Her office later added that she remained "open to a serious proposal."

            She also spoke to BBC Radio 4.

            """)
        let found = names(a)
        #expect(found["Channel 9"] == .organisation && found["BBC Radio 4"] == .organisation, "\(found)")
        #expect(a.quotations.map { a.speakerName($0) } == ["Whitcombe", "Whitcombe"], "\(a.quotationSummary)")
    }

    /// Two particles before a surname ("Ursula von der Leyen"), and the name a
    /// person goes by inside their full name ("Lula").
    @Test func namesWithParticlesAndTheNameAPersonGoesBy() {
        let a = TestSupport.analyze("""
            The summit ended on Tuesday.

            Ursula von der Leyen, the president of the European Commission, called the corridor "a lifeline."

            Brazil's President Luiz Inácio Lula da Silva agreed. Later, Lula said Brazil would "never again be a spectator."

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Ursula von der Leyen", "Luiz Inácio Lula da Silva"], "\(a.quotationSummary)")
    }

    /// Football clubs are organisations: "Kelso Rovers", "Marren Athletic".
    @Test func sportsClubs() {
        let found = names(TestSupport.analyze("Kelso Rovers beat Marren Athletic 2-1 on Saturday, and Rovers now meet Wanderers.\n"))
        #expect(found["Kelso Rovers"] == .organisation && found["Marren Athletic"] == .organisation, "\(found)")
    }

    /// Technology copy: "San Francisco-based Lumen AI" is the company (the
    /// place before "-based" names no actor of its own, a capital there is the
    /// place, not its government); "Lumen's chief executive, Dev Ramanathan,"
    /// is the person; LinkedIn is a platform.
    @Test func technologyCopy() {
        let a = TestSupport.analyze("""
            San Francisco-based Lumen AI has paused its launch after a complaint to the Vienna-based group NOYB.

            "We want to get this right," Lumen's chief executive, Dev Ramanathan, wrote in a post on LinkedIn.

            """)
        let found = names(a)
        #expect(found["Lumen AI"] == .organisation && found["LinkedIn"] == .organisation, "\(found)")
        #expect(!found.keys.contains { $0.contains("Francisco") }, "\(found)")
        #expect(a.mentions.contains { a.document.string($0.range) == "Vienna" && $0.kind != .metonym }, "\(a.mentionSummary)")
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Dev Ramanathan", "\(a.quotationSummary)")
        #expect(a.actors.first { $0.name == "Dev Ramanathan" }?.roles.contains("chief executive") == true)
    }

    /// A feature's surname alone at a sentence's start, after the full name, is
    /// the person ("Nwosu is less sure"), so "she" after it is too; "remembers"
    /// reports what was said.
    @Test func aSurnameOpeningASentenceAndRemembering() {
        let a = TestSupport.analyze("""
            Senior nurse Adaeze Nwosu stayed with eleven patients.

            Her colleague, the consultant Dr Fintan Lowry, remembers her "handing out blankets like nothing was wrong."

            Nwosu is less sure. "I did my job," she said.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Fintan Lowry", "Adaeze Nwosu"], "\(a.quotationSummary)")
    }

    /// A quotation that ends its sentence is said by the cue before it, not by
    /// the subject of the next sentence; "the Greens" are the Green Party.
    @Test func electionNight() {
        let a = TestSupport.analyze("""
            Labour held the seat, but the Green Party more than doubled its share.

            The winning candidate, Priya Chandran, told supporters at the count that voters had "sent a message we will not ignore." Her Conservative opponent, James Holloway, conceded shortly after 3am.

            The Greens' candidate finished a close second.

            """)
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Priya Chandran", "\(a.quotationSummary)")
        #expect(!a.actors.contains { $0.name == "Greens" }, "\(a.mentionSummary)")
    }

    /// "The WMO" after "the World Meteorological Organization" is the same body
    /// (no brackets said so); "urged governments … to agree on “…”" is said by
    /// whoever urged, past the infinitive's verb.
    @Test func initialsAndAnInfinitive() {
        let a = TestSupport.analyze("""
            Glaciers are shrinking fast, according to a report by the World Meteorological Organization. The WMO said the loss threatened water supplies.

            Greenpeace called the findings a warning. The group urged governments meeting in Bonn to agree on "real money, not more pledges."

            """)
        #expect(!a.actors.contains { $0.name == "WMO" }, "\(a.mentionSummary)")
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Greenpeace", "\(a.quotationSummary)")
    }
}

/// Systems, studies and programmes are things built or run, not actors; a
/// company or a body whose name ends in such a word is still one.
@Suite struct SystemsAndProgrammesTests {
    @Test func systemsStudiesAndProgrammesAreNoActors() {
        let a = TestSupport.analyze("""
            Data from the Emergency Management Information System and the National Iodine Nutrition Study were shared with the Rural Roads Programme.

            BAE Systems said the order was "welcome". The World Food Programme and the British Geological Survey were also consulted.

            """)
        let names = Set(a.actors.map(\.name))
        #expect(!names.contains { $0.hasSuffix("System") || $0.hasSuffix("Study") || $0.hasSuffix("Roads Programme") }, "\(names)")
        #expect(names.isSuperset(of: ["BAE Systems", "World Food Programme", "British Geological Survey"]), "\(names)")
    }
}

/// Clubs named for their town: "Dunmore Town", "Harbour City" after a sports
/// verb are teams; "in Kansas City" is still a place.
@Suite struct SportsFixturesTests {
    @Test func clubsNamedForTheirTown() {
        let a = TestSupport.analyze("""
            Rovers will play either Dunmore Town or Harbour City in the semi-final next month. They beat Kelso County 2-1.

            The final will be played in Kansas City.

            """)
        let found = Dictionary(a.actors.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        for club in ["Dunmore Town", "Harbour City", "Kelso County"] {
            #expect(found[club] == .organisation, "\(club): \(found)")
        }
        #expect(found["Kansas City"] == .place, "\(found)")
    }
}
