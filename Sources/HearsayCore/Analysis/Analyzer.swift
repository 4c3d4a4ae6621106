#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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

    /// The same analysis, its document without the word hashes only the
    /// analyzers need (`Document.droppingAnalysisTables`): what a long-lived holder keeps.
    public func droppingAnalysisTables() -> Analysis {
        var lean = self
        lean.document = document.droppingAnalysisTables()
        return lean
    }

    public func mentionCounts() -> [Int] {
        var counts = Array(repeating: 0, count: actors.count)
        for m in mentions { counts[m.actor] += 1 }
        return counts
    }

    /// Every mention grouped by actor, in order of position within each group:
    /// actor k's are `mentions[starts[k]..<starts[k + 1]]`. One array placed by
    /// counting, not an array per actor grown mention by mention.
    public func mentionsByActor() -> (mentions: [Mention], starts: [Int]) {
        var starts = [0]
        starts.reserveCapacity(actors.count + 1)
        for count in mentionCounts() { starts.append(starts[starts.count - 1] + count) }
        var next = starts
        let grouped = [Mention](unsafeUninitializedCapacity: mentions.count) { buffer, initialized in
            for m in mentions {
                (buffer.baseAddress! + next[m.actor]).initialize(to: m)
                next[m.actor] += 1
            }
            initialized = mentions.count
        }
        return (grouped, starts)
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
        analyze(doc, gazetteer: gazetteer, splitting: true, timings: &timings)
    }

    /// `splitting: false` analyses a big text in one part (tests compare the two).
    public static func analyze(_ doc: Document, gazetteer: Gazetteer = .bundled, splitting: Bool,
                               timings: inout PhaseTimings) -> Analysis {
        let notText = doc.hiddenMarkup + TerminalEscapes.ranges(in: doc.scalars)
        if !notText.isEmpty {
            // Markdown's markup and terminal escapes: the analysis reads them as
            // spaces, and hands back the source document (same offsets) for the
            // text it shows.
            var analysis = analyze(doc.withSpaces(over: notText), gazetteer: gazetteer, splitting: splitting, timings: &timings)
            analysis.document = doc.withAnalysisTables()
            return analysis
        }
        let doc = doc.withAnalysisTables()
        let spans = timings.measure("quotes") { QuoteFinder.find(in: doc) }
        // A big text is analysed in two parts at once, split between paragraphs
        // where no quotation runs on; names and speakers found in each part are
        // merged by the same keys that group them within a part.
        let parts = splitting ? Analyzer.parts(doc, spans) : [Part(tokens: 0..<doc.tokenTable.count, quotes: 0..<spans.count)]
        let (actorTable, context) = timings.measure("actors") { () -> (ActorTable, TokenContext) in
            let finder = ActorFinder(doc: doc, gazetteer: gazetteer)
            let found = Parallel.map(parts.count) { k in
                var part = finder
                part.findNames(in: parts[k].tokens)
                return part.table
            }
            let context: @Sendable () -> TokenContext = { TokenContext(doc: doc, gazetteer: gazetteer, quotes: spans) }
            let whole: @Sendable () -> ActorTable = {
                var merged = found[0]
                for other in found.dropFirst() { _ = merged.absorb(other) }
                var whole = finder
                whole.replaceTable(merged)
                whole.typeByApposition()
                whole.joinShortNames()
                return whole.table
            }
            // A big text's tables are put together and their names joined on one
            // core while the speaker rules' context, which needs no actors, is
            // built on the other (it was the first step of the speakers' phase).
            // (The table is made here, on the thread that made and freed the
            // parts' tables, whose memory it can then reuse: made on the other
            // thread it faulted in 8 MB more for a 10 MB text.)
            guard parts.count > 1 else { return (whole(), context()) }
            let pair = ConcurrentPair(context, whole)
            return (pair.second, pair.first)
        }
        // (`table` is the one holder of the table from here on: each phase
        // changes it in place, with no copy of its arrays.)
        var table = consume actorTable
        timings.measure("roles") {
            let linker = RoleLinker(doc: doc, gazetteer: gazetteer)
            let index = MentionIndex(table.mentions)
            // (The parts' copy of the table is gone once they are done, so the
            // links are added to the mentions in place, not to a copy.)
            let links = { (snapshot: ActorTable) in
                Parallel.map(parts.count) { k in linker.links(in: parts[k].tokens, table: snapshot, index: index) }
            }(table)
            table.reserveMentions(links.reduce(0) { $0 + $1.count })
            for l in links { linker.apply(l, to: &table) }
        }
        let (speakers, withSpeakers) = timings.measure("speakers") { () -> ([Speaker?], ActorTable) in
            let index = MentionIndex(table.mentions)
            guard parts.count > 1 else {
                // (A small text, such as each article of a corpus: one part, on the table itself.)
                var attributor = SpeakerAttributor(context: context, quotes: spans, table: table, index: index)
                table = ActorTable()
                return (attributor.attributeAll(), attributor.table)
            }
            let start = table.startingPart()
            let results = Parallel.map(parts.count) { k -> ([Speaker?], ActorTable) in
                var attributor = SpeakerAttributor(context: context, quotes: spans, table: start, index: index)
                return (attributor.attributeAll(in: parts[k].quotes), attributor.table)
            }
            // Each part's new actors and mentions join the table in the parts'
            // order. (The outer `table` lets go of its mentions first, so they
            // are appended to in place, not copied.)
            var merged = table
            table = ActorTable()
            merged.reserveMentions(results.reduce(0) { $0 + $1.1.mentions.count })
            var speakers = [Speaker?](repeating: nil, count: spans.count)
            for (k, (partSpeakers, partTable)) in results.enumerated() {
                let map = merged.absorb(partTable)
                for (offset, found) in partSpeakers.enumerated() {
                    guard var found else { continue }
                    if let a = found.actor { found.actor = map[a] }
                    speakers[parts[k].quotes.lowerBound + offset] = found
                }
            }
            return (speakers, merged)
        }
        var quotations = timings.measure("kinds") { QuoteKindClassifier(doc: doc, gazetteer: gazetteer).classify(spans, speakers: speakers, parts: parts.map(\.quotes)) }
        // Descriptions made for quotes that turned out to be titles or echoes go.
        var kept = withSpeakers
        // An interview's turns ("Tom Barker: …", "Q: …") are their speakers' words.
        InterviewTurns.add(to: &quotations, table: &kept, doc: doc, gazetteer: gazetteer)
        // (A description a pronoun resolved to stays: "The authors say … They call for “…”".)
        // (Packed ranges in a HashSet64 and a flag per actor, not Swift's Set,
        // which runs SipHash: this step is serial, once per quotation.)
        var speakerMentions = HashSet64(minimumCapacity: quotations.count)
        var speakerActors = [Bool](repeating: false, count: kept.actors.count)
        for q in quotations {
            if let m = q.speaker?.mention { speakerMentions.insert(Self.packed(m)) }
            if let a = q.speaker?.actor { speakerActors[a] = true }
        }
        // A name guessed from capitals inside a title ("The Quiet State", a book)
        // is the title's words, not an actor.
        let titles = quotations.filter { $0.kind == .title }.map(\.range)
        kept.removeMentions {
            $0.rule.isSpeakerRule && !speakerMentions.contains(Self.packed($0.range)) && !speakerActors[$0.actor]
                || $0.rule == .capitalised && !titles.isEmpty && Self.inside(titles, $0.range)
        }
        let (actors, mentions, newIndex) = timings.measure("compact") { kept.compacted() }
        for q in quotations.indices {
            if let a = quotations[q].speaker?.actor { quotations[q].speaker?.actor = newIndex[a] }
        }
        return Analysis(document: doc, quotations: quotations, actors: actors, mentions: mentions)
    }
}

extension Analyzer {
    /// Whether `r` lies inside one of `ranges` (sorted by start, not nested).
    static func inside(_ ranges: [TextRange], _ r: TextRange) -> Bool {
        let k = Document.lastStarting(atOrBefore: r.start, in: ranges) { $0.start }
        return k >= 0 && ranges[k].end >= r.end
    }

    /// A range as one 64-bit key (offsets are below 2^31, see `Token`).
    static func packed(_ r: TextRange) -> UInt64 { UInt64(r.start) << 32 | UInt64(r.end) }

    /// A part of the text analysed on its own: whole paragraphs, and the quotations in them.
    struct Part: Sendable {
        var tokens: Range<Int>
        var quotes: Range<Int>
    }

    /// Texts of more than this many tokens (about 1 MB) are split in two.
    static let splitThreshold = 200_000

    /// One part, or two split at the first paragraph past the middle that no
    /// quotation runs across.
    static func parts(_ doc: Document, _ spans: [QuoteSpan]) -> [Part] {
        let whole = [Part(tokens: 0..<doc.tokenTable.count, quotes: 0..<spans.count)]
        guard doc.tokenTable.count > splitThreshold else { return whole }
        var p = (doc.paragraphIndex(ofToken: doc.tokenTable.count / 2) ?? -1) + 1
        while p < doc.paragraphTokens.count {
            let boundary = doc.tokenTable[doc.paragraphTokens[p].lowerBound].start
            // The first quotation that ends after the boundary must start after it too.
            var lo = 0, hi = spans.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if spans[mid].range.start < boundary { lo = mid + 1 } else { hi = mid }
            }
            let crossing = spans[..<lo].contains { $0.range.end > boundary }
            if !crossing {
                let t = doc.paragraphTokens[p].lowerBound
                return [Part(tokens: 0..<t, quotes: 0..<lo), Part(tokens: t..<doc.tokenTable.count, quotes: lo..<spans.count)]
            }
            p += 1
        }
        return whole
    }
}

/// Wall time per analysis phase, for profiling from the command line, with
/// the processor time of the whole process in it: a phase that keeps both
/// cores busy shows about twice its wall time, a serial one about the same.
/// The page faults (fresh memory: a fault costs about as much as a few
/// hundred instructions) say which phase grew the process.
public struct PhaseTimings: Sendable {
    public private(set) var phases: [(name: String, seconds: Double, cpuSeconds: Double, pageFaults: Int)] = []

    public init() {}

    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = Self.processCPUSeconds(), faultsStart = Self.processPageFaults()
        let result = try body()
        let d = clock.now - start
        let cpu = Self.processCPUSeconds() - cpuStart
        phases.append((name, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18, cpu,
                       Self.processPageFaults() - faultsStart))
        return result
    }

    public var summary: String {
        phases.map { phase in
            let ms = Int((phase.seconds * 1000).rounded())
            guard phase.seconds >= 0.002 else { return "\(phase.name) \(ms) ms" }
            let cores = phase.cpuSeconds / phase.seconds
            return "\(phase.name) \(ms) ms (\((cores * 10).rounded() / 10) cores, \(phase.pageFaults) page faults)"
        }.joined(separator: ", ")
    }

    /// Minor page faults of all the process's threads so far.
    static func processPageFaults() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_minflt
    }

    /// User and system time of all the process's threads so far.
    static func processCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
