import Testing
import HearsayCore

/// Business, science, sports and disaster copy read by hand (docs/DECISIONS.md
/// 70): companies named with "’s" or "&", a firm's short name, places the
/// gazetteer did not know, an illness named for its doctor, a survivor named
/// by first name and age, and datelines with a region.
@Suite struct CompaniesPlacesAndIllnessesTests {
    private func types(_ text: String) -> [String: ActorType] {
        let a = TestSupport.analyze(text)
        return Dictionary(a.actors.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    }

    /// "Moody’s", "McDonald’s": the company, not a place called Moody or a
    /// person called McDonald.
    @Test func companiesNamedWithAPossessive() {
        let found = types("Analysts at Moody’s cut the rating. McDonald’s said sales rose, and Sainsbury’s reported a loss.\n")
        #expect(found["Moody's"] == .organisation && found["McDonald's"] == .organisation && found["Sainsbury's"] == .organisation,
                "\(found)")
        #expect(found["Moody"] == nil && found["McDonald"] == nil, "\(found)")
    }

    /// People are not named with "&": "Marks & Spencer" is a firm.
    @Test func anAmpersandNamesAFirm() {
        #expect(types("Calder & Finch said its profits fell.\n")["Calder & Finch"] == .organisation)
    }

    /// "Norvale" after "Norvale Semiconductor", "Rounder" after "Rounder
    /// Records": the company by its first word.
    @Test func aFirmByItsFirstWord() {
        let a = TestSupport.analyze("""
            Shares in Norvale Semiconductor fell 14% on Thursday. Norvale blamed carmakers.

            Her albums were released by Rounder Records. She left Rounder in 1990.

            """)
        let norvale = a.actors.first { $0.name == "Norvale Semiconductor" }
        #expect(norvale?.type == .organisation && norvale?.aliases.contains("Norvale") == true, "\(a.actors.map { ($0.name, $0.aliases) })")
        #expect(a.actors.first { $0.name == "Rounder Records" }?.aliases.contains("Rounder") == true, "\(a.actors.map { ($0.name, $0.aliases) })")
    }

    /// After "University of Edinburgh" an "and" goes on only into words that
    /// are no body of their own ("Department of Health and Social Care").
    @Test func twoBodiesJoinedByAnd() {
        let found = types("""
            Researchers at the University of Edinburgh and Karolinska Institutet followed 2,000 patients.

            The Department of Health and Social Care said it would respond.

            """)
        #expect(found["University of Edinburgh"] == .organisation && found["Karolinska Institutet"] == .organisation, "\(found)")
        #expect(found["Department of Health and Social Care"] == .organisation, "\(found)")
    }

    /// A US state, a region and a British city the gazetteer now knows.
    @Test func placesOfAnObituary() {
        let found = types("She was born in Lowell, Massachusetts, sang across New England and moved to Leeds.\n")
        #expect(found["Massachusetts"] == .place && found["New England"] == .place && found["Leeds"] == .place, "\(found)")
    }

    /// "Alzheimer’s disease", "died with Parkinson’s": no actor; the
    /// Alzheimer’s Society is one.
    @Test func anIllnessNamedForItsDoctor() {
        let found = types("Patients with Alzheimer’s disease improved. Her father died with Parkinson’s. The Alzheimer’s Society welcomed it.\n")
        #expect(found["Alzheimer"] == nil && found["Parkinson"] == nil, "\(found)")
        #expect(found["Alzheimer's Society"] == .organisation, "\(found)")
    }

    /// "Farid, 52, a farmer": a first name alone at a sentence's start, named
    /// by the age after it.
    @Test func aFirstNameAndAnAge() {
        #expect(types("Farid, 52, a farmer from the village of Hesht, said he had waited on the roof.\n")["Farid"] == .person)
    }

    /// "ARDMORROW, Scotland —" and "KAVIR, Tarsana, Sept 14 (AP) —": the place,
    /// its region and the wire's credit are the dateline, no actors.
    @Test func datelinesWithARegion() {
        let found = types("""
            KAVIR, Tarsana, Sept 14 (AP) — Floods hit the north of the country.

            ARDMORROW, Scotland — The boats are few now.

            """)
        #expect(found.isEmpty, "\(found)")
    }

    /// "a VAR review", "their GP", "Mom always said": no actors.
    @Test func aVideoRefereeADoctorAndAMother() {
        let found = types("""
            The goal stood after a VAR review. People go to their GP demanding pills.

            “Mom always said she wanted a wake,” said her daughter, Claire Shaw. Dad has a shed.

            """)
        #expect(Set(found.keys) == ["Claire Shaw"], "\(found)")
    }

    /// "The AEX index", "the Stoxx Europe 600 technology index": markets'
    /// indices, no actors.
    @Test func aMarketsIndex() {
        let found = types("The AEX index in Amsterdam lost 1.1%, and the Stoxx Europe 600 technology index closed lower.\n")
        #expect(found["AEX"] == nil && found["Stoxx Europe"] == nil && found["Amsterdam"] == .place, "\(found)")
    }

    /// "University of the Highlands and Islands": a body's word first; "The
    /// Lancet Neurology" after "published on Wednesday in": a journal.
    @Test func aUniversityOfIslandsAndAJournal() {
        let found = types("""
            He studied at the University of the Highlands and Islands.

            The study was published on Wednesday in The Lancet Neurology.

            """)
        #expect(found["University of the Highlands and Islands"] == .organisation, "\(found)")
        #expect(found["Lancet Neurology"] == .organisation, "\(found)")
    }

    /// "Sofia Marchetti" is a woman, not Bulgaria's capital; "Greenpeace
    /// International" one body; King's Cross, British Columbia and Bergen places;
    /// "Delegates", "History" no one.
    @Test func namesTheGazetteerNowKnows() {
        let found = types("""
            Sofia Marchetti met Greenpeace International near King’s Cross. The whales were off British Columbia and Bergen.

            Delegates said they expected nothing. History will judge them.

            """)
        #expect(found["Sofia Marchetti"] == .person && found["Bulgaria"] == nil, "\(found)")
        #expect(found["Greenpeace"] == .organisation && found["International"] == nil, "\(found)")
        #expect(found["King's Cross"] == .place && found["British Columbia"] == .place && found["Bergen"] == .place, "\(found)")
        #expect(found["Delegates"] == nil && found["History"] == nil, "\(found)")
    }

    /// War, tech and crime copy: a unit before "operational group", a UN
    /// mission, a start-up described at a sentence's start, a district's
    /// "area", a magistrates' court with its town.
    @Test func unitsMissionsStartUpsAreasAndCourts() {
        let found = types("""
            General Oleksandr Tarnavskyi, commander of the Tavria operational group, said troops had made gains.

            The UN Human Rights Monitoring Mission in Ukraine said it was alarmed.

            Lumora, the San Francisco-based artificial intelligence start-up, said its profits had tripled.

            Daniel Okoro, 34, from the Harehills area of the city, was found injured. He will appear before Leeds Magistrates’ Court.

            """)
        #expect(found["Tavria"] == .organisation && found["UN Human Rights Monitoring Mission"] == .organisation, "\(found)")
        #expect(found["Lumora"] == .organisation && found["Harehills"] == .place, "\(found)")
        #expect(found["Leeds Magistrates’ Court"] == .organisation && found["Magistrates’ Court"] == nil, "\(found)")
    }
}
