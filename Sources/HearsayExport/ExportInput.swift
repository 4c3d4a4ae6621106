import HearsayCore

/// Everything an exporter may use about one article: the text, the detector's
/// analysis and the reviewed one (decisions and actor edits applied), and the
/// user's annotation file. Exporters are pure functions of these values.
public struct ExportInput: Sendable {
    /// The article's file name ("story.txt") and its path when it came from a file.
    public var name: String
    public var path: String?
    public var document: Document
    /// SHA-256 of the article's bytes, lower-case hex (for `urn:sha256:` sources).
    public var sha256: String
    /// The analysis as the detector made it, and with the user's reviews and actor edits applied.
    public var detected: Analysis
    public var reviewed: Analysis
    public var annotations: AnnotationFile
    /// False with `--no-text`: no article text in the output (selectors, hashes and
    /// annotations only, for copyrighted news).
    public var includeText: Bool
    /// When the export was made (ISO 8601), for formats that record it.
    public var exportedAt: String
    /// The article's address as the user gives it (`--source`, e.g. its web
    /// URL): what W3C targets name, instead of the local file's path.
    public var source: String?

    public init(name: String, path: String?, document: Document, sha256: String, detected: Analysis, reviewed: Analysis,
                annotations: AnnotationFile, includeText: Bool = true, exportedAt: String, source: String? = nil) {
        self.name = name
        self.path = path
        self.document = document
        self.sha256 = sha256
        self.detected = detected
        self.reviewed = reviewed
        self.annotations = annotations
        self.includeText = includeText
        self.exportedAt = exportedAt
        self.source = source
    }

    /// The review decision on reviewed-analysis quotation `q`, if any.
    public func decision(of q: Int) -> QuoteReview.Decision? { reviewed.quotations[q].review }

    /// The tags and notes of annotations on exactly `range`.
    public func annotations(on range: TextRange) -> [Annotation] {
        annotations.annotations.filter { !$0.orphaned && $0.range == range }
    }
}

/// What an exporter produces: one text (stdout or -o FILE), or several files
/// (a REFI-QDA project is a zip; brat writes `.ann` beside `.txt`).
public enum ExportOutput: Equatable, Sendable {
    case text(String)
    case file(name: String, bytes: [UInt8])
}

/// The formats `hearsay export --format` knows, with what each is for.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, w3c, qdpx, qdc, csv, markdown, html, brat, tei

    /// The format a user means by `name`: its own name, or the extension its
    /// files take (`md`, `htm`, `jsonld`, `xml` for TEI), in any case.
    public static func named(_ name: String) -> ExportFormat? {
        let lower = name.lowercased()
        if let format = ExportFormat(rawValue: lower) { return format }
        switch lower {
        case "md": return .markdown
        case "htm": return .html
        case "jsonld": return .w3c
        case "xml": return .tei
        default: return nil
        }
    }
}

extension ExportInput {
    /// Whether `text` can be an article's address: an absolute IRI (RFC 3987),
    /// a scheme ("https", "urn", "doi"...) and ":" before a part with no white
    /// space, no control character and none of `"<>\^`{|}`.
    public static func isSourceIRI(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        guard let colon = scalars.firstIndex(of: ":"), colon > 0, colon + 1 < scalars.count, isLetter(scalars[0]) else { return false }
        let schemeOK = scalars[..<colon].allSatisfy { c in isLetter(c) || ("0"..."9").contains(c) || c == "+" || c == "-" || c == "." }
        let forbidden: Set<Unicode.Scalar> = ["\"", "<", ">", "\\", "^", "`", "{", "|", "}"]
        let restOK = scalars[(colon + 1)...].allSatisfy { c in
            c.value > 0x20 && !(0x7F...0x9F).contains(c.value) && !forbidden.contains(c) && !c.properties.isWhitespace
        }
        return schemeOK && restOK
    }
}
