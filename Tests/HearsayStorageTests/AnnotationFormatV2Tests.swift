import Foundation
import HearsayCore
import Testing
@testable import HearsayStorage

/// Format version 2: quotation reviews and actor edits. Version 1 files still
/// load (and are saved as version 2); the hand-written writer and reader agree
/// with JSONEncoder/JSONDecoder on the new fields; the schema accepts what is
/// written and refuses what the reader refuses; review changes undo and redo.
@Suite struct AnnotationFormatV2Tests {
    static func review(_ k: Int, _ decision: QuoteReview.Decision, speaker: String? = nil, kind: Quotation.Kind? = nil,
                       orphaned: Bool = false) -> QuoteReview {
        QuoteReview(id: String(format: "%016x", 0xDEF000 + k),
                    anchor: Anchor(start: 50 * k, end: 50 * k + 20, exact: "“quote \(k)”", prefix: "before \(k) \"", suffix: "\\ after/\(k)"),
                    decision: decision, speaker: speaker, kind: kind, orphaned: orphaned,
                    modified: "2025-07-0\(1 + k % 9)T10:00:00Z")
    }

    static let edits: [ActorEdit] = [
        ActorEdit(.rename(from: "Amina Qadir", to: "Amina Qadir-Khan"), time: "2025-07-01T00:00:00Z"),
        ActorEdit(.setType(name: "JRC", type: .organisation), time: "2025-07-01T00:00:01Z"),
        ActorEdit(.merge(from: "UN envoy", into: "United Nations"), time: "2025-07-01T00:00:02Z"),
        ActorEdit(.splitAlias(alias: "Kabul", from: "Afghan Taliban"), time: "2025-07-01T00:00:03Z"),
        ActorEdit(.notAnActor(name: "Monday"), time: "2025-07-01T00:00:04Z"),
        ActorEdit(.add(name: "Ünïcode “Group” 😀", type: .group), time: "2025-07-01T00:00:05Z"),
    ]

    /// A version 2 file with reviews of every decision, every actor edit, and
    /// review and actor-edit changes in its journal (after the fixture's own
    /// two undoable groups).
    static func file() -> AnnotationFile {
        var f = StoreFixtures.file(4)
        f.reviews = [review(1, .accepted), review(2, .rejected), review(3, .corrected, speaker: "Amina Qadir", kind: .partial),
                     review(4, .added, kind: .title, orphaned: true), review(5, .corrected, speaker: "é \"x\"\n")]
        f.actorEdits = edits
        var changed = f.reviews[0]
        changed.decision = .rejected
        f = f.recording(ChangeGroup(label: "Rejected", changes: [.review(old: f.reviews[0], new: changed)], time: "t1"))
        f = f.recording(ChangeGroup(label: "Added", changes: [.review(old: nil, new: review(9, .added, speaker: "X"))], time: "t2"))
        f = f.recording(ChangeGroup(label: "Renamed", changes: [.actorEdits(old: f.actorEdits, new: f.actorEdits + [edits[0]])],
                                    time: "t3"))
        f = f.recording(ChangeGroup(label: "Review removed", changes: [.review(old: f.reviews[1], new: nil)], time: "t4"))
        f = f.undoing()!.file
        return f
    }

    static var samples: [AnnotationFile] {
        var onlyReviews = AnnotationFile(document: DocumentFingerprint(sha256: "", length: 10))
        onlyReviews.reviews = [review(0, .added)]
        var onlyEdits = AnnotationFile(document: DocumentFingerprint(sha256: "", length: 10))
        onlyEdits.actorEdits = [edits[5]]
        var emptyChange = AnnotationFile(document: DocumentFingerprint(sha256: "", length: 10))
        emptyChange.journal.record(ChangeGroup(label: "nothing", changes: [.review(old: nil, new: nil), .actorEdits(old: [], new: [])],
                                               time: "t"))
        return [file(), onlyReviews, onlyEdits, emptyChange]
    }

    /// `file` as version 1 wrote it: no reviews, no actor edits, version 1.
    static func version1Text(_ file: AnnotationFile) -> String {
        precondition(file.reviews.isEmpty && file.actorEdits.isEmpty)
        return String(decoding: AnnotationCoding.encode(file), as: UTF8.self)
            .replacingOccurrences(of: "  \"actorEdits\" : [\n\n  ],\n", with: "")
            .replacingOccurrences(of: "  \"reviews\" : [\n\n  ],\n", with: "")
            .replacingOccurrences(of: "\"version\" : 2", with: "\"version\" : 1")
    }

    // MARK: Version 1

    @Test func aVersion1FileLoadsAndIsWrittenAsVersion2() throws {
        let v1 = StoreFixtures.file(3)
        let text = AnnotationFormatV2Tests.version1Text(v1)
        #expect(!text.contains("reviews") && !text.contains("actorEdits") && text.contains("\"version\" : 1"))
        let loaded = try AnnotationCoding.decode(Array(text.utf8))
        #expect(loaded.version == 2)
        #expect(loaded.reviews.isEmpty && loaded.actorEdits.isEmpty)
        #expect(loaded.annotations == v1.annotations && loaded.journal == v1.journal && loaded.codebook == v1.codebook)
        #expect(loaded == v1)
        let written = String(decoding: AnnotationCoding.encode(loaded), as: UTF8.self)
        #expect(written.hasSuffix("  \"version\" : 2\n}\n"))
        #expect(written.hasPrefix("{\n  \"actorEdits\" : [\n\n  ],\n  \"annotations\" : ["))
        #expect(written.contains("  \"reviews\" : [\n\n  ],\n  \"version\""))
        // JSONDecoder through the Codable conformance says the same.
        #expect(try JSONDecoder().decode(AnnotationFile.self, from: Data(text.utf8)) == loaded)
        // A version 1 file without a journal too.
        let bare = AnnotationFormatV2Tests.version1Text(StoreFixtures.file(2, journal: false))
            .replacingOccurrences(of: "  \"journal\" : {\n    \"redo\" : [\n\n    ],\n    \"undo\" : [\n\n    ]\n  },\n", with: "")
        #expect(!bare.contains("journal"))
        #expect(try AnnotationCoding.decode(Array(bare.utf8)) == StoreFixtures.file(2, journal: false))
    }

    @Test func theStoreOpensAVersion1FileAndSavesVersion2() throws {
        let scratch = try StoreScratch()
        scratch.write("story.txt.hearsay.json", AnnotationFormatV2Tests.version1Text(StoreFixtures.file(2)))
        let store = AnnotationStore(path: scratch.file("story.txt.hearsay.json"), document: StoreFixtures.document)
        defer { store.close() }
        let opened = store.open()
        #expect(opened.mode == .readWrite)
        var file = try #require(opened.file)
        #expect(file.version == 2)
        file.reviews = [AnnotationFormatV2Tests.review(1, .rejected)]
        try store.save(file)
        let saved = try #require(scratch.bytes("story.txt.hearsay.json"))
        #expect(String(decoding: saved, as: UTF8.self).hasSuffix("  \"version\" : 2\n}\n"))
        #expect(try AnnotationCoding.decode(saved) == file)
        // The backup is the version 1 file, whole.
        #expect(String(decoding: scratch.bytes("story.txt.hearsay.json.bak") ?? [], as: UTF8.self).contains("\"version\" : 1"))
    }

    // MARK: Round trips

    @Test func theWriterWritesExactlyWhatJSONEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for (k, file) in AnnotationFormatV2Tests.samples.enumerated() {
            let ours = AnnotationCoding.encode(file)
            let theirs = [UInt8](try encoder.encode(file)) + [0x0A]
            #expect(ours == theirs, "sample \(k)")
            if ours != theirs, let i = (0..<min(ours.count, theirs.count)).first(where: { ours[$0] != theirs[$0] }) {
                Issue.record("sample \(k) differs at byte \(i): \(String(decoding: ours[max(0, i - 80)..<min(ours.count, i + 40)], as: UTF8.self))")
            }
        }
    }

    @Test func reviewsAndActorEditsRoundTrip() throws {
        for (k, file) in AnnotationFormatV2Tests.samples.enumerated() {
            let bytes = AnnotationCoding.encode(file)
            #expect(AnnotationCoding.problem(in: file) == nil, "sample \(k)")
            #expect(try AnnotationCoding.decode(bytes) == file, "sample \(k)")
            #expect(try JSONDecoder().decode(AnnotationFile.self, from: Data(bytes)) == file, "sample \(k)")
            #expect(try AnnotationCoding.decode([UInt8](JSONEncoder().encode(file))) == file, "sample \(k)")
        }
        let file = AnnotationFormatV2Tests.file()
        #expect(file.reviews.count == 6 && file.actorEdits.count == 7 && file.journal.undo.count == 5 && file.journal.redo.count == 1)
        let text = String(decoding: AnnotationCoding.encode(file), as: UTF8.self)
        #expect(text.contains("\n      \"operation\" : {\n        \"rename\" : {\n          \"from\" : \"Amina Qadir\",\n"
                              + "          \"to\" : \"Amina Qadir-Khan\"\n        }\n      },\n      \"time\" : "))
        #expect(text.contains("\"decision\" : \"corrected\",\n      \"id\" : \"0000000000def003\",\n      \"kind\" : \"partial\","))
    }

    @Test func nullOptionalFieldsReadAsAbsent() throws {
        var text = String(decoding: AnnotationCoding.encode(AnnotationFormatV2Tests.samples[1]), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"orphaned\" : false", with: "\"orphaned\" : false, \"speaker\" : null, \"kind\" : null")
        #expect(try AnnotationCoding.decode(Array(text.utf8)) == AnnotationFormatV2Tests.samples[1])
        let change = "{\"version\": 2, \"document\": {\"sha256\": \"\", \"length\": 0}, \"codebook\": {\"tags\": []}, \"annotations\": [],"
            + " \"reading\": {\"position\": 0, \"marks\": {}}, \"journal\": {\"redo\": [], \"undo\": [{\"label\": \"l\", \"time\": \"t\","
            + " \"changes\": [{\"review\": {\"old\": null}}]}]}}"
        let file = try AnnotationCoding.decode(Array(change.utf8))
        #expect(file.journal.undo[0].changes == [.review(old: nil, new: nil)])
        #expect(file.reviews.isEmpty && file.actorEdits.isEmpty)
    }

    /// Version 2 files the reader refuses, each with the error it gives.
    static func invalidSamples() -> [(name: String, text: String, error: AnnotationDecodingError)] {
        let base = String(decoding: AnnotationCoding.encode(file()), as: UTF8.self)
        func edit(_ from: String, _ to: String) -> String {
            precondition(base.contains(from), from)
            return base.replacingOccurrences(of: from, with: to)
        }
        func shape(_ path: String, _ message: String) -> AnnotationDecodingError { .shape(path: path, message: message) }
        let decisions = "expected \"accepted\", \"rejected\", \"corrected\", \"added\""
        let r3 = "\"decision\" : \"corrected\",\n      \"id\" : \"0000000000def003\""
        return [
            ("newer version", edit("\"version\" : 2", "\"version\" : 3"), .newerVersion(found: 3, supported: 2)),
            ("unknown decision", edit(r3, r3.replacingOccurrences(of: "\"corrected\"", with: "\"maybe\"")),
             shape("reviews[2].decision", "\(decisions), found the string \"maybe\"")),
            ("decision not a string", edit(r3, r3.replacingOccurrences(of: "\"corrected\"", with: "1")),
             shape("reviews[2].decision", "\(decisions), found the number 1")),
            ("unknown kind", edit("\"kind\" : \"partial\"", "\"kind\" : \"indirect\""),
             shape("reviews[2].kind", "expected \"direct\", \"partial\", \"echo\", \"scare\", \"title\", found the string \"indirect\"")),
            ("unknown review key", edit(r3, r3.replacingOccurrences(of: "\",", with: "\", \"note\" : \"\",")),
             shape("reviews[2]", "unknown key \"note\" (the keys here are \"anchor\", \"decision\", \"id\", \"kind\", \"modified\", \"orphaned\", \"speaker\")")),
            ("review without id", edit("\"id\" : \"0000000000def003\",", ""), shape("reviews[2]", "the key \"id\" is missing")),
            ("negative review start", edit("\"start\" : 250,", "\"start\" : -250,"), shape("reviews[4].anchor.start", "-250 is below 0")),
            ("reviews not an array", edit("\"reviews\" : [", "\"reviews\" : \"none\", \"reviews_\" : ["),
             shape("reviews", "expected an array, found the string \"none\"")),
            ("unknown operation", edit("\"notAnActor\" : {", "\"forget\" : {"),
             shape("actorEdits[4].operation",
                   "unknown operation \"forget\" (expected \"rename\", \"setType\", \"merge\", \"splitAlias\", \"notAnActor\" or \"add\")")),
            ("two operations", edit("\"notAnActor\" : {", "\"add\" : {\"name\" : \"a\", \"type\" : \"group\"}, \"notAnActor\" : {"),
             shape("actorEdits[4].operation",
                   "an operation has exactly one key, \"rename\", \"setType\", \"merge\", \"splitAlias\", \"notAnActor\" or \"add\" (found 2)")),
            ("unknown actor type", edit("\"type\" : \"group\"", "\"type\" : \"team\""),
             shape("actorEdits[5].operation.add.type",
                   "expected \"person\", \"organisation\", \"state\", \"place\", \"group\", found the string \"team\"")),
            ("operation without a field", edit("\"into\" : \"United Nations\"", "\"to\" : \"United Nations\""),
             shape("actorEdits[2].operation.merge", "unknown key \"to\" (the keys here are \"from\", \"into\")")),
            ("edit without time", edit("\"time\" : \"2025-07-01T00:00:00Z\"", "\"when\" : \"2025-07-01T00:00:00Z\""),
             shape("actorEdits[0]", "unknown key \"when\" (the keys here are \"operation\", \"time\")")),
            ("review change with a third key", edit("\"review\" : {", "\"review\" : {\"both\" : null,"),
             shape("journal.redo[0].changes[0].review", "unknown key \"both\" (the keys here are \"new\", \"old\")")),
            ("actor edits change without old", edit("\"old\" : [\n                {\n                  \"operation\"",
                                                   "\"older\" : [\n                {\n                  \"operation\""),
             shape("journal.undo[4].changes[0].actorEdits", "unknown key \"older\" (the keys here are \"new\", \"old\")")),
        ]
    }

    @Test func theReaderRefusesWrongReviewsAndEdits() {
        for (name, text, error) in AnnotationFormatV2Tests.invalidSamples() {
            #expect(throws: error, "\(name)") { try AnnotationCoding.decode(Array(text.utf8)) }
        }
        var file = AnnotationFormatV2Tests.file()
        file.reviews[1].anchor.end = -1
        #expect(AnnotationCoding.problem(in: file) == .shape(path: "reviews[1].anchor.end", message: "-1 is negative"))
        file = AnnotationFormatV2Tests.file()
        file.version = 1
        #expect(AnnotationCoding.problem(in: file) != nil)
    }

    // MARK: The schema

    @Test(.enabled(if: SchemaValidator.shouldRun, "needs python3 with the jsonschema package"))
    func writtenVersion2FilesAndVersion1FilesAreValid() throws {
        try SchemaValidator.require()
        let scratch = try StoreScratch()
        var paths: [String] = []
        for (k, file) in AnnotationFormatV2Tests.samples.enumerated() {
            paths.append(scratch.write("sample-\(k).json", AnnotationCoding.encode(file)))
        }
        paths.append(scratch.write("v1.json", AnnotationFormatV2Tests.version1Text(StoreFixtures.file(3))))
        let store = AnnotationStore(path: scratch.file("story.txt.hearsay.json"), document: StoreFixtures.document)
        _ = store.open()
        try store.save(AnnotationFormatV2Tests.file())
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
        let samples = AnnotationFormatV2Tests.invalidSamples()
        let paths = samples.enumerated().map { k, s in scratch.write("invalid-\(k).json", s.text) }
        for (sample, verdict) in zip(samples, try SchemaValidator.validate(paths)) {
            #expect(verdict.hasPrefix("invalid"), "\(sample.name): the schema accepts it")
        }
    }

    // MARK: Undo

    @Test func reviewChangesUndoAndRedo() throws {
        let base = AnnotationFile(document: StoreFixtures.document, reviews: [AnnotationFormatV2Tests.review(2, .accepted)])
        let early = AnnotationFormatV2Tests.review(1, .rejected), late = AnnotationFormatV2Tests.review(3, .added, speaker: "Qadir")
        // Added in text order.
        var f = base.recording(ChangeGroup(label: "Rejected", changes: [.review(old: nil, new: early)], time: "t1"))
        f = f.recording(ChangeGroup(label: "Added", changes: [.review(old: nil, new: late)], time: "t2"))
        #expect(f.reviews.map(\.id) == [early.id, base.reviews[0].id, late.id])
        // Replaced by id.
        var corrected = base.reviews[0]
        corrected.decision = .corrected
        corrected.speaker = "Amina Qadir"
        f = f.recording(ChangeGroup(label: "Corrected", changes: [.review(old: base.reviews[0], new: corrected)], time: "t3"))
        #expect(f.reviews[1] == corrected && f.reviews.count == 3)
        // Removed.
        f = f.recording(ChangeGroup(label: "Removed", changes: [.review(old: early, new: nil)], time: "t4"))
        #expect(f.reviews == [corrected, late])
        // Actor edits.
        let edits = Array(AnnotationFormatV2Tests.edits.prefix(2))
        f = f.recording(ChangeGroup(label: "Edited", changes: [.actorEdits(old: [], new: edits)], time: "t5"))
        #expect(f.actorEdits == edits)

        // Undo everything, step by step, through the file's own journal.
        let labels = ["Edited", "Removed", "Corrected", "Added", "Rejected"]
        var states = [f]
        for label in labels {
            let (undone, group) = try #require(states.last!.undoing())
            #expect(group.label == label)
            states.append(undone)
        }
        #expect(states[1].actorEdits.isEmpty && states[1].reviews == [corrected, late])
        #expect(states[2].reviews == [early, corrected, late])
        #expect(states[3].reviews == [early, base.reviews[0], late])
        #expect(states[5].reviews == base.reviews && states[5].actorEdits.isEmpty)
        // And redo it all back, through the file (and its encoding).
        var redone = try AnnotationCoding.decode(AnnotationCoding.encode(states[5]))
        for _ in labels { redone = try #require(redone.redoing()).file }
        #expect(redone.reviews == f.reviews && redone.actorEdits == f.actorEdits)
        #expect(redone.journal.undo == f.journal.undo && redone.journal.redo.isEmpty)
    }

    @Test func reviewChangesAreLenient() {
        let r = AnnotationFormatV2Tests.review(1, .accepted)
        var changed = r
        changed.decision = .rejected
        let base = AnnotationFile(document: StoreFixtures.document)
        // Replacing a review that is not there adds it; removing one that is not there does nothing.
        #expect(base.applying(ChangeGroup(label: "", changes: [.review(old: r, new: changed)], time: "")).reviews == [changed])
        #expect(base.applying(ChangeGroup(label: "", changes: [.review(old: r, new: nil)], time: "")) == base)
        #expect(base.applying(ChangeGroup(label: "", changes: [.review(old: nil, new: nil)], time: "")) == base)
        // Adding one that is there replaces it: never two with one id.
        let twice = base.applying(ChangeGroup(label: "", changes: [.review(old: nil, new: r), .review(old: nil, new: changed)], time: ""))
        #expect(twice.reviews == [changed])
        #expect(AnnotationChange.review(old: r, new: nil).inverted == .review(old: nil, new: r))
        #expect(AnnotationChange.actorEdits(old: [], new: AnnotationFormatV2Tests.edits).inverted
                == .actorEdits(old: AnnotationFormatV2Tests.edits, new: []))
    }
}
