import HearsayCore

/// A place in the wrapped article: a paragraph and a line of it. The line after
/// the last one of a paragraph (`line == count`) is the blank between paragraphs.
public struct LinePosition: Hashable, Sendable, Comparable {
    public var paragraph: Int
    public var line: Int
    public init(paragraph: Int, line: Int) {
        self.paragraph = paragraph
        self.line = line
    }
    public static func < (a: LinePosition, b: LinePosition) -> Bool {
        (a.paragraph, a.line) < (b.paragraph, b.line)
    }
    public static let start = LinePosition(paragraph: 0, line: 0)
}

/// The tabs of the side pane.
public enum SideTab: String, CaseIterable, Sendable {
    case quotations = "Quotations", actors = "Actors", outline = "Outline", annotations = "Annotations"
}

extension SideTab {
    /// The label when the full names do not fit the pane.
    public var shortTitle: String {
        switch self {
        case .quotations: "Quotes"
        case .actors: "Actors"
        case .outline: "Outline"
        case .annotations: "Notes"
        }
    }
}

/// The prompt line while the user types a search or a command.
public struct Prompt: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case search, command, helpFilter, annotationFilter, quoteFilter }
    public var kind: Kind
    public var text: String
    public var leader: String {
        switch kind {
        case .search, .helpFilter: "/"
        case .command: ":"
        case .annotationFilter: "tag: "
        case .quoteFilter: "&"
        }
    }
}

/// The search the user ran: its pattern and the match the cursor is on.
public struct SearchState: Equatable, Sendable {
    public var pattern: String
    public var current: TextRange?
}

/// A line of the status area: a message or an error, until the next key.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    public init(text: String, isError: Bool) {
        self.text = text
        self.isError = isError
    }
}

/// Everything the screen shows, as a value: `render` reads it, `reduce` changes it.
public struct AppState {
    public var article: Article
    public var width: Int
    public var height: Int
    public var keymap: Keymap
    public var focus: Mode = .article
    public var helpVisible = false
    public var helpScroll = 0
    public var helpFilter = ""
    /// Nil: shown when the terminal is wide enough (see `Geometry`); else the user's choice.
    public var sidePaneShown: Bool?
    public var tab: SideTab = .quotations
    /// Selected row and first shown row of each tab.
    public var sideSelection: [SideTab: Int] = [:]
    public var sideScroll: [SideTab: Int] = [:]
    /// The top line of the article pane.
    public var top = LinePosition.start
    /// The reading cursor (a scalar offset), marked in the margin; navigation moves it.
    public var cursor = 0
    public var currentQuotation: Int?
    public var selectedActor: Int?
    public var currentMention: Int?
    public var search: SearchState?
    public var marks: [Unicode.Scalar: Int] = [:]
    /// Marks set while the end of a loading file was shown, as distances from
    /// that end: their offsets count from the end part's start until the whole
    /// file arrives, and are then moved to the whole's (see `.articleUpdated`).
    var endPartMarks: [Unicode.Scalar: Int] = [:]
    public var pendingKeys: [Key] = []
    /// Digits typed while reading, before the key they count (`5j`, `10G`;
    /// see `Reducer+Count.swift`). Nil when none is pending.
    public var pendingCount: Int?
    public var prompt: Prompt?
    public var message: StatusMessage?
    public var themeName: String
    public var shouldQuit = false
    /// Ctrl-C was pressed with nothing open to cancel: a second one, before any
    /// other key, quits (the reader loop, which sees the signal, decides).
    public var interruptArmed = false

    // Annotations (issue 4).
    /// The annotation file of this article (a fresh one until the store has loaded it).
    public var annotations: AnnotationFile
    /// Why changes cannot be saved (corrupt or newer file, another Hearsay has it open), if so.
    public var readOnlyReason: String?
    /// A save is being written behind the screen (a file whose saves are
    /// slow): the status line says so until it is on disk. Set by the loop.
    public var isSaving = false
    /// Visual mode when non-nil.
    public var selection: Selection?
    public var picker: TagPicker?
    /// Review mode (`R`): the quotations one by one (issue 5).
    public var reviewing = false
    public var choicePicker: ChoicePicker?
    /// The "who speaks" view (`W`) in place of the article, its sort column and first row.
    public var whoSpeaksVisible = false
    public var whoSpeaksSort: WhoSpeaks.SortKey = .quotations
    public var whoSpeaksScroll = 0
    /// Actor edits from the shared registry (`--actors FILE`), applied to every article.
    public var registryEdits: [ActorEdit] = []
    /// The `&` filter of the Quotations tab (issue 5).
    public var quoteQuery: QuoteQuery?
    public var noteEditor: NoteEditor?
    /// The annotation the cursor is on or that was picked in the Annotations tab.
    public var currentAnnotation: String?
    /// An annotation waiting for `y` to confirm its deletion.
    public var pendingDelete: String?
    /// The tag `:tag delete` asked about: `y` deletes it (see `deleteTag`).
    public var pendingTagDelete: String?
    /// How many undo groups the annotation file brought from earlier sessions:
    /// undoing one of those asks first (`pendingUndo`), as `u` is also a
    /// scrolling key to a `less` user, and work from last week is off screen.
    public var earlierSessionUndoCount = 0
    /// An undo of an earlier session's change waiting for `y`.
    public var pendingUndo = false
    /// Only annotations with this tag in the Annotations tab (`f` sets it).
    public var annotationFilter: String?
    /// The current time (ISO 8601) and a seed for new ids, set by the main loop
    /// before each action so the reducer stays a pure function.
    public var now = "1970-01-01T00:00:00Z"
    public var idSeed: UInt64 = 0x9E37_79B9_7F4A_7C15
    public var idCounter: UInt64 = 0
    public let layout: LayoutCache
    /// The Quotations tab's filtered rows between frames (see `listedQuotations`).
    public let quotationList = FrameMemo<QuotationListKey, [Int]>()
    /// The who-speaks chart's rows between frames (see `whoSpeaksStats`).
    public let whoSpeaksRows = FrameMemo<WhoSpeaksKey, [SpeakerStats]>()
    /// The Actors tab's quotation counts as reviewed (see `reviewedQuotationCounts`).
    public let reviewedCounts = FrameMemo<WhoSpeaksKey, [Int]>()

    public init(article: Article, width: Int, height: Int, keymap: Keymap = .defaults, themeName: String = "dark") {
        self.article = article
        self.width = width
        self.height = height
        self.keymap = keymap
        self.themeName = themeName
        self.layout = LayoutCache()
        annotations = AnnotationFile(document: DocumentFingerprint(sha256: "", length: article.length))
    }

    /// The keymap mode the next key is looked up in.
    public var mode: Mode {
        helpVisible ? .help : selection != nil ? .visual : reviewing ? .review : whoSpeaksVisible ? .chart : focus
    }

    public var geometry: Geometry {
        Geometry(width: width, height: height, sidePaneShown: sidePaneShown, sidePaneWidth: sidePaneWidth, measureLimit: measureLimit)
    }

    /// The side pane's width from the configuration (nil: automatic).
    public var sidePaneWidth: Int?
    /// The longest line of text from the configuration (0: the pane's width).
    public var measureLimit = Geometry.maximumMeasure
    /// `:export` without a format (the configuration's `export.format`).
    public var defaultExportFormat: String?

    /// The lines of paragraph `p` at the article pane's measure (less a block
    /// quote's indent).
    public func lines(of p: Int) -> [TextRange] {
        layout.lines(of: p, in: article, width: geometry.measure)
    }
}
