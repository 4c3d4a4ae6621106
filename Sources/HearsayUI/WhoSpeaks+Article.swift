import HearsayCore

extension WhoSpeaks {
    /// The rows for an article on screen (none while it is still being analysed).
    public static func stats(_ article: Article) -> [SpeakerStats] {
        article.analysis.map { stats($0) } ?? []
    }
}
