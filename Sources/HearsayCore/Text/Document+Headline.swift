extension Document {
    /// The first paragraph when it reads as a headline: one line of at most 120
    /// code points that does not end like a sentence or a quotation (no final
    /// stop, colon, semicolon, comma or closing quotation mark). The reader draws
    /// it as the title; the reports and citations name the article by it.
    public var headline: TextRange? {
        guard let first = paragraphs.first, first.length > 0, first.length <= 120 else { return nil }
        let text = scalars[first.start..<first.end]
        guard !text.contains("\n"), let last = text.last else { return nil }
        return ".:;,".unicodeScalars.contains(last) || last == "”" || last == "\"" ? nil : first
    }
}
