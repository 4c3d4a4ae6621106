import Foundation
import Testing
@testable import HearsayUI

/// The bundled themes (Themes/*.json): they parse cleanly, style every role,
/// keep the important roles apart, and the compiled-in copy matches the files.
@Suite struct ThemeBundledTests {
    /// The package root: three levels above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theFourThemesAreBundled() {
        #expect(BundledThemes.names == ["dark", "high-contrast", "light", "mono"])
        #expect(BundledThemes.default.name == "dark")
        #expect(BundledThemes.default == BundledThemes.theme(named: "dark"))
        #expect(BundledThemes.monochrome.name == "mono")
        #expect(BundledThemes.theme(named: "nope") == nil)
    }

    @Test(arguments: ["dark", "high-contrast", "light", "mono"])
    func parsesWithoutWarningsAndStylesEveryRole(name: String) throws {
        let loaded = try ThemeFile.load(named: name, lookup: BundledThemes.lookup)
        #expect(loaded.warnings == [])
        #expect(loaded.theme == BundledThemes.theme(named: name))
        // Defined outright (after `inherits`), not left to fall back to text.
        let missing = Role.known.filter { loaded.theme.styles[$0] == nil }
        #expect(missing == [], "\(name) does not style \(missing)")
    }

    /// What a reader must always be able to tell apart from body text and from each other.
    static let keyRoles: [Role] = [
        .quote, .quoteCurrent, .quoteSpeaker, .actorPerson, .actorOrganisation, .actorState, .actorPlace,
        .actorGroup, .mentionCurrent, .searchMatch, .searchCurrent, .listSelected, .listSelectedFocused,
    ]

    @Test(arguments: ["dark", "high-contrast", "light", "mono"])
    func keyRolesDifferFromTextAndFromEachOther(name: String) throws {
        let theme = try #require(BundledThemes.theme(named: name))
        let text = theme.style(for: .text)
        for role in Self.keyRoles {
            #expect(theme.style(for: role) != text, "\(name): \(role) looks like text")
        }
        let article = Self.keyRoles.filter { $0 != .listSelected && $0 != .listSelectedFocused }
        for (i, a) in article.enumerated() {
            for b in article[(i + 1)...] {
                #expect(theme.style(for: a) != theme.style(for: b), "\(name): \(a) looks like \(b)")
            }
        }
        #expect(theme.style(for: .listSelected) != theme.style(for: .listSelectedFocused))
        #expect(theme.style(for: .paneBorder) != theme.style(for: .paneBorderFocused))
        #expect(theme.style(for: .tab) != theme.style(for: .tabActive))
        #expect(theme.style(for: .status) != theme.style(for: .statusMode))
    }

    @Test func monoHasNoColoursAndTellsTheArticleRolesApartByAttributes() throws {
        let mono = try #require(BundledThemes.theme(named: "mono"))
        for (role, style) in mono.styles {
            #expect(style.foreground == nil && style.background == nil, "mono colours \(role)")
        }
        // Every role that can share the article pane has its own attribute set.
        let article: [Role] = [
            .text, .title, .quote, .quoteCurrent, .quoteSpeaker, .actorPerson, .actorOrganisation, .actorState,
            .actorPlace, .actorGroup, .mentionCurrent, .searchMatch, .searchCurrent, .cursorLine, .placeholder, .muted,
        ]
        var seen: [Attributes: Role] = [:]
        for role in article {
            let attributes = mono.style(for: role).attributes
            #expect(seen[attributes] == nil, "mono: \(role) looks like \(seen[attributes].map(\.rawValue) ?? "")")
            seen[attributes] = role
        }
        #expect(mono.style(for: .quote).attributes.contains(.underline))
        #expect(mono.style(for: .actorPerson).attributes.contains(.bold))
        #expect(mono.style(for: .quoteCurrent).attributes.contains(.reverse))
        #expect(mono.style(for: .listSelected).attributes.contains(.reverse))
    }

    /// Colour themes back the current items with bold, which survives when the
    /// terminal has too few colours to show their backgrounds.
    @Test(arguments: ["dark", "high-contrast", "light"])
    func currentItemsAreBold(name: String) throws {
        let theme = try #require(BundledThemes.theme(named: name))
        for role in [Role.quoteCurrent, .mentionCurrent, .searchCurrent, .listSelectedFocused, .tabActive, .statusMode] {
            #expect(theme.style(for: role).attributes.contains(.bold), "\(name): \(role)")
        }
    }

    @Test func theFallbackThemeStylesTheKeyRolesWithoutColour() {
        let fallback = BundledThemes.fallback
        for role in Self.keyRoles {
            #expect(fallback.style(for: role) != fallback.style(for: .text), "\(role)")
        }
        #expect(fallback.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
    }

    /// `make embed` copies Themes/*.json into EmbeddedThemes.swift; this fails
    /// when someone edited, added or removed a theme without running it.
    @Test func embeddedCopyMatchesTheFiles() throws {
        let folder = Self.packageRoot.appendingPathComponent("Themes")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(".json".count)) }.sorted()
        #expect(EmbeddedThemes.json.keys.sorted() == onDisk, "run `make embed`")
        for (name, path) in EmbeddedThemes.sources {
            let text = try String(contentsOf: Self.packageRoot.appendingPathComponent(path), encoding: .utf8)
            #expect(EmbeddedThemes.json[name] == text, "\(path) differs from EmbeddedThemes.swift: run `make embed`")
        }
    }
}

/// `hearsay render --color`: the screen in a theme's colours as escape sequences.
struct ScreenANSITests {
    @Test func eachRunGetsItsThemesColoursAndEveryRowEndsReset() {
        var screen = ScreenBuffer(width: 6, height: 2)
        screen.put("ab", row: 0, column: 0, role: .quote)
        screen.put("cd", row: 0, column: 2, role: .text)
        let theme = BundledThemes.theme(named: "light")!
        let out = ScreenANSI.render(screen, theme: theme)
        let rows = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix(ScreenANSI.sgr(theme.style(for: .quote)) + "ab"), "\(rows[0])")
        #expect(rows[0].contains(ScreenANSI.sgr(theme.style(for: .text)) + "cd"), "\(rows[0])")
        #expect(rows.dropLast().allSatisfy { $0.hasSuffix("\u{1B}[0m") })
        #expect(ScreenANSI.sgr(Style(foreground: .rgb(1, 2, 3), background: .indexed(9), attributes: [.bold, .underline]))
                == "\u{1B}[0;1;4;38;2;1;2;3;101m")
        #expect(ScreenANSI.sgr(Style(foreground: .indexed(200))) == "\u{1B}[0;38;5;200m")
    }
}
