import Testing
import HearsayCore

/// A British crime report: police ranks written short ("Det Insp", "PC"), a
/// solicitor whose given name is also a title, and a street.
@Suite struct CrimeCopyTests {
    /// "Det Insp Claire Rowntree", "PC Andrew Hale": the short ranks (written out as
    /// her role: a detective inspector) title the
    /// name, which is the speaker's.
    @Test func shortPoliceRanks() {
        let a = TestSupport.analyze("""
            Det Insp Claire Rowntree, who is leading the investigation, said: "This was a frightening incident."

            PC Andrew Hale told the court he had "no doubt" who was driving.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Claire Rowntree", "Andrew Hale"], "\(a.quotationSummary)")
        #expect(a.actors.first { $0.name == "Claire Rowntree" }?.roles == ["detective inspector"], "\(a.actors.map(\.roles))")
    }

    /// "Amir" is a title ("Amir Haibatullah Akhundzada") and a given name:
    /// before a surname alone it is the given name.
    @Test func aGivenNameThatIsAlsoATitle() {
        let a = TestSupport.analyze("""
            His solicitor, Amir Khan, told the Evening Post his client would "strenuously deny" the charge.

            Amir Haibatullah Akhundzada issued a decree on Monday.

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Amir Khan"], "\(a.quotationSummary)")
        #expect(a.actors.contains { $0.name == "Haibatullah Akhundzada" }, "\(a.actors.map(\.name))")
    }

    /// "Tom Pickles, of Harehills,": where the person named just before lives,
    /// a place, not a second person.
    @Test func whereADefendantLives() {
        let a = TestSupport.analyze("""
            Tom Pickles, of Harehills, is due to appear before magistrates on Monday.

            """)
        let found = Dictionary(a.actors.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        #expect(found["Tom Pickles"] == .person && found["Harehills"] == .place, "\(found)")
    }

    /// "Call Lane" is a street, not a person.
    @Test func aLaneIsAPlace() {
        let a = TestSupport.analyze("""
            Officers were called to Call Lane at about 2.40am.

            """)
        #expect(a.actors.first { $0.name == "Call Lane" }?.type == .place, "\(a.actors.map { ($0.name, $0.type) })")
    }
}
