import FuzzSupport
import HearsayCore

/// (c) The whole analysis (quotations, actors, speaker attribution, kinds) and
/// its JSON output.
@_cdecl("fuzz_analysis_main")
public func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let doc = loadDocument(bytes(data, size)) else { return 0 }
    let a = Analyzer.analyze(doc)
    let n = a.document.length
    invariant(n == doc.length, "the analysis changed the document")
    checkQuoteSpans(a.quotations.map(\.span), in: doc)
    for (i, q) in a.quotations.enumerated() {
        invariant(q.confidence >= 0 && q.confidence <= 1, "quotation \(i) confidence \(q.confidence)")
        if let s = q.speaker {
            invariant(inside(s.mention, n), "quotation \(i) speaker mention \(s.mention) outside 0...\(n)")
            if let cue = s.cue { invariant(inside(cue, n), "quotation \(i) cue \(cue) outside 0...\(n)") }
            if let actor = s.actor { invariant(actor >= 0 && actor < a.actors.count, "quotation \(i) speaker actor \(actor) of \(a.actors.count)") }
        }
    }
    var previous: TextRange?
    for (i, m) in a.mentions.enumerated() {
        invariant(inside(m.range, n), "mention \(i) \(m.range) outside 0...\(n)")
        invariant(m.actor >= 0 && m.actor < a.actors.count, "mention \(i) actor \(m.actor) of \(a.actors.count)")
        if let p = previous { invariant(p.start <= m.range.start, "mentions \(i - 1) and \(i) out of order") }
        previous = m.range
    }
    _ = a.quotationCounts
    _ = a.mentionCounts()
    // The JSON output is valid JSON, with text offsets and with file offsets.
    for fileOffsets in [false, true] {
        var out: [UInt8] = []
        AnalysisJSON.write(a, path: "fuzz.txt", sha256: "", warnings: doc.decoding?.warnings ?? [],
                           fileOffsets: fileOffsets) { out.append(contentsOf: $0) }
        do {
            _ = try out.withUnsafeBufferPointer { try JSONSyntax.check($0) }
        } catch {
            invariant(false, "AnalysisJSON.write (fileOffsets: \(fileOffsets)) wrote invalid JSON: \(error)")
        }
    }
    return 0
}
