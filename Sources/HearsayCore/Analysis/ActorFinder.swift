/// Finds the actors of a document and every place that names them.
///
/// One pass over the tokens tries, at each word, the gazetteer (longest match)
/// and a run of capitalised words; a run wins when it is longer and ends like an
/// organisation or a place ("Kabul River", "Saudi Gazette"). Runs lose their
/// titles ("Minister of Education Stefania Giannini" → "Stefania Giannini") and
/// their sentence-initial function words ("Despite", "However"). A second pass
/// links role nouns ("the defense minister") to the person they name and joins
/// surnames to full names.
struct ActorFinder: Sendable {
    let doc: Document
    let gazetteer: Gazetteer
    var table = ActorTable()
    /// The actor in `table` of each gazetteer entry named so far, by entry
    /// index (saves building their keys). A map, not an array as long as the
    /// gazetteer: a short article names a dozen of its entries.
    var entryActors = HashMap64<Int>()

    /// Name runs already added, by `nameKeyHash`: their actor in `table`, and the
    /// gender their first word gives (a key's actor never changes while names are
    /// found; a 64-bit hash collision between two names is not a practical risk).
    var knownNameRuns = HashMap64<KnownNameRun>()
    struct KnownNameRun { var actor: Int; var givenNameGender: Gender? }

    /// Puts a merged table in place (its actor numbers are its own).
    mutating func replaceTable(_ merged: ActorTable) {
        table = merged
        entryActors = HashMap64()
        knownNameRuns = HashMap64()
    }
    /// Tokens that begin a sentence, or a quotation or clause inside one.
    var sentenceInitial: [Bool]
    /// The tokens of a title-case headline paragraph, where capitals mean nothing.
    var headlineTokens: Range<Int>? = nil
    /// Capitalised words that also occur mid-sentence (so they are names), by `WordHash.exact`.
    var capitalisedMidSentence = HashSet64()
    /// Capitalised words whose lower-case form occurs in the text (so they are words), by `WordHash.lower`.
    var lowercaseElsewhere = HashSet64()
    /// The words of names found not to be actors ("Hollis" of "Storm Hollis"), by
    /// `WordHash.exact`: one of them alone is not an actor either.
    var namesOfNonActors = HashSet64()
    /// The words of people's full names found so far ("Adaeze", "Nwosu"), by
    /// `WordHash.exact`: one of them opening a sentence alone names the person.
    var wordsOfPeople = HashSet64()
    /// The last words of people's full names found so far ("Lindqvist"): alone,
    /// the person, even where the word looks like an adjective ("-ist", "-ic").
    var surnamesOfPeople = HashSet64()
    /// The names opened by a word that opens none alone (`opensName`), by
    /// `nameKeyHash`: the same words later name the same actor.
    var openedNames = HashSet64()
    /// Their first words: only a word among them is asked whether it opens one
    /// again (most capitalised words are not, and the question walks a name).
    var openerWords = HashSet64()

    init(doc: Document, gazetteer: Gazetteer) {
        self.doc = doc
        self.gazetteer = gazetteer
        sentenceInitial = Array(repeating: false, count: doc.tokenTable.count)
        markSentenceStarts()
        findHeadlines()
        collectCapitalisationEvidence()
    }

    // MARK: Pass 1: names

    mutating func findNames() { findNames(in: 0..<doc.tokenTable.count) }

    /// Finds the names among `range`'s tokens (a run of whole paragraphs).
    mutating func findNames(in range: Range<Int>) {
        let tokens = doc.tokenTable
        // The questions below only read what the finder learnt before this pass;
        // asking them of a copy spares Swift copying the whole (mutable) finder
        // for every call, about a tenth of this pass's time.
        let reader = self
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            guard t.kind == .word, t.isCapitalised || t.isAllCaps || reader.startsWithParticle(i) else { i += 1; continue }
            // "(Reporting by Emma Laurent in Geneva; Editing by James Hale)": the
            // wire's credits name who wrote the story, no actor of it.
            if let end = reader.creditsEnd(at: i) {
                i = end
                continue
            }
            // "ALMATY, Feb. 3 (Meridian) -": a dateline says where the story was filed.
            if let end = reader.datelineEnd(at: i) {
                i = end
                continue
            }
            // "van Dijk", "de Jong": a lower-case particle opens the surname.
            if i > 1, t.isCapitalised, reader.isSurnameParticle(i - 1), !reader.isCapitalisedWord(i - 2),
               reader.matchGazetteer(at: i) == nil, let run = reader.nameRun(from: i) {
                addNameRun((i - 1)..<run.upperBound)
                i = run.upperBound
                continue
            }
            if reader.isDemonymCompound(i) {
                i += 1
                continue
            }
            // "UN-led", "Pakistan-based", "JRC-brokered": the name before the hyphen.
            if let prefixEnd = reader.capitalisedPrefixBeforeHyphen(i) {
                addHyphenPrefix(i, end: prefixEnd)
                i += 1
                continue
            }
            // "the Confederation of British Industry (CBI)": the text defines the
            // acronym, which then is that name's, not the gazetteer's (India's CBI).
            // (Not after a name the gazetteer gave, whose own acronym it is: "World
            // Health Organisation (WHO)". The mentions are the finder's own, which
            // `reader`, a copy from before the pass, has not.)
            let definesAcronym = reader.bracketsAnAcronym(i)
                && !(table.mentions.last.map { $0.range.end == tokens[i - 2].end && $0.rule == .gazetteer } ?? false)
            let gazetteerMatch = definesAcronym ? nil : reader.matchGazetteer(at: i)
            // "Alzheimer’s disease", "died with Parkinson’s": an illness named for
            // its doctor, no actor ("the Alzheimer’s Society" is the gazetteer's).
            if gazetteerMatch == nil, i + 1 < range.upperBound, tokens[i + 1].kind == .possessive,
               HashedWords.diseaseEponyms.contains(reader.hash(i)) {
                i += 2
                continue
            }
            let run = (t.isCapitalised || t.isAllCaps) && !reader.inHeadline(i) ? reader.nameRun(from: i) : nil
            // "Storm Hollis", "Hurricane Maria": a weather system or an operation,
            // and later its name alone ("Hollis brought down trees").
            if let run, run.count >= 2, gazetteerMatch == nil, HashedWords.nonActorOpeners.contains(reader.hash(run.lowerBound)) {
                for k in (run.lowerBound + 1)..<run.upperBound { namesOfNonActors.insert(reader.hash(k)) }
                i = run.upperBound
                continue
            }
            // "its chatbot Orbit", "the module Halcyon", "the trawler Margaret Ann":
            // a thing named, and later its name alone.
            // ("Luna, a 12-year-old elephant," after it.)
            if let run, gazetteerMatch == nil,
               i > 0 && tokens[i - 1].kind == .word && !tokens[i - 1].isCapitalised && HashedWords.namedThingNouns.contains(reader.lowerHash(i - 1))
                || reader.describedAsAThing(after: run.upperBound - 1) {
                for k in run { namesOfNonActors.insert(reader.hash(k)) }
                i = run.upperBound
                continue
            }
            if let run, run.count > (gazetteerMatch?.count ?? 0),
               HashedWords.nonActorKeywords.contains(reader.hash(run.upperBound - 1)) || reader.namesAnIndex(before: run.upperBound) {
                // "Indus Waters Treaty" is not an actor, nor is the Indus in it; but the
                // organiser of "Google Science Fair" is.
                if let g = gazetteerMatch, gazetteer.entries[g.entry].type != .place {
                    addGazetteerMention(g, at: i)
                }
                i = run.upperBound
                continue
            }
            // "Priya Nandakumar, Labour Correspondent", "our Washington Editor": a
            // journalist's beat and post, neither of them an actor.
            // (Asked of the words, not of `run`: a byline may be the text's first
            // line, which is taken for a headline, where no run is made.)
            if let g = gazetteerMatch, reader.isJournalistPost(i + g.count) {
                i += g.count + 1
                continue
            }
            if let g = gazetteerMatch {
                // "Indus Basin Authority", and "Lahore University of Management
                // Sciences": the place opens an organisation's name.
                // "Jordan Pickles", "Georgia Mills": a given name the gazetteer knows
                // as a place, and a surname.
                if let run, run.count > g.count,
                   reader.endsWithKeyword(run) || HashedWords.organisationKeywords.contains(reader.hash(i + g.count))
                    || g.count == 1 && run.count <= 3 && gazetteer.givenNamesByHash[reader.hash(i)] != nil
                        && reader.looksLikePersonalName(i, run.upperBound - 1) {
                    addNameRun(run)
                    i = run.upperBound
                    continue
                }
                addGazetteerMention(g, at: i)
                i += g.count
                continue
            }
            if let run {
                // "San Francisco-based": the words before a name made an adjective
                // belong to it, and name no actor.
                let next = run.upperBound
                if next < tokens.count, tokens[next].flags.contains(.hasHyphen), tokens[next].isCapitalised,
                   reader.isNameAdjective(next) {
                    i = next
                    continue
                }
                addNameRun(run)
                i = run.upperBound
                continue
            }
            // "Police Scotland", "the journal Current Biology": a name opened by a
            // word that opens no name alone (see `opensName`). (Asked last, of
            // the capitalised words nothing above took: it is asked rarely.)
            if t.isCapitalised, i + 1 < range.upperBound, tokens[i + 1].flags.contains(.spaceBefore),
               !tokens[i + 1].flags.contains(.newlineBefore), case let opener = reader.opensName(i),
               opener || openerWords.contains(reader.hash(i)), !reader.isNameWord(i),
               case let first = reader.nameStart(openedAt: i, limit: range.upperBound), first < range.upperBound,
               let rest = reader.nameRun(from: first),
               opener || openedNames.contains(reader.nameKeyHash(i..<rest.upperBound)) {
                // (`openedNames` is read from the finder itself: `reader` is a
                // copy made before the pass, without the names the pass adds.)
                // (A title that opens with it, "Police Chief Anna Ross", is taken off there.)
                addNameRun(i..<rest.upperBound, opened: true)
                // (Kept here, out of `addNameRun`, which the optimizer then keeps lean.)
                _ = openedNames.insert(reader.nameKeyHash(i..<rest.upperBound))
                _ = openerWords.insert(reader.hash(i))
                i = rest.upperBound
                continue
            }
            i += 1
        }
    }

    /// The end of a wire story's credits that open at `i` ("(Reporting by …;
    /// Editing by …)", "Additional reporting by …"): the closing bracket, or the
    /// paragraph's end without one. Nil when no credit opens there.
    func creditsEnd(at i: Int) -> Int? {
        let tokens = doc.tokenTable
        // (Where a paragraph or a bracket opens, first: most capitalised words are elsewhere.)
        guard i == 0 || tokens[i].flags.contains(.newlineBefore) || doc.token(i - 1, isPunctuation: "(") else { return nil }
        var by = i + 1
        if doc.token(i, is: "additional"), doc.token(i + 1, is: "reporting") { by = i + 2 }
        guard by < tokens.count, doc.token(by, is: "by"),
              by > i + 1 || doc.token(i, is: "reporting") || doc.token(i, is: "editing") || doc.token(i, is: "writing")
        else { return nil }
        var k = by + 1
        while k < tokens.count, !tokens[k].flags.contains(.newlineBefore) {
            if doc.token(k, isPunctuation: ")") { return k + 1 }
            k += 1
        }
        return k
    }

    /// Whether the capitals at `i` stand in brackets right after a name, which
    /// they abbreviate ("Confederation of British Industry (CBI)").
    func bracketsAnAcronym(_ i: Int) -> Bool {
        let tokens = doc.tokenTable
        guard i >= 2, i + 1 < tokens.count, tokens[i].isAllCaps, doc.token(i - 1, isPunctuation: "("),
              doc.token(i + 1, isPunctuation: ")") else { return false }
        return isNameWord(i - 2)
    }

    /// A journalist's post ("Correspondent", "Editor") at `i`.
    func isJournalistPost(_ i: Int) -> Bool {
        let tokens = doc.tokenTable
        guard i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalised, HashedWords.journalistPosts.contains(lowerHash(i))
        else { return false }
        // The post ends the name: "Labour Correspondent", not "Labour Editor Jane Doe".
        // (A name goes on past a space, not past a line's end.)
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        return !(next.kind == .word && next.isCapitalised && next.flags.contains(.spaceBefore) && !next.flags.contains(.newlineBefore))
    }

    /// See `Document.datelineEnd(at:)`.
    @inline(__always) func datelineEnd(at i: Int) -> Int? { doc.datelineEnd(at: i) }

    /// "van", "de", "von", "da", "di", "der", "den", "le", "la", "bin", "ibn" before a surname.
    func isSurnameParticle(_ k: Int) -> Bool {
        let t = doc.tokenTable[k]
        guard t.kind == .word, !t.isCapitalised, t.end - t.start <= 3 else { return false }
        return Self.surnameParticles.contains(lowerHash(k))
    }

    /// Words that open a body's name though never a name alone (see `opensName`).
    static let bodyOpenerHashes = HashSet64(["Police"].map(WordHash.exact))
    /// Nouns after which a name is a publication's, whatever its first word.
    static let publicationNouns = HashedWords.set(["journal", "magazine", "newspaper", "tabloid", "website", "periodical", "broadsheet"])

    /// Whether the capitalised word at `i`, which opens no name alone ("Police
    /// said", "Current events"), opens the name of the words after it:
    /// "Police Scotland", "the Police Federation"; after a publication's noun,
    /// "the journal Current Biology"; a title's adjective mid-sentence (see
    /// `titleOpenerHashes`). (The same words again, once one of those
    /// opened them, "published in Current Biology", are found by
    /// `openedNames` in `findNames`.)
    func opensName(_ i: Int) -> Bool {
        Self.bodyOpenerHashes.contains(hash(i))
            || i > 0 && !doc.tokenTable[i - 1].isCapitalised && Self.publicationNouns.contains(lowerHash(i - 1))
            || Self.titleOpenerHashes.contains(hash(i)) && !sentenceInitial[i] && !inHeadline(i)
    }

    /// Common adjectives that, capitalised in mid-sentence and before a name's
    /// words, open a title: "in Current Biology", "Private Eye", "the Local
    /// Government Association". (Not days, months or numbers: "on Monday
    /// President Ruto said".)
    static let titleOpenerHashes = HashSet64(["Current", "Future", "Early", "Local", "Regional", "Domestic", "Private",
                                              "Political", "Military", "Humanitarian", "Religious", "Latest"].map(WordHash.exact))

    /// Where the name's own words start after the word `i` that opens it: the
    /// next word, or after a title's opener, the first word past at most two
    /// capitalised common words ("the Local Government Association" is opened
    /// at "Local", and its name's words start at "Association").
    func nameStart(openedAt i: Int, limit: Int) -> Int {
        let tokens = doc.tokenTable
        let k = i + 1
        var j = k
        guard Self.titleOpenerHashes.contains(hash(i)) else { return k }
        while j < limit, j < k + 2, tokens[j].kind == .word, tokens[j].isCapitalised, !isNameWord(j),
              j + 1 < limit, tokens[j + 1].flags.contains(.spaceBefore), !tokens[j + 1].flags.contains(.newlineBefore) {
            j += 1
        }
        return j
    }

    static let surnameParticles = HashedWords.set(["van", "de", "von", "da", "di", "der", "den", "le", "la", "bin", "ibn", "dos", "das", "del"])

    @inline(__always) func hash(_ i: Int) -> UInt64 { doc.hash(ofToken: i) }
    @inline(__always) func lowerHash(_ i: Int) -> UInt64 { doc.lowerHash(ofToken: i) }
    @inline(__always) func lower(_ i: Int) -> String { doc.lowerKey(ofToken: i) }
    @inline(__always) func key(_ i: Int) -> String { doc.key(ofToken: i) }
}
