import HearsayCore

/// A quotation as people cite it: “…,” — Speaker, in “Title” (file). Used by `y`
/// in the reader and by `hearsay quotes --format cite`.
public enum Citation {
    /// `text` and `speaker` default to the detector's (the reader passes the reviewed ones).
    public static func of(_ q: Int, in article: Article, text: String? = nil, speaker: String?? = nil) -> String {
        let quotation = article.quotations[q]
        let quoted = SidePaneView.flattened(text ?? article.document.string(quotation.range))
        let who: String?
        if let speaker {
            who = speaker
        } else {
            who = quotation.speaker.map { s in s.actor.map { article.actors[$0].name } ?? article.document.string(s.mention) }
        }
        let title = article.document.headline.map { SidePaneView.flattened(article.document.string($0)) } ?? article.name
        return "\(quoted)\(who.map { " — \($0)" } ?? ""), in “\(title)” (\(article.name))"
    }
}
