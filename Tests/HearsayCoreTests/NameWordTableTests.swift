import Testing
@testable import HearsayCore

/// What the short-name grouping asks of names' words (`NameWordTable`), its
/// lists by word (`IndexLists`) and the actor keys hashed part by part
/// (`ActorTable.Key`), each against the `String` answer it stands for.
@Suite struct NameWordTableTests {
    static func actor(_ name: String) -> Actor {
        Actor(id: "", name: name, type: .person, aliases: [], gender: nil, origin: .text)
    }

    static let names = ["Joost van Dijk", "  Ann   Lee ", "J. R. Okafor", "É. Dubois", "J\u{301}. Ruiz", "élan Vital",
                        "World Meteorological Organization", "WMO", "Ümit Öz", "Greens", "Halvorsen Robotics Inc.", ""]

    @Test func wordsAreTheNameSplitAtSpaces() {
        let table = NameWordTable(Self.names.map(Self.actor))
        for (k, name) in Self.names.enumerated() {
            let words = name.split(separator: " ")
            let found = table.words(of: k)
            #expect(found.map { table.text($0, of: k) } == words, "\(name)")
            #expect(found.map(\.hash) == words.map { WordHash.bytes(of: String($0)) }, "\(name)")
            for (word, text) in zip(found, words) {
                #expect(table.isInitial(word, of: k) == ActorFinder.isInitial(text), "\(text)")
                #expect(table.startsLowercase(word, of: k) == ActorFinder.startsLowercase(text), "\(text)")
                #expect(table.isUpperCaseAcronym(word, of: k) == (text.count >= 2 && text.allSatisfy(\.isUppercase)), "\(text)")
                #expect(table.hashDroppingLast(word, of: k) == WordHash.bytes(of: String(text.utf8.dropLast())!), "\(text)")
                var initial = WordHash.offsetBasis
                table.firstCharacterHash(word, of: k, into: &initial)
                #expect(initial == WordHash.bytes(of: String(text.first!)), "\(text)")
            }
        }
    }

    @Test func initialsOfSeveralBytesAreInitials() {
        let table = NameWordTable(["É. Dubois", "J\u{301}. Ruiz", "Jr. Smith"].map(Self.actor))
        #expect(table.isInitial(table.words(of: 0).first!, of: 0))
        #expect(table.isInitial(table.words(of: 1).first!, of: 1))
        #expect(!table.isInitial(table.words(of: 2).first!, of: 2))
    }

    @Test func listsKeepTheirOrderAndTheirMapsApart() {
        var lists = IndexLists(capacity: 2)   // (grows past its capacity)
        let lee = WordHash.bytes(of: "Lee"), ann = WordHash.bytes(of: "Ann")
        for k in [5, 2, 9] { lists.append(k, to: .fullNamesByLastWord, lee) }
        lists.append(4, to: .fullNamesByFirstWord, lee)
        lists.append(1, to: .fullNamesByLastWord, ann)
        #expect(Array(lists[.fullNamesByLastWord, lee]) == [5, 2, 9])
        #expect(lists[.fullNamesByLastWord, lee].count == 3)
        #expect(lists[.fullNamesByLastWord, lee].count(excluding: 2) == 2)
        #expect(lists[.fullNamesByLastWord, lee].first(excluding: 5) == 2)
        #expect(lists[.fullNamesByLastWord, lee].only == nil)
        #expect(lists[.fullNamesByFirstWord, lee].only == 4)
        #expect(lists[.fullNamesByMiddleWord, lee].count == 0 && Array(lists[.fullNamesByMiddleWord, lee]).isEmpty)
        #expect(lists[.fullNamesByLastWord, ann].only == 1)
    }

    @Test func aKeyHashedInPartsIsTheJoinedKey() {
        #expect(ActorTable.Key("name:", ["Ann", "Lee"]).hash == ActorTable.Key("name:Ann Lee").hash)
        #expect(ActorTable.Key("gazetteer:", CollectionOfOne("Pakistan")).hash == ActorTable.Key("gazetteer:Pakistan").hash)
        #expect(ActorTable.Key("name:", ["Ann", "Lee"]).hash != ActorTable.Key("name:AnnLee").hash)
        #expect(ActorTable.Key("name:Ann Lee").hash != ActorTable.Key("name:ann lee").hash)
        var table = ActorTable()
        let a = table.actor(key: ActorTable.Key("name:", ["Ann", "Lee"])) { Self.actor("Ann Lee") }
        #expect(table.actor(forKey: "name:Ann Lee") == a)
        #expect(table.actor(key: "name:Ann Lee") { Self.actor("other") } == a && table.actors.count == 1)
        table.alias("surname:lee", to: a)
        #expect(table.actor(forKey: ActorTable.Key("surname:", CollectionOfOne("lee"))) == a)
    }
}
