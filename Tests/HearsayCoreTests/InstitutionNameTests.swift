import Testing
import HearsayCore

/// Institutions in the speaker rules and name runs: a public body that no
/// name before matches stays a description, a plural's possessive is inside
/// the phrase, and an institution named after someone keeps its possessive.
@Suite struct InstitutionNameTests {
    /// "the ministry said" with only the BBC named before: not the BBC.
    @Test func aMinistryIsNotTheLastOrganisation() {
        let a = TestSupport.analyze("""
            Prof. Anika Rahman told the BBC that the toll was "almost certainly an undercount". The health ministry disputed that. \
            In a post on its website, the ministry said hospitals had "sufficient capacity" to cope.

            """)
        let q = a.quotations.first { a.document.string($0.range).contains("sufficient") }
        #expect(q.flatMap { a.speakerName($0) } != "BBC", "\(a.quotationSummary)")
        #expect(q.flatMap { $0.speaker }.map { a.document.string($0.mention) } == "ministry", "\(a.quotationSummary)")
        // A ministry named before is still the one meant.
        let b = TestSupport.analyze("""
            The Ministry of Water Resources issued figures. Later the ministry said the canals were "nearly empty" again.

            """)
        #expect(b.quotations.first.flatMap { b.speakerName($0) } == "Ministry of Water Resources", "\(b.quotationSummary)")
    }

    @Test func aPluralPossessiveIsInsideTheSpeakersPhrase() {
        let a = TestSupport.analyze("""
            Hospitals are "at breaking point", the head of the national nurses' union warned on Sunday.

            """)
        let mention = a.quotations.first.flatMap { $0.speaker }.map { a.document.string($0.mention) }
        #expect(mention == "head of the national nurses' union" || mention == "the head of the national nurses' union",
                "\(a.quotationSummary)")
    }

    @Test func anInstitutionNamedAfterSomeoneKeepsItsPossessive() {
        let names = Set(TestSupport.analyze("""
            She works at King’s College London and Queen Mary’s Hospital, said Prof. Ann Lee. Pakistan’s Foreign Ministry agreed.

            """).actors.map(\.name))
        #expect(names.contains("King’s College London"), "\(names)")
        #expect(names.contains("Queen Mary’s Hospital"), "\(names)")
        #expect(names.contains("Pakistan"), "a known name before a possessive is its owner: \(names)")
        #expect(!names.contains("Pakistan’s Foreign Ministry"), "\(names)")
    }

    /// "His ministry posted …" after a state's minister: the state's government
    /// (the gazetteer's, when it names one), not the last organisation.
    @Test func aPublicBodySpeaksForTheStateBeforeIt() {
        let a = TestSupport.analyze("""
            The United Nations urged calm. Sayed Karim Ahmadzai, Afghanistan’s minister of energy and water, defended the closures.             His ministry went further and posted on X: "The gates will reopen when the reservoirs are full."

            """)
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Afghan Taliban", "\(a.quotationSummary)")
    }

    /// A relative clause's verb before the quotation: the phrase it hangs on speaks.
    @Test func whoArguedIsSaidByThePhraseBeforeIt() {
        let a = TestSupport.analyze("""
            The judge sided with downstream ranchers who argued the project would "destroy a way of life."

            Critics noted that the "temporary" measures outlive the ministers who announce them.

            """)
        #expect(a.quotations.first.flatMap { $0.speaker }.map { a.document.string($0.mention) } == "downstream ranchers",
                "\(a.quotationSummary)")
        #expect(a.quotations.last?.speaker == nil, "a verb after the quotation introduces nothing: \(a.quotationSummary)")
    }

    /// "Lake Sevan" is a place, so "he says" after it is the ferryman's.
    @Test func aPlaceWordFirstMakesAPlace() {
        let a = TestSupport.analyze("""
            For forty years, Armen Grigoryan has rowed tourists across Lake Sevan. "The water came up to that rock," he says.

            Doctors at Mount Sinai Hospital and the Soviet planners of old disagree.

            """)
        let types = Dictionary(a.actors.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(types["Lake Sevan"] == .place, "\(a.mentionSummary)")
        #expect(types["Mount Sinai Hospital"] == .organisation, "\(a.mentionSummary)")
        #expect(types["Soviet"] == nil, "a demonym before a common noun: \(a.mentionSummary)")
        #expect(a.quotations.first.flatMap { a.speakerName($0) } == "Armen Grigoryan", "\(a.quotationSummary)")
    }

    /// Business copy: a utility's name and its first word, a river, a
    /// regulator after "according to", a campaign group that speaks.
    @Test func businessCopy() {
        let a = TestSupport.analyze("""
            Tidewater Utilities was fined after spills into the River Arden. According to Ofwat, the company "repeatedly failed" to act.             A spokesperson for Tidewater said the firm "accepts the findings".

            Surfers Against Sewage said the fine was "a drop in the ocean".

            """)
        let byName = Dictionary(a.actors.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byName["Tidewater Utilities"]?.type == .organisation, "\(a.mentionSummary)")
        #expect(byName["Tidewater Utilities"]?.aliases.contains("Tidewater") == true, "\(a.mentionSummary)")
        #expect(byName["River Arden"]?.type == .place, "\(a.mentionSummary)")
        #expect(byName["Ofwat"].map { $0.type != .place } ?? true, "\(a.mentionSummary)")
        #expect(byName["Surfers Against Sewage"]?.type == .organisation, "\(a.mentionSummary)")
    }

    /// Words that never start a name may go on one: "Water Watch", "Sky News".
    @Test func aStopwordGoesOnAName() {
        let names = Set(TestSupport.analyze("""
            Campaign group Water Watch said so. The Royal Women’s Hospital opened. Sky News reported it. Doctors said it was fine.

            """).actors.map(\.name))
        #expect(names.isSuperset(of: ["Water Watch", "Royal Women’s Hospital", "Sky News"]), "\(names)")
        #expect(!names.contains("Doctors"), "a stopword still starts no name: \(names)")
    }
}
