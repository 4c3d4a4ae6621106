import FuzzSupport
import HearsayCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// HEARSAY_FUZZ_VERBOSE=1 prints each anchor and what re-anchoring made of it.
nonisolated(unsafe) let verbose = getenv("HEARSAY_FUZZ_VERBOSE") != nil

/// (e) Re-anchoring. The input is a 4-byte header, the old text, a NUL, the new
/// text (no NUL: the new text is the old one). Two anchors are tried: the
/// anchor of a range of the old text (header bytes 0-1: start, 2-3: length),
/// as Hearsay stores it; and a hand-made one (start from the header, exact =
/// the old text, or prefix \u{1} exact \u{1} suffix), as an edited file may hold.
@_cdecl("fuzz_reanchor_main")
public func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = bytes(data, size)
    guard input.count >= 4 else { return 0 }
    let h0 = Int(input[0]) | Int(input[1]) << 8, h1 = Int(input[2]) | Int(input[3]) << 8
    let body = input[4...]
    let oldBytes: ArraySlice<UInt8>, newBytes: ArraySlice<UInt8>
    if let nul = body.firstIndex(of: 0) {
        oldBytes = body[..<nul]
        newBytes = body[(nul + 1)...]
    } else {
        oldBytes = body
        newBytes = body
    }
    let old = TextDecoding.decode(String(decoding: oldBytes, as: UTF8.self)).scalars
    let new = TextDecoding.decode(String(decoding: newBytes, as: UTF8.self)).scalars

    let s = h0 % (old.count + 1), e = s + h1 % (old.count - s + 1)
    let stored = Anchor(TextRange(s, e), in: old)
    invariant(stored.exact.unicodeScalars.elementsEqual(old[s..<e]), "Anchor(_:in:) exact text")

    let pieces = oldBytes.split(separator: 1, maxSplits: 2, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    let start = h0 & 0x7FFF
    let exact = pieces.count == 3 ? pieces[1] : String(decoding: oldBytes, as: UTF8.self)
    let handMade = Anchor(start: start, end: start + (h1 & 0xFF), exact: exact,
                          prefix: pieces.count == 3 ? pieces[0] : "", suffix: pieces.count == 3 ? pieces[2] : "")

    for anchor in [stored, handMade] {
        if verbose {
            say("old \(old.count) scalars, new \(new.count): \(new.map { String($0.value, radix: 16) })")
            say("anchor \(anchor)\n  -> \(Reanchoring.reanchor(anchor, in: new))")
        }
        check(Reanchoring.reanchor(anchor, in: new), old: anchor, new)
    }
    // The batch re-anchoring agrees with the promises too.
    let annotations = [stored, handMade].enumerated().map { k, anchor in
        Annotation(id: "a\(k)", anchor: anchor, created: "2025-01-01T00:00:00Z")
    }
    let batch = Reanchoring.reanchor(annotations, in: new)
    invariant(batch.exact + batch.moved + batch.orphans == annotations.count, "batch counts")
    invariant(batch.annotations.count == annotations.count, "batch lost annotations")
    for (k, a) in batch.annotations.enumerated() {
        invariant(a.id == annotations[k].id, "batch reordered annotations")
        if a.orphaned {
            invariant(a.anchor == annotations[k].anchor, "a batch orphan's anchor changed")
        } else {
            invariant(inside(a.anchor.range, new.count), "batch anchor \(a.anchor.range) outside 0...\(new.count)")
            invariant(a.anchor == Anchor(a.anchor.range, in: new), "batch anchor is not fresh: \(a.anchor)")
        }
    }
    return 0
}

func check(_ r: ReanchorResult, old: Anchor, _ new: [Unicode.Scalar]) {
    invariant(r.score >= 0 && r.score <= 1, "score \(r.score) outside [0, 1]")
    switch r.outcome {
    case .orphan:
        invariant(r.anchor == old, "an orphan's anchor changed")
        invariant(r.score < Reanchoring.threshold, "orphaned although a place scored \(r.score) >= \(Reanchoring.threshold)")
        // "An exact quote of 32 code points or more is accepted wherever it is."
        let quote = Array(old.exact.unicodeScalars)
        if quote.count >= 32, new.count >= quote.count {
            let found = (0...(new.count - quote.count)).contains { i in new[i..<(i + quote.count)].elementsEqual(quote) }
            invariant(!found, "orphaned although its \(quote.count)-code-point quote is in the new text")
        }
    case .exact, .moved:
        invariant(inside(r.anchor.range, new.count), "re-anchored to \(r.anchor.range), outside 0...\(new.count)")
        invariant(r.anchor == Anchor(r.anchor.range, in: new), "the re-anchored anchor is not fresh: \(r.anchor)")
        invariant(r.score >= Reanchoring.threshold, "accepted with score \(r.score)")
        if case .moved(let from) = r.outcome { invariant(from == old.start, "moved(from: \(from)), old start \(old.start)") }
        if r.outcome == .exact {
            invariant(r.anchor.range == old.range && r.anchor.exact == old.exact, "exact, but \(r.anchor) != \(old)")
        }
    }
}
