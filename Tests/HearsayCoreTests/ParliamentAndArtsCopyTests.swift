import Testing
import HearsayCore

/// Stop 32's copy: a Commons report, a rail strike, a health study, a football
/// transfer, an album and a book review, a foreign-press round-up, names from
/// many languages, and a family's dialogue. Each test is one rule, on text of
/// its own.
@Suite struct ParliamentAndArtsCopyTests {
    private func names(_ a: Analysis) -> [String: ActorType] {
        Dictionary(a.actors.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    }

    private func actor(_ a: Analysis, _ name: String) -> Actor? { a.actors.first { $0.name == name } }

    // MARK: Titles and posts

    /// "Mayor" opens the sentence and "the mayor" is written in lower case
    /// later: still a title, so Linda Park is a person (not a park), and "the
    /// mayor" who speaks is she.
    @Test func aTitleThatOpensASentenceStillTitlesTheName() {
        let a = TestSupport.analyze("""
            The plan drew sharp reactions. Mayor Linda Park announced the trial on Thursday.

            Speaking on Friday, the mayor said it would be reviewed. "If it is hurting business, we will know," the mayor said.

            """)
        #expect(actor(a, "Linda Park")?.type == .person, "\(names(a))")
        #expect(a.quotations.map { a.speakerName($0) } == ["Linda Park"], "\(a.quotationSummary)")
    }

    /// A post in capitals after "the", in apposition: "Daniel Whitcombe, the
    /// Prime Minister," holds it, and "The Prime Minister said" is he.
    @Test func aCapitalisedPostInAppositionIsTheNamesRole() {
        let a = TestSupport.analyze("""
            Daniel Whitcombe, the Prime Minister, replied that the government had "put more money into care than ever". The Prime Minister said he was "deeply sorry" to hear of the closure.

            """)
        #expect(actor(a, "Daniel Whitcombe")?.roles.contains("prime minister") == true, "\(a.actors.map(\.roles))")
        #expect(a.quotations.map { a.speakerName($0) } == ["Daniel Whitcombe", "Daniel Whitcombe"], "\(a.quotationSummary)")
    }

    /// "the Leader of the Opposition" is one post of four words, no people
    /// called "Leader" and "Opposition"; its holder speaks for it later.
    @Test func aPostOfSeveralWordsNamesNobody() {
        let a = TestSupport.analyze("""
            Helen Ashcroft, the Leader of the Opposition, told the Commons that 400,000 people were waiting. The Leader of the Opposition said the delay was "a scandal".

            """)
        let found = names(a)
        #expect(found["Leader"] == nil && found["Opposition"] == nil, "\(found)")
        #expect(a.quotations.map { a.speakerName($0) } == ["Helen Ashcroft"], "\(a.quotationSummary)")
    }

    /// A post before a titled name: "Its chief medical adviser, Dr Imogen
    /// Clarke," holds the post past the "Dr".
    @Test func aPostBeforeATitledName() {
        let a = TestSupport.analyze("""
            The board welcomed the study. Its chief medical adviser, Dr Imogen Clarke, said: "This is a large study."

            """)
        #expect(actor(a, "Imogen Clarke")?.roles == ["chief medical adviser"], "\(a.actors.map { ($0.name, $0.roles) })")
    }

    /// Military ranks title a name ("Private Edward Hale" is Edward Hale, a
    /// man), so "she" is the woman named by her given name alone.
    @Test func ranksTitleANameAndAGivenNameAloneIsAPerson() {
        let a = TestSupport.analyze("""
            The novel’s central relationship, between Aoife and the soldier, Private Edward Hale, is handled with delicacy. When Hale asks her what the island is called, she replies, “It doesn’t have a name.”

            """)
        #expect(actor(a, "Edward Hale")?.type == .person, "\(names(a))")
        #expect(actor(a, "Aoife")?.type == .person, "\(names(a))")
        #expect(a.quotations.map { a.speakerName($0) } == ["Aoife"], "\(a.quotationSummary)")
    }

    /// A given name used alone gives its gender once the names are joined:
    /// "he" is not Poppy.
    @Test func aGivenNameAloneHasItsGender() {
        let a = TestSupport.analyze("""
            It was Margaret’s granddaughter, Poppy, who lifted the lid. “He wrote them for himself,” she said.

            Her great-uncle considered this for a while. “That’s cleverer than anything either of us came up with,” he admitted.

            """)
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Poppy", "\(a.quotationSummary)")
        #expect(a.quotations.last.flatMap { a.speakerName($0) } != "Poppy", "\(a.quotationSummary)")
    }

    // MARK: Speakers

    /// Who is accused is no speaker: "was accused of “…”", and a headline's
    /// "Minister accused of “…”" with no "was". The active keeps its speaker.
    @Test func theAccusedIsNoSpeaker() {
        let a = TestSupport.analyze("""
            Minister accused of “running out the clock” on care

            The Prime Minister was accused of “running out the clock” on social care reform on Wednesday. Helen Ashcroft accused ministers of “hiding behind the numbers”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == [nil, nil, "Helen Ashcroft"], "\(a.quotationSummary)")
    }

    /// "Kwame Osei, the MP for Thornbury East, who accused …": the person the
    /// description is in apposition to, not a new actor "MP for Thornbury East".
    @Test func aRelativeClauseAfterAnAppositionIsTheNamedPersons() {
        let a = TestSupport.analyze("""
            The debate saw an intervention from Labour backbencher Kwame Osei, the MP for Thornbury East, who accused ministers of “hiding behind the numbers”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Kwame Osei"], "\(a.quotationSummary)")
        #expect(names(a)["Thornbury East"] == .place, "\(names(a))")
    }

    /// "the spokesperson" is the spokesperson described before, whatever the
    /// first description added after its noun ("for the operator").
    @Test func theSpokespersonIsTheOneDescribedBefore() {
        let a = TestSupport.analyze("""
            A spokesperson for the operator said it had made “a fair and affordable offer”. “We have been clear that we want to reach an agreement,” the spokesperson said.

            """)
        let speakers = a.quotations.map { $0.speaker?.actor }
        #expect(speakers.count == 2 && speakers[0] != nil && speakers[0] == speakers[1], "\(a.quotationSummary)")
    }

    /// A participle after an infinitive's words speaks for the sentence's
    /// subject: not "directly", read as a speaker after "respond".
    @Test func aParticipleAfterAnInfinitiveIsTheSubjects() {
        let a = TestSupport.analyze("""
            State Department spokesman Daniel Whitfield welcomed the deal. He declined to respond directly to the editorial, saying only: “We don’t comment on opinion pieces.”

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Daniel Whitfield"], "\(a.quotationSummary)")
        #expect(names(a)["directly"] == nil, "\(names(a))")
    }

    /// “I said, ‘…’” inside a quotation is its speaker quoting herself.
    @Test func iInsideAQuotationIsTheQuotationsSpeaker() {
        let a = TestSupport.analyze("""
            Mara Quill admits the single was a compromise. “The label wanted something with a chorus,” she said. “I said, ‘All my songs have choruses, they’re just very quiet ones.’ We met somewhere in the middle.”

            """)
        let nested = a.quotations.first(where: { $0.span.parent != nil })
        #expect(nested.flatMap { a.speakerName($0) } == "Mara Quill", "\(a.quotationSummary)")
        #expect(names(a)["I"] == nil, "\(names(a))")
    }

    /// A surname ending in "ing" that opens a sentence is no gerund once the
    /// full name has been read: "Paula Denning. Denning added".
    @Test func aSurnameInIngIsNoGerund() {
        let a = TestSupport.analyze("""
            ‘We’ve watched our best players walk out,’ said the trust’s chair, Paula Denning. Denning added that the trust had written to the owners asking for ‘cast-iron guarantees’.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Paula Denning", "Paula Denning"], "\(a.quotationSummary)")
        #expect(a.actors.filter { $0.name.contains("Denning") }.count == 1, "\(names(a))")
    }

    // MARK: Actors

    /// A plural's possessive inside a body's name: "Castle Street Traders’
    /// Association", "the Redbridge City Supporters’ Trust".
    @Test func aPluralPossessiveInsideABodysName() {
        let a = TestSupport.analyze("""
            The Castle Street Traders’ Association has asked the council to wait. Fans of the Redbridge City Supporters’ Trust agreed.

            """)
        let found = names(a)
        #expect(found["Castle Street Traders’ Association"] == .organisation, "\(found)")
        #expect(found["Redbridge City Supporters’ Trust"] == .organisation, "\(found)")
        #expect(found["Association"] == nil && found["Trust"] == nil, "\(found)")
    }

    /// An adverb of place that opens a sentence is no part of the name after
    /// it: "Back on Castle Street".
    @Test func anAdverbOfPlaceOpensNoName() {
        let a = TestSupport.analyze("Rosa Delgado runs a café. Back on Castle Street, Delgado was already planning for spring.\n")
        #expect(names(a)["Castle Street"] == .place && names(a)["Back on Castle Street"] == nil, "\(names(a))")
    }

    /// Where a person comes from is a place ("a nurse from Hove", "day-trippers
    /// from London", the city not the government); a legislator's seat is one
    /// ("the MP for Harbury"); "Conservative" before "MP" is a party.
    @Test func homesSeatsAndParties() {
        let a = TestSupport.analyze("""
            Sarah Whitlock, a nurse from Hove, was late again. Geoffrey Marsh, a retired postman from Kelbridge, agreed, as did day-trippers from London.

            Anthony Lisle, the Conservative MP for Harbury, asked a question.

            """)
        let found = names(a)
        #expect(found["Hove"] == .place && found["Kelbridge"] == .place && found["Harbury"] == .place, "\(found)")
        #expect(found["London"] == .place && found["United Kingdom"] == nil, "\(found)")
        #expect(found["Conservative"] == .organisation, "\(found)")
    }

    /// A club named in full, then by its town's word alone: one club ("FC
    /// Zwolle" is a club, not the Frontier Corps).
    @Test func aClubByItsFirstWord() {
        let a = TestSupport.analyze("""
            Castleford United have bid for the striker, who spent a season at Dutch side FC Zwolle. Castleford want an answer by Friday.

            """)
        let found = names(a)
        #expect(found["Castleford United"] == .organisation && found["Castleford"] == nil, "\(found)")
        #expect(found["FC Zwolle"] == .organisation && found["Frontier Corps"] == nil, "\(found)")
    }

    /// Two bodies joined by "and" after "University of …", the second ending
    /// in its city.
    @Test func twoInstitutionsTheSecondEndingInACity() {
        let a = TestSupport.analyze("Researchers at the University of Northbridge and Kellerman College London followed 4,000 people.\n")
        let found = names(a)
        #expect(found["University of Northbridge"] == .organisation && found["Kellerman College London"] == .organisation, "\(found)")
    }

    /// "the House", a legislature, "Prime Minister’s Questions", a session, and
    /// "the Members’ Lobby", a room: none is a person, so "he" is not the Lobby.
    @Test func theHouseQuestionsAndTheLobby() {
        let a = TestSupport.analyze("""
            Helen Ashcroft used Prime Minister’s Questions to press the point. She asked when the bill would be put before the House.

            The shadow chancellor, Rhys Pemberton, was scathing. Speaking to reporters in the Members’ Lobby, he added: “They keep promising a bill in the autumn.”

            """)
        let found = names(a)
        #expect(found["House"] == .organisation && found["Questions"] == nil, "\(found)")
        #expect(found["Lobby"] == .place, "\(found)")
        #expect(a.quotations.map { a.speakerName($0) } == ["Rhys Pemberton"], "\(a.quotationSummary)")
    }

    /// Counties, newspapers abroad and a producer with a diminutive given name.
    @Test func countiesForeignPapersAndDiminutives() {
        let a = TestSupport.analyze("""
            The album was recorded in Northumberland and mixed in Yorkshire, Le Monde reported, with producer Ollie Brannigan.

            """)
        let found = names(a)
        #expect(found["Northumberland"] == .place && found["Yorkshire"] == .place, "\(found)")
        #expect(found["Le Monde"] == .organisation && found["Ollie Brannigan"] == .person, "\(found)")
    }

    // MARK: Documents, papers and songs

    /// "the statement read" is speech, said by whoever issued the statement
    /// in the sentence that first mentions it.
    @Test func aStatementReadsAndItsIssuerSpeaks() {
        let a = TestSupport.analyze("""
            Yesterday Redbridge City issued a statement. ‘The club can confirm that it has rejected a further approach,’ the statement read.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Redbridge City"], "\(a.quotationSummary)")
    }

    /// A document's relative clause speaks for the body that issued it: "a
    /// leaked Treasury memo that reportedly described …".
    @Test func aMemosRelativeClauseIsItsIssuers() {
        let a = TestSupport.analyze("""
            Ms Ashcroft quoted a leaked Treasury memo that reportedly described the reform package as “unaffordable before the next spending review”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Treasury"], "\(a.quotationSummary)")
    }

    /// "the newspaper", "the paper": the news outlet named last, not an actor of
    /// their own (nor the minister named in between).
    @Test func theNewspaperIsTheOutletNamedLast() {
        let a = TestSupport.analyze("""
            Le Monde called the agreement “a modest victory for Brussels.” Minister Anne Roche declined to comment. The paper added that gas would flow “not before 2029, and probably later.”

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Le Monde", "Le Monde"], "\(a.quotationSummary)")
        #expect(names(a)["paper"] == nil, "\(names(a))")
    }

    /// A second verb after ", and" is said by who spoke earlier in the sentence.
    @Test func aSecondVerbAfterAndIsTheEarlierSpeakers() {
        let a = TestSupport.analyze("""
            In The Times, the critic Giles Faraday called the novel “handsomely written but curiously inert”, and complained that its “politics are kept at a polite distance”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Giles Faraday", "Giles Faraday"], "\(a.quotationSummary)")
    }

    /// A singer's lyric is her words: "sings" is a speech verb.
    @Test func singsIsASpeechVerb() {
        let a = TestSupport.analyze("""
            “Hush, the river keeps its counsel,” Quill sings over a single cello, “and so will I.”

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Quill", "Quill"], "\(a.quotationSummary)")
        #expect(a.quotations.allSatisfy { $0.kind == .direct }, "\(a.quotationSummary)")
    }

    /// A publisher and a band: "Kestrel Books", then "Kestrel’s"; "the folk
    /// collective Hollow Pines". "the sports minister" is no mention of Sky Sports.
    @Test func publishersBandsAndQualifiedPosts() {
        let a = TestSupport.analyze("""
            The novel is published by Kestrel Books. Simon Achebe, Kestrel’s publishing director, praised it. The producer worked with the folk collective Hollow Pines.

            Okonjo told Sky Sports News on Wednesday. The sports minister, Clare Hobbs, visited Stockport.

            """)
        let found = names(a)
        #expect(found["Kestrel"] == nil && found["Hollow Pines"] == .organisation, "\(found)")
        let sky = a.actors.firstIndex { $0.name == "Sky Sports" }
        #expect(sky.map { k in a.mentions.filter { $0.actor == k }.count } == 1, "\(a.mentions)")
    }

    /// A place's word alone that speaks is a surname: "Park said" is Park Ji-hoon.
    @Test func aPlacesWordThatSpeaksIsASurname() {
        let a = TestSupport.analyze("""
            South Korea sent a team under Dr Park Ji-hoon of the Korea Water Resources Corporation. Park said Seoul had offered satellite imagery.

            """)
        #expect(names(a)["Park"] == nil && names(a)["Park Ji-hoon"] == .person, "\(names(a))")
    }

    // MARK: Councils, hearings, wires abroad and games (the third round)

    /// "the letter said": who wrote it in the sentence that mentions it, not
    /// the last speaker; a family's statement is the family's, not the man
    /// whose family it is.
    @Test func aLetterIsItsWritersAndAFamilysStatementTheFamilys() {
        let a = TestSupport.analyze("""
            “This is not the end,” Reeve said.

            In a letter read out at the meeting, the school’s head teacher, Anne Gallagher, warned of the cost. “We have turned away 37 families this year,” the letter said.

            Daniel Okoro died on Friday. Mr Okoro’s family said in a statement that he was “a loving father”. “We are heartbroken,” the statement said.

            """)
        let speakers = a.quotations.map { a.speakerName($0) }
        #expect(speakers[0] == "Reeve" && speakers[1] == "Anne Gallagher", "\(a.quotationSummary)")
        #expect(speakers[2] != "Daniel Okoro" && speakers[3] != "Daniel Okoro", "\(a.quotationSummary)")
    }

    /// Abbreviated titles give roles written out ("Cllr" a councillor, "Sen."
    /// a senator); "by saying" is the subject's; the Pentagon is the Department
    /// of Defense, not the United States.
    @Test func abbreviatedTitlesByParticiplesAndThePentagon() {
        let a = TestSupport.analyze("""
            The Green Party group leader, Cllr Imran Shah, spoke first. Sen. Thomas Whitfield opened the hearing by saying he had “run out of patience” with the Air Force.

            The Pentagon said in a statement that it “remains committed” to the programme.

            """)
        #expect(actor(a, "Imran Shah")?.roles == ["councillor"], "\(a.actors.map { ($0.name, $0.roles) })")
        #expect(actor(a, "Thomas Whitfield")?.roles == ["senator"], "\(a.actors.map { ($0.name, $0.roles) })")
        #expect(a.quotations.map { a.speakerName($0) } == ["Thomas Whitfield", "Department of Defense"], "\(a.quotationSummary)")
    }

    /// "Ltd." ends a sentence and a company's name; the company named without
    /// its form is the same company; a club's town stays a town.
    @Test func legalFormsAndClubsTowns() {
        let a = TestSupport.analyze("""
            The plan was put forward by Kestrel Homes Ltd. Cllr David Okonjo said: “We were elected to represent them.” Kestrel Homes declined to comment.

            Plans to build 240 homes in Millbrook were approved. Tom Ashby, chairman of Millbrook Rovers, wants a new ground.

            """)
        let found = names(a)
        #expect(found["Kestrel Homes Ltd"] == .organisation && found["Kestrel Homes"] == nil, "\(found)")
        #expect(a.quotations.map { a.speakerName($0) } == ["David Okonjo"], "\(a.quotationSummary)")
        #expect(found["Millbrook"] == .place && found["Millbrook Rovers"] == .organisation, "\(found)")
    }

    /// Places by their form: a US state's abbreviation ("Arlington, Va."), a
    /// street ("Cedar Close"), a federation's state ("Kano State"), a capital
    /// before "province" (the province, not the government).
    @Test func placesByTheirForm() {
        let a = TestSupport.analyze("""
            The company is based in Arlington, Va. A resident from Cedar Close objected. The governor of Kano State, Abdullahi Sani Garba, agreed.

            Former Buenos Aires province governor Axel Rodríguez Kicillof disagreed.

            """)
        let found = names(a)
        #expect(found["Virginia"] == .place && found["Va"] == nil, "\(found)")
        #expect(found["Cedar Close"] == .place && found["Kano State"] == .place, "\(found)")
        #expect(found["Buenos Aires"] == .place && found["Argentina"] == nil, "\(found)")
    }

    /// A team's plural name after "the" is a group ("the Celtics"); plurals of
    /// people by trade open sentences and name nobody ("Forecasters said").
    @Test func teamsAndTrades() {
        let a = TestSupport.analyze("""
            The Celtics have not lost at home since January. Forecasters said the storm would pass by Monday. Insurers said it was too early to estimate the cost.

            """)
        let found = names(a)
        #expect(found["Celtics"] == .group, "\(found)")
        #expect(found["Forecasters"] == nil && found["Insurers"] == nil, "\(found)")
    }

    /// A person described by a participle's object is a person ("a senior
    /// advocate representing the union"); a one-name person in apposition to a
    /// role opens her sentence; "he" once resolved gives its gender, so "she"
    /// is not him; "the governor of Kano State" is no other governor.
    @Test func advocatesOneNamePeopleAndLearnedGenders() {
        let a = TestSupport.analyze("""
            “This ruling is being read far too broadly,” said Festus Okonkwo, a senior advocate representing the union.

            Farmer Ramulu Goud, 58, said he would vote for the BRS again. “They gave us water,” he said. But not everyone was convinced. Srilatha, a college student who gave only one name, shook her head. “Everyone promises jobs,” she said.

            CBN Governor Olumide Bankole-Eze said the bank would act. The governor of Kano State, Abdullahi Sani Garba, said his state could not pay.

            """)
        let found = names(a)
        #expect(found["Festus Okonkwo"] == .person && found["Srilatha"] == .person, "\(found)")
        #expect(a.quotations.map { a.speakerName($0) } == ["Festus Okonkwo", "Ramulu Goud", "Srilatha"], "\(a.quotationSummary)")
        let bankoleEze = a.actors.firstIndex { $0.name == "Olumide Bankole-Eze" }
        #expect(bankoleEze.map { k in a.mentions.filter { $0.actor == k }.count } == 1, "\(a.mentions)")
    }

    /// Posts after a name with an owner of several words or a preposition:
    /// "the Met Office’s chief executive", "a spokesperson for Aviva".
    @Test func postsAfterANameWithOwnersAndPrepositions() {
        let a = TestSupport.analyze("""
            “This is a very dangerous storm,” said Helen Marsh, the Met Office’s chief executive. “We have had hundreds of claims,” said Rachel Ambrose, a spokesperson for Aviva.

            """)
        #expect(actor(a, "Helen Marsh")?.roles == ["chief executive"], "\(a.actors.map { ($0.name, $0.roles) })")
        #expect(actor(a, "Rachel Ambrose")?.roles == ["spokesperson"], "\(a.actors.map { ($0.name, $0.roles) })")
    }

    /// Songs: a title described as a track is a title even when a speech verb
    /// follows; one that is the subject of the writer's sentence goes on no
    /// one's speech.
    @Test func songTitlesStayTitles() {
        let a = TestSupport.analyze("""
            There is a moment in “Salt Road”, the title track of Mara Quill’s third album, when she sings, almost to herself, “I carried the sea in a paper cup.”

            “Hush, the river keeps its counsel,” Quill sings over a single cello.

            “Small Hours” is the closest thing to a pop song here.

            """)
        let kinds = a.quotations.map(\.kind)
        #expect(kinds == [.title, .direct, .direct, .title], "\(a.quotationSummary)")
    }

    // MARK: Markets, courts, churches and festivals (the fourth round)

    /// A film's title in title case after "stars in" or "a press conference
    /// for" is a title, not words said; "Asked whether …" names no speaker.
    @Test func filmTitlesAndAskedQuestions() {
        let a = TestSupport.analyze("""
            The American actor Chris Delgado, who stars in “Starlight Avenue,” said the festival’s embrace of musicals was overdue.

            “We argued for eleven hours,” Ellison-Howe said. “In the end we chose the film that none of us could stop talking about.” Asked whether the jury had been swayed by politics, she replied: “We were swayed by cinema.”

            """)
        #expect(a.quotations.first?.kind == .title, "\(a.quotationSummary)")
        #expect(a.quotations.dropFirst().map { a.speakerName($0) } == ["Ellison-Howe", "Ellison-Howe", "Ellison-Howe"], "\(a.quotationSummary)")
        #expect(names(a).keys.allSatisfy { !$0.contains("whether") && !$0.contains("embrace") }, "\(names(a))")
    }

    /// "while fighting continued around Kassala" is no speech: the judge who
    /// added it speaks.
    @Test func aGerundThatContinuesIsNoSpeaker() {
        let a = TestSupport.analyze("""
            The judge added that removing the family to Sudan while fighting continued around Kassala would be “a step that would require the most careful justification”.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["judge"], "\(a.quotationSummary)")
        #expect(names(a)["fighting"] == nil, "\(names(a))")
    }

    /// Sees and institutions: "Bishop Georg Weber of Limburg" (a place, not his
    /// employer), "Leeds General Infirmary" (a body, not a general), but "Prof.
    /// Nagaraju Venkatesh of Osmania University" a person and his university;
    /// "a documentary maker" is a person.
    @Test func seesInstitutionsAndMakers() {
        let a = TestSupport.analyze("""
            Bishop Georg Weber of Limburg was there. Ellie Marsh was taken to Leeds General Infirmary. Lindqvist, a documentary maker, said he was “exhausted.” “The gains are real,” said Prof. Nagaraju Venkatesh of Osmania University.

            """)
        let found = names(a)
        #expect(found["Nagaraju Venkatesh"] == .person && found["Osmania University"] == .organisation, "\(found)")
        #expect(found["Limburg"] == .place && found["Leeds General Infirmary"] == .organisation, "\(found)")
        #expect(found["Infirmary"] == nil && found["Lindqvist"] == .person, "\(found)")
    }

    /// "a statement read by their solicitor" is the family's, not the
    /// solicitor's; "the coroner" is the coroner named before.
    @Test func aStatementReadOutAndTheCoroner() {
        let a = TestSupport.analyze("""
            In a statement read by their solicitor, Rachel Dunmore, Ellie’s parents said the hospital had “failed at every turn”. “She wanted to be a midwife,” the statement said.

            The senior coroner, Dr Alison Grey, recorded a narrative conclusion. The coroner said a note “was not seen by anyone”.

            """)
        let speakers = a.quotations.map { a.speakerName($0) }
        #expect(speakers[0] == speakers[1] && speakers[1] != "Rachel Dunmore", "\(a.quotationSummary)")
        #expect(speakers[2] == "Alison Grey", "\(a.quotationSummary)")
    }

    /// Films, papers and awards: Netflix and Variety are organisations, "the
    /// Golden Lion" is no actor, "the records" is no mention of a record label.
    @Test func studiosAwardsAndCompanyWords() {
        let a = TestSupport.analyze("""
            The film, made for Netflix, won the Golden Lion, Variety reported. Rounder Records released the album. Critics praised the records he made later.

            """)
        let found = names(a)
        #expect(found["Netflix"] == .organisation && found["Variety"] == .organisation, "\(found)")
        #expect(found["Golden Lion"] == nil && found["Lion"] == nil, "\(found)")
        let rounder = a.actors.firstIndex { $0.name == "Rounder Records" }
        #expect(rounder.map { k in a.mentions.filter { $0.actor == k }.count } == 1, "\(a.mentions)")
    }

    /// "Nguyen Thi Thu Hang": a weekday's short form inside a name.
    @Test func aShortWeekdayInsideAName() {
        let a = TestSupport.analyze("""
            Vietnam’s representative, Deputy Minister Nguyen Thi Thu Hang, confirmed the talks. “We came here for data,” Hang said.

            """)
        #expect(names(a)["Nguyen Thi Thu Hang"] == .person, "\(names(a))")
        #expect(a.quotations.map { a.speakerName($0) } == ["Nguyen Thi Thu Hang"], "\(a.quotationSummary)")
    }

    /// Named things and animals are no actors, nor their names later: "its
    /// chatbot Orbit", "the module Halcyon", "Luna, a 12-year-old elephant".
    @Test func namedThingsAndAnimals() {
        let a = TestSupport.analyze("""
            The company’s popular chatbot Orbit collected data. Orbit now has 80 million users. The crew boarded the module Halcyon on Monday.

            Luna, a 12-year-old elephant, was moved to the reserve, ranger Joseph Mwangi said. Luna is calmer now.

            """)
        let found = names(a)
        #expect(found["Orbit"] == nil && found["Halcyon"] == nil && found["Luna"] == nil, "\(found)")
        #expect(found["Joseph Mwangi"] == .person, "\(found)")
    }

    /// "the agency" is the body named last when every body may be called so:
    /// not the European Space Agency named before NASA.
    @Test func theAgencyIsTheBodyNamedLast() {
        let a = TestSupport.analyze("""
            The European Space Agency built the module. A NASA spokesperson, Kevin Osei, said the agency would stream the docking live.

            """)
        let esa = a.actors.firstIndex { $0.name == "European Space Agency" }
        #expect(esa.map { k in a.mentions.filter { $0.actor == k }.count } == 1, "\(a.mentions)")
    }

    /// People named by what they do speak as a group ("Protesters chanted",
    /// "Police said"); a participle after a quotation goes on from the
    /// sentence's subject, and what follows it is no speaker ("…, saying its
    /// new pricing model was …").
    @Test func groupsByTradeAndParticiplesAfterAQuotation() {
        let a = TestSupport.analyze("""
            Protesters chanted “The homeland is not for sale!” outside the palace. Police said they would “provide security for any lawful gathering.”

            Goldman Sachs upgraded the stock to “buy” from “neutral,” saying its new pricing model was “underappreciated by the market.”

            """)
        #expect(a.quotations.prefix(2).map { a.speakerName($0) } == ["Protesters", "Police"], "\(a.quotationSummary)")
        #expect(names(a)["Police"] == .group, "\(names(a))")
        #expect(a.quotations.dropFirst(2).allSatisfy { a.speakerName($0) == "Goldman Sachs" || $0.speaker == nil }, "\(a.quotationSummary)")
        #expect(names(a)["its new pricing model"] == nil, "\(names(a))")
    }

    /// "the Tokyo daily" is the outlet named last, not the People's Daily named
    /// before it; a dateline of two places ("LONDON/OSLO") names no actor.
    @Test func theDailyNamedLastAndTwoPlaceDatelines() {
        let a = TestSupport.analyze("""
            The People’s Daily was more pointed. An editorial in the Asahi Shimbun argued that Japan had a stake. “Every new route makes the world less vulnerable,” the Tokyo daily said.

            LONDON/OSLO, Sept 4 (Wirecast) – Norwegian shipping group Nordhaven Lines is in talks with a British rival.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Asahi Shimbun"], "\(a.quotationSummary)")
        let found = names(a)
        #expect(found["Norway"] == nil && found["United Kingdom"] == nil, "\(found)")
    }
}
