extension Role {
    /// Every role the UI draws, for theme checks and tests. Keep in step with the
    /// constants in Role.swift: the bundled-theme tests style each one.
    public static let known: [Role] = [
        .text, .title, .header, .quote, .quoteCurrent, .quoteSpeaker,
        .textHeading, .textEmphasis, .textStrong, .textCode, .textLink,
        .actorPerson, .actorOrganisation, .actorState, .actorPlace, .actorGroup,
        .mentionCurrent, .mentionSelected, .searchMatch, .searchCurrent, .cursorLine, .placeholder, .muted,
        .annotation, .annotationCurrent, .annotationOverlap, .selection, .tag,
        .whoSpeaksBar, .whoSpeaksBarUnattributed, .whoSpeaksSortColumn,
        .paneBorder, .paneBorderFocused, .tab, .tabActive, .listSelected, .listSelectedFocused,
        .status, .statusMode, .prompt, .message, .error, .help, .helpKey, .helpTitle,
    ]

    /// Families a theme may extend with roles the UI does not draw yet
    /// ("tag.<name>" for user tags, "actor.<type>" for new actor types).
    static let families: Set<String> = Set(known.map(\.family)).union(["tag"])

    /// The first dotted component: "quote" for "quote.current".
    var family: String { String(rawValue.prefix { $0 != "." }) }

    /// A known role, or a well-formed name in a known family. Anything else is
    /// probably a typo: themes keep it but the loader warns.
    var isRecognised: Bool {
        if Role.known.contains(self) { return true }
        let parts = rawValue.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.contains(where: \.isEmpty) && Role.families.contains(family)
    }
}
