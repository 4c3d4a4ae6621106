import Testing
@testable import HearsayCore

@Suite struct FastLowercaseTests {
    @Test(arguments: ["", "senior official at the commission", "The UN Special Representative", "already lower",
                      "ÉLYSÉE spokesman", "İstanbul governor", "STRASSE and Straße", "Kabul’s AUTHORITIES", "12 @[]^_`{}"])
    func isLowercased(_ text: String) {
        #expect(text.lowercasedFast() == text.lowercased())
    }

    /// `equalsLowercased` answers as comparing the two `lowercasedFast()`
    /// would, ASCII or not, of the same length or not.
    @Test(arguments: [("Ann Lee", "ann lee"), ("Ann Lee", "Ann Leigh"), ("UN", "un"), ("UN", "UNO"), ("", ""),
                      ("ÉLYSÉE", "élysée"), ("Élysée", "Elysee"), ("STRASSE", "strasse"), ("Kabul’s", "kabul's"),
                      ("Kabul’s", "KABUL’S"), ("a", "b"), ("café", "cafe")])
    func equalsLowercasedAsLowercasing(_ pair: (String, String)) {
        #expect(pair.0.equalsLowercased(pair.1) == (pair.0.lowercasedFast() == pair.1.lowercasedFast()))
        #expect(pair.1.equalsLowercased(pair.0) == (pair.0.lowercasedFast() == pair.1.lowercasedFast()))
    }
}

