import Testing
@testable import HearsayCore

/// Whether an actor's name has a word: its words split at spaces and hyphens,
/// ASCII letters compared without case, everything else as it is.
@Suite struct NameWordsTests {
    static let names = ["Ministry of Infrastructure", "Kellby Water Co-operative", "JRC", "São Paulo City Council",
                        "--", "", "a  b", "Ministry’s Office", "UNITED NATIONS", "SÃO Tomé"]
    static let words = ["ministry", "co", "operative", "council", "", "paulo", "são", "Ministry", "a", "b",
                        "ministry’s", "ministry's", "nations", "jrc", "of", "tomé", "sÃo"]

    /// The rule spelled out on the name's bytes.
    static func hasWord(_ name: String, _ word: String) -> Bool {
        let lowered = name.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        return lowered.split(omittingEmptySubsequences: false) { $0 == 0x20 || $0 == 0x2D }
            .contains { $0.elementsEqual(word.utf8) }
    }

    @Test func theCachedWordsAnswerAsTheRuleDoes() {
        var cache = NameWords()
        for (a, name) in Self.names.enumerated().reversed() {
            for word in Self.words {
                let expected = Self.hasWord(name, word)
                #expect(cache.actor(a, named: name, hasWord: Actor.wordHash(word)) == expected, "\(name) / \(word)")
                let actor = Actor(id: "", name: name, type: .organisation, aliases: [], gender: nil, origin: .text)
                #expect(actor.nameHasWord(word) == expected, "\(name) / \(word)")
            }
        }
        #expect(Self.hasWord("Ministry of Infrastructure", "ministry") && !Self.hasWord("JRC", "jr"))
    }
}
