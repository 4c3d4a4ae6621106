import Foundation
import Testing
import HearsayUI
@testable import HearsayStorage

/// Finding themes: user folder first, bundled second, and a warning plus the
/// default theme for anything missing or broken.
@Suite struct ThemeLoaderTests {
    /// A fresh XDG_CONFIG_HOME holding `files` in hearsay/themes/.
    func withUserThemes(_ files: [String: String], _ body: ([String: String], String) throws -> Void) throws {
        let root = NSTemporaryDirectory() + "hearsay-themes-\(UUID().uuidString)"
        let dir = root + "/hearsay/themes"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (name, text) in files {
            try text.write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
        }
        try body(["XDG_CONFIG_HOME": root, "HOME": "/nonexistent"], dir)
    }

    @Test func defaultsToDarkAndToMonoUnderNO_COLOR() {
        let plain = ThemeLoader.load(name: nil, environment: [:])
        #expect(plain.theme == BundledThemes.default)
        #expect(plain.warnings == [])
        #expect(ThemeLoader.load(name: nil, environment: ["NO_COLOR": "1"]).theme.name == "mono")
        // An empty NO_COLOR does not count (no-color.org), and a named theme wins.
        #expect(ThemeLoader.load(name: nil, environment: ["NO_COLOR": ""]).theme.name == "dark")
        #expect(ThemeLoader.load(name: "light", environment: ["NO_COLOR": "1"]).theme.name == "light")
    }

    @Test func userThemesDirectory() {
        #expect(ThemeLoader.userThemesDirectory(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/hearsay/themes")
        #expect(ThemeLoader.userThemesDirectory(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"]) == "/h/.config/hearsay/themes")
        #expect(ThemeLoader.userThemesDirectory(environment: ["HOME": "/h"]) == "/h/.config/hearsay/themes")
        #expect(ThemeLoader.userThemesDirectory(environment: [:]) == nil)
    }

    @Test func userThemeOverridesTheBundledOne() throws {
        try withUserThemes(["light.json": #"{ "roles": { "text": { "fg": "red" } } }"#]) { env, _ in
            let loaded = ThemeLoader.load(name: "light", environment: env)
            #expect(loaded.warnings == [])
            #expect(loaded.theme == Theme(name: "light", styles: [.text: Style(foreground: .indexed(1))]))
        }
    }

    @Test func userThemeInheritsABundledOne() throws {
        try withUserThemes([
            "dusk.json": ##"{ "inherits": "dark", "palette": { "quote": "#ff0000" } }"##,
            "dark.json": #"{ "inherits": "dark", "roles": { "text": { "fg": 250 } } }"#,
        ]) { env, _ in
            let dusk = ThemeLoader.load(name: "dusk", environment: env)
            #expect(dusk.warnings == [])
            #expect(dusk.theme.name == "dusk")
            #expect(dusk.theme.style(for: .quote).foreground == .rgb(255, 0, 0))
            // Everything else is the bundled dark's.
            #expect(dusk.theme.style(for: .status) == BundledThemes.default.style(for: .status))
            // A user "dark" inheriting "dark" gets the bundled one, not itself.
            let dark = ThemeLoader.load(name: "dark", environment: env)
            #expect(dark.warnings == [])
            #expect(dark.theme.style(for: .text) == Style(foreground: .indexed(250)))
            #expect(dark.theme.style(for: .quote) == BundledThemes.default.style(for: .quote))
            // ... and a theme inheriting "dark" now gets the user's dark.
            #expect(dusk.theme.style(for: .text) == Style(foreground: .indexed(250)))
        }
    }

    @Test func brokenFileGivesAWarningAndTheDefault() throws {
        try withUserThemes(["bad.json": #"{ "roles": { "quote": { "fg": "amberr" } } }"#]) { env, dir in
            let loaded = ThemeLoader.load(name: "bad", environment: env)
            #expect(loaded.theme == BundledThemes.default)
            #expect(loaded.warnings == [
                "hearsay: theme 'bad': \(dir)/bad.json: role 'quote': unknown palette name 'amberr' "
                    + "(not in the palette, nor an ANSI colour name); using the default",
            ])
        }
    }

    @Test func unreadableFilesGiveAWarningAndTheDefault() throws {
        try withUserThemes([:]) { env, dir in
            try FileManager.default.createDirectory(atPath: dir + "/folder.json", withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: dir + "/latin1.json", contents: Data([0x7B, 0xE9, 0x7D]))
            #expect(ThemeLoader.load(name: "folder", environment: env).warnings
                    == ["hearsay: theme 'folder': \(dir)/folder.json: cannot read: is a directory; using the default"])
            #expect(ThemeLoader.load(name: "latin1", environment: env).warnings
                    == ["hearsay: theme 'latin1': \(dir)/latin1.json: cannot read: not UTF-8 text; using the default"])
        }
    }

    @Test func unknownNameGivesAWarningAndTheDefault() throws {
        try withUserThemes(["mine.json": "{}"]) { env, dir in
            let loaded = ThemeLoader.load(name: "solarized", environment: env)
            #expect(loaded.theme == BundledThemes.default)
            #expect(loaded.warnings == [
                "hearsay: theme 'solarized': no such theme (not in \(dir) and not bundled; "
                    + "available: dark, high-contrast, light, mine, mono); using the default",
            ])
            #expect(ThemeLoader.load(name: "../etc/passwd", environment: env).warnings.first?
                        .hasPrefix("hearsay: theme '../etc/passwd': '../etc/passwd' is not a theme name") == true)
        }
    }

    @Test func harmlessOdditiesAreWarningsButTheThemeLoads() throws {
        try withUserThemes(["odd.json": #"{ "colour": 1, "roles": { "text": { "bold": true } } }"#]) { env, dir in
            let loaded = ThemeLoader.load(name: "odd", environment: env)
            #expect(loaded.theme.style(for: .text) == Style(attributes: .bold))
            #expect(loaded.warnings == [
                "hearsay: theme 'odd': \(dir)/odd.json: unknown key 'colour' ignored "
                    + "(known: name, description, inherits, palette, roles)",
            ])
        }
    }

    @Test func availableThemesListsUserAndBundled() throws {
        try withUserThemes(["mine.json": "{}", "dark.json": "{}", "notes.txt": "", ".hidden.json": "{}"]) { env, _ in
            #expect(ThemeLoader.availableThemes(environment: env) == ["dark", "high-contrast", "light", "mine", "mono"])
        }
        #expect(ThemeLoader.availableThemes(environment: [:]) == BundledThemes.names)
    }
}
