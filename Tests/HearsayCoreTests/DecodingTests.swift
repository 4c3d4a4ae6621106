import Testing
import HearsayCore

@Suite struct DecodingTests {
    private func scalars(_ d: DecodedText) -> String { String(String.UnicodeScalarView(d.scalars)) }

    @Test func crlfBecomesLFAndOffsetsMapBackToTheFile() throws {
        let bytes = Array("one\r\ntwo\r\nthree".utf8)
        let d = try TextDecoding.decode(bytes)
        #expect(scalars(d) == "one\ntwo\nthree")
        #expect(d.lineEndings == .crlf)
        // "t" of "two" is at 4 in the text, 5 in the file; "t" of "three" at 8 and 10.
        #expect(d.originalOffset(0) == 0)
        #expect(d.originalOffset(3) == 3)    // the LF that stands for CR LF sits where the CR was
        #expect(d.originalOffset(4) == 5)
        #expect(d.originalOffset(8) == 10)
        #expect(d.originalOffset(13) == 15)  // the end of the text is the end of the file
    }

    @Test func loneCRBecomesLFWithoutShiftingOffsets() throws {
        let d = try TextDecoding.decode(Array("alpha\rbeta\rgamma".utf8))
        #expect(scalars(d) == "alpha\nbeta\ngamma")
        #expect(d.lineEndings == .cr)
        for offset in 0...d.scalars.count { #expect(d.originalOffset(offset) == offset) }
    }

    @Test func mixedLineEndingsAreAllLFAndReportedAsMixed() throws {
        let original = "a\r\nb\nc\rd\r\n\r\ne"
        let d = try TextDecoding.decode(Array(original.utf8))
        #expect(scalars(d) == "a\nb\nc\nd\n\ne")
        #expect(d.lineEndings == .mixed)
        // Every decoded scalar maps to the same scalar in the file (LF for CR or CR LF).
        let file = Array(original.unicodeScalars)
        for (k, s) in d.scalars.enumerated() {
            let o = d.originalOffset(k)
            if s == "\n" { #expect(file[o] == "\r" || file[o] == "\n") } else { #expect(file[o] == s) }
        }
    }

    @Test func stringInputIsNormalisedLikeFiles() {
        let doc = Document(text: "First line.\r\nSecond line.\rThird.")
        #expect(doc.text == "First line.\nSecond line.\nThird.")
        #expect(doc.length == doc.text.unicodeScalars.count)
        #expect(doc.paragraphs.count == 3)
    }

    @Test func byteOrderMarkIsDropped() throws {
        let d = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Hello".utf8))
        #expect(scalars(d) == "Hello")
        #expect(d.hadByteOrderMark)
        #expect(d.originalOffset(0) == 1)
        let doc = Document(decoded: d)
        #expect(doc.text == "Hello")
        #expect(doc.tokens.first?.start == 0)
        #expect(Document(text: "\u{FEFF}Hello").text == "Hello")
    }

    @Test func onlyALeadingByteOrderMarkIsDropped() throws {
        let d = try TextDecoding.decode(Array("a\u{FEFF}b".utf8))
        #expect(scalars(d) == "a\u{FEFF}b")
        #expect(!d.hadByteOrderMark)
    }

    @Test func invalidUTF8IsReplacedWithAWarningAndACount() throws {
        // 0xFF can never occur; 0xC3 at the end is a truncated two-byte sequence.
        let bytes: [UInt8] = Array("ok ".utf8) + [0xFF] + Array(" fine ".utf8) + [0xC3]
        let d = try TextDecoding.decode(bytes)
        #expect(scalars(d) == "ok \u{FFFD} fine \u{FFFD}")
        #expect(d.invalidSequencesReplaced == 2)
        #expect(d.warnings.count == 1)
        #expect(d.warnings.first?.contains("2") == true)
        #expect(d.warnings.first?.contains("U+FFFD") == true)
    }

    @Test func aGenuineReplacementCharacterIsNotCountedAsInvalid() throws {
        let d = try TextDecoding.decode(Array("odd \u{FFFD} but valid".utf8))
        #expect(d.invalidSequencesReplaced == 0)
        #expect(d.warnings.isEmpty)
    }

    @Test func nulInTheFirst8KiBMeansBinary() {
        #expect(throws: TextDecodingError.binary(byteOffset: 3)) {
            try TextDecoding.decode(Array("abc".utf8) + [0] + Array("def".utf8))
        }
        var lateInProbe = [UInt8](repeating: UInt8(ascii: "x"), count: 9000)
        lateInProbe[8191] = 0
        #expect(throws: TextDecodingError.binary(byteOffset: 8191)) { try TextDecoding.decode(lateInProbe) }
    }

    @Test func nulAfterTheProbeIsKeptAsText() throws {
        var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 9000)
        bytes[8192] = 0
        let d = try TextDecoding.decode(bytes)
        #expect(d.scalars.count == 9000)
        #expect(d.scalars[8192] == "\u{0}")
    }

    @Test func emptyInputGivesAnEmptyDocument() throws {
        let d = try TextDecoding.decode([])
        #expect(d.scalars.isEmpty)
        #expect(d.warnings.isEmpty)
        #expect(d.originalOffset(0) == 0)
        for doc in [Document(decoded: d), Document(text: ""), Document(text: " \n\n \r\n\t")] {
            #expect(doc.tokens.isEmpty)
            #expect(doc.sentences.isEmpty)
            #expect(doc.paragraphs.isEmpty)
            let a = Analyzer.analyze(doc)
            #expect(a.quotations.isEmpty)
            #expect(a.actors.isEmpty)
            #expect(a.mentions.isEmpty)
            let json = AnalysisJSON.value(a, path: "empty.txt", sha256: SHA256.hex([UInt8]())).serialized()
            #expect(json.contains("\"quotes\":[]"))
        }
    }

    /// UTF-16 with a byte order mark is read as UTF-16 (its NULs do not make it binary).
    @Test func utf16WithAByteOrderMarkIsRead() throws {
        let text = "“We stay,” René Dubois said.\n"
        for little in [true, false] {
            var bytes: [UInt8] = little ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for unit in text.utf16 { bytes += little ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            let decoded = try TextDecoding.decode(bytes)
            #expect(decoded.scalars == ScalarText(text.unicodeScalars))
            #expect(decoded.warnings.contains { $0.hasPrefix("read as UTF-16") })
        }
    }

    /// UTF-32 with its mark is read as UTF-32, not as UTF-16 (whose
    /// little-endian mark starts it) nor refused for its NULs; a value that is
    /// no scalar becomes U+FFFD.
    @Test func utf32WithAByteOrderMarkIsRead() throws {
        let text = "“We stay,” René Dubois said. 🌊\n"
        for little in [true, false] {
            var bytes: [UInt8] = little ? [0xFF, 0xFE, 0, 0] : [0, 0, 0xFE, 0xFF]
            for s in text.unicodeScalars {
                let v = s.value
                let be = [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
                bytes += little ? be.reversed() : be
            }
            let decoded = try TextDecoding.decode(bytes)
            #expect(decoded.scalars == ScalarText(text.unicodeScalars))
            #expect(decoded.warnings.contains { $0.hasPrefix("read as UTF-32") }, "\(decoded.warnings)")
        }
        let surrogate = try TextDecoding.decode([0xFF, 0xFE, 0, 0, 0x41, 0, 0, 0, 0x00, 0xD8, 0, 0])
        #expect(surrogate.scalars == ScalarText("A\u{FFFD}".unicodeScalars))
    }

    /// A Latin-1 / Windows-1252 file is replaced as any invalid UTF-8, and the
    /// warning says what it likely is; a UTF-8 file with a bad byte does not.
    @Test func aWindows1252FileIsNamedInTheWarning() throws {
        let latin = try TextDecoding.decode(Array("Caf".utf8) + [0xE9] + Array(" owner said: ".utf8) + [0x93, 0x6F, 0x6B, 0x94])
        #expect(latin.invalidSequencesReplaced == 3)
        #expect(latin.warnings.contains { $0.contains("Windows-1252") }, "\(latin.warnings)")
        let damaged = try TextDecoding.decode(Array("Café ".utf8) + [0xE9] + Array(" x".utf8))
        #expect(damaged.invalidSequencesReplaced == 1)
        #expect(!damaged.warnings.contains { $0.contains("Windows-1252") }, "\(damaged.warnings)")
    }
}
