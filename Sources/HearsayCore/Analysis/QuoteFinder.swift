/// Pairs quotation marks into quotations, paragraph by paragraph.
///
/// - Curly marks have a direction; straight ones get it from what flanks them.
/// - ’ and ' are closing single quotes only when a single quote is open;
///   otherwise they are apostrophes ("parents’ house", "’90s").
/// - A paragraph that ends inside a double quotation continues it when the next
///   paragraph opens with a double mark (the news convention for long quotes).
/// - An opening mark that is never closed is cut and marked unbalanced: before an
///   opening mark like the innermost open one (a mark does not nest directly in
///   itself; straight double marks pair up), or else at its paragraph's end. So one
///   stray mark never swallows the rest of the document, and the output stays
///   linear in the text (see docs/ANALYSIS.md, Recovery).
public enum QuoteFinder {
    struct Open: Sendable {
        var family: QuoteMarkFamily
        var mark: Unicode.Scalar
        var start: Int
        var startParagraph: Int
    }

    public static func find(in doc: Document) -> [QuoteSpan] {
        let paragraphs = doc.paragraphTokens.count
        // A big text is read in two halves at once. The second half starts with
        // no quotation open, which is right unless the first half ends inside one
        // that carries over (the multi-paragraph convention); then it is read again.
        guard doc.tokenTable.count > Analyzer.splitThreshold, paragraphs > 1 else {
            var stack: [Open] = []
            return reindexParents(spans(in: doc, paragraphs: 0..<paragraphs, stack: &stack))
        }
        let halves = Parallel.split(0..<paragraphs, into: 2)
        let results = Parallel.map(2) { k -> ([QuoteSpan], [Open]) in
            var stack: [Open] = []
            let found = spans(in: doc, paragraphs: halves[k], stack: &stack)
            return (found, stack)
        }
        var second: [QuoteSpan] = results[1].0
        var carried = results[0].1
        var all = results[0].0
        if carried.isEmpty {
            all += second
        } else {
            // A quotation from the first half ends in the second: read it again, and
            // sort again (that quotation starts before some of the first half's).
            second = spans(in: doc, paragraphs: halves[1], stack: &carried)
            all += second
            all.sort { $0.range < $1.range }
        }
        return reindexParents(all)
    }

    /// The quotations of `paragraphs`, sorted, starting with `stack` open and
    /// leaving in it what carries over into the next paragraph.
    static func spans(in doc: Document, paragraphs: Range<Int>, stack: inout [Open]) -> [QuoteSpan] {
        let s = doc.scalars
        let tokens = doc.tokenTable
        var found: [QuoteSpan] = []
        func emit(_ open: Open, end: Int, contentEnd: Int, paragraph: Int, balanced: Bool) {
            found.append(QuoteSpan(
                range: TextRange(open.start, end),
                content: TextRange(min(open.start + 1, contentEnd), contentEnd),
                family: open.family, parent: nil,
                paragraphCount: paragraph - open.startParagraph + 1, balanced: balanced))
        }

        // A straight double mark that could open, met just inside a straight
        // double quotation: it ends that quotation either way, but whether it
        // closes it or opens the next one is told by the next straight double mark
        // (which closes it if it can: "yes. Later she said "no" to it; or else the
        // marks pair up: "He said "He said "). Until then the quotation it ends
        // waits here, off the stack, and the mark is on the stack as an opening one.
        struct Pending {
            var ended: Open
            var cutEnd: Int             // where it ends if the mark opens (just before it)
            var cutParagraph: Int
            var mark: Open
        }
        var pending: Pending?
        // The mark opened: the quotation it ended is cut before it, unbalanced.
        func settleAsOpening() {
            guard let w = pending else { return }
            pending = nil
            if w.cutEnd - w.ended.start > 3 {
                emit(w.ended, end: w.cutEnd, contentEnd: w.cutEnd, paragraph: w.cutParagraph, balanced: false)
            }
        }
        // The mark closed the quotation it ended, and opens nothing.
        func settleAsClosing() {
            guard let w = pending else { return }
            pending = nil
            emit(w.ended, end: w.mark.start + 1, contentEnd: w.mark.start, paragraph: w.mark.startParagraph,
                 balanced: true)
            if let k = stack.lastIndex(where: { $0.start == w.mark.start }) { stack.remove(at: k) }
        }
        // The waiting mark's place on the stack.
        func pendingIndex() -> Int? {
            guard let w = pending else { return nil }
            return stack.lastIndex { $0.start == w.mark.start }
        }

        for p in paragraphs {
            let paragraph = doc.paragraphTokens[p]
            var i = paragraph.lowerBound
            // A carried-over quotation continues: skip the paragraph's opening mark.
            if let top = stack.last, top.family == .double, let first = paragraph.first,
               tokens[first].kind == .punctuation, isDoubleOpener(s[tokens[first].start]) {
                i += 1
            }
            while i < paragraph.upperBound {
                let t = tokens[i]
                defer { i += 1 }
                guard t.kind == .punctuation, QuoteMarkClass.isQuoteMark(s[t.start]) else { continue }
                let c = s[t.start]
                let before: Unicode.Scalar? = t.start > 0 ? s[t.start - 1] : nil
                let after: Unicode.Scalar? = t.end < s.count ? s[t.end] : nil
                let canOpen = after.map { !ScalarClass.isSpace($0) } ?? false
                    && (before.map { ScalarClass.isSpace($0) || isOpeningContext($0) } ?? true)
                let canClose = before.map { !ScalarClass.isSpace($0) } ?? false
                    && (after.map { ScalarClass.isSpace($0) || !ScalarClass.isAlphanumeric($0) } ?? true)

                switch classify(c) {
                case .opener(let family):
                    if c == "\u{201C}" || c == "\u{2018}",
                       let k = stack.lastIndex(where: { $0.family == family }),
                       stack[k].mark == (c == "\u{201C}" ? "\u{201E}" : "\u{201A}") {
                        // „German“ and ‚German‘: here “ and ‘ close.
                        close(top: k)
                        continue
                    }
                    if family == .single, !opensSingle(s, t, canOpen: canOpen) { continue }
                    open(family)
                case .closer(let family):
                    if let k = stack.lastIndex(where: { $0.family == family }) {
                        close(top: k)
                    }
                    // else: a stray closer, or an apostrophe; nothing to pair.
                case .ambiguous(.double) where pending != nil:
                    // The next straight double mark after a waiting one: it closes
                    // the waiting one if it can; if it would rather open, the
                    // waiting one closed the quotation before it, and this opens.
                    if canClose || !canOpen, let k = pendingIndex() {
                        close(top: k)
                    } else {
                        settleAsClosing()
                        open(.double)
                    }
                case .ambiguous(.double) where canOpen && !canClose:
                    // Inside a straight double quotation, with nothing opened since
                    // (nesting alternates double and single marks, so "…"…" is not
                    // nesting): this mark ends it.
                    if let k = stack.indices.last, stack[k].family == .double, isStraight(stack[k].mark) {
                        let mark = Open(family: .double, mark: c, start: t.start, startParagraph: p)
                        pending = Pending(ended: stack[k], cutEnd: tokens[i - 1].end,
                                          cutParagraph: i > paragraph.lowerBound ? p : p - 1, mark: mark)
                        stack[k] = mark
                    } else {
                        open(.double)
                    }
                case .ambiguous(let family):
                    // Straight marks: close the open one of the same family when they can.
                    let openIndex = stack.lastIndex(where: { $0.family == family })
                    if let k = openIndex, canClose || !canOpen {
                        close(top: k)
                    } else if canOpen {
                        if family == .single, !opensSingle(s, t, canOpen: canOpen) { continue }
                        open(family)
                    }
                case .none:
                    continue
                }

                func close(top k: Int) {
                    // A waiting straight mark closed here opened; one inside the
                    // quotation closed here closed the one before it.
                    if let kw = pendingIndex(), kw >= k { kw == k ? settleAsOpening() : settleAsClosing() }
                    // Marks opened inside and never closed are dropped (recover locally).
                    stack.removeSubrange((k + 1)...)
                    let open = stack.removeLast()
                    emit(open, end: t.end, contentEnd: t.start, paragraph: p, balanced: true)
                }

                func open(_ family: QuoteMarkFamily) {
                    // An opening mark like the innermost open one (“…“) ends that one
                    // just before it: a mark does not nest directly in itself (“…‘…“
                    // does nest). At `maxNesting` levels, it ends the innermost one of
                    // its kind and what was opened inside, or else the innermost one.
                    // So no character is in more than `maxNesting` quotations, and the
                    // output stays linear in the text however the marks are misplaced.
                    let style = markStyle(c)
                    var ended: Int?
                    if let last = stack.last, markStyle(last.mark) == style {
                        ended = stack.count - 1
                    } else if stack.count >= maxNesting {
                        ended = stack.lastIndex { markStyle($0.mark) == style } ?? stack.count - 1
                    }
                    if let k = ended {
                        if let kw = pendingIndex(), kw >= k { settleAsClosing() }
                        // (i > 0: something is open. At a paragraph's first token,
                        // which a carried-over quotation can reach, the cut is at
                        // the previous paragraph's end.)
                        let end = tokens[i - 1].end
                        let endParagraph = i > paragraph.lowerBound ? p : p - 1
                        for inner in stack[k...] where end - inner.start > 3 {
                            emit(inner, end: end, contentEnd: end, paragraph: endParagraph, balanced: false)
                        }
                        stack.removeSubrange(k...)
                    }
                    stack.append(Open(family: family, mark: c, start: t.start, startParagraph: p))
                }
            }
            // A straight mark still waiting at the paragraph's end closed the one before it.
            settleAsClosing()
            // Paragraph end: keep an open double quote if the next paragraph continues it.
            let next = p + 1 < doc.paragraphTokens.count ? doc.paragraphTokens[p + 1] : nil
            let continues = next.map { n in
                tokens[n.lowerBound].kind == .punctuation && isDoubleOpener(s[tokens[n.lowerBound].start])
            } ?? false
            let paragraphEnd = tokens[paragraph.upperBound - 1].end
            var keep: [Open] = []
            for (k, open) in stack.enumerated() {
                // Only a run of outermost double quotes carries over.
                if continues, open.family == .double, keep.count == k {
                    keep.append(open)
                    continue
                }
                // Unbalanced: cut at the paragraph end when there is something inside.
                if paragraphEnd - open.start > 3 {
                    found.append(QuoteSpan(
                        range: TextRange(open.start, paragraphEnd),
                        content: TextRange(open.start + 1, paragraphEnd),
                        family: open.family, parent: nil,
                        paragraphCount: p - open.startParagraph + 1, balanced: false))
                }
            }
            stack = keep
        }
        found.sort { $0.range < $1.range }
        return found
    }

    enum MarkRole { case opener(QuoteMarkFamily), closer(QuoteMarkFamily), ambiguous(QuoteMarkFamily), none }

    static func classify(_ c: Unicode.Scalar) -> MarkRole {
        switch c.value {
        case 0x201C, 0x201E, 0x201F: return .opener(.double)
        case 0x201D: return .closer(.double)
        case 0x22, 0xFF02: return .ambiguous(.double)
        case 0x2018, 0x201A, 0x201B: return .opener(.single)
        case 0x2019: return .closer(.single)
        case 0x27: return .ambiguous(.single)
        case 0xAB, 0x2039: return .opener(.guillemet)
        case 0xBB, 0x203A: return .closer(.guillemet)
        case 0x300C, 0x300E: return .opener(.corner)
        case 0x300D, 0x300F: return .closer(.corner)
        default: return .none
        }
    }

    /// The most quotations open at once (“‘“‘ is already more than real texts use).
    static let maxNesting = 4

    @inline(__always)
    static func isStraight(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x22 || c.value == 0xFF02 || c.value == 0x27
    }

    /// The kind of an opening mark, for "the same mark does not nest in itself":
    /// straight or typographic, double or single, « or ‹, 「 or 『. Marks of one
    /// family but another style still nest (『』 in 「」, ‹ › in « », "…" in “…”).
    @inline(__always)
    static func markStyle(_ c: Unicode.Scalar) -> UInt8 {
        switch c.value {
        case 0x22, 0xFF02: return 0
        case 0x201C, 0x201E, 0x201F: return 1
        case 0x27: return 2
        case 0x2018, 0x201A, 0x201B: return 3
        case 0xAB: return 4
        case 0x2039: return 5
        case 0x300C: return 6
        case 0x300E: return 7
        default: return 8
        }
    }

    @inline(__always)
    static func isDoubleOpener(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x201C || c.value == 0x201E || c.value == 0x22 || c.value == 0xAB
    }

    @inline(__always)
    static func isOpeningContext(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x28, 0x5B, 0x7B, 0x2F, 0x2D, 0x2013, 0x2014, 0x3A: return true
        default: return QuoteMarkClass.isOpener(c)
        }
    }

    /// A single mark opens a quotation only before a word, and not in elisions
    /// such as ’90s, ’em, ’til, ’n’.
    static func opensSingle(_ s: ScalarText, _ t: Token, canOpen: Bool) -> Bool {
        guard canOpen, t.end < s.count else { return false }
        let next = s[t.end]
        if ScalarClass.isDigit(next) {
            // ’90s
            var k = t.end
            while k < s.count, ScalarClass.isDigit(s[k]) { k += 1 }
            if k < s.count, s[k] == "s" { return false }
            return true
        }
        guard ScalarClass.isLetter(next) || QuoteMarkClass.isQuoteMark(next) || next == "." || next == "…" else {
            return false
        }
        var word = ""
        var k = t.end
        while k < s.count, ScalarClass.isLetter(s[k]), word.unicodeScalars.count < 6 {
            word.unicodeScalars.append(s[k]); k += 1
        }
        if elisions.contains(word.lowercased()), k < s.count, !ScalarClass.isLetter(s[k]) {
            return false
        }
        return true
    }

    static let elisions: Set<String> = ["em", "til", "tis", "twas", "cause", "n", "bout", "round", "nuff"]

    /// Sets each span's parent to the innermost span that contains it.
    static func reindexParents(_ spans: [QuoteSpan]) -> [QuoteSpan] {
        var result = spans
        var open: [Int] = []
        for i in result.indices {
            result[i].parent = nil
            while let last = open.last, !result[last].range.contains(result[i].range) { open.removeLast() }
            if let last = open.last { result[i].parent = last }
            open.append(i)
        }
        return result
    }
}
