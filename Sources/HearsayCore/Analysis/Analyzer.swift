/// The whole analysis of one document: quotations, speakers, actors, mentions.
public struct Analysis: Sendable {
    public var document: Document
    public var quotations: [Quotation]
    public var actors: [Actor]
    /// Every actor mention, sorted by position.
    public var mentions: [Mention]

    /// How many reported-speech quotations each actor is the speaker of.
    public var quotationCounts: [Int] {
        var counts = Array(repeating: 0, count: actors.count)
        for q in quotations where q.kind.isReportedSpeech {
            if let a = q.speaker?.actor { counts[a] += 1 }
        }
        return counts
    }

    public func mentionCounts() -> [Int] {
        var counts = Array(repeating: 0, count: actors.count)
        for m in mentions { counts[m.actor] += 1 }
        return counts
    }
}

/// Runs the analyzers in order: quotations, actors, role links, speakers, kinds.
public enum Analyzer {
    public static func analyze(_ doc: Document, gazetteer: Gazetteer = .bundled) -> Analysis {
        var timings = PhaseTimings()
        return analyze(doc, gazetteer: gazetteer, timings: &timings)
    }

    /// The same, recording how long each phase took (`hearsay analyze --timing`).
    public static func analyze(_ doc: Document, gazetteer: Gazetteer = .bundled, timings: inout PhaseTimings) -> Analysis {
        let spans = timings.measure("quotes") { QuoteFinder.find(in: doc) }
        var table = timings.measure("actors") { () -> ActorTable in
            var finder = ActorFinder(doc: doc, gazetteer: gazetteer)
            finder.findNames()
            finder.joinShortNames()
            return finder.table
        }
        timings.measure("roles") { RoleLinker(doc: doc, gazetteer: gazetteer).link(&table) }
        let (speakers, withSpeakers) = timings.measure("speakers") { () -> ([Speaker?], ActorTable) in
            var attributor = SpeakerAttributor(doc: doc, gazetteer: gazetteer, quotes: spans, table: table)
            return (attributor.attributeAll(), attributor.table)
        }
        var quotations = timings.measure("kinds") { QuoteKindClassifier(doc: doc, gazetteer: gazetteer).classify(spans, speakers: speakers) }
        // Descriptions made for quotes that turned out to be titles or echoes go.
        var kept = withSpeakers
        let speakerMentions = Set(quotations.compactMap { $0.speaker?.mention })
        kept.removeMentions { $0.rule.hasPrefix("speaker.") && !speakerMentions.contains($0.range) }
        let (actors, mentions, newIndex) = timings.measure("compact") { kept.compacted() }
        for q in quotations.indices {
            if let a = quotations[q].speaker?.actor { quotations[q].speaker?.actor = newIndex[a] }
        }
        return Analysis(document: doc, quotations: quotations, actors: actors, mentions: mentions)
    }
}

/// Wall time per analysis phase, for profiling from the command line.
public struct PhaseTimings: Sendable {
    public private(set) var phases: [(name: String, seconds: Double)] = []

    public init() {}

    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let d = clock.now - start
        phases.append((name, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18))
        return result
    }

    public var summary: String {
        phases.map { "\($0.name) \(Int(($0.seconds * 1000).rounded())) ms" }.joined(separator: ", ")
    }
}
