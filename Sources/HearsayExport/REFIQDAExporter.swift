import HearsayCore

/// REFI-QDA 1.5 (QDA-XML 1.0): a `.qdpx` project (a zip holding `project.qde` and
/// the article texts under `sources/`) and a `.qdc` codebook.
///
/// Codes: the tags of every input's codebook (merged by name, first one wins), with
/// the hierarchy as nested `Code` elements, `#RRGGBB` colours and descriptions;
/// tags used by annotations but missing from the codebook are added at the top.
/// A group code "Quotations" (not codable) holds one code per speaker of the
/// reviewed quotations. Selections: one `PlainTextSelection` per annotation
/// (positions in code points, which is how REFI-QDA counts characters) coded with its
/// tags, its note as `Description` and as a `Note` in `Notes` referenced by `NoteRef`;
/// one per reviewed (accepted, corrected or added) quotation coded with its speaker.
/// GUIDs are derived from SHA-256 of stable ids, so the same input gives the same bytes.
public enum REFIQDAExporter {
    static let userName = "Hearsay user"
    static let userGUID = QDAGUID.make("user:\(userName)")

    public static func project(_ inputs: [ExportInput]) -> ExportOutput {
        let codes = QDACodeTree(inputs)
        let stamp = inputs.first.map { QDAGUID.dateTime($0.exportedAt) } ?? nil
        var xml = XMLWriter()
        xml.open("Project", [
            ("xmlns", "urn:QDA-XML:project:1.0"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.5/Project.xsd"),
            ("name", projectName(inputs)), ("origin", "Hearsay"),
            ("creatingUserGUID", userGUID), ("creationDateTime", stamp),
        ])
        xml.open("Users")
        xml.empty("User", [("guid", userGUID), ("name", userName)])
        xml.close()
        xml.open("CodeBook")
        codes.write(into: &xml)
        xml.close()

        var files: [(String, [UInt8])] = []
        var notes: [(guid: String, name: String, text: String, created: String?)] = []
        let sourceGUIDs = QDAGUID.sourceGUIDs(inputs)
        if !inputs.isEmpty {
            xml.open("Sources")
            for (input, guid) in zip(inputs, sourceGUIDs) {
                let text = input.includeText ? input.document.text : nil
                xml.open("TextSource", [
                    ("guid", guid), ("name", input.name),
                    ("plainTextPath", text == nil ? nil : "internal://\(guid).txt"),
                    ("creatingUser", userGUID), ("creationDateTime", stamp),
                ])
                xml.element("Description", text: "urn:sha256:\(input.sha256)")
                if let text {
                    xml.element("PlainTextContent", text: text)
                    files.append(("sources/\(guid).txt", Array(text.utf8)))
                }
                for selection in selections(input, source: guid, codes: codes) {
                    xml.open("PlainTextSelection", [
                        ("guid", selection.guid), ("name", selection.name),
                        ("startPosition", String(selection.range.start)), ("endPosition", String(selection.range.end)),
                        ("creatingUser", userGUID), ("creationDateTime", selection.created),
                    ])
                    if !selection.note.isEmpty { xml.element("Description", text: selection.note) }
                    for code in selection.codes {
                        xml.open("Coding", [("guid", QDAGUID.make("coding:\(selection.guid):\(code)")),
                                            ("creatingUser", userGUID), ("creationDateTime", selection.created)])
                        xml.empty("CodeRef", [("targetGUID", code)])
                        xml.close()
                    }
                    if !selection.note.isEmpty {
                        let noteGUID = QDAGUID.make("note:\(selection.guid)")
                        notes.append((noteGUID, "Note on \(selection.name)", selection.note, selection.created))
                        xml.empty("NoteRef", [("targetGUID", noteGUID)])
                    }
                    xml.close()
                }
                xml.close()
            }
            xml.close()
        }
        if !notes.isEmpty {
            xml.open("Notes")
            for note in notes {
                xml.open("Note", [("guid", note.guid), ("name", note.name),
                                  ("creatingUser", userGUID), ("creationDateTime", note.created)])
                xml.element("PlainTextContent", text: note.text)
                xml.close()
            }
            xml.close()
        }
        let qde = xml.finish()
        var zip = ZipWriter()
        zip.add("project.qde", Array(qde.utf8))
        for (name, bytes) in files { zip.add(name, bytes) }
        return .file(name: projectFileName(inputs) + ".qdpx", bytes: zip.finish())
    }

    public static func codebook(_ inputs: [ExportInput]) -> ExportOutput {
        var xml = XMLWriter()
        xml.open("CodeBook", [
            ("xmlns", "urn:QDA-XML:codebook:1.0"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"),
            ("origin", "Hearsay"),
        ])
        QDACodeTree(inputs).write(into: &xml)
        return .text(xml.finish())
    }

    // MARK: Selections

    struct Selection {
        var guid: String
        var name: String
        var range: TextRange
        var codes: [String]
        var note: String
        var created: String?
    }

    static func selections(_ input: ExportInput, source: String, codes: QDACodeTree) -> [Selection] {
        let length = input.document.length
        var result: [Selection] = []
        for a in input.annotations.annotations where !a.orphaned && a.range.start >= 0 && a.range.end <= length
            && a.range.start <= a.range.end {
            var seen = Set<String>()
            let refs = a.tags.compactMap { codes.tagGUID[$0] }.filter { seen.insert($0).inserted }
            result.append(Selection(guid: QDAGUID.make("selection:\(source):annotation:\(a.id)"),
                                    name: a.tags.isEmpty ? "Annotation" : a.tags.joined(separator: ", "),
                                    range: a.range, codes: refs, note: a.note,
                                    created: QDAGUID.dateTime(a.created) ?? QDAGUID.dateTime(input.exportedAt)))
        }
        for q in input.reviewed.quotations {
            guard let review = q.review, review != .rejected, q.range.end <= length else { continue }
            let speaker = QDACodeTree.speakerName(q, in: input)
            result.append(Selection(guid: QDAGUID.make("selection:\(source):quotation:\(q.range.start)-\(q.range.end)"),
                                    name: "Quotation (\(q.kind.rawValue)): \(speaker)", range: q.range,
                                    codes: [codes.speakerGUID[speaker]].compactMap { $0 }, note: "",
                                    created: QDAGUID.dateTime(input.exportedAt)))
        }
        return result.sorted { ($0.range, $0.guid) < ($1.range, $1.guid) }
    }

    static func projectName(_ inputs: [ExportInput]) -> String {
        inputs.count == 1 ? inputs[0].name : "Hearsay export (\(inputs.count) articles)"
    }

    static func projectFileName(_ inputs: [ExportInput]) -> String {
        guard inputs.count == 1 else { return "hearsay-project" }
        let name = inputs[0].name
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name.isEmpty ? "hearsay-project" : name }
        return String(name[..<dot])
    }
}

/// The codes of a REFI-QDA export: the merged tag tree and the "Quotations" group.
struct QDACodeTree {
    struct Node {
        var guid: String
        var name: String
        var codable: Bool
        var color: String?
        var description: String
        var children: [Node]
    }

    var roots: [Node] = []
    /// Tag name → code GUID; speaker name → code GUID.
    var tagGUID: [String: String] = [:]
    var speakerGUID: [String: String] = [:]

    init(_ inputs: [ExportInput]) {
        var tags: [Tag] = []
        var index: [String: Int] = [:]
        for input in inputs {
            for tag in input.annotations.codebook.tags where index[tag.name] == nil {
                index[tag.name] = tags.count
                tags.append(tag)
            }
        }
        for input in inputs {
            for a in input.annotations.annotations where !a.orphaned {
                for name in a.tags where index[name] == nil {
                    index[name] = tags.count
                    tags.append(Tag(name: name))
                }
            }
        }
        // A parent counts only when following parents ends without a cycle.
        var parentOf: [String: String] = [:]
        for tag in tags {
            guard let p = tag.parent, index[p] != nil, p != tag.name else { continue }
            var seen: Set<String> = [tag.name]
            var current: String? = p
            var ok = true
            while let c = current {
                if !seen.insert(c).inserted { ok = false; break }
                current = tags[index[c]!].parent.flatMap { index[$0] == nil ? nil : $0 }
            }
            if ok { parentOf[tag.name] = p }
        }
        var children: [String: [Tag]] = [:]
        var top: [Tag] = []
        for tag in tags {
            if let p = parentOf[tag.name] { children[p, default: []].append(tag) } else { top.append(tag) }
        }
        var guids: [String: String] = [:]
        func node(_ tag: Tag) -> Node {
            let guid = QDAGUID.make("tag:\(tag.name)")
            guids[tag.name] = guid
            return Node(guid: guid, name: tag.name, codable: true, color: QDACodeTree.rgb(tag.color),
                        description: tag.description, children: (children[tag.name] ?? []).map(node))
        }
        roots = top.map(node)
        tagGUID = guids

        var speakers: [String] = []
        for input in inputs {
            for q in input.reviewed.quotations {
                guard let r = q.review, r != .rejected else { continue }
                let name = QDACodeTree.speakerName(q, in: input)
                if speakerGUID[name] == nil {
                    speakerGUID[name] = QDAGUID.make("speaker:\(name)")
                    speakers.append(name)
                }
            }
        }
        roots.append(Node(guid: QDAGUID.make("group:Quotations"), name: "Quotations", codable: false, color: nil,
                          description: "Reviewed quotations, one code per speaker.",
                          children: speakers.map {
                              Node(guid: speakerGUID[$0]!, name: $0, codable: true, color: nil, description: "", children: [])
                          }))
    }

    func write(into xml: inout XMLWriter) {
        func write(_ node: Node) {
            xml.open("Code", [("guid", node.guid), ("name", node.name), ("isCodable", node.codable ? "true" : "false"),
                              ("color", node.color)])
            if !node.description.isEmpty { xml.element("Description", text: node.description) }
            node.children.forEach(write)
            xml.close()
        }
        xml.open("Codes")
        roots.forEach(write)
        xml.close()
    }

    static func speakerName(_ q: Quotation, in input: ExportInput) -> String {
        if let a = q.speaker?.actor, a < input.reviewed.actors.count { return input.reviewed.actors[a].name }
        if let m = q.speaker?.mention, m.end <= input.document.length, !m.isEmpty { return input.document.string(m) }
        return "Unattributed"
    }

    /// "#rrggbb" or "#rgb" as "#RRGGBB"; anything else (a theme palette name) nil.
    static func rgb(_ color: String?) -> String? {
        guard let color, color.hasPrefix("#") else { return nil }
        let hex = Array(color.dropFirst().uppercased())
        guard hex.allSatisfy({ $0.isHexDigit && $0.isASCII }) else { return nil }
        switch hex.count {
        case 6: return "#" + String(hex)
        case 3: return "#" + hex.map { "\($0)\($0)" }.joined()
        default: return nil
        }
    }
}

/// Deterministic GUIDs: the first 16 bytes of SHA-256 of a stable id, with the
/// version (5-style) and variant bits set, formatted 8-4-4-4-12 in lower case.
enum QDAGUID {
    static func make(_ seed: String) -> String {
        var b = Array(SHA256.digest(Array("hearsay:refi-qda:\(seed)".utf8)).prefix(16))
        b[6] = (b[6] & 0x0F) | 0x50
        b[8] = (b[8] & 0x3F) | 0x80
        let hex = b.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        let h = Array(hex)
        return [h[0..<8], h[8..<12], h[12..<16], h[16..<20], h[20..<32]].map { String($0) }.joined(separator: "-")
    }

    /// One GUID per input from its name and hash; a repeat gets its position added.
    static func sourceGUIDs(_ inputs: [ExportInput]) -> [String] {
        var seen = Set<String>()
        return inputs.enumerated().map { i, input in
            var guid = make("source:\(input.name):\(input.sha256)")
            if !seen.insert(guid).inserted {
                guid = make("source:\(input.name):\(input.sha256):\(i)")
                seen.insert(guid)
            }
            return guid
        }
    }

    /// `s` when it looks like an xsd:dateTime (YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm]), else nil.
    static func dateTime(_ s: String) -> String? {
        let c = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= c.count && c[r].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        guard c.count >= 19, digits(0..<4), c[4] == 0x2D, digits(5..<7), c[7] == 0x2D, digits(8..<10), c[10] == 0x54,
              digits(11..<13), c[13] == 0x3A, digits(14..<16), c[16] == 0x3A, digits(17..<19) else { return nil }
        var i = 19
        if i < c.count, c[i] == 0x2E {
            i += 1
            let start = i
            while i < c.count, c[i] >= 0x30, c[i] <= 0x39 { i += 1 }
            if i == start { return nil }
        }
        if i == c.count { return s }
        if c[i] == 0x5A { return i + 1 == c.count ? s : nil }
        if (c[i] == 0x2B || c[i] == 0x2D), c.count == i + 6, digits(i + 1..<i + 3), c[i + 3] == 0x3A, digits(i + 4..<i + 6) {
            return s
        }
        return nil
    }
}
