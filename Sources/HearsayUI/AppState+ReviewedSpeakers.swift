import HearsayCore

/// Who said a quotation once the user has reviewed it: the Actors tab, the
/// actor filter of the Quotations tab and `]a` count and follow the speaker
/// set in review, as the who-speaks chart and the exports do, not the
/// detector's.
extension AppState {
    /// The actor that said quotation `q`: the speaker set in review (found by
    /// name, then alias, as `ReviewedAnalysis` finds it; a blank name or a
    /// name that is no actor's: none), else the detector's.
    func speakerActor(of q: Int) -> Int? {
        guard let name = review(of: q)?.speaker else { return article.quotations[q].speaker?.actor }
        guard !name.isEmpty else { return nil }
        return ReviewedAnalysis.actor(named: name, in: article.actors)
    }

    /// Reported-speech quotations each actor said (the Actors tab's "2q"): the
    /// detector's counts until a quotation is reviewed, then the reviewed
    /// who-speaks rows' (rejected quotations left out, kinds and speakers set
    /// in review counted), matched to the article's actors by name.
    var reviewedQuotationCounts: [Int] {
        guard !annotations.reviews.isEmpty, let analysis = article.analysis else { return article.quotationCounts }
        let key = WhoSpeaksKey(quotations: analysis.quotations, actors: analysis.actors, mentions: analysis.mentions,
                               reviews: annotations.reviews)
        return reviewedCounts.value(for: key, same: WhoSpeaksKey.same) {
            var said: [String: Int] = [:]
            for row in whoSpeaksStats where row.actor != SpeakerStats.unattributed { said[row.name, default: 0] += row.quotations }
            return article.actors.map { said[$0.name] ?? 0 }
        }
    }
}
