import CFuzzDriver
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearsayCore

/// Runs libFuzzer with `testOneInput` (what each fuzzer's `<module>_main` calls:
/// SwiftPM makes that the program's `main`).
public func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                      _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
}

/// Checks one invariant of the code under test. A violation is a logic bug, not
/// only a crash, so it must stop the fuzzer like one: `fatalError` prints the
/// message to stderr and traps, which libFuzzer reports as a "deadly signal" and saves
/// the input as a crash file.
@inline(__always)
public func invariant(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                      file: StaticString = #fileID, line: UInt = #line) {
    if !condition() {
        fatalError("INVARIANT VIOLATED: \(message())", file: file, line: line)
    }
}

/// The fuzzer's input as an array (an empty one for a null pointer).
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Whether `r` lies inside a text of `length` scalars: 0 <= start <= end <= length.
public func inside(_ r: TextRange, _ length: Int) -> Bool {
    r.start >= 0 && r.start <= r.end && r.end <= length
}

/// The document from fuzz bytes the way the program loads a file (nil for what
/// the loader refuses: a binary file). Checks the loader's own promises.
public func loadDocument(_ input: [UInt8]) -> Document? {
    let probe = min(input.count, TextDecoding.binaryProbeLength)
    let hasNUL = input[0..<probe].contains(0)
    let decoded: DecodedText
    do {
        decoded = try TextDecoding.decode(input)
    } catch let error as TextDecodingError {
        guard case .binary(let offset) = error else { return nil }
        invariant(hasNUL, "refused as binary without a NUL in the first \(TextDecoding.binaryProbeLength) bytes")
        invariant(offset >= 0 && offset < probe && input[offset] == 0, "binary at \(offset), not a NUL there")
        return nil
    } catch {
        invariant(false, "TextDecoding.decode threw something other than TextDecodingError: \(error)")
        return nil
    }
    invariant(!hasNUL, "a NUL in the first \(TextDecoding.binaryProbeLength) bytes was accepted")
    checkDecoded(decoded, input)
    let doc = Document(decoded: decoded)
    checkDocument(doc)
    return doc
}

/// The decoder's promises: no CR survives, the BOM is dropped, and when the bytes
/// are valid UTF-8 the scalars are theirs with CRLF and CR made LF.
public func checkDecoded(_ d: DecodedText, _ input: [UInt8]) {
    invariant(!d.scalars.contains("\r"), "a CR survived decoding")
    // What the decoder must produce, computed the slow, obvious way.
    var expected: [Unicode.Scalar] = []
    let lossy = String(decoding: input, as: UTF8.self)
    var previousCR = false
    for (k, s) in lossy.unicodeScalars.enumerated() {
        if k == 0 && s.value == 0xFEFF { continue }
        if s == "\n" && previousCR { previousCR = false; continue }
        previousCR = s == "\r"
        expected.append(previousCR ? "\n" : s)
    }
    invariant(d.scalars == expected,
              "decoded scalars differ from the reference decoding (\(d.scalars.count) vs \(expected.count) scalars)")
    let valid = String(validating: input, as: UTF8.self) != nil
    invariant(valid == (d.invalidSequencesReplaced == 0),
              "invalidSequencesReplaced = \(d.invalidSequencesReplaced) for \(valid ? "valid" : "invalid") UTF-8")
    if let s = d.unchangedString { invariant(Array(s.unicodeScalars) == d.scalars, "unchangedString differs from the scalars") }
    // Offsets map back into the file, in order.
    let fileScalars = lossy.unicodeScalars.count
    for o in [0, d.scalars.count / 2, d.scalars.count] + d.droppedCarriageReturns {
        let f = d.originalOffset(o)
        invariant(f >= o && f <= fileScalars, "originalOffset(\(o)) = \(f) outside 0...\(fileScalars)")
    }
    invariant(d.originalOffset(d.scalars.count) == fileScalars,
              "originalOffset(end) = \(d.originalOffset(d.scalars.count)), the file has \(fileScalars) scalars")
    if let index = d.offsetIndex {
        invariant(index.scalarCount == d.scalars.count, "offset index counts \(index.scalarCount) scalars, not \(d.scalars.count)")
    }
}

/// Tokens, sentences and paragraphs cover the text in order and lie inside it.
public func checkDocument(_ doc: Document) {
    let n = doc.length
    invariant(doc.scalars.count == n, "length")
    var previousEnd = 0
    for (i, t) in doc.tokens.enumerated() {
        invariant(t.start >= previousEnd && t.start < t.end && t.end <= n,
                  "token \(i) \(t.start)..<\(t.end) (previous ends at \(previousEnd), length \(n))")
        previousEnd = t.end
    }
    invariant(doc.sentenceOfToken.count == doc.tokens.count && doc.paragraphOfToken.count == doc.tokens.count,
              "per-token tables have the wrong size")
    var nextToken = 0
    for (k, p) in doc.paragraphTokens.enumerated() {
        invariant(p.lowerBound == nextToken && !p.isEmpty && p.upperBound <= doc.tokens.count,
                  "paragraph \(k) tokens \(p) (expected to start at \(nextToken))")
        nextToken = p.upperBound
    }
    invariant(nextToken == doc.tokens.count, "paragraphs cover \(nextToken) of \(doc.tokens.count) tokens")
    for p in doc.paragraphs { invariant(inside(p, n), "paragraph \(p) outside 0..<\(n)") }
    var sentenceToken = 0
    for (k, s) in doc.sentences.enumerated() {
        invariant(inside(s.range, n), "sentence \(k) range \(s.range) outside 0..<\(n)")
        invariant(s.tokens.lowerBound == sentenceToken && s.tokens.upperBound <= doc.tokens.count,
                  "sentence \(k) tokens \(s.tokens) (expected to start at \(sentenceToken))")
        invariant(s.paragraph >= 0 && s.paragraph < doc.paragraphTokens.count, "sentence \(k) paragraph \(s.paragraph)")
        sentenceToken = s.tokens.upperBound
    }
    invariant(sentenceToken == doc.tokens.count, "sentences cover \(sentenceToken) of \(doc.tokens.count) tokens")
    // The lazily made String is the scalars, and string indices map back.
    let text = doc.text
    invariant(text.unicodeScalars.elementsEqual(doc.scalars), "Document.text differs from its scalars")
    for o in Set([0, n / 3, n / 2, n]) {
        let index = doc.stringIndex(ofScalar: o)
        invariant(doc.scalarOffset(of: index) == o, "scalar offset \(o) does not round-trip through a String.Index")
    }
    for o in Set([-1, 0, n / 2, n, n + 5]) {
        let t = doc.tokenIndex(atOrAfter: o)
        invariant(t >= 0 && t <= doc.tokens.count, "tokenIndex(atOrAfter: \(o)) = \(t)")
        if t < doc.tokens.count { invariant(doc.tokens[t].end > o, "tokenIndex(atOrAfter: \(o)): token ends at or before") }
        if t > 0 { invariant(doc.tokens[t - 1].end <= o, "tokenIndex(atOrAfter: \(o)): an earlier token ends after") }
        if let s = doc.sentenceIndex(containing: o) { invariant(s >= 0 && s < doc.sentences.count, "sentenceIndex(\(o)) = \(s)") }
    }
}

/// The quote finder's promises: in the text, sorted, parents enclosing.
public func checkQuoteSpans(_ spans: [QuoteSpan], in doc: Document) {
    let n = doc.length
    for (i, q) in spans.enumerated() {
        invariant(inside(q.range, n), "quotation \(i) range \(q.range) outside 0...\(n)")
        invariant(!q.range.isEmpty, "quotation \(i) range \(q.range) is empty (it holds at least its opening mark)")
        invariant(q.range.contains(q.content), "quotation \(i) content \(q.content) outside its range \(q.range)")
        invariant(q.paragraphCount >= 1, "quotation \(i) runs over \(q.paragraphCount) paragraphs")
        if i > 0 { invariant(!(q.range < spans[i - 1].range), "quotations \(i - 1) and \(i) out of order") }
        if let p = q.parent {
            invariant(p >= 0 && p < i, "quotation \(i) has parent \(p)")
            invariant(spans[p].range.contains(q.range), "quotation \(i) \(q.range) outside its parent \(spans[p].range)")
        }
    }
}

/// A line on standard error, unbuffered (a crash right after must not lose it).
public func say(_ text: String) {
    let bytes = Array((text + "\n").utf8)
    bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
}
