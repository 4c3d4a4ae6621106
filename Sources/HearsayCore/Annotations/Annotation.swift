/// One coded passage: where it is, its tags and note, and when it was made.
public struct Annotation: Codable, Hashable, Sendable, Identifiable {
    /// Stable across edits and re-anchoring ("a1b2c3…", random).
    public var id: String
    public var anchor: Anchor
    public var tags: [String]
    public var note: String
    /// ISO 8601 UTC times.
    public var created: String
    public var modified: String
    /// Set when re-anchoring could not find the passage in a changed article:
    /// the annotation is kept, listed as an orphan, never dropped.
    public var orphaned: Bool

    public init(id: String, anchor: Anchor, tags: [String] = [], note: String = "", created: String, modified: String? = nil,
                orphaned: Bool = false) {
        self.id = id
        self.anchor = anchor
        self.tags = tags
        self.note = note
        self.created = created
        self.modified = modified ?? created
        self.orphaned = orphaned
    }

    public var range: TextRange { anchor.range }
}

/// Where the reader was: restored when the article is opened again.
public struct ReadingState: Codable, Hashable, Sendable {
    public var position: Int
    public var marks: [String: Int]

    public init(position: Int = 0, marks: [String: Int] = [:]) {
        self.position = position
        self.marks = marks
    }
}

/// The document the annotations belong to, to notice when it changed.
public struct DocumentFingerprint: Codable, Hashable, Sendable {
    public var sha256: String
    /// Length in code points.
    public var length: Int

    public init(sha256: String, length: Int) {
        self.sha256 = sha256
        self.length = length
    }
}

/// Everything in `<article>.hearsay.json`. `version` says which schema wrote it;
/// a file with a newer version is never overwritten (see docs/annotation-format.md).
/// A version 1 file (no reviews, no actor edits) is read as a version 2 file
/// without them, and saved as version 2.
public struct AnnotationFile: Codable, Hashable, Sendable {
    public static let currentVersion = 2

    public var version: Int
    public var document: DocumentFingerprint
    public var codebook: Codebook
    /// The annotations in the file's order, with the index that finds one
    /// without a scan (see AnnotationList.swift). Assigning a whole list (or an
    /// array literal) indexes it anew, a pass over all of them as loading does:
    /// to add, change or remove one, record a change (`record`, `applying`),
    /// which keeps the index as it goes.
    public var annotations: AnnotationList
    public var reading: ReadingState
    /// Undo and redo, kept across restarts (see UndoJournal.swift). Optional in
    /// the file: a file without it has an empty journal.
    public var journal: UndoJournal
    /// The user's decisions on quotations (see Review.swift), in text order when
    /// Hearsay adds them. Optional in the file (absent in version 1): empty.
    public var reviews: [QuoteReview]
    /// The user's edits of the actor list, in the order they are applied.
    /// Optional in the file (absent in version 1): empty.
    public var actorEdits: [ActorEdit]

    public init(document: DocumentFingerprint, codebook: Codebook = Codebook(), annotations: [Annotation] = [],
                reading: ReadingState = ReadingState(), journal: UndoJournal = UndoJournal(),
                reviews: [QuoteReview] = [], actorEdits: [ActorEdit] = []) {
        version = AnnotationFile.currentVersion
        self.document = document
        self.codebook = codebook
        self.annotations = AnnotationList(annotations)
        self.reading = reading
        self.journal = journal
        self.reviews = reviews
        self.actorEdits = actorEdits
    }

    // Written out because the annotations are kept in an AnnotationList: the
    // keys and values are those the synthesized conformance had.
    private enum CodingKeys: String, CodingKey {
        case version, document, codebook, annotations, reading, journal, reviews, actorEdits
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let read = try c.decode(Int.self, forKey: .version)
        // Version 1 is version 2 without reviews and actor edits: read as 2.
        version = read == 1 ? AnnotationFile.currentVersion : read
        document = try c.decode(DocumentFingerprint.self, forKey: .document)
        codebook = try c.decode(Codebook.self, forKey: .codebook)
        annotations = AnnotationList(try c.decode([Annotation].self, forKey: .annotations))
        reading = try c.decode(ReadingState.self, forKey: .reading)
        journal = try c.decodeIfPresent(UndoJournal.self, forKey: .journal) ?? UndoJournal()
        reviews = try c.decodeIfPresent([QuoteReview].self, forKey: .reviews) ?? []
        actorEdits = try c.decodeIfPresent([ActorEdit].self, forKey: .actorEdits) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(document, forKey: .document)
        try c.encode(codebook, forKey: .codebook)
        try c.encode(Array(annotations), forKey: .annotations)
        try c.encode(reading, forKey: .reading)
        try c.encode(journal, forKey: .journal)
        try c.encode(reviews, forKey: .reviews)
        try c.encode(actorEdits, forKey: .actorEdits)
    }
}
