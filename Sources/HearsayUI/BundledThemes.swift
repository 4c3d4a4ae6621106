/// The themes compiled into the binary (Themes/*.json via EmbeddedThemes.swift).
public enum BundledThemes {
    public static let defaultName = "dark"
    /// Attributes only: for monochrome terminals and NO_COLOR.
    public static let monochromeName = "mono"

    /// Sorted.
    public static let names: [String] = EmbeddedThemes.json.keys.sorted()

    /// The bundled file for `name`, with its repository path for messages.
    public static func source(named name: String) -> ThemeSource? {
        EmbeddedThemes.json[name].map { ThemeSource(name: name, file: EmbeddedThemes.sources[name] ?? "\(name).json", text: $0) }
    }

    /// A lookup for ThemeFile that knows only the bundled themes.
    public static func lookup(_ name: String) -> [ThemeSource] {
        source(named: name).map { [$0] } ?? []
    }

    /// The bundled theme `name`, or nil if there is none (or it failed to parse,
    /// which the bundled-theme tests rule out).
    public static func theme(named name: String) -> Theme? { parsed[name] }

    /// Dark, or the built-in fallback should the embedded copy ever fail to parse:
    /// the binary must always have a theme.
    public static let `default`: Theme = parsed[defaultName] ?? fallback

    public static let monochrome: Theme = parsed[monochromeName] ?? fallback

    /// Parsed once, on first use.
    private static let parsed: [String: Theme] = {
        var themes: [String: Theme] = [:]
        for name in names {
            themes[name] = try? ThemeFile.load(named: name, lookup: lookup).theme
        }
        return themes
    }()

    /// A last resort in code, attributes only so it reads on any terminal.
    static let fallback = Theme(name: "fallback", styles: [
        .text: .plain,
        .title: Style(attributes: [.bold, .underline]),
        .quote: Style(attributes: .underline),
        .quoteCurrent: Style(attributes: [.underline, .reverse]),
        .quoteSpeaker: Style(attributes: [.underline, .italic]),
        .actorPerson: Style(attributes: .bold),
        .actorOrganisation: Style(attributes: .bold),
        .actorState: Style(attributes: .bold),
        .actorPlace: Style(attributes: .bold),
        .actorGroup: Style(attributes: .bold),
        .mentionCurrent: Style(attributes: [.bold, .reverse]),
        .searchMatch: Style(attributes: .reverse),
        .searchCurrent: Style(attributes: [.reverse, .bold, .underline]),
        .placeholder: Style(attributes: [.reverse, .dim]),
        .muted: Style(attributes: .dim),
        .paneBorder: Style(attributes: .dim),
        .paneBorderFocused: Style(attributes: .bold),
        .tabActive: Style(attributes: [.bold, .reverse]),
        .listSelected: Style(attributes: .reverse),
        .listSelectedFocused: Style(attributes: [.reverse, .bold]),
        .status: Style(attributes: .reverse),
        .statusMode: Style(attributes: [.reverse, .bold]),
        .prompt: Style(attributes: .bold),
        .error: Style(attributes: [.bold, .underline]),
        .helpKey: Style(attributes: .bold),
        .helpTitle: Style(attributes: [.bold, .underline]),
    ])
}
