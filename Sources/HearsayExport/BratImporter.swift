import HearsayCore

/// Why a brat `.ann` file could not be read (line numbers from 1).
public enum BratImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A T, A or # line that does not have brat's shape.
    case malformed(line: Int, String)
    /// Offsets outside the document, or not increasing.
    case outOfRange(line: Int)
    /// The span's text in the `.ann` differs from the document's.
    case textMismatch(line: Int)

    public var description: String {
        switch self {
        case .malformed(let line, let text):
            return "line \(line) is not a brat annotation line (\"\(text.prefix(60))\"): expected T1<tab>Type START END<tab>text"
        case .outOfRange(let line):
            return "line \(line): its offsets are outside the article or not increasing (is this the .ann of another article?)"
        case .textMismatch(let line):
            return "line \(line): its text is not the article's at those offsets (is this the .ann of another article, or of another version of it?)"
        }
    }
}

/// Reads the annotations back from a brat `.ann` (see `BratExporter`): every `T` line
/// whose type is not one of the reserved types (Person, Organisation, State, Place,
/// Group, Quotation, Mention, Annotation is read as an annotation without a type
/// tag) is an annotation; its tags are the type (`%XX` decoded) followed by its
/// `Tag` attributes, its note its `AnnotatorNotes`. A fragmented span becomes the
/// range from its first fragment's start to its last fragment's end. Relations,
/// other attributes, events and normalisations are ignored. Annotation ids are
/// derived from the T id and offsets; `created` is left empty for the caller to stamp.
/// The returned tags are the distinct tag names in order of appearance.
public enum BratImporter {
    /// How many lines of the file are the analysis (quotations, mentions of
    /// actors, and the relations between them), which `importAnnotations` leaves
    /// out: for telling the user what was not brought in.
    public static func analysisItemCount(_ ann: String) -> Int {
        var count = 0
        for line in ann.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, let kind = line.first else { continue }
            let type = fields[1].split(separator: " ").first.map(String.init) ?? ""
            if kind == "T", BratExporter.reservedTypes.contains(type), type != "Annotation" { count += 1 }
            if kind == "R" { count += 1 }
        }
        return count
    }

    public static func importAnnotations(_ ann: String, into document: Document) throws -> (annotations: [Annotation], tags: [Tag]) {
        struct Entry { var id: String; var range: TextRange; var tags: [String]; var note: String }
        var entries: [Entry] = []
        var index: [String: Int] = [:]
        var lineNumber = 0
        var pending: [(line: Int, text: Substring)] = []
        let scalars = document.scalars
        for line in ann.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            guard let first = line.first else { continue }
            switch first {
            case "T":
                let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                guard fields.count >= 2 else { throw BratImportError.malformed(line: lineNumber, String(line)) }
                let head = fields[1]
                guard let space = head.firstIndex(of: " ") else { throw BratImportError.malformed(line: lineNumber, String(line)) }
                let type = String(head[..<space])
                var fragments: [TextRange] = []
                for part in head[head.index(after: space)...].split(separator: ";") {
                    let numbers = part.split(separator: " ")
                    guard numbers.count == 2, let s = Int(numbers[0]), let e = Int(numbers[1]) else {
                        throw BratImportError.malformed(line: lineNumber, String(line))
                    }
                    guard s >= 0, s <= e, e <= scalars.count, fragments.last.map({ $0.end <= s }) ?? true else {
                        throw BratImportError.outOfRange(line: lineNumber)
                    }
                    fragments.append(TextRange(s, e))
                }
                guard let firstFragment = fragments.first, let lastFragment = fragments.last else {
                    throw BratImportError.malformed(line: lineNumber, String(line))
                }
                if fields.count == 3, !fields[2].isEmpty {
                    let expected = fragments.map { document.string($0) }.joined(separator: " ")
                    if expected != String(fields[2]) { throw BratImportError.textMismatch(line: lineNumber) }
                }
                guard !BratExporter.reservedTypes.contains(type) || type == "Annotation" else { continue }
                var tags: [String] = []
                if type != "Annotation" {
                    guard let tag = BratText.decodeToken(type) else { throw BratImportError.malformed(line: lineNumber, String(line)) }
                    tags.append(tag)
                }
                index[String(fields[0])] = entries.count
                entries.append(Entry(id: String(fields[0]), range: TextRange(firstFragment.start, lastFragment.end), tags: tags, note: ""))
            case "A", "M", "#":
                pending.append((lineNumber, line))
            default:
                continue
            }
        }
        for (number, line) in pending {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2 else { throw BratImportError.malformed(line: number, String(line)) }
            let parts = fields[1].split(separator: " ")
            if line.first == "#" {
                guard parts.count >= 2, parts[0] == "AnnotatorNotes" else { continue }
                guard let i = index[String(parts[1])] else { continue }
                let text = fields.count == 3 ? BratText.unescapeNote(String(fields[2])) : ""
                entries[i].note = entries[i].note.isEmpty ? text : entries[i].note + "\n" + text
            } else {
                guard parts.count == 3, parts[0] == "Tag", let i = index[String(parts[1])] else { continue }
                guard let tag = BratText.decodeToken(String(parts[2])) else { throw BratImportError.malformed(line: number, String(line)) }
                if !entries[i].tags.contains(tag) { entries[i].tags.append(tag) }
            }
        }
        var tags: [Tag] = []
        var seen = Set<String>()
        let annotations = entries.map { e -> Annotation in
            for t in e.tags where seen.insert(t).inserted { tags.append(Tag(name: t)) }
            let hex = SHA256.hex(Array("brat:\(e.id):\(e.range.start)-\(e.range.end)".utf8))
            return Annotation(id: String(hex.prefix(16)), anchor: Anchor(e.range, in: scalars), tags: e.tags, note: e.note, created: "")
        }
        return (annotations, tags)
    }
}
