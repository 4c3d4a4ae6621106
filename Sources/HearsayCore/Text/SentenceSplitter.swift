/// Splits paragraphs into sentences over tokens.
///
/// A sentence ends at `.`, `!`, `?` or `…` (plus any closing marks right after it)
/// when white space and then a capital letter, digit or opening mark follow. It
/// does not end after an abbreviation ("Dr.", "Jan."), an initial ("F."), a dotted
/// abbreviation unless a typical sentence starter follows ("U.S. The"), or before
/// a lower-case word (`“It is over.” he said`). A stop with no space after it
/// ("Kabul.is", "3.5") never ends a sentence. A paragraph always ends one.
public enum SentenceSplitter {
    public static func split(
        tokens: [Token], paragraphs: [Range<Int>], scalars: ScalarText
    ) -> [Sentence] {
        split(tokens: tokens, paragraphs: paragraphs, indices: paragraphs.indices, scalars: scalars)
    }

    /// The sentences of paragraphs `indices` (a part of a big text).
    static func split(
        tokens: [Token], paragraphs: [Range<Int>], indices: Range<Int>, scalars: ScalarText
    ) -> [Sentence] {
        var sentences: [Sentence] = []
        // About one sentence per 15 tokens of these paragraphs.
        let tokenCount = indices.isEmpty ? 0 : paragraphs[indices.last!].upperBound - paragraphs[indices.first!].lowerBound
        sentences.reserveCapacity(tokenCount / 15 + indices.count)
        for p in indices where !paragraphs[p].isEmpty {
            let paragraph = paragraphs[p]
            var first = paragraph.lowerBound
            var i = paragraph.lowerBound
            while i < paragraph.upperBound {
                guard endsHere(tokens, i, scalars) else { i += 1; continue }
                var last = i
                while last + 1 < paragraph.upperBound,
                      !tokens[last + 1].flags.contains(.spaceBefore),
                      tokens[last + 1].kind == .punctuation,
                      QuoteMarkClass.isCloser(scalars[tokens[last + 1].start]) || ScalarClass.isSentenceTerminal(scalars[tokens[last + 1].start]) {
                    last += 1
                }
                let next = last + 1
                if next < paragraph.upperBound, startsSentence(tokens, next, after: i, scalars) {
                    sentences.append(Sentence(
                        range: TextRange(tokens[first].start, tokens[last].end),
                        tokens: first..<next, paragraph: p))
                    first = next
                }
                i = next
            }
            if first < paragraph.upperBound {
                sentences.append(Sentence(
                    range: TextRange(tokens[first].start, tokens[paragraph.upperBound - 1].end),
                    tokens: first..<paragraph.upperBound, paragraph: p))
            }
        }
        return sentences
    }

    @inline(__always)
    static func endsHere(_ tokens: [Token], _ i: Int, _ s: ScalarText) -> Bool {
        let t = tokens[i]
        if t.kind == .punctuation { return ScalarClass.isSentenceTerminal(s[t.start]) }
        return t.kind == .word && t.flags.contains(.endsWithStop)
    }

    static func startsSentence(_ tokens: [Token], _ next: Int, after terminal: Int, _ s: ScalarText) -> Bool {
        let n = tokens[next]
        guard n.flags.contains(.spaceBefore) else { return false }
        var first = s[n.start]
        var wordToken = next
        if n.kind == .punctuation, QuoteMarkClass.isOpener(first) || ScalarClass.isDash(first) {
            guard next + 1 < tokens.count else { return true }
            wordToken = next + 1
            first = s[tokens[wordToken].start]
        }
        let upper = ScalarClass.isUppercase(first)
        let digit = ScalarClass.isDigit(first)
        guard upper || digit else { return false }

        let t = tokens[terminal]
        if t.kind == .word {
            // A dotted abbreviation ends a sentence only before a typical starter.
            return Abbreviations.sentenceStarterHashes.contains(hash(tokens[wordToken], s))
        }
        guard s[t.start] == "." else { return true }   // ! ? … always end
        guard terminal > 0 else { return true }
        let before = tokens[terminal - 1]
        guard before.end == t.start, before.kind == .word else { return true }
        // An initial: one capital letter ("John F. Kennedy").
        if before.end - before.start == 1, ScalarClass.isUppercase(s[before.start]) { return false }
        if before.end - before.start <= 6, Abbreviations.titleAndUnitHashes.contains(hash(before, s)) {
            return false
        }
        return true
    }

    /// `WordHash.exact` of the token's word: the lists are asked by hash, with
    /// no `String` made (this runs at every full stop of the text).
    @inline(__always)
    static func hash(_ t: Token, _ s: ScalarText) -> UInt64 {
        WordHash.exact(s[t.start..<t.end])
    }
}
