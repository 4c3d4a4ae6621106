import Testing
@testable import HearsayCore

/// The analyzers read a document's per-token arrays, and the mentions in a
/// range, through windows that hold no reference (`UnownedTable`): they must
/// read exactly what the arrays hold, and refuse an index outside them as an
/// array does.
@Suite struct UnownedTableTests {
    static let texts = [ParallelAnalysisTests.bigText, "One line.\nTwo lines. And more.\nThree.", "Solo.", ""]

    @Test func aDocumentsTablesReadItsArrays() {
        for text in Self.texts {
            let doc = Document(text: text)
            #expect(Array(doc.tokenTable) == doc.tokens)
            #expect(Array(doc.hashTable) == doc.tokenHashes)
            #expect(Array(doc.lowerHashTable) == doc.tokenLowerHashes)
            #expect(Array(doc.sentenceTable) == doc.sentenceOfToken)
            #expect(doc.hasAnalysisTables == !doc.tokens.isEmpty || text.isEmpty)
            for i in doc.tokens.indices {
                #expect(doc.hash(ofToken: i) == doc.tokenHashes[i] && doc.lowerHash(ofToken: i) == doc.tokenLowerHashes[i])
                #expect(doc.sentenceIndex(ofToken: i) == Int(doc.sentenceOfToken[i]))
            }
        }
    }

    /// A lean document has no tokens: its tables are empty too, not the
    /// full document's, and what it is asked reads the text instead.
    @Test func aLeanDocumentsTablesAreEmpty() {
        let doc = Document(text: "One line.\nTwo lines. And more.").droppingAnalysisTables()
        #expect(doc.tokenTable.isEmpty && doc.hashTable.isEmpty && doc.sentenceTable.isEmpty)
        #expect(!doc.hasAnalysisTables)
        #expect(doc.paragraphIndex(ofToken: 0) == nil && !doc.opensParagraph(0))
    }

    @Test func aWindowReadsItsRangeOfTheArray() {
        let values = Array(0..<100)
        for range in [0..<0, 0..<100, 10..<11, 37..<64, 100..<100] {
            values.withUnsafeBufferPointer { _ in   // (the array lives through the reads)
                #expect(Array(UnownedTable(values, range)) == Array(values[range]))
            }
        }
        #expect(Array(UnownedTable([Int]())) == [])
    }

    @Test func anIndexOutsideTheTableStopsTheProgram() async {
        await #expect(processExitsWith: .failure) {
            let values = [1, 2, 3]
            let table = UnownedTable(values)
            _ = withExtendedLifetime(values) { table[3] }
        }
        await #expect(processExitsWith: .failure) {
            let values = [1, 2, 3]
            let table = UnownedTable(values)
            _ = withExtendedLifetime(values) { table[-1] }
        }
    }

    /// The mentions in a range, whether read from the sorted mentions or
    /// gathered with the ones added later, are those a filter finds.
    @Test func mentionsInARangeAreThoseInsideIt() {
        var random = SplitMix64(seed: 61)
        var mentions: [Mention] = []
        for _ in 0..<300 {
            let start = Int(random.next() % 2_000), length = 1 + Int(random.next() % 30)
            mentions.append(Mention(range: TextRange(start, start + length), actor: Int(random.next() % 9), kind: .named, rule: .gazetteer))
        }
        var index = MentionIndex(mentions)
        var all = mentions
        func check() {
            for _ in 0..<200 {
                let start = Int(random.next() % 2_100), length = Int(random.next() % 120)
                let range = TextRange(start, start + length)
                let expected = all.filter { range.contains($0.range) }.sorted { $0.range < $1.range }
                let found = Array(index.mentions(in: range))
                #expect(found.map(\.range) == expected.map(\.range), "\(range)")
            }
        }
        check()
        for _ in 0..<40 {
            let start = Int(random.next() % 2_000)
            let m = Mention(range: TextRange(start, start + 3), actor: 1, kind: .nominal, rule: .speakerNominal)
            index.insert(m)
            all.append(m)
        }
        check()
    }

    /// A name's words are learnt from it once; later questions about the
    /// same actor do not read the name again.
    @Test func aNameIsReadOnlyTheFirstTime() {
        var cache = NameWords()
        var reads = 0
        func name() -> String { reads += 1; return "Kellby Water Co-operative" }
        let water = cache.actor(4, named: name(), hasWord: Actor.wordHash("water"))
        let kellbys = cache.actor(4, named: name(), hasWord: Actor.wordHash("kellbys"))
        let operative = cache.actor(4, named: name(), hasWord: Actor.wordHash("operative"))
        #expect(water && !kellbys && operative)
        #expect(reads == 1)
    }
}
