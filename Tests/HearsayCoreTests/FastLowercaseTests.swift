import Testing
@testable import HearsayCore

@Suite struct FastLowercaseTests {
    @Test(arguments: ["", "senior official at the commission", "The UN Special Representative", "already lower",
                      "ÉLYSÉE spokesman", "İstanbul governor", "STRASSE and Straße", "Kabul’s AUTHORITIES", "12 @[]^_`{}"])
    func isLowercased(_ text: String) {
        #expect(text.lowercasedFast() == text.lowercased())
    }
}
