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
    var whoSpeaksStats: [SpeakerStats] {
        guard let analysis = article.analysis else { return [] }
        guard !annotations.reviews.isEmpty else { return WhoSpeaks.stats(analysis) }
        // (The article's analysis has the actor edits already: only the reviews are laid over it.)
        return WhoSpeaks.stats(ReviewedAnalysis.apply(reviews: annotations.reviews, actorEdits: [], to: analysis))
    }
}
