import Foundation
import Testing
@testable import HearsayUI

/// Theme files: colours, attributes, palettes, `inherits`, and every error message.
@Suite struct ThemeFileTests {
    /// Themes by name from literal JSON, as files "NAME.json".
    static func lookup(_ files: [String: String]) -> ThemeFile.Lookup {
        { name in files[name].map { [ThemeSource(name: name, file: "\(name).json", text: $0)] } ?? [] }
    }

    static func load(_ json: String, others: [String: String] = [:]) throws(ThemeError) -> ThemeFile.Loaded {
        try ThemeFile.load(ThemeSource(name: "t", file: "t.json", text: json), lookup: lookup(others))
    }

    static func style(_ role: String, _ json: String) throws -> Style {
        try load(json).theme.style(for: Role(role))
    }

    /// The error loading `json` gives, as the user reads it.
    static func message(_ json: String, others: [String: String] = [:]) -> String? {
        do {
            _ = try load(json, others: others)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func colourForms() throws {
        let loaded = try Self.load(#"""
            { "name": "t",
              "palette": { "ink": "#D0d0d0", "blue": 33, "red": "bright-red", "none": "default" },
              "roles": {
                "text": { "fg": "ink", "bg": "default" },
                "quote": { "fg": "#e5a50a", "bg": 236 },
                "actor.person": { "fg": "blue", "bg": "black" },
                "actor.org": { "fg": "red", "bg": "none" },
                "actor.state": { "fg": "white", "bg": "bright-white" },
                "actor.place": { "fg": 0, "bg": 255 }
              } }
            """#)
        #expect(loaded.warnings == [])
        let theme = loaded.theme
        #expect(theme.name == "t")
        #expect(theme.style(for: .text) == Style(foreground: .rgb(0xD0, 0xD0, 0xD0)))
        #expect(theme.style(for: .quote) == Style(foreground: .rgb(0xE5, 0xA5, 0x0A), background: .indexed(236)))
        #expect(theme.style(for: .actorPerson) == Style(foreground: .indexed(33), background: .indexed(0)))
        // A palette entry named like an ANSI colour wins over it.
        #expect(theme.style(for: .actorOrganisation) == Style(foreground: .indexed(9)))
        #expect(theme.style(for: .actorState) == Style(foreground: .indexed(7), background: .indexed(15)))
        #expect(theme.style(for: .actorPlace) == Style(foreground: .indexed(0), background: .indexed(255)))
    }

    @Test func allSixteenANSINames() throws {
        let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        for (i, name) in (names + names.map { "bright-" + $0 }).enumerated() {
            let style = try Self.style("text", #"{ "roles": { "text": { "fg": "\#(name)" } } }"#)
            #expect(style.foreground == .indexed(UInt8(i)), "\(name)")
        }
    }

    @Test func attributes() throws {
        let style = try Self.style("status", #"""
            { "roles": { "status": { "bold": true, "underline": true, "reverse": false, "italic": true, "dim": true } } }
            """#)
        #expect(style == Style(attributes: [.bold, .underline, .italic, .dim]))
        #expect(try Self.style("status", #"{ "roles": { "status": { "reverse": true } } }"#) == Style(attributes: .reverse))
        #expect(try Self.style("status", #"{ "roles": { "status": {} } }"#) == .plain)
    }

    @Test func undefinedRolesFallBackThroughTheirParents() throws {
        let theme = try Self.load(#"{ "roles": { "text": { "dim": true }, "quote": { "bold": true } } }"#).theme
        #expect(theme.style(for: .quoteCurrent) == Style(attributes: .bold))
        #expect(theme.style(for: .status) == Style(attributes: .dim))
    }

    @Test func everyFieldIsOptional() throws {
        let loaded = try Self.load("{}")
        #expect(loaded.theme == Theme(name: "t", styles: [:]))
        #expect(loaded.warnings == [])
    }

    // MARK: inherits

    static let parent = #"""
        { "name": "parent",
          "palette": { "ink": "#111111", "amber": "#e5a50a" },
          "roles": {
            "text": { "fg": "ink" },
            "quote": { "fg": "amber", "bold": true },
            "status": { "fg": "ink", "bg": "amber" }
          } }
        """#

    @Test func childMergesOverParent() throws {
        let theme = try Self.load(#"""
            { "inherits": "parent",
              "palette": { "amber": "#ffaa00", "blue": 33 },
              "roles": { "quote": { "fg": "blue" }, "title": { "fg": "amber", "underline": true } } }
            """#, others: ["parent": Self.parent]).theme
        #expect(theme.name == "t")
        // Untouched parent role, with the parent's palette.
        #expect(theme.style(for: .text) == Style(foreground: .rgb(0x11, 0x11, 0x11)))
        // A parent role recoloured by the child's palette entry of the same name.
        #expect(theme.style(for: .status) == Style(foreground: .rgb(0x11, 0x11, 0x11), background: .rgb(0xFF, 0xAA, 0x00)))
        // A child role replaces the parent's entirely: no bold left over.
        #expect(theme.style(for: .quote) == Style(foreground: .indexed(33)))
        #expect(theme.style(for: .title) == Style(foreground: .rgb(0xFF, 0xAA, 0x00), attributes: .underline))
    }

    @Test func chainsOfSeveralGenerations() throws {
        let theme = try Self.load(#"{ "inherits": "middle", "palette": { "ink": "red" } }"#, others: [
            "parent": Self.parent,
            "middle": #"{ "inherits": "parent", "roles": { "muted": { "fg": "ink", "dim": true } } }"#,
        ]).theme
        #expect(theme.style(for: .text) == Style(foreground: .indexed(1)))
        #expect(theme.style(for: .muted) == Style(foreground: .indexed(1), attributes: .dim))
        #expect(theme.style(for: .quote) == Style(foreground: .rgb(0xE5, 0xA5, 0x0A), attributes: .bold))
    }

    @Test func loadByNameAndWarningsFromTheWholeChain() throws {
        let files = ["child": #"{ "inherits": "parent", "colour": 1 }"#, "parent": #"{ "roles": { "qoute": {} } }"#]
        let loaded = try ThemeFile.load(named: "child", lookup: Self.lookup(files))
        #expect(loaded.theme.name == "child")
        #expect(loaded.warnings == [
            "child.json: unknown key 'colour' ignored (known: name, description, inherits, palette, roles)",
            "parent.json: role 'qoute' is not a role Hearsay draws (kept, but check the spelling)",
        ])
        #expect(loaded.theme.styles[Role("qoute")] == .plain)
    }

    /// A user's dark.json may inherit the bundled dark: the lookup offers both and
    /// the file already in the chain is skipped.
    @Test func inheritingYourOwnNameTakesTheNextCandidate() throws {
        let lookup: ThemeFile.Lookup = { name in
            name == "dark" ? [
                ThemeSource(name: "dark", file: "user/dark.json", text: #"{ "inherits": "dark", "palette": { "ink": 9 } }"#),
                ThemeSource(name: "dark", file: "bundled/dark.json", text: #"{ "palette": { "ink": 1 }, "roles": { "text": { "fg": "ink" } } }"#),
            ] : []
        }
        let theme = try ThemeFile.load(named: "dark", lookup: lookup).theme
        #expect(theme.style(for: .text) == Style(foreground: .indexed(9)))
    }

    @Test func unknownFamiliesWarnButTagsAndNewMembersDoNot() throws {
        let loaded = try Self.load(#"""
            { "roles": { "tag.urgent": { "bold": true }, "actor.animal": {}, "quote.": {}, "stauts": {} } }
            """#)
        #expect(loaded.warnings == [
            "t.json: role 'quote.' is not a role Hearsay draws (kept, but check the spelling)",
            "t.json: role 'stauts' is not a role Hearsay draws (kept, but check the spelling)",
        ])
        #expect(loaded.theme.style(for: Role("tag.urgent")) == Style(attributes: .bold))
    }

    @Test func aNameFieldThatDisagreesWithTheFileWarns() throws {
        let loaded = try Self.load(#"{ "name": "other" }"#)
        #expect(loaded.theme.name == "t")
        #expect(loaded.warnings == ["t.json: name 'other' differs from the file name; the theme is called 't'"])
    }

    // MARK: errors

    @Test func invalidJSONSaysWhere() {
        #expect(Self.message("{\n  \"roles\": {\n    \"text\": tru\n  }\n}")
                == "t.json: not valid JSON: unexpected 't': expected a value (did you mean true? strings need double quotes) at line 3, column 13")
        #expect(Self.message("")?.hasPrefix("t.json: not valid JSON: ") == true)
        #expect(Self.message("[1, 2]") == #"t.json: a theme must be a JSON object ({ "name": ..., "roles": {...} })"#)
    }

    @Test func errorMessages() {
        let cases: [(String, String)] = [
            (#"{ "roles": { "quote": { "fg": "amberr" } } }"#,
             "t.json: role 'quote': unknown palette name 'amberr' (not in the palette, nor an ANSI colour name)"),
            (##"{ "roles": { "quote": { "fg": "#e5a50" } } }"##,
             ##"t.json: role 'quote': bad colour "#e5a50": use "#rrggbb", a number 0–255, a palette name, an ANSI colour name or "default""##),
            (##"{ "roles": { "quote": { "bg": "#+5a50a" } } }"##,
             ##"t.json: role 'quote': bad colour "#+5a50a": use "#rrggbb", a number 0–255, a palette name, an ANSI colour name or "default""##),
            (#"{ "roles": { "quote": { "bg": 256 } } }"#,
             ##"t.json: role 'quote': bad colour 256: use "#rrggbb", a number 0–255, a palette name, an ANSI colour name or "default""##),
            (#"{ "roles": { "quote": { "bg": -1 } } }"#,
             ##"t.json: role 'quote': bad colour -1: use "#rrggbb", a number 0–255, a palette name, an ANSI colour name or "default""##),
            (#"{ "roles": { "quote": { "fg": 1.5 } } }"#,
             ##"t.json: role 'quote': bad colour 1.5: use "#rrggbb", a number 0–255, a palette name, an ANSI colour name or "default""##),
            (#"{ "roles": { "quote": { "fg": true } } }"#,
             ##"t.json: role 'quote': bad colour true: use "#rrggbb", a number 0–255, a palette name, an ANSI colour name or "default""##),
            (#"{ "roles": { "quote": { "blink": true } } }"#,
             "t.json: role 'quote': unknown attribute key 'blink' (known: fg, bg, bold, underline, reverse, italic, dim)"),
            (#"{ "roles": { "quote": { "bold": 1 } } }"#,
             "t.json: role 'quote': 'bold' must be true or false, not 1"),
            (#"{ "roles": { "quote": { "bold": "yes" } } }"#,
             #"t.json: role 'quote': 'bold' must be true or false, not "yes""#),
            (#"{ "roles": { "quote": "amber" } }"#,
             #"t.json: role 'quote': must be an object such as { "fg": "ink", "bold": true }, not "amber""#),
            (#"{ "roles": [] }"#, "t.json: field 'roles': must be an object, not a list"),
            (#"{ "palette": "warm" }"#, #"t.json: field 'palette': must be an object, not "warm""#),
            (#"{ "name": 3 }"#, "t.json: field 'name': must be a string, not 3"),
            (#"{ "description": null }"#, "t.json: field 'description': must be a string, not null"),
            (#"{ "inherits": ["dark"] }"#, "t.json: field 'inherits': must be a theme name, not a list"),
            (#"{ "inherits": "../dark" }"#,
             "t.json: field 'inherits': '../dark' is not a theme name (letters, digits, '-', '_' and '.', not starting with '.')"),
            (#"{ "inherits": "nowhere" }"#, "t.json: field 'inherits': no theme named 'nowhere'"),
            (#"{ "palette": { "amber": "ink" } }"#,
             ##"t.json: palette entry 'amber': bad colour "ink": a palette entry is "#rrggbb", a number 0–255, an ANSI colour name or "default" (not another palette name)"##),
            (#"{ "palette": { "amber": {} } }"#,
             ##"t.json: palette entry 'amber': bad colour an object: a palette entry is "#rrggbb", a number 0–255, an ANSI colour name or "default" (not another palette name)"##),
            (##"{ "palette": { "default": "#000000" } }"##,
             #"t.json: palette entry 'default': 'default' cannot be a palette name ("default" and names starting with '#' are colours)"#),
        ]
        for (json, expected) in cases {
            #expect(Self.message(json) == expected, "\(json)")
        }
    }

    @Test func anUnknownPaletteNameInAParentNamesTheParentsFile() {
        #expect(Self.message(#"{ "inherits": "p" }"#, others: ["p": #"{ "roles": { "text": { "fg": "ink" } } }"#])
                == "p.json: role 'text': unknown palette name 'ink' (not in the palette, nor an ANSI colour name)")
        // ... and the child can repair it by defining the name.
        #expect(Self.message(#"{ "inherits": "p", "palette": { "ink": 7 } }"#,
                             others: ["p": #"{ "roles": { "text": { "fg": "ink" } } }"#]) == nil)
    }

    @Test func brokenParentIsReportedInItsFile() {
        #expect(Self.message(#"{ "inherits": "p" }"#, others: ["p": "{ oops"])?.hasPrefix("p.json: not valid JSON: ") == true)
    }

    @Test func cycles() {
        let files = [
            "a": #"{ "inherits": "b" }"#,
            "b": #"{ "inherits": "c" }"#,
            "c": #"{ "inherits": "a" }"#,
            "self": #"{ "inherits": "self" }"#,
        ]
        #expect(throws: ThemeError(file: "c.json", location: .field("inherits"), problem: .cycle(["a", "b", "c", "a"]))) {
            try ThemeFile.load(named: "a", lookup: Self.lookup(files))
        }
        do {
            _ = try ThemeFile.load(named: "self", lookup: Self.lookup(files))
            Issue.record("a theme inheriting itself loaded")
        } catch {
            #expect(error.description == "self.json: field 'inherits': inheritance cycle: self → self")
        }
    }

    @Test func loadByNameErrors() {
        #expect(throws: ThemeError(file: nil, problem: .notFound("zzz"))) {
            try ThemeFile.load(named: "zzz", lookup: Self.lookup([:]))
        }
        #expect(ThemeError(file: nil, problem: .notFound("zzz")).description == "no theme named 'zzz'")
        for bad in ["", ".hidden", "a/b", "x y", "café"] {
            #expect(throws: ThemeError(file: nil, problem: .invalidThemeName(bad))) {
                try ThemeFile.load(named: bad, lookup: Self.lookup([:]))
            }
        }
        #expect(ThemeError(file: "/x.json", problem: .unreadable("is a directory")).description == "/x.json: cannot read: is a directory")
    }

    @Test func validNames() {
        for good in ["dark", "high-contrast", "solarized_dark", "v1.2", "A9"] {
            #expect(ThemeSource.isValidName(good), "\(good)")
        }
    }
}
