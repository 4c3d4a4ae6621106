import Testing
@testable import HearsayCore

/// The cached name words answer as `Actor.name(_:hasWord:)` does.
@Suite struct NameWordsTests {
    static let names = ["Ministry of Infrastructure", "Kellby Water Co-operative", "JRC", "São Paulo City Council",
                        "--", "", "a  b", "Ministry’s Office", "UNITED NATIONS"]
    static let words = ["ministry", "co", "operative", "council", "", "paulo", "são", "Ministry", "a", "b",
                        "ministry’s", "nations", "jrc", "of"]

    @Test func answersAsTheNameComparison() {
        var cache = NameWords()
        for (a, name) in Self.names.enumerated().reversed() {
            for word in Self.words {
                #expect(cache.actor(a, named: name, hasWord: Actor.wordHash(word)) == Actor.name(name, hasWord: word),
                        "\(name) / \(word)")
            }
        }
    }
}
