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
        let spans = QuoteFinder.find(in: doc)
        var finder = ActorFinder(doc: doc, gazetteer: gazetteer)
        finder.findNames()
        finder.joinShortNames()
        var table = finder.table
        RoleLinker(doc: doc, gazetteer: gazetteer).link(&table)
        var attributor = SpeakerAttributor(doc: doc, gazetteer: gazetteer, quotes: spans, table: table)
        let speakers = attributor.attributeAll()
        table = attributor.table
        var quotations = QuoteKindClassifier(doc: doc).classify(spans, speakers: speakers)
        let (actors, mentions, newIndex) = table.compacted()
        for q in quotations.indices {
            if let a = quotations[q].speaker?.actor { quotations[q].speaker?.actor = newIndex[a] }
        }
        return Analysis(document: doc, quotations: quotations, actors: actors, mentions: mentions)
    }
}
