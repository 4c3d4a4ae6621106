/// A semantic role: what a piece of the screen *is* ("quote", "actor.person",
/// "status"), never what colour it has. Themes map roles to styles; call sites
/// ask only for roles (see docs/DECISIONS.md, "Themes are roles").
///
/// Dotted names inherit from their prefix: a theme without "quote.current"
/// draws it as "quote", and anything unknown falls back to "text".
public struct Role: Hashable, Sendable, RawRepresentable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ name: String) { rawValue = name }

    public var description: String { rawValue }
    public static func < (a: Role, b: Role) -> Bool { a.rawValue < b.rawValue }

    /// The role this one falls back to: "quote.current" → "quote" → "text".
    public var parent: Role? {
        if self == .text { return nil }
        guard let dot = rawValue.lastIndex(of: ".") else { return .text }
        return Role(String(rawValue[..<dot]))
    }

    // The article pane.
    public static let text = Role("text")
    public static let title = Role("title")
    // Markdown articles: the text of headings, emphasis, strong, code and links
    // (their markup is hidden; see `MarkdownMarkup`).
    public static let textHeading = Role("text.heading")
    public static let textEmphasis = Role("text.emphasis")
    public static let textStrong = Role("text.strong")
    public static let textCode = Role("text.code")
    public static let textLink = Role("text.link")
    public static let quote = Role("quote")
    public static let quoteCurrent = Role("quote.current")
    public static let quoteSpeaker = Role("quote.speaker")
    public static let actorPerson = Role("actor.person")
    public static let actorOrganisation = Role("actor.org")
    public static let actorState = Role("actor.state")
    public static let actorPlace = Role("actor.place")
    public static let actorGroup = Role("actor.group")
    public static let mentionCurrent = Role("mention.current")
    /// Every mention of the actor selected in the Actors tab.
    public static let mentionSelected = Role("mention.selected")
    public static let searchMatch = Role("search.match")
    public static let searchCurrent = Role("search.current")
    public static let cursorLine = Role("cursor")
    /// A control character drawn as a visible placeholder (never sent to the terminal).
    public static let placeholder = Role("placeholder")
    public static let muted = Role("muted")

    // Annotations (issue 4).
    /// A coded passage; `tag.<name>` roles may style single tags.
    public static let annotation = Role("annotation")
    public static let annotationCurrent = Role("annotation.current")
    /// Cells under two or more annotations.
    public static let annotationOverlap = Role("annotation.overlap")
    public static let selection = Role("selection")
    public static let tag = Role("tag")

    // Panes and chrome.
    public static let header = Role("header")
    public static let paneBorder = Role("pane.border")
    public static let paneBorderFocused = Role("pane.border.focused")
    public static let tab = Role("tab")
    public static let tabActive = Role("tab.active")
    public static let listSelected = Role("list.selected")
    public static let listSelectedFocused = Role("list.selected.focused")
    public static let status = Role("status")
    public static let statusMode = Role("status.mode")
    public static let prompt = Role("prompt")
    public static let message = Role("message")
    public static let error = Role("error")
    public static let help = Role("help")
    public static let helpKey = Role("help.key")
    public static let helpTitle = Role("help.title")
}
