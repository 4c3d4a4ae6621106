import HearsayCore

/// brat standoff (`.ann` beside `.txt`). Offsets are code points of the `.txt`
/// (Python `str` indices, which is what brat counts), end exclusive.
///
/// * `T` lines: actor mentions (Person, Organisation, State, Place, Group), speaker
///   mentions that are not actor mentions (the actor's type, or Mention),
///   quotations of the reviewed analysis (Quotation), and annotations: the type is the
///   first tag (characters other than ASCII letters, digits, `_` and `-` written
///   `%XX` in UTF-8), or Annotation when there is no tag or the first tag would read
///   as one of the reserved types. A span over a line break is written in brat's
///   fragment form (`start end;start end`), cut at every line break (as Python's
///   `splitlines` sees them); its text is the fragments joined by a space.
/// * `A` lines: `Tag Tn value` for an annotation's other tags (and its first when the
///   type could not hold it), `Kind Tn direct` for quotations.
/// * `R` lines: `Speaker Arg1:Tquote Arg2:Tmention`.
/// * `#` lines: `AnnotatorNotes Tn` with an annotation's note (backslash, tab and line
///   breaks escaped as `\\`, `\t`, `\n`, `\r`, `\u2028`…), and the actor's name for
///   mentions.
///
/// With `includeText` false no `.txt` is written and the text field of `T` lines is
/// left empty. Orphaned annotations are left out (they have no place in the text).
public enum BratExporter {
    /// Entity types that are not annotations, for the importer.
    static let reservedTypes: Set<String> = ["Person", "Organisation", "State", "Place", "Group", "Quotation", "Mention",
                                             "Annotation"]

    public static func export(_ input: ExportInput) -> [ExportOutput] {
        let doc = input.document
        let scalars = doc.scalars
        let analysis = input.reviewed
        var lines: [String] = []
        var t = 0, a = 0, r = 0, n = 0

        func entity(_ type: String, _ range: TextRange) -> String? {
            let fragments = BratText.fragments(range, scalars)
            guard !fragments.isEmpty else { return nil }
            t += 1
            let offsets = fragments.map { "\($0.start) \($0.end)" }.joined(separator: ";")
            let text = input.includeText
                ? fragments.map { scalars.string(in: $0.start..<$0.end) }.joined(separator: " ") : ""
            lines.append("T\(t)\t\(type) \(offsets)\t\(text)")
            return "T\(t)"
        }
        func note(_ id: String, _ text: String) {
            n += 1
            lines.append("#\(n)\tAnnotatorNotes \(id)\t\(BratText.escapeNote(text))")
        }
        func attribute(_ name: String, _ id: String, _ value: String) {
            a += 1
            lines.append("A\(a)\t\(name) \(id) \(value)")
        }

        let valid = { (range: TextRange) in range.start >= 0 && range.start < range.end && range.end <= scalars.count }
        var mentionIDs: [TextRange: String] = [:]
        for m in analysis.mentions where valid(m.range) && m.actor < analysis.actors.count && mentionIDs[m.range] == nil {
            let actor = analysis.actors[m.actor]
            if let id = entity(typeName(actor.type), m.range) {
                mentionIDs[m.range] = id
                note(id, actor.name)
            }
        }
        for q in analysis.quotations where q.review != .rejected && valid(q.range) {
            guard let id = entity("Quotation", q.range) else { continue }
            attribute("Kind", id, q.kind.rawValue)
            guard let speaker = q.speaker, valid(speaker.mention) else { continue }
            var target = mentionIDs[speaker.mention]
            if target == nil {
                let actor = speaker.actor.flatMap { $0 < analysis.actors.count ? analysis.actors[$0] : nil }
                target = entity(actor.map { typeName($0.type) } ?? "Mention", speaker.mention)
                if let target {
                    mentionIDs[speaker.mention] = target
                    if let actor { note(target, actor.name) }
                }
            }
            if let target {
                r += 1
                lines.append("R\(r)\tSpeaker Arg1:\(id) Arg2:\(target)")
            }
        }
        for ann in input.annotations.annotations where !ann.orphaned && valid(ann.range) {
            var tags = ann.tags
            var type = "Annotation"
            if let first = tags.first {
                let encoded = BratText.encodeToken(first)
                if !reservedTypes.contains(encoded) {
                    type = encoded
                    tags.removeFirst()
                }
            }
            guard let id = entity(type, ann.range) else { continue }
            for tag in tags { attribute("Tag", id, BratText.encodeToken(tag)) }
            if !ann.note.isEmpty { note(id, ann.note) }
        }

        let base = baseName(input.name)
        var outputs: [ExportOutput] = [.file(name: base + ".ann", bytes: Array(lines.map { $0 + "\n" }.joined().utf8))]
        if input.includeText { outputs.append(.file(name: base + ".txt", bytes: Array(doc.text.utf8))) }
        return outputs
    }

    static func typeName(_ type: ActorType) -> String {
        switch type {
        case .person: "Person"
        case .organisation: "Organisation"
        case .state: "State"
        case .place: "Place"
        case .group: "Group"
        }
    }

    static func baseName(_ name: String) -> String {
        var base = name
        if let slash = base.lastIndex(of: "/") { base = String(base[base.index(after: slash)...]) }
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = String(base[..<dot]) }
        return base.isEmpty ? "article" : base
    }
}

/// Text helpers shared by the brat exporter and importer.
enum BratText {
    /// Line breaks as Python's `str.splitlines` sees them (brat reads lines that way).
    static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `range` cut at line breaks, without them; empty when it holds nothing else.
    static func fragments(_ range: TextRange, _ scalars: ScalarText) -> [TextRange] {
        var result: [TextRange] = []
        var start: Int? = nil
        for i in range.start..<range.end {
            if isLineBreak(scalars[i]) {
                if let s = start { result.append(TextRange(s, i)) }
                start = nil
            } else if start == nil {
                start = i
            }
        }
        if let s = start { result.append(TextRange(s, range.end)) }
        return result
    }

    static func isTokenSafe(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
    }

    /// A tag as a brat type or attribute value: ASCII letters, digits, `_`, `-` kept,
    /// every other UTF-8 byte `%XX`.
    static func encodeToken(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for b in s.utf8 {
            if isTokenSafe(b) { out.append(Character(Unicode.Scalar(b))) } else {
                out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 15)])
            }
        }
        return out
    }

    static func decodeToken(_ s: String) -> String? {
        var bytes: [UInt8] = []
        var u = Array(s.utf8)[...]
        while let b = u.popFirst() {
            if b == 0x25 {
                guard u.count >= 2, let v = UInt8(String(decoding: u.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                bytes.append(v)
                u = u.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    static func escapeNote(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if isLineBreak(c) {
                    let h = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out
    }

    static func unescapeNote(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var it = Array(s.unicodeScalars)[...]
        while let c = it.popFirst() {
            guard c == "\\", let next = it.first else { out.append(c); continue }
            switch next {
            case "\\": out.append("\\"); it.removeFirst()
            case "n": out.append("\n"); it.removeFirst()
            case "r": out.append("\r"); it.removeFirst()
            case "t": out.append("\t"); it.removeFirst()
            case "u":
                let hex = String(String.UnicodeScalarView(it.dropFirst().prefix(4)))
                if hex.count == 4, let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) {
                    out.append(scalar)
                    it = it.dropFirst(5)
                } else {
                    out.append(c)
                }
            default: out.append(c)
            }
        }
        return String(out)
    }
}
