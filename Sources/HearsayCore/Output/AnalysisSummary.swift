/// One tab-separated line of counts per article, for corpus scripts
/// (`hearsay analyze --format summary corpus/*.txt | sort -t$'\t' -k3 -n`).
public enum AnalysisSummary {
    public static let header = ["path", "quotations", "reported", "attributed", "actors", "mentions", "top_speaker"]
        .joined(separator: "\t")

    public static func line(_ a: Analysis, path: String) -> String {
        let reported = a.quotations.count { $0.kind.isReportedSpeech }
        let attributed = a.quotations.count { $0.kind.isReportedSpeech && $0.speaker != nil }
        let counts = a.quotationCounts
        let top = counts.indices.max { counts[$0] < counts[$1] }.flatMap { counts[$0] > 0 ? a.actors[$0].name : nil } ?? ""
        return [clean(path), String(a.quotations.count), String(reported), String(attributed),
                String(a.actors.count), String(a.mentions.count), clean(top)].joined(separator: "\t")
    }

    /// Tabs, line breaks and control characters would break the columns.
    static func clean(_ s: String) -> String {
        AnalysisTable.flatten(s)
    }
}
