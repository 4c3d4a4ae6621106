import HearsayCore
import HearsayUI
import Testing
@testable import HearsayStorage

/// The configuration file: defaults, overrides, and every kind of mistake
/// reported with its line (and a suggestion when one is close), then ignored.
struct ConfigTests {
    @Test func noFileOrAnEmptyOneGivesTheDefaults() {
        let (config, warnings) = Config.parse("")
        #expect(config == Config())
        #expect(warnings.isEmpty)
        #expect(config.theme == nil && config.mouse && config.sidePaneWidth == nil && config.sidePaneTab == .quotations)
        #expect(config.wrap == Geometry.maximumMeasure && config.codebook == nil && config.exportFormat == nil && config.exportText)
    }

    @Test func theDefaultsFileReadsBackAsTheDefaults() {
        let (config, warnings) = Config.parse(Config.defaultsText)
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(config == Config())
    }

    @Test func everyKeyOverrides() throws {
        let text = """
            theme = "light"   # a comment after the value
            mouse = false
            [side-pane]
            width = 40
            tab = "annotations"
            [reader]
            wrap = 0
            [files]
            codebook = "/srv/codebook.json"
            actors = '/srv/actors.json'
            [export]
            format = "html"
            text = false
            [keys]
            next-quotation = "]q <C-n>"
            """
        let (config, warnings) = Config.parse(text)
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(config.theme == "light" && !config.mouse)
        #expect(config.sidePaneWidth == 40 && config.sidePaneTab == .annotations && config.wrap == 0)
        #expect(config.codebook == "/srv/codebook.json" && config.actors == "/srv/actors.json")
        #expect(config.exportFormat == "html" && !config.exportText)
        #expect(config.keys.count == 1 && config.keys[0].command == .nextQuotation && config.keys[0].keys.count == 2)
    }

    @Test func mistakesAreReportedWithTheLineAndASuggestionAndIgnored() {
        let text = """
            them = "light"
            mouse = "yes"
            wrap = 60
            [side-pane]
            width = 1000
            tab = "quotes-and-more"
            [keys]
            next-quotaton = "]q"
            quit = "<Nope>"
            [export]
            format = "pdf"
            text = 1
            [colours]
            theme = dark
            theme = "mono"
            [unclosed
            [reader]
            wrap = 50
            """
        let (config, warnings) = Config.parse(text, name: "config.toml")
        #expect(config.wrap == 50, "the good lines still apply")
        func has(_ line: Int, _ part: String) -> Bool { warnings.contains { $0.hasPrefix("config.toml:\(line): ") && $0.contains(part) && $0.hasSuffix("ignored") } }
        #expect(has(1, "unknown key them (did you mean theme?)"), "\(warnings)")
        #expect(has(2, "mouse must be true or false"))
        #expect(has(3, "unknown key wrap (did you mean reader.wrap?)"))
        #expect(has(5, "side-pane.width must be from 0 to 200"))
        #expect(has(6, "side-pane.tab must be one of"))
        #expect(has(8, "unknown command \"next-quotaton\" in [keys] (did you mean next-quotation?)"))
        #expect(has(9, "keys.quit"))
        #expect(has(11, "export.format must be one of"))
        #expect(has(12, "export.text must be true or false"))
        #expect(has(14, "strings go in quotes"))
        #expect(has(15, "unknown key colours.theme (did you mean theme?)"))
        #expect(has(16, "closing ]"))
        #expect(warnings.count == 12, "\(warnings)")
        #expect(config.sidePaneWidth == nil && config.exportFormat == nil && config.keys.isEmpty)
    }

    @Test func aKeySetTwiceKeepsTheFirstAndSaysSo() {
        let (config, warnings) = Config.parse("mouse = false\nmouse = true\n")
        #expect(!config.mouse)
        #expect(warnings == ["config.toml:2: mouse is already set on line 1; ignored"])
    }

    @Test func tomlStringsNumbersAndLineEndings() {
        let (entries, problems) = TOMLSubset.parse("a = \"tab\\there \\\"q\\\" \\u00e9\"\r\nb = 'C:\\path'\r\nc = 1_000\nd = [1, 2]\ne = \"open\n")
        #expect(entries.map(\.key) == ["a", "b", "c"])
        #expect(entries[0].value == .string("tab\there \"q\" é"))
        #expect(entries[1].value == .string("C:\\path"))
        #expect(entries[2].value == .integer(1000))
        #expect(problems.map(\.line) == [4, 5])
        #expect(problems[0].message.contains("arrays"))
    }

    @Test func theSidePaneWidthAndTheWrapShapeTheScreen() {
        let wide = Geometry(width: 120, height: 30, sidePaneShown: nil, sidePaneWidth: 40, measureLimit: 60)
        #expect(wide.sideWidth == 40 && wide.articleWidth == 79 && wide.measure == 60)
        let unlimited = Geometry(width: 120, height: 30, sidePaneShown: nil, sidePaneWidth: 40, measureLimit: 0)
        #expect(unlimited.measure == 79 - unlimited.textX - 1)
        // The article keeps 40 columns whatever the setting.
        let greedy = Geometry(width: 90, height: 30, sidePaneShown: nil, sidePaneWidth: 80)
        #expect(greedy.articleWidth >= 40)
    }
}
