import Testing
import HearsayCore

/// Who said each quotation, and by which rule. In every fixture the quotation
/// and the words naming its speaker are marked; a leading article ("the", "a")
/// may or may not be part of the speaker mention.
@Suite struct SpeakerAttributionTests {
    /// Checks the speaker of the quotation marked `quote` against the mention marked
    /// `mention`, the rule, and (when given) the name of the actor it resolves to.
    @discardableResult
    private func expectSpeaker(
        _ fixture: String, quote: Int = 0, mention: Int = 1, rule: String, actor: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Analysis {
        let m = MarkedText(fixture)
        let a = TestSupport.analyze(m.text)
        guard let q = a.quotation(m[quote]) else {
            Issue.record("quotation \(m.string(quote)) not found:\n\(a.quotationSummary)", sourceLocation: sourceLocation)
            return a
        }
        guard let s = q.speaker else {
            Issue.record("no speaker for \(m.string(quote)); expected \(m.string(mention))", sourceLocation: sourceLocation)
            return a
        }
        #expect(s.mention.sameMention(as: m[mention], in: m.text),
                "mention \(a.document.string(s.mention).debugDescription), expected \(m.string(mention).debugDescription)",
                sourceLocation: sourceLocation)
        #expect(s.rule == rule, "rule for \(m.string(quote))", sourceLocation: sourceLocation)
        if let actor {
            #expect(a.speakerName(q) == actor, "actor of \(m.string(quote))", sourceLocation: sourceLocation)
        }
        return a
    }

    @Test func theyIsThePluralSubjectOfAnEarlierSpeechVerb() {
        // The pronoun stays the mention; the actor is the authors, not the results.
        expectSpeaker("The authors say the results confirm the trend. ⟦They⟧ call for ⟦“urgent action on salt.”⟧",
                      quote: 1, mention: 0, rule: "cue-before", actor: "authors")
    }

    @Test func aRoleNounBeforeANameGivesItsGender() {
        // "he" skips the spokeswoman named last and goes back to the man before her.
        expectSpeaker("Omar Reyes arrived first. Ministry spokeswoman Dana Pell spoke after the vote.\n\n"
                      + "⟦“We will appeal,”⟧ ⟦he⟧ said.",
                      quote: 0, mention: 1, rule: "cue-after", actor: "Omar Reyes")
    }

    @Test func cueAfterTheQuote() {
        expectSpeaker("Lena Baird leads the dockworkers. ⟦“We will not sign this draft,”⟧ ⟦Baird⟧ said.",
                      rule: "cue-after", actor: "Lena Baird")
    }

    @Test func invertedCueAfterTheQuote() {
        expectSpeaker("⟦“The border stays open,”⟧ said ⟦Ambassador Mohib⟧.", rule: "cue-after", actor: "Mohib")
    }

    @Test func appositionBetweenSpeakerAndVerb() {
        expectSpeaker("⟦“Nobody reads the fine print,”⟧ ⟦Khaled Ahmed⟧, editor of the Gazette, said.",
                      rule: "cue-after", actor: "Khaled Ahmed")
    }

    @Test func aNameInAppositionToADescriptionIsTheSpeaker() {
        // "the operator" names nobody; the name after it does, and "operator" makes it a body.
        let a = expectSpeaker("⟦“Our crews will keep sailing,”⟧ the operator, ⟦Estuary Link⟧, said in a statement.",
                              rule: "cue-after", actor: "Estuary Link")
        #expect(a.actors.first { $0.name == "Estuary Link" }?.type == .organisation, "\(a.mentionSummary)")
        #expect(!a.actors.contains { $0.name.contains("operator") }, "no actor made of the description")
    }

    @Test func aBodyInAppositionToTheSubjectIsTheSpeaker() {
        expectSpeaker("The regulator, ⟦Ofwat⟧, said that ⟦“the fines will stand”⟧.", quote: 1, mention: 0,
                      rule: "cue-before", actor: "Ofwat")
        expectSpeaker("The airline, ⟦Ryanair⟧, has warned of ⟦“serious disruption”⟧ this summer.", quote: 1, mention: 0,
                      rule: "cue-before", actor: "Ryanair")
    }

    @Test func aPersonInAppositionToADescriptionTakesItAsTheirRole() {
        let a = expectSpeaker("⟦“It drains faster,”⟧ the project architect, ⟦Samir Haddad⟧, said.",
                              rule: "cue-after", actor: "Samir Haddad")
        let haddad = a.actors.first { $0.name == "Samir Haddad" }
        #expect(haddad?.type == .person)
        #expect(haddad?.roles == ["project architect"])
    }

    @Test func aDescriptionWithANameInItKeepsTheNameBeforeTheApposition() {
        // The name comes first here, so the apposition is only a description of her.
        expectSpeaker("⟦“We will appeal,”⟧ ⟦Dana Pell⟧, the ministry's spokeswoman, said.",
                      rule: "cue-after", actor: "Dana Pell")
    }

    @Test func cueBeforeTheQuote() {
        expectSpeaker("⟦Jane Roe⟧ said that ⟦“the figures do not add up”⟧.", quote: 1, mention: 0,
                      rule: "cue-before", actor: "Jane Roe")
    }

    @Test func colonLeadInAcrossAParagraph() {
        let a = expectSpeaker("""
            The hearing ran late into the evening.

            ⟦Omar Latif⟧ said:

            ⟦“We have waited long enough for this answer.”⟧
            """, quote: 1, mention: 0, rule: "colon-lead-in", actor: "Omar Latif")
        #expect(a.quotations.first?.kind == .direct)
    }

    @Test func attributionRightAfterAParticipialClause() {
        // "Referring to … as “…”, X said": the attribution follows the quote directly
        // (only a comma between), which is the cue-after pattern; with words in
        // between it is cue-later (next test).
        expectSpeaker("Referring to the dam as ⟦“a wall of debt”⟧, ⟦Hamid Sultani⟧ said the loans were too costly.",
                      rule: "cue-after", actor: "Hamid Sultani")
    }

    @Test func cueLaterWithWordsBetweenQuoteAndSpeaker() {
        expectSpeaker("Referring to the dam as ⟦“a wall of debt”⟧ during the debate, ⟦Hamid Sultani⟧ said the loans were too costly.",
                      rule: "cue-later", actor: "Hamid Sultani")
    }

    @Test func twoQuotesShareOneClause() {
        let fixture = "⟦Nadia Karimi⟧ stated that ⟦“the talks are stalled”⟧ and that ⟦“both sides must return soon”⟧."
        expectSpeaker(fixture, quote: 1, mention: 0, rule: "cue-before", actor: "Nadia Karimi")
        expectSpeaker(fixture, quote: 2, mention: 0, rule: "cue-before", actor: "Nadia Karimi")
    }

    @Test func twoQuotesShareOneClauseWithAnUnnamedSpeaker() {
        let fixture = "The ⟦commission’s special envoy for Nepal⟧ stated that ⟦“the talks are stalled”⟧ and that ⟦“both sides must return soon”⟧."
        let a = expectSpeaker(fixture, quote: 1, mention: 0, rule: "cue-before")
        expectSpeaker(fixture, quote: 2, mention: 0, rule: "cue-before")
        let actors = a.quotations.map { $0.speaker?.actor }
        #expect(actors.count == 2 && actors[0] != nil && actors[0] == actors[1],
                "one envoy said both:\n\(a.quotationSummary)")
        #expect(a.quotations.allSatisfy { q in q.speaker?.actor.map { a.actors[$0].type } == .person },
                "the envoy is a person, not the state named in the title:\n\(a.quotationSummary)")
    }

    @Test func accordingTo() {
        expectSpeaker("The new dam will hold ⟦“enough water for two dry summers”⟧, according to ⟦Ali Rahimi⟧, an engineer.",
                      rule: "according-to", actor: "Ali Rahimi")
    }

    @Test func inTheWordsOf() {
        expectSpeaker("In the words of ⟦Maryam Saleh⟧, the plan was ⟦“a promise written on water”⟧.",
                      quote: 1, mention: 0, rule: "in-the-words-of", actor: "Maryam Saleh")
    }

    @Test func dashAttributionUnderAnEpigraph() {
        expectSpeaker("""
            ⟦“Rivers remember every dam.”⟧ — ⟦Dr. Jane Roe⟧

            The valley has changed since the first dam was built.
            """, rule: "dash", actor: "Jane Roe")
    }

    @Test func dashAttributionAtTheEndOfTheText() {
        expectSpeaker("⟦“Rivers remember every dam.”⟧ — ⟦Dr. Jane Roe⟧", rule: "dash", actor: "Jane Roe")
    }

    @Test func passiveQuotedAsSaying() {
        expectSpeaker("⟦Tariq Nadeem⟧ was quoted as saying that ⟦“the border will reopen next week”⟧.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Tariq Nadeem")
    }

    /// A participle after a comma speaks for the sentence's subject, which ends
    /// at its verb: "Astana", not "Astana introduced the inspections".
    @Test func aParticipleSpeaksForTheSubjectNotTheWholeClause() {
        expectSpeaker("""
            Kazakhstan tightened its border checks this month. ⟦Astana⟧ introduced the inspections on Jan. 27, \
            saying they were needed to stop ⟦“grey imports”⟧ of goods.
            """, quote: 1, mention: 0, rule: "cue-before", actor: "Kazakhstan")
    }

    /// In a "sentence" of thousands of quotations (no full stop), each
    /// quotation's cue is looked for near it only (`SpeakerAttributor.cueWindow`):
    /// the cue next to the last one is still found, and the phase stays linear.
    @Test func aCueIsFoundNearItsQuotationInAHugeSentence() {
        let filler = String(repeating: "and the crowd said “yes” ", count: 3000)
        let a = TestSupport.analyze("Anna Smith spoke first " + filler + "and Bob Jones said “we will win”.\n")
        let last = a.quotations.last { a.document.string($0.range) == "“we will win”" }
        #expect(last.flatMap { a.speakerName($0) } == "Bob Jones")
    }

    @Test func pronounsResolveToTheLastPersonOfTheirGender() {
        let fixture = "Mr. Omar Latif met Ms. Sara Wahid in the morning. ⟦“We agreed on nothing,”⟧ ⟦he⟧ said. ⟦“Nothing at all,”⟧ ⟦she⟧ added."
        let a = expectSpeaker(fixture, quote: 0, mention: 1, rule: "cue-after", actor: "Omar Latif")
        expectSpeaker(fixture, quote: 2, mention: 3, rule: "cue-after", actor: "Sara Wahid")
        #expect(a.quotations.allSatisfy { $0.speaker?.mentionKind == .pronoun })
    }

    @Test func aPronounCarriesOnTheSubjectNotTheLastPersonNamed() {
        // The object of the sentence before, a name after "for" or "with", and one
        // inside a relative clause are named last; the subject is who speaks on.
        expectSpeaker("The EU chief, Katarina Lindqvist, spoke with Halvard Oskarsen on Monday. "
                      + "⟦She⟧ said that she had ⟦“stressed the urgency.”⟧",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Katarina Lindqvist")
        expectSpeaker("Retired teacher Georgi Pavlov, 68, said he would vote for Teodor Vasquez. "
                      + "⟦“I don’t love him,”⟧ ⟦he⟧ said.", rule: "cue-after", actor: "Georgi Pavlov")
        expectSpeaker("Derek Okonjo, who has admitted bribing Graham Pettifer, gave evidence on Tuesday. "
                      + "⟦“I was told to take an envelope,”⟧ ⟦he⟧ said.", rule: "cue-after", actor: "Derek Okonjo")
    }

    @Test func aPronounsSubjectIsPastAnOpeningClauseAnOwnerAndAnEmployer() {
        // "After meeting X, Y said": Y. "X’s barrister, Y, said": Y. "X
        // adviser Y": Y holds the post. An owner the text names nobody after
        // is the subject itself ("Thomas’s sister pleaded with him").
        expectSpeaker("After meeting Ahmed Shah, Omar Farouk said he was hopeful. ⟦“We made progress,”⟧ ⟦he⟧ said.",
                      rule: "cue-after", actor: "Omar Farouk")
        expectSpeaker("Graham Pettifer’s barrister, Malcolm Strand, told the jury his client was unwell. "
                      + "⟦“He accepts he made mistakes,”⟧ ⟦he⟧ said.", rule: "cue-after", actor: "Malcolm Strand")
        expectSpeaker("Thomas Sam’s sister pleaded with him to call Chidi Sam’s doctor, but ⟦he⟧ replied ⟦“I am not able to do that”⟧.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Thomas Sam")
        expectSpeaker("Teodor Vasquez spoke first.\n\nVasquez adviser Kemi Garside, who faced calls to resign, met Chidi Hargreaves. "
                      + "⟦“He has done a remarkable job,”⟧ ⟦she⟧ said.", rule: "cue-after", actor: "Kemi Garside")
    }

    @Test func aPronounsSubjectSearchStaysInsideItsSentence() {
        // The text that made the search's range run backwards (a trap): a name
        // at a sentence's start, before the pronoun's sentence.
        let a = TestSupport.analyze("""
            Researchers at the University of Edinburgh followed 2,000 patients with Alzheimer’s disease.

            Farid, 52, a farmer from the village of Hesht, said he had waited on the roof. “Nobody came,” he said.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Farid"], "\(a.quotationSummary)")
    }

    @Test func theWHOInCapitalsIsNoRelativeClause() {
        // "the WHO said": not "who said" after "the".
        expectSpeaker("In a statement, ⟦the WHO⟧ said it ⟦“welcomes all rigorous research”⟧.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "World Health Organization")
    }

    @Test func aNounLikeCueInThePluralAfterAVerbIsItsObject() {
        // "resisted calls to accept": no one calls; the participle speaks for the subject.
        expectSpeaker("⟦The government⟧ has so far resisted calls to accept foreign teams, saying its forces were ⟦“more than capable.”⟧",
                      quote: 1, mention: 0, rule: "cue-before")
    }

    @Test func theNamedPersonInAppositionToAnOwnersRoleSpeaks() {
        // Not "Pettifer’s barrister", and past the letters after the name.
        expectSpeaker("Graham Pettifer’s barrister, ⟦Malcolm Strand⟧ KC, said his client ⟦“accepts he made mistakes”⟧.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Malcolm Strand")
        expectSpeaker("⟦Prosecutor Rebecca Ashworth⟧ KC told the court the council was run ⟦“as a private business”⟧.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Rebecca Ashworth")
    }

    @Test func anAmpersandStaysInsideTheNameASpeakerIsFoundBy() {
        expectSpeaker("According to ⟦S&P Global Ratings⟧, the outlook has turned ⟦“negative”⟧.",
                      quote: 1, mention: 0, rule: "according-to", actor: "S&P Global")
    }

    @Test func theSourceASentenceOpensWithSpeaksBeforeAParticipleLaterOn() {
        expectSpeaker("According to ⟦Halden Homes⟧, the company has ⟦“co-operated fully”⟧ with the events described.",
                      quote: 1, mention: 0, rule: "according-to", actor: "Halden Homes")
    }

    @Test func aSpeechVerbAfterAModalIsWhatTheSpeakerBeforeSaidOfSomeone() {
        expectSpeaker("⟦Ministry spokeswoman Ilse Varga⟧ said Dravik would respond ⟦“in a proportionate manner”⟧.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Ilse Varga")
        // With no other verb, the one after the modal speaks.
        expectSpeaker("⟦The minister⟧ will tell parliament that the plan is ⟦“dead”⟧.", quote: 1, mention: 0, rule: "cue-before")
    }

    @Test func theRoleNounOfAnEarlierDescriptionIsThatSpeaker() {
        let a = expectSpeaker("A senior European diplomat, who spoke on condition of anonymity, said the talks were “dead”. "
                              + "⟦“Nobody expected this,”⟧ the ⟦diplomat⟧ said.", quote: 0, mention: 1, rule: "cue-after",
                              actor: "senior European diplomat")
        #expect(a.actors.filter { $0.name.hasSuffix("diplomat") }.count == 1, "\(a.actors.map(\.name))")
    }

    @Test func aBodysMissionSpeaksForTheBody() {
        expectSpeaker("In an interim report, ⟦the OSCE mission⟧ noted ⟦“a competitive but polarised campaign”⟧.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Organization for Security and Co-operation in Europe")
    }

    @Test func aNameAtASentencesStartBeforeWhoIsAPerson() {
        expectSpeaker("Okonjo, who has pleaded guilty, gave evidence on Tuesday. ⟦“I was told to take an envelope,”⟧ ⟦he⟧ said.",
                      rule: "cue-after", actor: "Okonjo")
    }

    @Test func aQuotationStandingAloneGoesOnFromTheSubjectBefore() {
        // After a sentence with no speech in it, past the question that opens it.
        expectSpeaker("Owen Hartley arrived late.\n\nAsked whether he feared a charge for his comments, ⟦he⟧ smiled. "
                      + "⟦“If telling the truth is a charge, then charge me.”⟧", quote: 1, mention: 0, rule: "previous-subject",
                      actor: "Owen Hartley")
        expectSpeaker("⟦Owen Hartley⟧ paused. ⟦“We go again.”⟧", quote: 1, mention: 0, rule: "previous-subject")
        // Not after a thing: "The bridge collapsed in 2019."
        let a = TestSupport.analyze("The bridge collapsed in 2019. “It was terrifying.”\n")
        #expect(a.quotations.first?.speaker == nil, "\(a.quotationSummary)")
    }

    @Test func aNameInAppositionSpeaksForASecondVerbWhateverWordOpensTheSentence() {
        expectSpeaker("My editor, ⟦Ruth Okafor⟧, read the first draft and said, ⟦“This is a brochure, not a book.”⟧",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Ruth Okafor")
        expectSpeaker("The fisheries minister, ⟦Kari Nordmo⟧, visited our lab in January and told us, ⟦“Noise is pollution.”⟧",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Kari Nordmo")
    }

    @Test func aBodyBeforeATitleAndANameIsThePostNotTheSubject() {
        expectSpeaker("Green Party MP ⟦Sophie Clarke⟧ held up a sign reading ⟦“No more oil”⟧.",
                      quote: 1, mention: 0, rule: "subject", actor: "Sophie Clarke")
    }

    @Test func aNameThatTakesInItsArticleIsOneMention() {
        let a = expectSpeaker("⟦The Guardian⟧ said it was ⟦“reviewing the claims”⟧.", quote: 1, mention: 0, rule: "cue-before",
                              actor: "The Guardian")
        #expect(a.mentions.count == 1, "\(a.mentions)")
    }

    @Test func whoWasToldIsNoSpeaker() {
        let a = TestSupport.analyze("""
            I have lost count of the times I have been told that the government is doing something about “common sense”.

            The players had been told at half-time to “stay calm no matter what happens”.

            """)
        #expect(a.quotations.allSatisfy { $0.speaker == nil }, "\(a.quotationSummary)")
        #expect(a.actors.isEmpty, "\(a.actors.map(\.name))")
        expectSpeaker("She was told by ⟦her doctor⟧ that the results were ⟦“fine”⟧.", quote: 1, mention: 0, rule: "cue-before-passive")
    }

    @Test func aHabitOfSpeech() {
        let m = MarkedText("My grandfather had a saying. ⟦“Keep going,”⟧ he used to tell us, ⟦“and never look back.”⟧")
        let a = TestSupport.analyze(m.text)
        #expect(m.ranges.map { a.quotation($0)?.kind } == [.direct, .direct], "\(a.quotationSummary)")
        #expect(m.ranges.map { a.quotation($0).flatMap { a.speakerName($0) } } == ["My grandfather", "My grandfather"],
                "\(a.quotationSummary)")
    }

    @Test func aRelativeTheSentenceBeforeOpensWithIsWhoThePronounIs() {
        // Not the official named a paragraph before.
        let a = TestSupport.analyze("""
            A senior official told me it was “more announcement than substance”.

            My grandmother, who ran a corner shop for forty years, had a saying. “If you have to tell people you are sensible,” she used to say, “you probably aren’t.”

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["senior official", "My grandmother", "My grandmother"], "\(a.quotationSummary)")
    }

    @Test func aFamilyIsAGroupAndASpokespersonAPerson() {
        let a = TestSupport.analyze("""
            In a statement, Mr Okoro’s family described him as “a gentle giant”.

            A spokesperson for the Irish Data Protection Commission, which oversees many tech firms, said it was “in contact with the company”.

            """)
        let types = a.quotations.compactMap { $0.speaker?.actor.map { a.actors[$0].type } }
        #expect(types == [.group, .person], "\(a.quotationSummary)")
    }

    @Test func aStatesOwnBodyByItsDemonymSpeaksForTheState() {
        // Not Ukraine's Ministry of Defence, the ministry named last.
        expectSpeaker("Ukraine’s Ministry of Defence said 61 drones were shot down. Moscow denied it, with ⟦the Russian defence ministry⟧ "
                      + "insisting that its forces had struck ⟦“military-industrial facilities”⟧.", quote: 1, mention: 0, rule: "cue-before",
                      actor: "Russia")
    }

    @Test func aBodysKeywordAloneIsTheOneNamedBeforeUntilAnotherIs() {
        expectSpeaker("The European Commission has opened an investigation. ⟦The Commission⟧ said it had ⟦“reasonable grounds”⟧. "
                      + "The US Federal Trade Commission is also investigating.", quote: 1, mention: 0, rule: "cue-before",
                      actor: "European Commission")
    }

    @Test func pronounItResolvesToTheLastOrganisation() {
        expectSpeaker("The World Bank cut its forecast on Monday. ⟦“Growth will slow this year,”⟧ ⟦it⟧ said.",
                      rule: "cue-after", actor: "World Bank")
    }

    @Test func roleNounLinksToTheNamedPersonHoldingIt() {
        let a = expectSpeaker("""
            Foreign Minister Jane Roe arrived in Geneva on Monday for two days of talks. The meeting was short. \
            ⟦“We came to listen,”⟧ the ⟦foreign minister⟧ said.
            """, rule: "cue-after", actor: "Jane Roe")
        let roe = a.actors.first { $0.name == "Jane Roe" }
        #expect(roe?.roles.contains("foreign minister") == true)
    }

    @Test func unnamedRoleSpeakerBecomesAnActor() {
        let a = expectSpeaker("⟦“The deadline will slip again,”⟧ a ⟦senior official at the commission⟧ said.",
                              rule: "cue-after")
        let speaker = a.quotations.first?.speaker
        #expect(speaker?.actor != nil)
        if let k = speaker?.actor {
            #expect(a.actors[k].type == .person)
            #expect(a.actors[k].name.contains("senior official"))
        }
    }

    @Test func stateAsSubjectWithoutSpeechVerb() {
        let a = expectSpeaker("⟦China⟧ has placed a strong focus on ⟦“quiet talks with its neighbours”⟧.",
                              quote: 1, mention: 0, rule: "subject", actor: "China")
        #expect(a.quotations.first?.kind == .partial)
    }

    @Test func quoteParagraphWithoutAttributionContinuesThePreviousSpeaker() {
        expectSpeaker("""
            ⟦“We will appeal the ruling,”⟧ said ⟦Omar Latif⟧, the union’s lawyer.

            ⟦“The court ignored the evidence we filed in March.”⟧
            """, quote: 2, mention: 1, rule: "continuation", actor: "Omar Latif")
    }

    @Test func namesInsideTheQuotationAreNotItsSpeaker() {
        let m = MarkedText("⟦Lena Baird⟧ said ⟦“Omar Latif never called us back”⟧ on Friday.")
        let a = TestSupport.analyze(m.text)
        #expect(a.speakerName(a.quotation(m[1])) == "Lena Baird", "\(a.quotationSummary)")
    }

    /// A description that speaks again is the same actor; one written with
    /// another apostrophe is another description, as its key says (the memo
    /// by `WordHash.verbatim` must not join them, as `WordHash.exact` would).
    @Test func aRepeatedDescriptionIsOneActorAndAnotherSpellingAnother() {
        let text = """
        “The port will reopen,” a spokesman for the port’s owners said on Monday.

        “Ships are waiting,” a spokesman for the port’s owners said later.

        “Nothing is decided,” a spokesman for the port's owners said on Tuesday.
        """
        let a = TestSupport.analyze(text)
        let speakers = a.quotations.map { $0.speaker?.actor }
        #expect(speakers.count == 3 && speakers.allSatisfy { $0 != nil })
        #expect(speakers[0] == speakers[1])
        #expect(speakers[2] != speakers[0])
    }

    @Test func aVerbatimHashTellsApartWhatTheWordHashesFold() {
        func verbatim(_ s: String) -> UInt64 {
            let t = ScalarText(s.unicodeScalars)
            return WordHash.verbatim(t[0..<t.count])
        }
        #expect(verbatim("the port’s owners") == verbatim("the port’s owners"))
        #expect(verbatim("the port’s owners") != verbatim("the port's owners"))
        #expect(verbatim("The port") != verbatim("the port"))
        #expect(WordHash.exact(Array("port’s".unicodeScalars)) == WordHash.exact(Array("port's".unicodeScalars)))
    }

    @Test func aQuotationInsideAQuotationIsSaidByWhomTheOuterSpeakerQuotes() {
        expectSpeaker("“Yesterday ⟦the minister⟧ told me ⟦‘we will act before winter,’⟧ and I believed him,” said Ana Ruiz.",
                      quote: 1, mention: 0, rule: "nested")
        expectSpeaker("“⟦The head of the agency⟧ told us ⟦‘the dam is safe,’⟧ and then it failed,” said Ana Ruiz.",
                      quote: 1, mention: 0, rule: "nested")
        // Past the verb a participle goes on from.
        expectSpeaker("“⟦My agent⟧ kept saying, ⟦‘Write the thing you are avoiding,’⟧ and I kept writing novels,” she said.",
                      quote: 1, mention: 0, rule: "nested")
    }

    @Test func aQuoteOpeningTheNextSentenceGoesOnInTheWordsReportedBeforeIt() {
        expectSpeaker("⟦Kevin Marsh⟧, 38, a delivery driver, said his family had stopped using the bridge. "
                      + "⟦‘They would never allow this in the richer end of town.’⟧",
                      quote: 1, mention: 0, rule: "previous-sentence", actor: "Kevin Marsh")
    }

    @Test func theAgentOfAPassiveNamingVerbSpeaks() {
        expectSpeaker("The new budget was branded ⟦“reckless and cruel”⟧ by ⟦opposition MPs⟧ on Tuesday.",
                      rule: "cue-before-passive")
        expectSpeaker("The plan was described as ⟦“a betrayal of every tenant”⟧ by ⟦the housing charity Shelter⟧.",
                      rule: "cue-before-passive")
    }

    @Test func aSecondVerbOfAnAppositionIsSaidByTheNameInIt() {
        expectSpeaker("Its chair, ⟦Annelies de Groot⟧, told reporters the offer was “generous by any standard” "
                      + "and accused the union of ⟦“moving the goalposts”⟧.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Annelies de Groot")
    }

    @Test func aSecondVerbInAClauseAfterWhileHasThatClausesSubject() {
        expectSpeaker("Senator Dana Whitfield called the bill “a surrender”, while her colleague from Texas, Senator "
                      + "⟦Ray Cortez⟧, voted yes and told reporters he had ⟦“no appetite for another shutdown”⟧.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Ray Cortez")
    }

    @Test func aBaseFormThatIsMostlyANounIsAVerbAfterAPluralSubjectAndBeforeThat() {
        expectSpeaker("Reservoirs fall, bans arrive, and ⟦ministers⟧ promise that ⟦“lessons will be learned”⟧.",
                      quote: 1, mention: 0, rule: "cue-before")
        // Still a noun after a name: the report is not speaking.
        let a = TestSupport.analyze("A World Bank report that “growth will slow” was published on Monday.")
        #expect(a.quotations.first?.speaker == nil, "\(a.quotationSummary)")
    }

    @Test func continuedWithAnObjectIsNoSpeech() {
        expectSpeaker("⟦The regulator⟧ said Lumora had continued the transfers ⟦“despite the clear risk”⟧ to its users.",
                      quote: 1, mention: 0, rule: "cue-before")
        // As speech it still is: "“…,” she continued."
        expectSpeaker("⟦“We will appeal,”⟧ ⟦she⟧ continued.", rule: "cue-after")
    }

    @Test func aSecondVerbOfABodyNamedWholeIsThatBodys() {
        expectSpeaker("⟦The Confederation of British Industry⟧ (CBI) said firms were “holding back”, and urged the Bank to act "
                      + "⟦“sooner rather than later”⟧.", quote: 1, mention: 0, rule: "cue-before", actor: "Confederation of British Industry")
    }

    @Test func aNameInAppositionAfterATitleSpeaks() {
        expectSpeaker("⟦“The benefits start well below 10,000 steps,”⟧ said the study's lead author, Dr ⟦Borja del Pozo Cruz⟧.",
                      rule: "cue-after", actor: "Borja del Pozo Cruz")
        // The same before the verb: the apposition's segment is the name past its title.
        expectSpeaker("⟦“The benefits start well below 10,000 steps,”⟧ the study's lead author, Dr ⟦Borja del Pozo Cruz⟧, said.",
                      rule: "cue-after", actor: "Borja del Pozo Cruz")
    }

    @Test func anApologyIsSpeech() {
        expectSpeaker("Alan Whitcombe resigned on Tuesday. ⟦He⟧ apologised ⟦“unreservedly”⟧ to the bereaved.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Alan Whitcombe")
    }

    @Test func aPronounFindsTheWomanByHerGivenName() {
        // "she" skips Marvin (a man's name) for Gwen, named before him.
        expectSpeaker("Gwen Parry and Marvin Rees have clashed before. In 2021, ⟦she⟧ accused him of ⟦“playing politics”⟧.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Gwen Parry")
    }

    @Test func aSecondVerbAfterARoleAndANameIsSaidByTheName() {
        expectSpeaker("Privacy campaigner ⟦Max Schrems⟧, whose complaint began the case, welcomed the fine but said it was ⟦“far too small”⟧.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "Max Schrems")
    }

    @Test func aParticipleAfterWithIsSaidByItsSubject() {
        expectSpeaker("France and Germany clashed on Tuesday, with ⟦Paris⟧ warning that the reform would ⟦“betray”⟧ farmers.",
                      quote: 1, mention: 0, rule: "cue-before", actor: "France")
    }

    @Test func aNameThatTakesWhichSpeaksAsABody() {
        let a = expectSpeaker("⟦Copa-Cogeca⟧, which represents 22 million farmers, said: ⟦“Another cut is one too many.”⟧",
                              quote: 1, mention: 0, rule: "cue-before")
        #expect(a.actors.first { $0.name == "Copa-Cogeca" }?.type == .organisation, "\(a.mentionSummary)")
    }

    @Test func aBodyDescribedSpeaksAsABody() {
        let a = expectSpeaker("⟦The health department⟧ said it had ⟦“tightened procurement rules”⟧ since 2019.",
                              quote: 1, mention: 0, rule: "cue-before")
        #expect(a.speakerName(a.quotations.first) == "health department")
        #expect(a.actors.first { $0.name == "health department" }?.type == .organisation)
    }
}
