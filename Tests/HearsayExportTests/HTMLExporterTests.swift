import Foundation
import HearsayCore
@testable import HearsayExport
import Testing

fileprivate func text(_ output: ExportOutput) -> String {
    if case .text(let s) = output { return s }
    Issue.record("expected text output")
    return ""
}

/// Parses HTML from stdin with html5lib; prints the parse errors, the number of
/// script elements and of elements with a src attribute, and the text content.
fileprivate let parse = """
import html5lib, json, sys
data = sys.stdin.buffer.read().decode('utf-8')
p = html5lib.HTMLParser(namespaceHTMLElements=False)
doc = p.parse(data)
errors = [str(e) for e in p.errors]
print(json.dumps({'errors': errors, 'scripts': len(doc.findall('.//script')),
  'src': len([e for e in doc.iter() if 'src' in e.attrib]), 'text': ''.join(doc.itertext())}))
"""

fileprivate struct Parsed: Decodable {
    var errors: [String]
    var scripts: Int
    var src: Int
    var text: String
}

fileprivate func parsed(_ html: String) throws -> Parsed? {
    if TableSpawn.pythonHas("html5lib") {
        let r = try TableSpawn.python(parse, input: html)
        #expect(r.status == 0, "python: \(r.stderr)")
        return try JSONDecoder().decode(Parsed.self, from: Data(r.stdout.utf8))
    }
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
        let r = try TableSpawn.run("/usr/bin/xmllint", ["--html", "--noout", "-"], stdin: Array(html.utf8))
        // libxml2's HTML parser knows HTML 4 only: "Tag main invalid" (with the
        // line it quotes and its caret) is its word for an HTML5 element, not an error.
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: true)
        var real: [Substring] = []
        var k = 0
        while k < lines.count {
            if lines[k].contains("HTML parser error : Tag "), lines[k].hasSuffix(" invalid"),
               ["main", "article", "section", "header", "footer", "nav", "figure", "figcaption", "mark", "time", "aside"]
                .contains(where: { lines[k].hasSuffix("Tag \($0) invalid") }) {
                k += 3   // the message, the quoted line, the caret
                continue
            }
            real.append(lines[k])
            k += 1
        }
        #expect(real.isEmpty, "xmllint: \(r.stderr)")
        return nil
    }
    Issue.record("neither html5lib (pip install html5lib) nor xmllint is installed")
    return nil
}

/// Checks the spans nest: every `</span>` closes an open `<span`.
fileprivate func spansNest(_ html: String) -> Bool {
    var depth = 0
    var rest = Substring(html)
    while let r = rest.range(of: "<span") ?? nil, true {
        let close = rest.range(of: "</span>")
        if let close, close.lowerBound < r.lowerBound {
            depth -= 1
            if depth < 0 { return false }
            rest = rest[close.upperBound...]
        } else {
            depth += 1
            rest = rest[r.upperBound...]
        }
    }
    while let close = rest.range(of: "</span>") {
        depth -= 1
        rest = rest[close.upperBound...]
    }
    return depth == 0
}

@Suite struct HTMLExportTests {
    @Test func sampleSnapshot() {
        let html = text(HTMLExporter.export([ExportFixture.sample()]))
        if let why = CSVSnapshot.mismatch(html, named: "html-sample.html") { Issue.record(Comment(rawValue: why)) }
    }

    @Test func samplePageIsSelfContainedAndParses() throws {
        let html = text(HTMLExporter.export([ExportFixture.sample()]))
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"))
        #expect(html.contains("<title>On the Kunar, Two Capitals Are Running Dry</title>"))
        for outside in ["<script", "src=", "url(", "@import", "<link", "http://", "https://"] {
            #expect(!html.contains(outside), "\(outside)")
        }
        #expect(html.contains("class=\"q q-direct\""))
        #expect(html.contains("class=\"m m-person\""))
        #expect(html.contains("class=\"m m-place\""), "Kunar set to a place by the actor edit")
        #expect(html.contains("background-color: #d75f5f40"), "the blame tag's colour")
        #expect(html.contains("title=\"diplomacy\nQuoted first.\""))
        #expect(html.contains("<section class=\"who\">"))
        #expect(html.contains("class=\"bar\" style=\"width: 100.0%;"))
        #expect(spansNest(html))
        if let p = try parsed(html) {
            #expect(p.errors.isEmpty, "html5lib: \(p.errors)")
            #expect(p.scripts == 0 && p.src == 0)
            #expect(p.text.contains("Rivers keep no ledgers, but the people who farm beside them do."))
        }
    }

    @Test func hostileTextStaysText() throws {
        let html = text(HTMLExporter.export([ExportFixture.sample(hostile: true)]))
        #expect(!html.contains("<script"))
        #expect(html.contains("“&lt;script&gt;alert("))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;note&quot;"))
        #expect(spansNest(html))
        if let p = try parsed(html) {
            #expect(p.errors.isEmpty, "html5lib: \(p.errors)")
            #expect(p.scripts == 0, "a script element")
            #expect(p.text.contains("<script>alert('x')</script> and \"quotes\""))
            #expect(p.text.contains(", commas, | pipes | and ```fences```"))
            #expect(p.text.contains("<script>alert(1)</script> \"note\", with =SUM(A1) and\nnew lines | ```"))
        }
        // The light palette parses too.
        let light = text(HTMLExporter.export([ExportFixture.sample(hostile: true)], palette: .light))
        #expect(light.contains("background: #fcfcfa"))
        if let p = try parsed(light) { #expect(p.errors.isEmpty, "html5lib: \(p.errors)") }
    }

    @Test func crossingSpansAreReopened() throws {
        var input = ExportFixture.sample()
        let scalars = input.document.scalars
        let q = input.reviewed.quotations[0].range
        // Annotations that cross the first quotation's edges and each other.
        let ranges = [TextRange(q.start - 5, q.start + 10), TextRange(q.start + 5, q.end + 5), TextRange(q.end - 3, q.end + 20),
                      TextRange(q.start, q.end), TextRange(q.start + 2, q.start + 2)]
        var crossing = ranges.enumerated().map { k, r in
            Annotation(id: "x\(k)", anchor: Anchor(r, in: scalars), tags: [k % 2 == 0 ? "blame" : "diplomacy"],
                       note: "n\(k) <b>", created: ExportFixture.time)
        }
        crossing.append(Annotation(id: "gone", anchor: Anchor(start: 10_000_000, end: 10_000_005, exact: "lost <i>", prefix: "", suffix: ""),
                                   tags: ["nothing"], created: ExportFixture.time, orphaned: true))
        input.annotations.annotations = AnnotationList(crossing)
        let html = text(HTMLExporter.export([input]))
        #expect(spansNest(html))
        #expect(html.contains("lost &lt;i&gt;"))
        if let p = try parsed(html) {
            #expect(p.errors.isEmpty, "html5lib: \(p.errors)")
            #expect(p.text.contains(input.document.string(q)))
        }
    }

    @Test func markupReopensWhatItClosed() {
        let doc = Document(text: "abcdefghij")
        let spans = [HTMLExporter.Span(start: 1, end: 5, open: "<span class=\"x\">", rank: 0),
                     HTMLExporter.Span(start: 3, end: 8, open: "<span class=\"y\">", rank: 0)]
        let out = HTMLExporter.markup(doc, spans: spans, markers: [5: ["<sup>1</sup>"]])
        #expect(out == "a<span class=\"x\">bc<span class=\"y\">de</span></span><sup>1</sup><span class=\"y\">fgh</span>ij")
    }

    @Test func withoutTextNoArticleText() throws {
        let input = ExportFixture.sample(hostile: true, includeText: false)
        let html = text(HTMLExporter.export([input]))
        #expect(!html.contains("Rivers keep no ledgers"))
        #expect(!html.contains("alert(&#39;x&#39;)"))
        #expect(!html.contains("class=\"text\""))
        #expect(html.contains("<title>sample-editorial.txt</title>"))
        #expect(html.contains("<section class=\"who\">"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the user's notes stay")
        let q0 = input.detected.quotations[0].range
        #expect(html.contains("<span class=\"off\">\(q0.start)–\(q0.end)</span> direct"))
        if let p = try parsed(html) { #expect(p.errors.isEmpty, "html5lib: \(p.errors)") }
    }

    @Test func coloursAreValidated() {
        #expect(HTMLExporter.hex("#A0b1C2", or: "#000000") == "#a0b1c2")
        #expect(HTMLExporter.hex("red; background: url(x)", or: "#000000") == "#000000")
        #expect(HTMLExporter.hex("#12345", or: "#000000") == "#000000")
        var palette = HTMLPalette.light
        palette.person = "red\"><script>"
        let html = text(HTMLExporter.export([ExportFixture.sample()], palette: palette))
        #expect(!html.contains("<script"))
        #expect(html.contains(".m-person { color: \(HTMLPalette.dark.person); }"))
    }

    @Test func severalArticlesOnePage() throws {
        let html = text(HTMLExporter.export([ExportFixture.sample(), ExportFixture.sample(hostile: true)]))
        #expect(html.contains("<title>Hearsay export</title>"))
        #expect(html.contains("id=\"article-2\""))
        #expect(html.components(separatedBy: "<html").count == 2)
        if let p = try parsed(html) { #expect(p.errors.isEmpty, "html5lib: \(p.errors)") }
    }
}
