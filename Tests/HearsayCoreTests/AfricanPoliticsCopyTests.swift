import Testing
import HearsayCore

/// Copy from Nairobi: a rights group's national branch, and a capital that
/// stands for its government.
@Suite struct AfricanPoliticsCopyTests {
    /// "Amnesty International Kenya urged …": the body's branch speaks as the
    /// body, not Kenya; "Save the Children UK said" likewise.
    @Test func aBodysNationalBranchSpeaksAsTheBody() {
        let a = TestSupport.analyze("""
            Amnesty International Kenya urged the authorities to "respect the right to protest".

            "It is a disaster," Save the Children UK said.

            Nairobi has defended the taxes as "necessary to cut the debt".

            """)
        #expect(a.quotations.map { a.speakerName($0) } == ["Amnesty International", "Save the Children", "Kenya"], "\(a.quotationSummary)")
    }
}
