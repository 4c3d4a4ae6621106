import HearsayCore

extension WhoSpeaks {
    /// The rows for an article on screen (none while it is still being analysed).
    public static func stats(_ article: Article) -> [SpeakerStats] {
        article.analysis.map { stats($0) } ?? []
    }
}

extension AppState {
    /// Who speaks, as reviewed: rejected quotations do not count, added ones
    /// do, and a speaker set in review is credited (as `export` counts them).
    /// (Made once for each analysis and set of decisions: it counts the words
    /// of every quotation, a second on the 100 MB bench text.)
    var whoSpeaksStats: [SpeakerStats] {
        guard let analysis = article.analysis else { return [] }
        let key = WhoSpeaksKey(quotations: analysis.quotations, actors: analysis.actors, mentions: analysis.mentions,
                               reviews: annotations.reviews)
        return whoSpeaksRows.value(for: key, same: WhoSpeaksKey.same) {
            guard !annotations.reviews.isEmpty else { return WhoSpeaks.stats(analysis) }
            // (The article's analysis has the actor edits already: only the reviews are laid over it.)
            return WhoSpeaks.stats(ReviewedAnalysis.apply(reviews: annotations.reviews, actorEdits: [], to: analysis))
        }
    }
}

/// What the who-speaks chart is made from (see `FrameMemo`).
public struct WhoSpeaksKey {
    let quotations: [Quotation]
    let actors: [Actor]
    let mentions: [Mention]
    let reviews: [QuoteReview]

    static func same(_ a: Self, _ b: Self) -> Bool {
        sameStorage(a.quotations, b.quotations) && sameStorage(a.actors, b.actors) && sameStorage(a.mentions, b.mentions)
            && a.reviews == b.reviews
    }
}
