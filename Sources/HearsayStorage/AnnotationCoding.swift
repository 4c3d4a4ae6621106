import HearsayCore

/// Why bytes are not an annotation file Hearsay can read. Every case keeps the
/// file from being overwritten (see AnnotationStore).
public enum AnnotationDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not JSON: 1-based line and column (columns count characters) and why.
    case syntax(line: Int, column: Int, message: String)
    /// JSON, but not an annotation file: the key path of the first wrong value
    /// (`annotations[3].anchor.start`; empty for the top level) and what is wrong.
    case shape(path: String, message: String)
    /// Written by a newer Hearsay (its `version` is above `supported`). Checked
    /// before anything else is read, so a newer file of any shape says this.
    case newerVersion(found: Int, supported: Int)

    public var description: String {
        switch self {
        case let .syntax(line, column, message):
            return "not valid JSON at line \(line), column \(column): \(message)"
        case let .shape(path, message):
            return "not a Hearsay annotation file: \(path.isEmpty ? "the top level" : path): \(message)"
        case let .newerVersion(found, supported):
            return "written by a newer Hearsay (format version \(found); this version reads up to \(supported))"
        }
    }
}

/// The annotation file's JSON: `encode` writes it, `decode` reads it back or says
/// exactly what is wrong. The format is docs/annotation-format.md, and
/// docs/annotation-format.schema.json accepts exactly the files `decode` accepts
/// (`AnnotationFileFormatTests` holds the writer to the schema).
///
/// Both are hand-written rather than JSONEncoder/JSONDecoder: those take about
/// 150 ms each way for 10,000 annotations on Linux, and JSONDecoder reports
/// neither the line of a syntax error nor unknown keys. The bytes written are
/// still exactly JSONEncoder's (`[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`) plus a final newline, and the model stays `Codable`.
public enum AnnotationCoding {
    /// Pretty-printed UTF-8 JSON, keys sorted, ending with a newline.
    public static func encode(_ file: AnnotationFile) -> [UInt8] {
        AnnotationJSONWriter.encode(file)
    }

    /// The same bytes, handed to `write` a piece at a time (about 256 KB each)
    /// as they are made: how a save writes them. The whole file of 100,000
    /// annotations is 45 MB, which glibc maps fresh from the kernel at every
    /// save and faults in page by page; a piece used again stays in the cache
    /// (docs/DECISIONS.md, 46). Each piece is valid only during its call.
    public static func encode(_ file: AnnotationFile, inPieces write: (UnsafeRawBufferPointer) -> Void) {
        AnnotationJSONWriter.encode(file, inPieces: write)
    }

    /// The file in `bytes`. Checks, in order: JSON syntax; then `version` (a newer
    /// one is `.newerVersion`, whatever else the file holds); then every key and
    /// value (unknown and repeated keys are errors: a key this version does not
    /// know would be lost on the next save). A version 1 file comes back as
    /// version 2 (`AnnotationFile.currentVersion`): it is saved as version 2.
    public static func decode(_ bytes: [UInt8]) throws(AnnotationDecodingError) -> AnnotationFile {
        let result: Result<AnnotationFile, AnnotationDecodingError> = bytes.withUnsafeBufferPointer { buffer in
            let versionAt: Int?
            do throws(JSONSyntaxError) {
                versionAt = try JSONSyntax.check(buffer)
            } catch {
                return .failure(.syntax(line: error.line, column: error.column, message: error.message))
            }
            do {
                return .success(try Shape.file(buffer, versionAt: versionAt))
            } catch let error as AnnotationDecodingError {
                return .failure(error)
            } catch let error as ShapeError {
                return .failure(.shape(path: error.path, message: error.message))
            } catch {
                return .failure(.shape(path: "", message: "\(error)"))
            }
        }
        return try result.get()
    }

    /// What in `file` a save must not write because `decode` would refuse it (a
    /// negative offset, a malformed fingerprint), or nil. The store checks this
    /// before every save, so a bug elsewhere cannot leave an unreadable file.
    public static func problem(in file: AnnotationFile) -> AnnotationDecodingError? {
        func bad(_ path: String, _ message: String) -> AnnotationDecodingError { .shape(path: path, message: message) }
        // Only the current version is written (a version 1 file is read as 2).
        if file.version != AnnotationFile.currentVersion {
            return bad("version", "\(file.version) is not a version this Hearsay writes (\(AnnotationFile.currentVersion))")
        }
        if !Shape.isFingerprint(file.document.sha256) { return bad("document.sha256", Shape.fingerprintRule) }
        if file.document.length < 0 { return bad("document.length", "\(file.document.length) is negative") }
        if file.reading.position < 0 { return bad("reading.position", "\(file.reading.position) is negative") }
        for (name, offset) in file.reading.marks where offset < 0 { return bad("reading.marks[\"\(name)\"]", "\(offset) is negative") }
        func check(_ a: Annotation, _ path: String) -> AnnotationDecodingError? {
            if a.anchor.start < 0 { return bad(path + ".anchor.start", "\(a.anchor.start) is negative") }
            if a.anchor.end < 0 { return bad(path + ".anchor.end", "\(a.anchor.end) is negative") }
            return nil
        }
        func check(_ r: QuoteReview, _ path: String) -> AnnotationDecodingError? {
            if r.anchor.start < 0 { return bad(path + ".anchor.start", "\(r.anchor.start) is negative") }
            if r.anchor.end < 0 { return bad(path + ".anchor.end", "\(r.anchor.end) is negative") }
            return nil
        }
        for (k, a) in file.annotations.enumerated() { if let e = check(a, "annotations[\(k)]") { return e } }
        for (k, r) in file.reviews.enumerated() { if let e = check(r, "reviews[\(k)]") { return e } }
        for (stack, groups) in [("undo", file.journal.undo), ("redo", file.journal.redo)] {
            for (g, group) in groups.enumerated() {
                for (c, change) in group.changes.enumerated() {
                    let path = "journal.\(stack)[\(g)].changes[\(c)]"
                    switch change {
                    case .add(let a): if let e = check(a, path + ".add") { return e }
                    case .remove(let a): if let e = check(a, path + ".remove") { return e }
                    case .replace(let old, let new):
                        if let e = check(old, path + ".replace.old") ?? check(new, path + ".replace.new") { return e }
                    case .review(let old, let new):
                        if let old, let e = check(old, path + ".review.old") { return e }
                        if let new, let e = check(new, path + ".review.new") { return e }
                    case .codebook, .actorEdits: break
                    }
                }
            }
        }
        return nil
    }
}

/// Bytes → model, with the key path of the first thing wrong (JSONReader).
enum Shape {
    static let fingerprintRule = "expected 64 lower-case hexadecimal digits (a SHA-256), or \"\" when not known"

    static func isFingerprint(_ s: String) -> Bool {
        s.isEmpty || (s.utf8.count == 64 && s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) })
    }

    static let fileKeys = KeySet(["version", "document", "codebook", "annotations", "reading", "journal", "reviews", "actorEdits"])
    static let documentKeys = KeySet(["sha256", "length"])
    static let codebookKeys = KeySet(["tags"])
    static let tagKeys = KeySet(["name", "color", "description", "parent"])
    static let annotationKeys = KeySet(["id", "anchor", "tags", "note", "created", "modified", "orphaned"])
    static let anchorKeys = KeySet(["start", "end", "exact", "prefix", "suffix"])
    static let readingKeys = KeySet(["position", "marks"])
    static let journalKeys = KeySet(["undo", "redo"])
    static let groupKeys = KeySet(["label", "changes", "time"])
    static let changeKeys = KeySet(["add", "remove", "replace", "codebook", "review", "actorEdits"])
    static let reviewKeys = KeySet(["id", "anchor", "decision", "speaker", "kind", "orphaned", "modified"])
    static let actorEditKeys = KeySet(["operation", "time"])
    static let operationKeys = KeySet(["rename", "setType", "merge", "splitAlias", "notAnActor", "add"])
    /// The keys of each operation's object, in `operationKeys` order.
    static let operationFields = [KeySet(["from", "to"]), KeySet(["name", "type"]), KeySet(["from", "into"]),
                                  KeySet(["alias", "from"]), KeySet(["name"]), KeySet(["name", "type"])]
    static let quotationKinds: [Quotation.Kind] = [.direct, .partial, .echo, .scare, .title]
    static let pairKeys = KeySet(["old", "new"])

    /// The value, or "the key ... is missing" at the reader's path.
    static func need<T>(_ value: T?, _ key: String, _ r: JSONReader) throws -> T {
        guard let value else { throw r.fail("the key \"\(key)\" is missing") }
        return value
    }

    static func file(_ b: UnsafeBufferPointer<UInt8>, versionAt: Int?) throws -> AnnotationFile {
        var r = JSONReader(b, at: JSONSyntax.start(b))
        r.skipSpace()
        guard b[r.i] == UInt8(ascii: "{") else { throw r.fail("expected an object, found \(r.describeValue())") }
        // The version first, before anything else is looked at.
        guard let versionAt else { throw r.fail("the key \"version\" is missing") }
        let v = JSONReader(b, at: versionAt)
        let version: Int
        do { var v = v; version = try v.int(min: nil) } catch { throw error.inside(.key("version")) }   // typed: a ShapeError
        if version > AnnotationFile.currentVersion {
            throw AnnotationDecodingError.newerVersion(found: version, supported: AnnotationFile.currentVersion)
        }
        if version < 1 {
            throw ShapeError("\(version) is not a version of this format (1 to \(AnnotationFile.currentVersion))", at: [.key("version")])
        }

        var document: DocumentFingerprint?, codebook: Codebook?, annotations: [Annotation]?, reading: ReadingState?
        var journal = UndoJournal()
        var reviews: [QuoteReview] = [], actorEdits: [ActorEdit] = []
        try r.object(keys: fileKeys) { r, k in
            switch k {
            case 0: r.skipValue()
            case 1: document = try Shape.document(&r)
            case 2: codebook = try Shape.codebook(&r)
            case 3:
                var list: [Annotation] = []
                try r.array { r in list.append(try Shape.annotation(&r)) }
                annotations = list
            case 4: reading = try Shape.reading(&r)
            case 5: journal = try Shape.journal(&r)
            case 6: try r.array { r in reviews.append(try Shape.review(&r)) }
            default: actorEdits = try Shape.actorEdits(&r)
            }
        }
        // Version 1 is version 2 without reviews and actor edits (both optional
        // here): it is read as the current version, and saved so.
        return AnnotationFile(document: try need(document, "document", r), codebook: try need(codebook, "codebook", r),
                              annotations: try need(annotations, "annotations", r), reading: try need(reading, "reading", r),
                              journal: journal, reviews: reviews, actorEdits: actorEdits)
    }

    static func document(_ r: inout JSONReader) throws -> DocumentFingerprint {
        var sha: String?, length: Int?
        try r.object(keys: documentKeys) { r, k in
            if k == 0 {
                let s = try r.string()
                guard isFingerprint(s) else { throw r.fail(fingerprintRule) }
                sha = s
            } else {
                length = try r.int()
            }
        }
        return DocumentFingerprint(sha256: try need(sha, "sha256", r), length: try need(length, "length", r))
    }

    static func codebook(_ r: inout JSONReader) throws -> Codebook {
        var tags: [Tag]?
        try r.object(keys: codebookKeys) { r, _ in
            var list: [Tag] = []
            try r.array { r in list.append(try Shape.tag(&r)) }
            tags = list
        }
        return Codebook(tags: try need(tags, "tags", r))
    }

    static func tag(_ r: inout JSONReader) throws -> Tag {
        var name: String?, color: String?, description: String?, parent: String?
        try r.object(keys: tagKeys) { r, k in
            switch k {
            case 0: name = try r.string()
            case 1: color = try r.optionalString()
            case 2: description = try r.string()
            default: parent = try r.optionalString()
            }
        }
        return Tag(name: try need(name, "name", r), color: color, description: try need(description, "description", r), parent: parent)
    }

    static func annotation(_ r: inout JSONReader) throws -> Annotation {
        var id: String?, anchor: Anchor?, tags: [String]?, note: String?, created: String?, modified: String?, orphaned: Bool?
        try r.object(keys: annotationKeys) { r, k in
            switch k {
            case 0: id = try r.string()
            case 1: anchor = try Shape.anchor(&r)
            case 2:
                var list: [String] = []
                try r.array { r in list.append(try r.string()) }
                tags = list
            case 3: note = try r.string()
            case 4: created = try r.string()
            case 5: modified = try r.string()
            default: orphaned = try r.bool()
            }
        }
        return Annotation(id: try need(id, "id", r), anchor: try need(anchor, "anchor", r), tags: try need(tags, "tags", r),
                          note: try need(note, "note", r), created: try need(created, "created", r),
                          modified: try need(modified, "modified", r), orphaned: try need(orphaned, "orphaned", r))
    }

    static func review(_ r: inout JSONReader) throws -> QuoteReview {
        var id: String?, anchor: Anchor?, decision: QuoteReview.Decision?, speaker: String?, kind: Quotation.Kind?
        var orphaned: Bool?, modified: String?
        try r.object(keys: reviewKeys) { r, k in
            switch k {
            case 0: id = try r.string()
            case 1: anchor = try Shape.anchor(&r)
            case 2: decision = try Shape.choice(&r, QuoteReview.Decision.allCases)
            case 3: speaker = try r.optionalString()
            case 4: kind = try Shape.orNull(&r) { r in try Shape.choice(&r, quotationKinds) }
            case 5: orphaned = try r.bool()
            default: modified = try r.string()
            }
        }
        return QuoteReview(id: try need(id, "id", r), anchor: try need(anchor, "anchor", r), decision: try need(decision, "decision", r),
                           speaker: speaker, kind: kind, orphaned: try need(orphaned, "orphaned", r),
                           modified: try need(modified, "modified", r))
    }

    static func actorEdits(_ r: inout JSONReader) throws -> [ActorEdit] {
        var list: [ActorEdit] = []
        try r.array { r in
            var operation: ActorEdit.Operation?, time: String?
            try r.object(keys: actorEditKeys) { r, k in
                if k == 0 { operation = try Shape.operation(&r) } else { time = try r.string() }
            }
            list.append(ActorEdit(try need(operation, "operation", r), time: try need(time, "time", r)))
        }
        return list
    }

    static func operation(_ r: inout JSONReader) throws -> ActorEdit.Operation {
        let names = "\"rename\", \"setType\", \"merge\", \"splitAlias\", \"notAnActor\" or \"add\""
        var operation: ActorEdit.Operation?
        var count = 0
        do {
            try r.object(keys: operationKeys) { r, k in
                count += 1
                guard count == 1 else { r.skipValue(); return }
                let keys = operationFields[k]
                var values = [String?](repeating: nil, count: keys.names.count)
                try r.object(keys: keys) { r, f in
                    values[f] = keys.names[f] == "type" ? try Shape.choice(&r, ActorType.allCases).rawValue : try r.string()
                }
                let v = try keys.names.indices.map { try need(values[$0], keys.names[$0], r) }
                switch k {
                case 0: operation = .rename(from: v[0], to: v[1])
                case 1: operation = .setType(name: v[0], type: ActorType(rawValue: v[1])!)
                case 2: operation = .merge(from: v[0], into: v[1])
                case 3: operation = .splitAlias(alias: v[0], from: v[1])
                case 4: operation = .notAnActor(name: v[0])
                default: operation = .add(name: v[0], type: ActorType(rawValue: v[1])!)
                }
            }
        } catch let error as ShapeError where error.components.isEmpty && error.message.hasPrefix("unknown key") {
            let name = error.message.split(separator: "\"").dropFirst().first.map(String.init) ?? ""
            throw r.fail("unknown operation \"\(name)\" (expected \(names))")
        }
        guard let operation, count == 1 else { throw r.fail("an operation has exactly one key, \(names) (found \(count))") }
        return operation
    }

    /// One of `values`, by its raw value.
    static func choice<T: RawRepresentable>(_ r: inout JSONReader, _ values: [T]) throws -> T where T.RawValue == String {
        let expected = "expected " + values.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        r.skipSpace()
        let found = r.describeValue()
        guard r.b[r.i] == 0x22 else { throw r.fail("\(expected), found \(found)") }
        let s = r.readString()
        guard let value = values.first(where: { $0.rawValue == s }) else { throw r.fail("\(expected), found \(found)") }
        return value
    }

    /// null (nil) or what `read` reads.
    static func orNull<T>(_ r: inout JSONReader, _ read: (inout JSONReader) throws -> T) throws -> T? {
        r.skipSpace()
        if r.b[r.i] == 0x6E { r.i += 4; return nil }
        return try read(&r)
    }

    static func anchor(_ r: inout JSONReader) throws -> Anchor {
        var start: Int?, end: Int?, exact: String?, prefix: String?, suffix: String?
        try r.object(keys: anchorKeys) { r, k in
            switch k {
            case 0: start = try r.int()
            case 1: end = try r.int()
            case 2: exact = try r.string()
            case 3: prefix = try r.string()
            default: suffix = try r.string()
            }
        }
        return Anchor(start: try need(start, "start", r), end: try need(end, "end", r), exact: try need(exact, "exact", r),
                      prefix: try need(prefix, "prefix", r), suffix: try need(suffix, "suffix", r))
    }

    static func reading(_ r: inout JSONReader) throws -> ReadingState {
        var position: Int?, marks: [String: Int]?
        try r.object(keys: readingKeys) { r, k in
            if k == 0 {
                position = try r.int()
            } else {
                var m: [String: Int] = [:]
                try r.map { r, name in m[name] = try r.int() }
                marks = m
            }
        }
        return ReadingState(position: try need(position, "position", r), marks: try need(marks, "marks", r))
    }

    static func journal(_ r: inout JSONReader) throws -> UndoJournal {
        var undo: [ChangeGroup]?, redo: [ChangeGroup]?
        try r.object(keys: journalKeys) { r, k in
            var list: [ChangeGroup] = []
            try r.array { r in list.append(try Shape.group(&r)) }
            if k == 0 { undo = list } else { redo = list }
        }
        return UndoJournal(undo: try need(undo, "undo", r), redo: try need(redo, "redo", r))
    }

    static func group(_ r: inout JSONReader) throws -> ChangeGroup {
        var label: String?, changes: [AnnotationChange]?, time: String?
        try r.object(keys: groupKeys) { r, k in
            switch k {
            case 0: label = try r.string()
            case 1:
                var list: [AnnotationChange] = []
                try r.array { r in list.append(try Shape.change(&r)) }
                changes = list
            default: time = try r.string()
            }
        }
        return ChangeGroup(label: try need(label, "label", r), changes: try need(changes, "changes", r), time: try need(time, "time", r))
    }

    static func change(_ r: inout JSONReader) throws -> AnnotationChange {
        let kinds = "\"add\", \"remove\", \"replace\", \"codebook\", \"review\" or \"actorEdits\""
        var change: AnnotationChange?
        var count = 0
        do {
            try r.object(keys: changeKeys) { r, k in
                count += 1
                guard count == 1 else { r.skipValue(); return }
                switch k {
                case 0: change = .add(try Shape.annotation(&r))
                case 1: change = .remove(try Shape.annotation(&r))
                case 2:
                    let (old, new) = try Shape.pair(&r, Shape.annotation)
                    change = .replace(old: old, new: new)
                case 3:
                    let (old, new) = try Shape.pair(&r, Shape.codebook)
                    change = .codebook(old: old, new: new)
                case 4:
                    // Either side may be absent or null: an added or removed review.
                    var old: QuoteReview?, new: QuoteReview?
                    try r.object(keys: pairKeys) { r, k in
                        let value = try Shape.orNull(&r, Shape.review)
                        if k == 0 { old = value } else { new = value }
                    }
                    change = .review(old: old, new: new)
                default:
                    let (old, new) = try Shape.pair(&r, Shape.actorEdits)
                    change = .actorEdits(old: old, new: new)
                }
            }
        } catch let error as ShapeError where error.components.isEmpty && error.message.hasPrefix("unknown key") {
            let kind = error.message.split(separator: "\"").dropFirst().first.map(String.init) ?? ""
            throw r.fail("unknown change \"\(kind)\" (expected \(kinds))")
        }
        guard let change, count == 1 else { throw r.fail("a change has exactly one key, \(kinds) (found \(count))") }
        return change
    }

    static func pair<T>(_ r: inout JSONReader, _ read: (inout JSONReader) throws -> T) throws -> (T, T) {
        var old: T?, new: T?
        try r.object(keys: pairKeys) { r, k in
            if k == 0 { old = try read(&r) } else { new = try read(&r) }
        }
        return (try need(old, "old", r), try need(new, "new", r))
    }
}
