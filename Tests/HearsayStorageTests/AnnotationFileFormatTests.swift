import Foundation
import HearsayCore
import Testing
@testable import HearsayStorage

/// The annotation file format: the hand-written writer and reader agree with
/// JSONEncoder/JSONDecoder and the model's Codable, and every file written is
/// valid against docs/annotation-format.schema.json, which refuses what the
/// reader refuses.
@Suite struct AnnotationFileFormatTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let schemaPath = repository + "/docs/annotation-format.schema.json"

    /// Files with a bit of everything: escapes, controls, non-ASCII, optional
    /// fields present and absent, every kind of change, empty containers.
    static var samples: [AnnotationFile] {
        var odd = StoreFixtures.file(3)
        odd.annotations[0].note = "\u{0}\u{1}\u{7}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1B}\u{1F} \u{7F}\u{80}\u{9F} \u{2028}\u{2029} / \\ \" ’ é 日本 😀 \u{FEFF}"
        odd.annotations[1].anchor.exact = "</script> a/b \\n"
        odd.annotations[2].tags = []
        odd.reading.marks = [:]
        odd.codebook.tags.append(Tag(name: "ünïcode/😀", color: nil, description: "", parent: "blame"))
        var empty = AnnotationFile(document: DocumentFingerprint(sha256: "", length: 0))
        empty.reading.position = 0
        var big = StoreFixtures.file(60)
        big.journal.redo = []
        return [empty, StoreFixtures.file(0, journal: false), StoreFixtures.file(5), odd, big, random(seed: 1), random(seed: 2)]
    }

    /// A file of random content (deterministic for a seed).
    static func random(seed: UInt64) -> AnnotationFile {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let pieces = ["a", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "é", "’", "“", "😀", "日", "\u{2028}", "\u{7F}", "{", "]", ":", ","]
        func text(_ n: Int) -> String { (0..<Int(next() % UInt64(n + 1))).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined() }
        var f = AnnotationFile(document: DocumentFingerprint(sha256: String(repeating: "9", count: 64), length: Int(next() % 100_000)))
        f.codebook = Codebook(tags: (0..<Int(next() % 6)).map { k in
            Tag(name: "t\(k)" + text(3), color: next() % 2 == 0 ? nil : text(4), description: text(10), parent: next() % 3 == 0 ? "t0" : nil)
        })
        var annotations: [Annotation] = []
        for k in 0..<Int(next() % 30) {
            let start = Int(next() % 10_000)
            annotations.append(Annotation(id: String(next(), radix: 16), anchor: Anchor(start: start, end: start + Int(next() % 300),
                exact: text(40), prefix: text(32), suffix: text(32)), tags: (0..<Int(next() % 3)).map { "t\($0)" }, note: text(60),
                created: "2025-01-01T00:00:\(k)Z", modified: text(3), orphaned: next() % 5 == 0))
        }
        f.annotations = AnnotationList(annotations)
        f.reading = ReadingState(position: Int(next() % 5000), marks: ["a": 1, "q": Int(next() % 9)])
        for k in 0..<Int(next() % 8) where !f.annotations.isEmpty {
            let a = f.annotations[Int(next() % UInt64(f.annotations.count))]
            var b = a
            b.note = text(10)
            let changes: [AnnotationChange] = [.add(a), .remove(a), .replace(old: a, new: b), .codebook(old: Codebook(), new: f.codebook)]
            f.journal.record(ChangeGroup(label: "g\(k)" + text(5), changes: [changes[k % 4], changes[(k + 1) % 4]], time: text(4)))
        }
        if next() % 2 == 0, let g = f.journal.popUndo() { _ = g }
        return f
    }

    @Test func theWriterWritesExactlyWhatJSONEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for (k, file) in AnnotationFileFormatTests.samples.enumerated() {
            let ours = AnnotationCoding.encode(file)
            let theirs = [UInt8](try encoder.encode(file)) + [0x0A]
            #expect(ours == theirs, "sample \(k)")
            if ours != theirs, let i = (0..<min(ours.count, theirs.count)).first(where: { ours[$0] != theirs[$0] }) {
                Issue.record("sample \(k) differs at byte \(i): \(String(decoding: ours[max(0, i - 60)..<min(ours.count, i + 40)], as: UTF8.self))")
            }
        }
    }

    /// What a save writes, a piece at a time: together the bytes of `encode`,
    /// and never the whole file at once. Each piece but the last is whole; none
    /// passes the size by more than an item (the last sample has several).
    @Test func thePiecesMakeTheFile() {
        let size = AnnotationJSONWriter.pieceSize
        for (k, file) in (AnnotationFileFormatTests.samples + [StoreFixtures.file(1500)]).enumerated() {
            var pieces: [[UInt8]] = []
            AnnotationCoding.encode(file, inPieces: { pieces.append(Array($0)) })
            #expect(Array(pieces.joined()) == AnnotationCoding.encode(file), "sample \(k)")
            #expect(pieces.dropLast().allSatisfy { $0.count >= size }, "sample \(k): \(pieces.map(\.count))")
            #expect(pieces.allSatisfy { $0.count < size + 4096 }, "sample \(k): \(pieces.map(\.count))")
        }
    }

    @Test func readerAndJSONDecoderAgree() throws {
        for (k, file) in AnnotationFileFormatTests.samples.enumerated() {
            let bytes = AnnotationCoding.encode(file)
            #expect(try AnnotationCoding.decode(bytes) == file, "sample \(k)")
            #expect(try JSONDecoder().decode(AnnotationFile.self, from: Data(bytes)) == file, "sample \(k)")
            // Compact JSON from JSONEncoder, without sorted keys, reads the same.
            #expect(try AnnotationCoding.decode([UInt8](JSONEncoder().encode(file))) == file, "sample \(k)")
        }
    }

    @Test func randomFilesRoundTrip() throws {
        for seed in UInt64(10)..<UInt64(60) {
            let file = AnnotationFileFormatTests.random(seed: seed)
            #expect(try AnnotationCoding.decode(AnnotationCoding.encode(file)) == file, "seed \(seed)")
        }
    }

    @Test func escapesAndAByteOrderMarkAreRead() throws {
        let text = "\u{FEFF}{\"version\":1,\"document\":{\"sha256\":\"\",\"length\":0},\"codebook\":{\"tags\":[]},"
            + "\"annotations\":[],\"reading\":{\"position\":0,\"marks\":{\"\\u0041\\ud83d\\ude00\":2}},"
            + "\"journal\":{\"undo\":[],\"redo\":[]}}"
        let file = try AnnotationCoding.decode(Array(text.utf8))
        #expect(file.reading.marks == ["A😀": 2])
        // Keys may be escaped too.
        let escapedKey = text.replacingOccurrences(of: "\"position\"", with: "\"p\\u006fsition\"")
        #expect(try AnnotationCoding.decode(Array(escapedKey.utf8)) == file)
    }

    // MARK: The JSON Schema

    /// Valid files, then files the reader refuses (each with why).
    static func invalidSamples() throws -> [(String, String)] {
        let base = String(decoding: AnnotationCoding.encode(StoreFixtures.file(2)), as: UTF8.self)
        func edit(_ from: String, _ to: String) -> String {
            precondition(base.contains(from), from)
            return base.replacingOccurrences(of: from, with: to)
        }
        return [
            ("newer version", edit("\"version\" : 2", "\"version\" : 3")),
            ("unknown top-level key", edit("\"version\" : 2", "\"version\" : 2, \"extra\" : true")),
            ("unknown annotation key", edit("\"orphaned\" :", "\"colour\" : \"red\", \"orphaned\" :")),
            ("missing note", edit("\"note\" : \"\",", "")),
            ("negative start", edit("\"start\" : 0,", "\"start\" : -1,")),
            ("string offset", edit("\"start\" : 0,", "\"start\" : \"0\",")),
            ("fractional offset", edit("\"start\" : 0,", "\"start\" : 0.5,")),
            ("bad fingerprint", edit("\"sha256\" : \"0123", "\"sha256\" : \"X123")),
            ("tag not a string", edit("\"diplomacy\"\n", "7\n")),
            ("orphaned not a bool", edit("\"orphaned\" : false", "\"orphaned\" : 0")),
            ("change with two kinds", edit("\"changes\" : [\n          {\n            \"add\" :",
                                           "\"changes\" : [\n          {\n            \"remove\" : {}, \"add\" :")),
            ("unknown change", edit("\"changes\" : [\n          {\n            \"add\" :", "\"changes\" : [\n          {\n            \"move\" :")),
            ("journal without redo", edit("\"redo\" : [", "\"redone\" : [")),
            ("negative mark", edit("\"Z\" : 7", "\"Z\" : -7")),
            ("no codebook", edit("\"codebook\" :", "\"codebook_\" :")),
            ("tag without description", edit("\"description\" : \"\",\n", "")),
        ]
    }

    @Test(.enabled(if: SchemaValidator.shouldRun, "needs python3 with the jsonschema package"))
    func everyFileWrittenIsValidAgainstTheSchema() throws {
        try SchemaValidator.require()
        let scratch = try StoreScratch()
        var paths: [String] = []
        for (k, file) in AnnotationFileFormatTests.samples.enumerated() {
            paths.append(scratch.write("sample-\(k).json", AnnotationCoding.encode(file)))
        }
        // Also files written by the store itself.
        let store = AnnotationStore(path: scratch.file("story.txt.hearsay.json"), document: StoreFixtures.document)
        _ = store.open()
        try store.save(StoreFixtures.file(12))
        store.close()
        paths.append(scratch.file("story.txt.hearsay.json"))
        for (path, verdict) in zip(paths, try SchemaValidator.validate(paths)) {
            #expect(verdict == "ok", "\(path): \(verdict)")
        }
    }

    @Test(.enabled(if: SchemaValidator.shouldRun, "needs python3 with the jsonschema package"))
    func theSchemaRefusesWhatTheReaderRefuses() throws {
        try SchemaValidator.require()
        let scratch = try StoreScratch()
        let samples = try AnnotationFileFormatTests.invalidSamples()
        var paths: [String] = []
        for (k, (name, text)) in samples.enumerated() {
            #expect(throws: AnnotationDecodingError.self, "\(name)") { try AnnotationCoding.decode(Array(text.utf8)) }
            paths.append(scratch.write("invalid-\(k).json", text))
        }
        for ((name, _), verdict) in zip(samples, try SchemaValidator.validate(paths)) {
            #expect(verdict.hasPrefix("invalid"), "\(name): the schema accepts it")
        }
    }

    @Test(.enabled(if: SchemaValidator.shouldRun, "needs python3 with the jsonschema package"))
    func theSchemaIsAValidDraft202012Schema() throws {
        try SchemaValidator.require()
        let result = try StoreSpawn.run(SchemaValidator.python!, ["-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
            jsonschema.Draft202012Validator.check_schema(schema)
            print("ok")
            """, AnnotationFileFormatTests.schemaPath])
        #expect(result.stdout == "ok\n", "\(result.stderr)")
    }
}

/// Runs Python's jsonschema on files (one process for all of them).
enum SchemaValidator {
    static let python = StoreSpawn.onPath("python3")

    static let available: Bool = {
        guard let python, let result = try? StoreSpawn.run(python, ["-c", "import jsonschema"]) else { return false }
        return result.status == 0
    }()

    /// Skipped without jsonschema, except in CI (CI set), where it is a failure:
    /// the Makefile installs it.
    static var shouldRun: Bool { available || !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "python3 with the jsonschema package is needed for the schema tests (make deps installs it)" }
    }

    static func require() throws {
        if !available { throw Missing() }
    }

    /// "ok" or "invalid: <first error>" for each path, in order.
    static func validate(_ paths: [String]) throws -> [String] {
        let script = """
            import json, sys, jsonschema
            validator = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
            for path in sys.argv[2:]:
                errors = sorted(validator.iter_errors(json.load(open(path))), key=lambda e: list(e.path))
                print("ok" if not errors else "invalid: %s at %s" % (errors[0].message[:200].replace("\\n", " "), list(errors[0].path)))
            """
        let result = try StoreSpawn.run(python!, ["-c", script, AnnotationFileFormatTests.schemaPath] + paths)
        guard result.status == 0 else { throw NSError(domain: "jsonschema: \(result.stderr)", code: Int(result.status)) }
        return result.stdout.split(separator: "\n").map(String.init)
    }
}
