import Foundation
import Testing
import HearsayCore

@Suite struct JSONOutputTests {
    static let fixture = MarkedText("""
        Nadia Karimi runs the archive. ⟦“We take it seriously,”⟧ she said.

        The board called the plan ⟦“a step backwards”⟧ on Monday.
        """)

    private func json(_ text: String, warnings: [String] = []) -> (JSONValue, String) {
        let a = TestSupport.analyze(text)
        let value = AnalysisJSON.value(a, path: "a.txt", sha256: SHA256.hex(Array(text.utf8)), warnings: warnings)
        return (value, value.serialized())
    }

    private func parse(_ s: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(s.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func topLevelKeysInDocumentedOrder() throws {
        let (value, _) = json(Self.fixture.text)
        guard case .object(let pairs) = value else {
            Issue.record("not an object")
            return
        }
        #expect(pairs.map(\.0) == ["version", "document", "quotes", "actors", "warnings"])
    }

    @Test func outputParsesAndDescribesTheDocument() throws {
        let text = Self.fixture.text
        let (_, s) = json(text, warnings: ["replaced 1 invalid UTF-8 sequence(s) with U+FFFD"])
        for pretty in [false, true] {
            let serialized = pretty ? json(text, warnings: ["w"]).0.serialized(pretty: true) : s
            let root = try parse(serialized)
            #expect(root["version"] as? Int == AnalysisJSON.formatVersion)
            let document = try #require(root["document"] as? [String: Any])
            #expect(document["path"] as? String == "a.txt")
            #expect(document["length"] as? Int == text.unicodeScalars.count)
            #expect(document["sha256"] as? String == SHA256.hex(Array(text.utf8)))
            #expect(root["warnings"] as? [String] == [pretty ? "w" : "replaced 1 invalid UTF-8 sequence(s) with U+FFFD"])
        }
    }

    @Test func quoteOffsetsAndTextsAgreeWithTheDocument() throws {
        let text = Self.fixture.text
        let root = try parse(json(text).1)
        let quotes = try #require(root["quotes"] as? [[String: Any]])
        #expect(quotes.compactMap { q in (q["start"] as? Int).flatMap { s in (q["end"] as? Int).map { TextRange(s, $0) } } }
                == Self.fixture.ranges)
        let scalars = Array(text.unicodeScalars)
        for q in quotes {
            let start = try #require(q["start"] as? Int), end = try #require(q["end"] as? Int)
            #expect(q["text"] as? String == String(String.UnicodeScalarView(scalars[start..<end])))
            #expect(["direct", "partial", "echo", "scare", "title"].contains(q["kind"] as? String ?? ""))
        }
        let speaker = try #require(quotes.first?["speaker"] as? [String: Any])
        #expect(speaker["name"] as? String == "Nadia Karimi")
        let mention = try #require(speaker["mention"] as? [String: Any])
        #expect(mention["text"] as? String == "she")
        let actors = try #require(root["actors"] as? [[String: Any]])
        let ids = Set(actors.compactMap { $0["id"] as? String })
        #expect(ids.contains(speaker["actor"] as? String ?? "missing"))
    }

    @Test func controlCharactersAndLineSeparatorsAreEscaped() throws {
        let text = "Nadia Karimi said “red \u{1B}[31m alarm\u{7} and\u{2028}more\u{2029}here\u{85}now\u{0}” today."
        let (_, s) = json(text)
        for raw in ["\u{1B}", "\u{7}", "\u{2028}", "\u{2029}", "\u{85}", "\u{0}"] {
            #expect(!s.unicodeScalars.contains(raw.unicodeScalars.first!), "raw U+\(String(raw.unicodeScalars.first!.value, radix: 16)) in output")
        }
        for escaped in ["\\u001b", "\\u0007", "\\u2028", "\\u2029", "\\u0085", "\\u0000"] {
            #expect(s.contains(escaped), "\(escaped) missing")
        }
        let root = try parse(s)
        let quotes = try #require(root["quotes"] as? [[String: Any]])
        #expect(quotes.first?["text"] as? String == "“red \u{1B}[31m alarm\u{7} and\u{2028}more\u{2029}here\u{85}now\u{0}”")
    }

    @Test func jsonValueWritesScalarsAsRFC8259() throws {
        let value = JSONValue.object([
            ("s", .string("quote \" backslash \\ tab \t newline \n")),
            ("whole", .double(2.0)), ("fraction", .double(0.85)), ("nan", .double(.nan)),
            ("n", .int(-3)), ("b", .bool(true)), ("null", .null), ("empty", .array([])), ("o", .object([])),
        ])
        let s = value.serialized()
        #expect(s == #"{"s":"quote \" backslash \\ tab \t newline \n","whole":2,"fraction":0.85,"nan":null,"n":-3,"b":true,"null":null,"empty":[],"o":{}}"#)
        let root = try parse(s)
        #expect(root["s"] as? String == "quote \" backslash \\ tab \t newline \n")
        #expect(try parse(value.serialized(pretty: true))["fraction"] as? Double == 0.85)
    }
}
