import Foundation
import HearsayCore
@testable import HearsayExport
import Testing

fileprivate func text(_ output: ExportOutput) -> String {
    if case .text(let s) = output { return s }
    Issue.record("expected text output")
    return ""
}

/// Reads CSV from stdin with Python's csv module; prints the row count, the
/// distinct column counts, the cells that start like a formula, and every row as JSON.
fileprivate let readBack = """
import csv, io, json, sys
data = sys.stdin.buffer.read().decode('utf-8')
rows = list(csv.reader(io.StringIO(data, newline=''), strict=True))
bad = [c for r in rows for c in r if c[:1] in ('=', '+', '-', '@', '\\t', '\\r')]
print(json.dumps({'rows': len(rows), 'widths': sorted({len(r) for r in rows}), 'bad': bad, 'table': rows}))
"""

fileprivate struct ReadBack: Decodable {
    var rows: Int
    var widths: [Int]
    var bad: [String]
    var table: [[String]]
}

fileprivate func python(_ csv: String) throws -> ReadBack {
    let r = try TableSpawn.python(readBack, input: csv)
    #expect(r.status == 0, "python: \(r.stderr)")
    return try JSONDecoder().decode(ReadBack.self, from: Data(r.stdout.utf8))
}

@Suite struct CSVExportTests {
    @Test func quotationsSnapshot() {
        let csv = text(CSVExporter.export([ExportFixture.sample()]))
        if let why = CSVSnapshot.mismatch(csv, named: "csv-quotations.csv") { Issue.record(Comment(rawValue: why)) }
    }

    @Test func annotationsSnapshot() {
        let csv = text(CSVExporter.export([ExportFixture.sample()], rows: .annotations))
        if let why = CSVSnapshot.mismatch(csv, named: "csv-annotations.csv") { Issue.record(Comment(rawValue: why)) }
    }

    @Test func rfc4180Shape() {
        let csv = text(CSVExporter.export([ExportFixture.sample(hostile: true)]))
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.hasPrefix("article,quote,start,end,speaker_mention,actor,actor_type,cue,kind,review,tags,notes\r\n"))
        // Every LF outside quoted fields is part of a CRLF.
        var quoted = false
        var previous: Unicode.Scalar = " "
        for u in csv.unicodeScalars {
            if u == "\"" { quoted.toggle() }
            if u == "\n", !quoted { #expect(previous == "\r") }
            previous = u
        }
        #expect(!quoted)
    }

    @Test func fieldsAndFormulas() {
        #expect(CSVExporter.field("plain") == "plain")
        #expect(CSVExporter.field("a,b") == "\"a,b\"")
        #expect(CSVExporter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExporter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVExporter.field("cr\rhere") == "\"cr\rhere\"")
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(CSVExporter.neutralised(start + "1+1") == "'" + start + "1+1")
        }
        #expect(CSVExporter.neutralised("Kabul") == "Kabul")
        #expect(CSVExporter.neutralised("") == "")
        #expect(CSVExporter.neutralised("—dash") == "—dash")
    }

    @Test func quotationsReadBackByPython() throws {
        let input = ExportFixture.sample(hostile: true)
        let article = ReportArticle(input)
        #expect(article.quotes.contains { $0.rejected }, "the fixture rejects one quotation")
        let back = try python(text(CSVExporter.export([input])))
        #expect(back.rows == 1 + article.quotes.count)
        #expect(back.widths == [CSVExporter.quotationHeader.count])
        #expect(back.bad.isEmpty, "cells that start like a formula: \(back.bad)")
        #expect(back.table.dropFirst().allSatisfy { $0[0] == "sample-editorial.txt" })
        // The hostile quotation keeps its quotes, commas and pipes, and its speaker is neutralised.
        let hostile = try #require(back.table.first { $0[1].contains("<script>") })
        #expect(hostile[1].contains("\"quotes\", commas, | pipes |"))
        // The reviews show: accepted, rejected, corrected.
        let reviews = Set(back.table.dropFirst().map { $0[9] })
        #expect(reviews.isSuperset(of: ["accepted", "rejected", "corrected", "unreviewed"]))
        // The first quotation carries the annotation on its exact range.
        let q0 = input.detected.quotations[0].range
        let first = try #require(back.table.first { $0[2] == String(q0.start) && $0[3] == String(q0.end) })
        #expect(first[10] == "diplomacy")
        #expect(first[11] == "Quoted first.")
        let last = try #require(input.detected.quotations.last?.range)
        let lastRow = try #require(back.table.first { $0[2] == String(last.start) && $0[3] == String(last.end) })
        #expect(lastRow[10] == "blame")
        #expect(lastRow[11] == "'=cmd|'/c calc'!A1")
    }

    @Test func annotationsReadBackByPython() throws {
        let input = ExportFixture.sample(hostile: true)
        let back = try python(text(CSVExporter.export([input], rows: .annotations)))
        #expect(back.rows == 1 + input.annotations.annotations.count)
        #expect(back.widths == [CSVExporter.annotationHeader.count])
        #expect(back.bad.isEmpty, "cells that start like a formula: \(back.bad)")
        #expect(back.table[0] == CSVExporter.annotationHeader)
        let notes = back.table.map { $0[5] }
        #expect(notes.contains("<script>alert(1)</script> \"note\", with =SUM(A1) and\nnew lines | ```"))
        #expect(notes.contains("'=cmd|'/c calc'!A1"))
        #expect(back.table.dropFirst().contains { $0[4] == "blame/threat; diplomacy" })
        #expect(back.table.dropFirst().allSatisfy { $0[8] == "false" && $0[6] == ExportFixture.time })
        let a1 = try #require(input.annotations.annotations.first { $0.id == "a1" })
        #expect(back.table.contains { $0[3] == input.document.string(a1.range) })
    }

    @Test func severalArticlesMakeOneTable() throws {
        let one = ExportFixture.sample(), two = ExportFixture.sample(hostile: true)
        var renamed = two
        renamed.name = "second, \"hostile\".txt"
        let back = try python(text(CSVExporter.export([one, renamed])))
        let (n1, n2) = (ReportArticle(one).quotes.count, ReportArticle(two).quotes.count)
        #expect(back.rows == 1 + n1 + n2)
        #expect(back.table.dropFirst().prefix(n1).allSatisfy { $0[0] == "sample-editorial.txt" })
        #expect(back.table.suffix(n2).allSatisfy { $0[0] == "second, \"hostile\".txt" })
        let annotations = try python(text(CSVExporter.export([one, renamed], rows: .annotations)))
        #expect(annotations.rows == 1 + one.annotations.annotations.count + two.annotations.annotations.count)
    }

    @Test func withoutTextTheTextColumnsAreEmpty() throws {
        let input = ExportFixture.sample(hostile: true, includeText: false)
        let back = try python(text(CSVExporter.export([input])))
        #expect(back.rows == 1 + ReportArticle(input).quotes.count)
        for row in back.table.dropFirst() {
            #expect(row[1].isEmpty && row[4].isEmpty && row[7].isEmpty)
            #expect(!row[2].isEmpty && !row[8].isEmpty)
        }
        let annotations = try python(text(CSVExporter.export([input], rows: .annotations)))
        #expect(annotations.table.dropFirst().allSatisfy { $0[3].isEmpty && !$0[4].isEmpty })
        let csv = text(CSVExporter.export([input])) + text(CSVExporter.export([input], rows: .annotations))
        #expect(!csv.contains("Rivers keep no ledgers"))
        #expect(!csv.contains("alert('x')"))
    }

    @Test func speakerCountsMatchTheQuotations() {
        let input = ExportFixture.sample()
        let rows = WhoSpeaks.stats(input.reviewed)
        let reported = input.reviewed.quotations.filter(\.kind.isReportedSpeech).count
        #expect(rows.map(\.quotations).reduce(0, +) == reported)
        #expect(rows.map(\.mentions).reduce(0, +) == input.reviewed.mentions.count)
        #expect(rows.filter(\.isUnattributed).count <= 1)
        #expect(rows.last?.isUnattributed == true || !rows.contains { $0.isUnattributed })
        for (a, b) in zip(rows, rows.dropFirst()) where !b.isUnattributed {
            #expect(a.quotations >= b.quotations)
        }
    }
}
