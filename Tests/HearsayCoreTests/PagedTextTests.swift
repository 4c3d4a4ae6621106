import Testing
@testable import HearsayCore

/// A big file's text read back from the file as it is read (`PagedScalars`):
/// the same scalars as the text held whole, by any route, and U+FFFD with a
/// flag where the file no longer holds what was analysed.
@Suite struct PagedTextTests {
    /// A "file" in memory that a test can rewrite after the text is paged.
    final class FakeFile: @unchecked Sendable {
        var bytes: [UInt8]
        private(set) var reads = 0
        init(_ text: String) { bytes = Array(text.utf8) }
        func read(at offset: Int, count: Int) -> [UInt8] {
            reads += 1
            guard offset < bytes.count else { return [] }
            return Array(bytes[offset..<min(bytes.count, offset + count)])
        }
    }

    /// About four chunks of news text with curly quotes and accents (narrow).
    static let narrow = (1...700).map { "Paragraph \($0): “Ça ira,” the minister said of the river’s level — in week \($0).\n\n" }.joined()
    /// The same with Greek and CJK: more than 32 scalars past Latin-1 (wide).
    static let wide = (1...1200).map { "Παράγραφος \($0): «北京 said “yes” — αβγδεζηθικλμνξοπρστυφχψω»\n\n" }.joined()

    func paged(_ text: String) throws -> (resident: Document, paged: Document, file: FakeFile) {
        let file = FakeFile(text)
        let resident = Document(decoded: try TextDecoding.decode(file.bytes))
        let read: PagedScalars.ReadBytes = { file.read(at: $0, count: $1) }
        let paged = try #require(resident.readingTextBack(from: read))
        return (resident, paged, file)
    }

    @Test(arguments: [narrow, wide])
    func aPagedTextReadsTheSameScalarsByEveryRoute(_ text: String) throws {
        let (resident, paged, _) = try paged(text)
        let r = resident.scalars, p = paged.scalars
        #expect(p.isPaged && !r.isPaged)
        try #require(p.count == r.count && r.count > 3 * PagedScalars.chunkScalars)
        #expect(p == r && r == p)
        // Scalars one at a time, out of order, across chunk boundaries.
        let c = PagedScalars.chunkScalars
        for i in [0, 1, c - 1, c, c + 1, 3 * c - 1, r.count - 1, 2 * c + 17, 5] {
            #expect(p[i] == r[i], "scalar \(i)")
            // (Past ASCII, `rawValue` promises only a value of at least 0x80.)
            #expect(min(p.rawValue(i), 0x80) == min(r.rawValue(i), 0x80), "raw value \(i)")
        }
        // Ranges: in one chunk, over two and three, at the end, empty.
        for range in [0..<10, c - 5..<c + 5, c - 1..<3 * c + 2, r.count - 7..<r.count, c..<c, r.count..<r.count] {
            #expect(p.string(in: range) == r.string(in: range), "string \(range)")
            #expect(WordHash.exact(p[range]) == WordHash.exact(r[range]) && WordHash.lower(p[range]) == WordHash.lower(r[range]))
            #expect(Gazetteer.matchKey(p[range]) == Gazetteer.matchKey(r[range]))
            #expect(json(p[range]) == json(r[range]), "JSON string \(range)")
        }
        // A pass over the whole reads it whole.
        #expect(p.string == r.string)
        #expect(paged.text == resident.text)
        // The document around the text is the same.
        #expect(paged.paragraphs == resident.paragraphs && paged.sentences == resident.sentences)
        for offset in [0, c, 2 * c + 3, r.count] {
            #expect(paged.offsets.utf8Offset(ofScalar: offset, in: p) == resident.offsets.utf8Offset(ofScalar: offset, in: r))
        }
    }

    @Test func wordCountsOfALeanPagedDocumentAreTheTokenizersOwn() throws {
        let (resident, paged, _) = try paged(Self.narrow)
        let lean = paged.droppingAnalysisTables()
        #expect(!lean.hasTokens && lean.paragraphTokens.isEmpty)
        let c = PagedScalars.chunkScalars
        for range in [TextRange(0, 40), TextRange(c - 30, c + 30), TextRange(2 * c + 1, 2 * c + 90)] {
            let counted = WhoSpeaks.wordCount(range, in: lean)
            #expect(counted > 0 && counted == WhoSpeaks.wordCount(range, in: resident))
        }
    }

    final class Bytes: @unchecked Sendable { var all: [UInt8] = [] }

    func json(_ text: Slice<ScalarText>) -> [UInt8] {
        let out = Bytes()
        var writer = JSONStreamWriter(sink: { out.all.append(contentsOf: $0) })
        writer.string(text)
        writer.finish()
        return out.all
    }

    @Test func onlyAFileThatHoldsTheTextUnchangedIsPaged() throws {
        // Decoding changed these: CRLF became LF, a BOM went, invalid UTF-8 became U+FFFD.
        for variant in [Self.narrow.replacingOccurrences(of: "\n", with: "\r\n"), "\u{FEFF}" + Self.narrow] {
            let file = FakeFile(variant)
            let document = Document(decoded: try TextDecoding.decode(file.bytes))
            let read: PagedScalars.ReadBytes = { file.read(at: $0, count: $1) }
            #expect(document.readingTextBack(from: read) == nil)
        }
        let invalid = FakeFile(Self.narrow)
        invalid.bytes[3 * PagedScalars.chunkScalars] = 0xFF
        let document = Document(decoded: try TextDecoding.decode(invalid.bytes))
        let readInvalid: PagedScalars.ReadBytes = { invalid.read(at: $0, count: $1) }
        #expect(document.readingTextBack(from: readInvalid) == nil)
        // The file changed between the analysis and the paging.
        let file = FakeFile(Self.narrow)
        let analysed = Document(decoded: try TextDecoding.decode(file.bytes))
        file.bytes[5 * PagedScalars.chunkScalars / 2] = UInt8(ascii: "#")
        let read: PagedScalars.ReadBytes = { file.read(at: $0, count: $1) }
        #expect(analysed.readingTextBack(from: read) == nil)
        let none: PagedScalars.ReadBytes = { _, _ in [] }
        #expect(Document(text: "").readingTextBack(from: none) == nil)
    }

    @Test func aChunkRewrittenOnDiskReadsAsReplacementAndSaysSo() throws {
        let (resident, paged, file) = try paged(Self.narrow)
        let c = PagedScalars.chunkScalars
        #expect(paged.scalars[10] == resident.scalars[10])   // chunk 0 now cached
        #expect(!paged.scalars.changedOnDisk)
        // Rewritten in place, same length: one letter of chunk 2 and one of chunk 0.
        let offset2 = resident.offsets.utf8Offset(ofScalar: 2 * c + 100, in: resident.scalars)
        file.bytes[offset2] = UInt8(ascii: "#")
        file.bytes[20] = UInt8(ascii: "#")
        #expect(paged.scalars[20] == resident.scalars[20], "a cached chunk keeps what was read")
        #expect(paged.scalars[c + 5] == resident.scalars[c + 5], "an untouched chunk reads as before")
        #expect(!paged.scalars.changedOnDisk)
        #expect(paged.scalars[2 * c + 7] == "\u{FFFD}")
        #expect(paged.scalars.changedOnDisk)
        #expect(paged.scalars.string(in: 2 * c..<2 * c + 3) == "\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(paged.scalars.count == resident.scalars.count, "offsets keep their meaning")
        // Truncated: the chunks past the end read as replacement too.
        file.bytes.removeLast(file.bytes.count / 2)
        #expect(paged.scalars[resident.scalars.count - 1] == "\u{FFFD}")
    }

    @Test func aFileWrittenSinceSaysSoBeforeAnyChangeIsRead() throws {
        final class Flag: @unchecked Sendable { var written = false }
        let file = FakeFile(Self.narrow), flag = Flag()
        let resident = Document(decoded: try TextDecoding.decode(file.bytes))
        let read: PagedScalars.ReadBytes = { file.read(at: $0, count: $1) }
        let changed: PagedScalars.Changed = { flag.written }
        let paged = try #require(resident.readingTextBack(from: read, changed: changed))
        #expect(!paged.scalars.changedOnDisk)
        flag.written = true
        #expect(paged.scalars.changedOnDisk)
        #expect(paged.scalars[5] == resident.scalars[5], "the bytes still match: read as they are")
        flag.written = false
        #expect(paged.scalars.changedOnDisk, "once said, it stays said")
    }

    @Test func theCacheKeepsAFewChunksAndReadsAgainWhatItDropped() throws {
        let text = (1...4000).map { "Line \($0) of a long report on the river’s level.\n\n" }.joined()
        let (resident, paged, file) = try paged(text)
        let chunks = (resident.scalars.count + PagedScalars.chunkScalars - 1) / PagedScalars.chunkScalars
        #expect(chunks > 8)
        for k in 0..<chunks { _ = paged.scalars[k * PagedScalars.chunkScalars] }
        let before = file.reads
        _ = paged.scalars[0]
        #expect(file.reads == before, "a cached chunk is not read again")
    }

    @Test func offsetsPastFourGigabytesKeepTheirHighBits() {
        // Checkpoints modulo 2^32 as decoding takes them: the fourth has passed 2^32.
        let low: [UInt32] = [0, 4_000_000_000, 4_294_967_000, 200, 456]
        let index = ScalarOffsetIndex(checkpoints: low, scalarCount: 5 * ScalarOffsetIndex.stride, utf8Count: (1 << 32) + 600)
        let empty = ScalarText()
        let want = [0, 4_000_000_000, 4_294_967_000, (1 << 32) + 200, (1 << 32) + 456]
        for (k, offset) in want.enumerated() {
            #expect(index.utf8Offset(ofScalar: k * ScalarOffsetIndex.stride, in: empty) == offset)
        }
    }
}
