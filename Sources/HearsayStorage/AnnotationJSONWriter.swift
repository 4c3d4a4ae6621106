import HearsayCore

/// Writes an annotation file as JSON, byte for byte what
/// `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
/// writes for the model's `Codable` conformance (two-space indent, `"key" : value`,
/// keys in code-point order, `nil` fields left out), plus a final newline. Written
/// by hand because JSONEncoder takes ~150 ms for 10,000 annotations on Linux and
/// this takes ~10; `AnnotationFileFormatTests` checks the two agree.
struct AnnotationJSONWriter {
    private(set) var out: [UInt8] = []
    private var depth = 0
    /// Per open container: nothing written in it yet.
    private var empty: [Bool] = []
    /// Where `out` goes each time it holds a piece, when writing in pieces.
    private let emit: ((UnsafeRawBufferPointer) -> Void)?

    /// A piece: about a quarter of a megabyte, which stays in a core's cache
    /// and takes a few hundred writes for the largest files.
    static let pieceSize = 1 << 18

    private init(capacity: Int, emit: ((UnsafeRawBufferPointer) -> Void)?) {
        out.reserveCapacity(capacity)
        self.emit = emit
    }

    static func encode(_ file: AnnotationFile) -> [UInt8] {
        // About 450 bytes an annotation with its context; a guess, not a limit.
        var w = AnnotationJSONWriter(capacity: 4096 + 480 * (file.annotations.count + file.reviews.count + 2 * file.journal.undo.count),
                                     emit: nil)
        w.file(file)
        w.out.append(UInt8(ascii: "\n"))
        return w.out
    }

    /// The bytes of `encode`, handed to `write` a piece at a time as they are
    /// made, in one buffer used again (docs/DECISIONS.md, 46).
    static func encode(_ file: AnnotationFile, inPieces write: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(write) { write in
            // Room for a piece and the item that passes its end.
            var w = AnnotationJSONWriter(capacity: pieceSize + pieceSize / 4, emit: write)
            w.file(file)
            w.out.append(UInt8(ascii: "\n"))
            w.out.withUnsafeBytes(write)
        }
    }

    // MARK: The model, keys in sorted order

    mutating func file(_ f: AnnotationFile) {
        beginObject()
        key("actorEdits"); actorEdits(f.actorEdits)
        key("annotations"); beginArray(); for a in f.annotations { item(); annotation(a) }; endArray()
        key("codebook"); codebook(f.codebook)
        key("document"); beginObject()
        key("length"); int(f.document.length)
        key("sha256"); string(f.document.sha256)
        endObject()
        key("journal"); beginObject()
        key("redo"); groups(f.journal.redo)
        key("undo"); groups(f.journal.undo)
        endObject()
        key("reading"); beginObject()
        key("marks"); beginObject()
        for name in f.reading.marks.keys.sorted(by: AnnotationJSONWriter.codePointOrder) {
            key(dynamic: name); int(f.reading.marks[name]!)
        }
        endObject()
        key("position"); int(f.reading.position)
        endObject()
        key("reviews"); beginArray(); for r in f.reviews { item(); review(r) }; endArray()
        key("version"); int(f.version)
        endObject()
    }

    mutating func anchor(_ a: Anchor) {
        beginObject()
        key("end"); int(a.end)
        key("exact"); string(a.exact)
        key("prefix"); string(a.prefix)
        key("start"); int(a.start)
        key("suffix"); string(a.suffix)
        endObject()
    }

    mutating func annotation(_ a: Annotation) {
        beginObject()
        key("anchor"); anchor(a.anchor)
        key("created"); string(a.created)
        key("id"); string(a.id)
        key("modified"); string(a.modified)
        key("note"); string(a.note)
        key("orphaned"); bool(a.orphaned)
        key("tags"); beginArray(); for t in a.tags { item(); string(t) }; endArray()
        endObject()
    }

    mutating func review(_ r: QuoteReview) {
        beginObject()
        key("anchor"); anchor(r.anchor)
        key("decision"); string(r.decision.rawValue)
        key("id"); string(r.id)
        if let kind = r.kind { key("kind"); string(kind.rawValue) }
        key("modified"); string(r.modified)
        key("orphaned"); bool(r.orphaned)
        if let speaker = r.speaker { key("speaker"); string(speaker) }
        endObject()
    }

    mutating func actorEdits(_ edits: [ActorEdit]) {
        beginArray()
        for e in edits {
            item(); beginObject()
            key("operation"); beginObject()
            switch e.operation {
            case .add(let name, let type):
                key("add"); beginObject(); key("name"); string(name); key("type"); string(type.rawValue); endObject()
            case .merge(let from, let into):
                key("merge"); beginObject(); key("from"); string(from); key("into"); string(into); endObject()
            case .notAnActor(let name):
                key("notAnActor"); beginObject(); key("name"); string(name); endObject()
            case .rename(let from, let to):
                key("rename"); beginObject(); key("from"); string(from); key("to"); string(to); endObject()
            case .setType(let name, let type):
                key("setType"); beginObject(); key("name"); string(name); key("type"); string(type.rawValue); endObject()
            case .splitAlias(let alias, let from):
                key("splitAlias"); beginObject(); key("alias"); string(alias); key("from"); string(from); endObject()
            }
            endObject()
            key("time"); string(e.time)
            endObject()
        }
        endArray()
    }

    mutating func codebook(_ c: Codebook) {
        beginObject()
        key("tags"); beginArray()
        for t in c.tags {
            item(); beginObject()
            if let color = t.color { key("color"); string(color) }
            key("description"); string(t.description)
            key("name"); string(t.name)
            if let parent = t.parent { key("parent"); string(parent) }
            endObject()
        }
        endArray()
        endObject()
    }

    mutating func groups(_ groups: [ChangeGroup]) {
        beginArray()
        for g in groups {
            item(); beginObject()
            key("changes"); beginArray()
            for c in g.changes { item(); change(c) }
            endArray()
            key("label"); string(g.label)
            key("time"); string(g.time)
            endObject()
        }
        endArray()
    }

    mutating func change(_ c: AnnotationChange) {
        beginObject()
        switch c {
        case .actorEdits(let old, let new):
            key("actorEdits"); beginObject()
            key("new"); actorEdits(new)
            key("old"); actorEdits(old)
            endObject()
        case .add(let a): key("add"); annotation(a)
        case .codebook(let old, let new):
            key("codebook"); beginObject()
            key("new"); codebook(new)
            key("old"); codebook(old)
            endObject()
        case .remove(let a): key("remove"); annotation(a)
        case .replace(let old, let new):
            key("replace"); beginObject()
            key("new"); annotation(new)
            key("old"); annotation(old)
            endObject()
        case .review(let old, let new):
            key("review"); beginObject()
            if let new { key("new"); review(new) }
            if let old { key("old"); review(old) }
            endObject()
        }
        endObject()
    }

    /// JSONEncoder's `.sortedKeys` order: by code point (= UTF-8 byte order).
    static func codePointOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    // MARK: Layout

    private mutating func newline() {
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { out.append(0x20); out.append(0x20) }
    }

    private mutating func open(_ bracket: UInt8) {
        out.append(bracket)
        depth += 1
        empty.append(true)
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        // JSONEncoder writes an empty container as "[", a blank line, then "]".
        if empty.removeLast() { out.append(UInt8(ascii: "\n")) }
        newline()
        out.append(bracket)
    }

    private mutating func beginObject() { open(UInt8(ascii: "{")) }
    private mutating func endObject() { close(UInt8(ascii: "}")) }
    private mutating func beginArray() { open(UInt8(ascii: "[")) }
    private mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Before each element of an array (and each key of an object): where a
    /// full piece is handed on.
    private mutating func item() {
        if let emit, out.count >= AnnotationJSONWriter.pieceSize {
            out.withUnsafeBytes(emit)
            out.removeAll(keepingCapacity: true)
        }
        if empty[empty.count - 1] { empty[empty.count - 1] = false } else { out.append(UInt8(ascii: ",")) }
        newline()
    }

    private mutating func key(_ name: StaticString) {
        item()
        out.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(contentsOf: [UInt8(ascii: "\""), 0x20, UInt8(ascii: ":"), 0x20])
    }

    private mutating func key(dynamic name: String) {
        item()
        string(name)
        out.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    }

    private mutating func int(_ value: Int) {
        if value >= 0 && value < 10 { out.append(UInt8(ascii: "0") + UInt8(value)); return }
        out.append(contentsOf: String(value).utf8)
    }

    private mutating func bool(_ value: Bool) {
        if value { out.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { out.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
    }

    /// JSONEncoder's escaping: `"` and `\`, \b \f \n \r \t, other C0 controls as
    /// \u00xx (lower-case hex); everything else, `/` included, as it is.
    private mutating func string(_ value: String) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var run = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C { i += 1; continue }
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                switch b {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 15)]])
                }
                i += 1
                run = i
            }
            if run < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<n])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
