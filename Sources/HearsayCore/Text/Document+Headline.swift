extension Document {
    /// The first paragraph when it reads as a headline (`readsAsHeading`). The
    /// reader draws it as the title; the reports and citations name the article by it.
    public var headline: TextRange? {
        guard let first = paragraphs.first, readsAsHeading(first) else { return nil }
        return first
    }

    /// One line of at most `limit` code points that does not end like a
    /// sentence or a quotation (no final stop, colon, semicolon, comma or
    /// closing quotation mark).
    public func readsAsHeading(_ paragraph: TextRange, limit: Int = 120) -> Bool {
        guard paragraph.length > 0, paragraph.length <= limit else { return false }
        let text = scalars[paragraph.start..<paragraph.end]
        guard !text.contains("\n"), let last = text.last else { return false }
        return !(".:;,".unicodeScalars.contains(last) || last == "”" || last == "\"")
    }

    /// Whether paragraph `k` of a plain text is a subheading ("A slow
    /// recovery"): not the first, a short heading-like line (at most 80 code
    /// points, no "!" or "?" at its end) that opens with a letter (not a
    /// quotation mark, a bullet or a number), one sentence, followed by a
    /// longer paragraph.
    public func isSubheading(paragraph k: Int) -> Bool {
        guard k > 0, k + 1 < paragraphs.count else { return false }
        let p = paragraphs[k]
        guard readsAsHeading(p, limit: 80), paragraphs[k + 1].length > p.length else { return false }
        let first = scalars[p.start], last = scalars[p.end - 1]
        guard ScalarClass.isLetter(first), last != "!", last != "?" else { return false }
        // ("…と述べた。 Beijing’s envoy said: “…” 🙂" ends with no stop, but is two sentences.)
        return sentenceIndex(containing: p.start) == sentenceIndex(containing: p.end - 1)
    }
}
