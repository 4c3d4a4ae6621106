/// Runs of capitalised words that the gazetteer does not know: people, bodies, places.
extension ActorFinder {
    /// A run of capitalised words, with connectors ("of", "the") and particles
    /// ("al-") inside, that can be a name. Nil for function words.
    func nameRun(from i: Int) -> Range<Int>? {
        let tokens = doc.tokenTable
        guard isNameWord(i) else { return nil }
        var last = i
        var j = i + 1
        var sawOf = false
        while j < tokens.count {
            let t = tokens[j]
            if t.flags.contains(.newlineBefore) { break }
            // "… put forward by Kestrel Homes Ltd. Cllr David Okonjo said": a
            // company's form with its stop ends a sentence, and the name.
            if t.kind == .punctuation, tokens[j - 1].kind == .word, Self.legalFormHashes.contains(doc.hash(ofToken: j - 1)),
               doc.scalars[t.start] == "." { break }
            if isNameWord(j) && t.flags.contains(.spaceBefore) { last = j; j += 1; continue }
            // "Channel 9", "BBC Radio 4": a broadcaster's number.
            if t.kind == .number, last == j - 1, isBroadcastersNumber(j) {
                last = j
                j += 1
                continue
            }
            if t.kind == .word, !t.isCapitalised, startsWithParticle(j), t.flags.contains(.spaceBefore) {
                last = j; j += 1; continue
            }
            // "Water Watch", "Royal Women’s Hospital": a word that never starts a
            // name (a stopword) may go on one.
            if t.kind == .word, t.isCapitalised, t.flags.contains(.spaceBefore), last == j - 1,
               Self.nameContinuerHashes.contains(hash(j)) {
                last = j
                j += 1
                continue
            }
            // "Nguyen Thi Thu Hang", "Zhang Jun Wei": a weekday's or month's
            // short form that is a name's word between two others.
            if t.kind == .word, last == j - 1, t.flags.contains(.spaceBefore), j + 1 < tokens.count,
               Self.nameLikeStopwordHashes.contains(hash(j)), tokens[j + 1].flags.contains(.spaceBefore), isNameWord(j + 1) {
                j += 1
                continue
            }
            // "Ghana Journalists Association", "Kenya Police Service": a word that
            // never starts a name, right before an organisation's word; or
            // before its plural possessive ("Castle Street Traders’ Association").
            if t.kind == .word, t.isCapitalised, t.flags.contains(.spaceBefore), last == j - 1, j + 1 < tokens.count,
               gazetteer.stopwordHashes.contains(hash(j)) {
                let body = doc.isPluralPossessiveApostrophe(j + 1) ? j + 2 : j + 1
                if body < tokens.count, HashedWords.organisationKeywords.contains(hash(body)), tokens[body].flags.contains(.spaceBefore),
                   isNameWord(body) {
                    j = body
                    continue
                }
            }
            // "National Union of Journalists", "Federation of Students": the people
            // a body is of, after its organisation's word.
            if t.kind == .word, last == j - 1, j + 1 < tokens.count, tokens[j + 1].isCapitalised,
               tokens[j + 1].flags.contains(.spaceBefore), isPeopleOfBody(j + 1), gazetteer.stopwordHashes.contains(hash(j + 1)) {
                last = j + 1
                j += 2
                continue
            }
            // "Surfers Against Sewage", "Doctors Without Borders": a capitalised
            // preposition between the words of a body's name.
            if t.kind == .word, t.isCapitalised, t.flags.contains(.spaceBefore), Self.capitalisedConnectorHashes.contains(hash(j)),
               j + 1 < tokens.count, tokens[j + 1].flags.contains(.spaceBefore), isNameWord(j + 1) {
                j += 1
                continue
            }
            // "Chamber of Regional Commerce": a title's adjective (see
            // `titleOpenerHashes`) inside a name, before its next word.
            if t.kind == .word, t.isCapitalised, t.flags.contains(.spaceBefore), j + 1 < tokens.count,
               Self.titleOpenerHashes.contains(hash(j)), tokens[j + 1].flags.contains(.spaceBefore), isNameWord(j + 1) {
                j += 1
                continue
            }
            // "Calder & Finch Ltd."
            if t.kind == .punctuation, doc.scalars[t.start] == "&", j + 1 < tokens.count, isNameWord(j + 1) {
                j += 1
                continue
            }
            // "Ursula von der Leyen", "Juan de la Cruz": two particles before the surname.
            if t.kind == .word, !t.isCapitalised, last == j - 1, j + 2 < tokens.count, tokens[j + 1].kind == .word,
               !tokens[j + 1].isCapitalised, isSurnameParticle(j), isSurnameParticle(j + 1),
               isNameWord(j + 2), tokens[j + 2].flags.contains(.spaceBefore) {
                j += 2
                continue
            }
            // "Federal Office for the Environment", "Department of the Interior":
            // "of the", "for the" after an organisation's word.
            // (And a title's: "Leader of the Opposition", which names nobody.)
            if t.kind == .word, !t.isCapitalised, last == j - 1, j + 2 < tokens.count,
               HashedWords.ofOrFor.contains(hash(j)), doc.token(j + 1, is: "the"), !tokens[j + 1].isCapitalised,
               HashedWords.organisationKeywords.contains(hash(last)) || matchTitle(at: i, within: i..<(j + 3))?.hashes.count == j + 3 - i,
               isNameWord(j + 2) {
                sawOf = true
                j += 2
                continue
            }
            if t.kind == .word, !t.isCapitalised, j + 1 < tokens.count,
               isNameWord(j + 1)
                || tokens[j + 1].isCapitalised && j + 2 < tokens.count && Self.titleOpenerHashes.contains(hash(j + 1)) && isNameWord(j + 2) {
                // Compared as written (a lower-case word here), by hash: no String per word.
                // "Henrik Olsen of Nordic Freight Research": a person's full name ends
                // before "of"; "Bank of England" and "Minister of Education" go on.
                // (The given name may follow titles: "Detective Inspector Paul Grieve of West Yorkshire Police".)
                let personOf = (doc.token(j, is: "of") || doc.token(j, is: "for")) && last > i
                    && ((i...min(last, i + 3)).contains { gazetteer.givenNamesByHash[hash($0)] != nil }
                        || last == i + 1 && looksLikePersonalName(i, last)
                        // "Professor Hiroshi Tanabe of Keio University": a title and two names
                        // ("Prof. Nagaraju Venkatesh": the title's stop between).
                        || last == i + 2 && isHonorific(i) && looksLikePersonalName(i + 1, last)
                        || last == i + 3 && isHonorific(i) && doc.token(i + 1, isPunctuation: ".") && looksLikePersonalName(i + 2, last))
                if Self.nameConnectorHashes.contains(hash(j)), !doc.token(j, is: "and") || sawOf && !bodyNamed(after: j) || !sawOf && andJoinsABody(after: last, at: j), !personOf {
                    if doc.token(j, is: "of") || doc.token(j, is: "for") { sawOf = true }
                    j += 1
                    continue
                }
            }
            // "King’s College London", "Queen Mary’s Hospital": a possessive inside
            // an institution's name, when an organisation's word follows and the
            // words before are no known name ("Pakistan’s Foreign Ministry" is
            // Pakistan's ministry).
            if t.kind == .possessive, last == j - 1, possessiveInsideName(i, j) { j += 1; continue }
            // "St Thomas' Hospital": the same with the apostrophe alone after an "s".
            // ("Leeds Magistrates’ Court": the owners are the magistrates, not Leeds.)
            if last == j - 1, doc.isPluralPossessiveApostrophe(j), possessiveInsideName(i, j, ownedByTheFirstWord: j - 1 == i) {
                j += 1
                continue
            }
            // "Henry T. Morrow": an initial and its stop inside a name.
            if t.kind == .word, t.isCapitalised, t.end - t.start == 1, t.flags.contains(.spaceBefore),
               j + 2 < tokens.count, doc.scalars[tokens[j + 1].start] == ".", tokens[j + 1].start == t.end,
               isNameWord(j + 2) {
                j += 2
                continue
            }
            // "Mr. Tedeschi", "Dr. Noorzai": the stop of an honorific.
            if t.kind == .punctuation, doc.scalars[t.start] == ".", t.start == tokens[j - 1].end,
               j + 1 < tokens.count, isNameWord(j + 1), isHonorific(j - 1) {
                j += 1
                continue
            }
            break
        }
        return i..<(last + 1)
    }

    /// "West Yorkshire Fire and Rescue Service", "Food and Drug Administration":
    /// the "and" at `and` joins one body's name when the words after it end, within
    /// three, in a body's word, and the name before it (ending at `last`) does not
    /// ("Hebden Bridge and Mytholmroyd" are two places, "the Home Office and
    /// Cabinet Office" two bodies).
    func andJoinsABody(after last: Int, at and: Int) -> Bool {
        guard !HashedWords.organisationKeywords.contains(hash(last)), matchGazetteer(at: last) == nil else { return false }
        return bodyNamed(after: and)
    }

    /// Whether the words after the "and" at `and` end, within three, in a body's
    /// word. After "of" a name goes on past "and" ("Department of Health and
    /// Social Care"), but not into a body of its own: "the University of
    /// Edinburgh and Karolinska Institutet" are two.
    func bodyNamed(after and: Int) -> Bool {
        var k = and + 1
        while k < min(doc.tokenTable.count, and + 4), isNameWord(k) {
            if HashedWords.organisationKeywords.contains(hash(k)), k + 1 >= doc.tokenTable.count || !isNameWord(k + 1) || endsWithPlace(k + 1) {
                return true
            }
            k += 1
        }
        return false
    }

    /// "Kellerman College London": a body's name may end in its city, one word
    /// the gazetteer knows as a place, after the body's word at `k - 1`.
    func endsWithPlace(_ k: Int) -> Bool {
        guard let place = matchGazetteer(at: k), place.count == 1,
              [.place, .state].contains(gazetteer.entries[place.entry].type) else { return false }
        return k + 1 >= doc.tokenTable.count || !isNameWord(k + 1)
    }

    func isNameWord(_ i: Int) -> Bool {
        let t = doc.tokenTable[i]
        guard t.kind == .word, t.isCapitalised || t.isAllCaps else { return false }
        if t.end - t.start == 1 { return false }   // "X", "I", "A"
        if gazetteer.stopwordHashes.contains(hash(i)) { return false }
        // (Also the short mixed ones of the list: "MPs", "NGOs", "PhD".)
        if t.isAllCaps || t.end - t.start <= 4 && hasInnerCapital(t), Self.notAcronymHashes.contains(hash(i)) { return false }
        if t.flags.contains(.hasHyphen), isPartyAndState(i) || isNameAdjective(i) { return false }
        if t.flags.contains(.hasDigit), isLetterAndNumber(t) { return false }
        return true
    }

    /// "Journalists" in "National Union of Journalists": a capitalised plural
    /// after "of" and an organisation's word.
    func isPeopleOfBody(_ k: Int) -> Bool {
        k >= 2 && doc.tokenTable[k].isCapitalised && doc.token(k - 1, is: "of")
            && HashedWords.organisationKeywords.contains(hash(k - 2)) && doc.token(k, endsWith: "s")
    }

    /// "Francisco-based", "Kremlin-backed": a name made an adjective by the
    /// word after its last hyphen (`Lexicon.nameAdjectiveSuffixes`).
    func isNameAdjective(_ i: Int) -> Bool {
        let t = doc.tokenTable[i]
        var k = t.end - 1
        while k > t.start, !ScalarClass.isHyphen(doc.scalars[k]) { k -= 1 }
        guard k > t.start, t.end - k - 1 >= 2, t.end - k - 1 <= 13 else { return false }
        return HashedWords.nameAdjectiveSuffixes.contains(WordHash.lower(doc.scalars[(k + 1)..<t.end]))
    }

    /// The number of "Channel 9", "BBC Radio 4": at most three digits right
    /// after "Channel", "Radio" or "TV".
    func isBroadcastersNumber(_ k: Int) -> Bool {
        let t = doc.tokenTable[k]
        return k > 0 && t.kind == .number && t.flags.contains(.spaceBefore) && t.end - t.start <= 3
            && Self.numberedBroadcasterHashes.contains(hash(k - 1))
    }

    /// One capital letter and digits: a road, a grid square or a form ("the A82",
    /// "M25", "B6318"), never an actor. (The G7 and the G20 are in the gazetteer,
    /// which is asked first.)
    func isLetterAndNumber(_ t: Token) -> Bool {
        t.end - t.start >= 2 && (t.start + 1..<t.end).allSatisfy { ScalarClass.isDigit(doc.scalars[$0]) }
    }

    /// Whether the possessive at `j`, after the name words from `i`, is inside
    /// an institution's name: capitalised words follow it, one of them an
    /// organisation's word, and the words before it are neither a gazetteer
    /// name nor a person's (a given name first).
    func possessiveInsideName(_ i: Int, _ j: Int, ownedByTheFirstWord: Bool = true) -> Bool {
        let tokens = doc.tokenTable
        guard j + 1 < tokens.count, tokens[j + 1].flags.contains(.spaceBefore), isNameWord(j + 1) else { return false }
        // (The organisation's word first: most possessives after a name have none.)
        var k = j + 1
        var found = false
        while k < min(j + 6, tokens.count), isNameWord(k), k == j + 1 || tokens[k].flags.contains(.spaceBefore) {
            if HashedWords.organisationKeywords.contains(hash(k)) { found = true; break }
            k += 1
        }
        return found && (!ownedByTheFirstWord || gazetteer.givenNamesByHash[hash(i)] == nil && matchGazetteer(at: i) == nil)
    }

    /// A capital after the first letter ("MPs", "PhD"): read only for short words.
    func hasInnerCapital(_ t: Token) -> Bool {
        (t.start + 1..<t.end).contains { ScalarClass.isUppercase(doc.scalars[$0]) }
    }

    /// An American legislator's party and state after the name: "R-Ariz.",
    /// "D-N.Y.", "I-Vt." (the party is found by its name; this is no actor).
    func isPartyAndState(_ i: Int) -> Bool {
        let t = doc.tokenTable[i]
        guard t.end - t.start >= 3, t.end - t.start <= 8 else { return false }
        let s = doc.scalars
        return ["R", "D", "I"].contains(s[t.start]) && s[t.start + 1] == "-" && ScalarClass.isUppercase(s[t.start + 2])
    }

    static let nameConnectorHashes = HashSet64(Lexicon.nameConnectors.map(WordHash.exact))
    /// Stopwords (never the first word of a name) that go on one: "Water
    /// Watch", "Royal Women’s Hospital", "Save the Children", "Sky News".
    static let nameContinuerHashes = HashSet64(["Watch", "Women", "Children", "Doctors", "News", "Action", "Families",
                                                 "Workers", "Farmers", "Veterans", "Students", "Mothers", "Friends",
                                                 "Police", "AI"].map(WordHash.exact))
    /// Posts held of a place: "Bishop … of Limburg", "the Mayor of …".
    static let territorialRoles: Set<String> = ["bishop", "archbishop", "metropolitan", "patriarch", "mayor", "governor",
                                                "duke", "duchess", "earl", "prince", "princess", "king", "queen", "emir",
                                                "sultan", "cardinal", "lord mayor"]
    static let nameLikeStopwordHashes = HashSet64(["Thu", "Jun", "Sun", "Mar"].map(WordHash.exact))
    static let numberedBroadcasterHashes = HashSet64(["Channel", "Radio", "TV"].map(WordHash.exact))
    static let capitalisedConnectorHashes = HashSet64(["Against", "Without", "Beyond", "Across"].map(WordHash.exact))
    static let notAcronymHashes = HashSet64(notAcronyms.map(WordHash.exact))

    static let notAcronyms: Set<String> = Set([
        "OK", "TV", "AM", "PM", "IQ", "GDP", "HIV", "AIDS", "COVID", "DNA", "PDF", "USB", "CEO", "PS",
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "ID", "FAQ", "AD", "BC", "UTC", "GMT",
        "CCTV", "SMS", "URL", "VIP", "RIP", "MP", "MPs", "MNA", "MNAs", "PhD", "QC", "KC", "USD", "EUR",
        // "a VAR review", "their GP": a video referee, a family doctor.
        "VAR", "GP", "GPs",
        "IPO", "AI", "ETF", "CFO", "CTO", "COO", "EV", "ESG", "API", "GPS", "SUV", "LNG", "GMO", "NGO", "NGOs",
    ]).union(emphasis)

    /// English words written in capitals for emphasis ("NOT safe", "do ALL we
    /// can"), which read as acronyms otherwise; function words and adverbs,
    /// which never start a name. Those that name something in the gazetteer
    /// ("US", "WHO", "IS") are found there first.
    static let emphasis: Set<String> = [
        "NOT", "NO", "YES", "ALL", "NEVER", "ALWAYS", "NOW", "STOP", "MUST", "WILL", "DO", "DID", "DOES",
        "DONT", "CANNOT", "CAN", "ONLY", "VERY", "EVERY", "ANY", "NONE", "NOTHING", "EVERYTHING", "EVERYONE",
        "WHY", "WHAT", "HOW", "WHEN", "WHERE", "THIS", "THAT", "THESE", "THOSE", "HE", "SHE", "THEY", "WE",
        "YOU", "ME", "IT", "THE", "AND", "OR", "BUT", "IF", "OF", "TO", "IN", "ON", "AT", "BY", "FOR", "WITH",
        "FROM", "UP", "OUT", "OFF", "OVER", "AGAIN", "STILL", "JUST", "EVEN", "REALLY", "PLEASE", "THANK",
        "THANKS", "SORRY", "WOW", "OMG", "LOL", "HERE", "THERE", "TODAY", "TONIGHT", "TOMORROW", "YESTERDAY",
    ]

    /// Words in capitals that are no actor when they stand alone: a wire
    /// story's slugs and labels ("BREAKING:", "UPDATE 2 -", "EXCLUSIVE"), and
    /// words shouted for emphasis ("FAKE", "RED"). Beside another capitalised
    /// word they may be a name's first word ("FIRST Global", "NEWS Corp"), so
    /// only a name of this one word is left out (`addNameRun`).
    static let standaloneCapitals: Set<String> = [
        "BREAKING", "UPDATE", "UPDATED", "UPDATES", "EXCLUSIVE", "URGENT", "ALERT", "FLASH", "BULLETIN",
        "ADVISORY", "CORRECTION", "CORRECTED", "CORRECTS", "CLARIFICATION", "REFILE", "REFILED", "WRAPUP",
        "FACTBOX", "EXPLAINER", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENT", "COLUMN", "INTERVIEW", "FEATURE",
        "REVIEW", "LIVE", "WATCH", "VIDEO", "PHOTOS", "PHOTO", "GRAPHIC", "LATEST", "NEWS", "TOP", "MORE",
        "END", "ENDS", "FILE", "PICTURE", "PICTURES", "SPONSORED", "ADVERTISEMENT", "PROMOTED",
        "FREE", "BIG", "HUGE", "REAL", "TRUE", "FALSE", "FAKE", "LIE", "LIES", "HELP", "DANGER", "WARNING",
        "CAUTION", "ATTENTION", "IMPORTANT", "NOTE", "GOOD", "BAD", "BEST", "WORST", "GREAT", "RED", "BLUE",
        "GREEN", "BLACK", "WHITE", "YELLOW", "HOT", "COLD", "NEW", "OLD", "FIRST", "LAST", "NEXT", "SAFE",
        "UNSAFE", "DEAD", "KILLED", "WAR", "PEACE", "SHAME", "LIAR", "WIN", "LOSE", "LOST", "WON",
    ]
    static let standaloneCapitalHashes = HashSet64(standaloneCapitals.map(WordHash.exact))

    /// `opened`: the run's first word opens no name alone but opens this one
    /// (`opensName`), so it is kept, even at a sentence's start.
    mutating func addNameRun(_ runIn: Range<Int>, opened: Bool = false) {
        var run = runIn
        let tokens = doc.tokenTable
        if run.count == 1, tokens[run.lowerBound].isAllCaps, Self.standaloneCapitalHashes.contains(hash(run.lowerBound)) { return }
        if run.count == 1, namesOfNonActors.contains(hash(run.lowerBound)) { return }
        if run.count <= 2, addStatesGroup(run) { return }
        var openingRole: Gazetteer.Title? = nil
        // "Grandmother Margaret Doyle", "Winger Kofi Mensah": a role word capitalised
        // only because it opens the sentence.
        if run.count >= 2, sentenceInitial[run.lowerBound], matchTitle(at: run.lowerBound, within: run) == nil,
           let role = gazetteer.singleWordRole(lowerHash: lowerHash(run.lowerBound)) {
            openingRole = role
            run = (run.lowerBound + 1)..<run.upperBound
        }
        // Sentence-initial common words, and a gerund, are not names.
        guard let opening = withoutSentenceOpening(run, opened: opened) else { return }
        run = opening
        // A word used in lower case elsewhere in the text is a word here too
        // ("Iodine deficiency" in a quote, "Results" in a headline).
        if run.count == 1, !tokens[run.lowerBound].isAllCaps {
            if lowercaseElsewhere.contains(lowerHash(run.lowerBound)) { return }
            // A capitalised adjective before a noun: "European team", "Islamic law",
            // "a Western diplomat". (Not a surname named before with an
            // adjective's ending: "Lindqvist pointed to", after "Margrethe Lindqvist".)
            if looksLikeAdjective(run.lowerBound), run.upperBound < tokens.count, tokens[run.upperBound].kind == .word,
               !tokens[run.upperBound].isCapitalised, !followedBySpeechOrPossessive(run.upperBound),
               !surnamesOfPeople.contains(hash(run.lowerBound)) {
                return
            }
        }
        if run.count == 2, isRegionAdjective(run) { return }
        // A run that is only a title ("President", "Director") names nobody.
        if let title = matchTitle(at: run.lowerBound, within: run), title.words.count == run.count { return }
        // A job written in capitals ("Helena Marsh, Transport Correspondent"; "the
        // Deputy Director said"): a run that ends in a role noun names a post, not
        // an actor. Unless it opens with a given name: "Anna Judge" is a woman.
        if run.count >= 2, let last = run.last, gazetteer.singleWordRole(lowerHash: lowerHash(last)) != nil, !isPeopleOfBody(last),
           gazetteer.givenNamesByHash[hash(run.lowerBound)] == nil {
            return
        }
        // Titles: keep what follows the last one.
        var gender: Gender? = openingRole?.gender
        var titled = false
        var roles: [String] = openingRole.map { [$0.words[0].lowercasedFast()] } ?? []
        var p = run.lowerBound
        var nameStart = run.lowerBound
        // An institution named after someone ("King’s College London", "Queen
        // Mary’s Hospital"; joined across the possessive by `nameRun`) is no title.
        // (Nor one whose last word is a body's: "Leeds General Infirmary", the
        // "Homicide and Major Enquiry Team"; not a person "of" one: "Prof.
        // Nagaraju Venkatesh of Osmania University".)
        let institution = run.contains { tokens[$0].kind == .possessive }
            || run.count >= 2 && HashedWords.organisationKeywords.contains(hash(run.upperBound - 1))
                && !run.contains { tokens[$0].kind == .word && HashedWords.ofOrFor.contains(hash($0)) }
        while p < run.upperBound, !institution {
            // ("His solicitor, Amir Khan,": see `isGivenNameBeforeSurname`.)
            if let title = matchTitle(at: p, within: run), !isGivenNameBeforeSurname(p, run, title) {
                var after = p + title.words.count
                // "Minister of Education Stefania Giannini": skip "of Education".
                if after + 2 < run.upperBound, HashedWords.ofOrFor.contains(hash(after)) { after += 2 }
                if after < run.upperBound {
                    gender = title.gender ?? gender
                    if title.kind == .office { roles.append(Self.roleName(ofTitle: title.words)) }
                    titled = true
                    nameStart = after
                }
                p = after
            } else if !titled, p > run.lowerBound, p + 1 < run.upperBound,
                      let role = gazetteer.singleWordRole(lowerHash: lowerHash(p)),
                      (run.lowerBound..<p).allSatisfy({ tokens[$0].kind == .word }),
                      gazetteer.givenNamesByHash[hash(p + 1)] != nil || run.upperBound - (p + 1) >= 2 {
                // "Environment Secretary Mark Ellison", "Water Minister Sayed
                // Ahmadzai": a portfolio and a role word that titles.tsv does not
                // list as one title; the person's name follows them.
                gender = role.gender ?? gender
                roles.append(doc.string(TextRange(tokens[run.lowerBound].start, tokens[p].end)).lowercasedFast())
                titled = true
                nameStart = p + 1
                p += 1
            } else {
                p += 1
            }
        }
        // (Where the titles began: "Its chief medical adviser, Dr Imogen Clarke," has its post before them.)
        let titlesStart = run.lowerBound
        if titled { run = nameStart..<run.upperBound }
        // A role noun right before the name gives its role and gender: "spokeswoman
        // Sujata Raisinghani", "Ashford manager Stuart Hargreaves".
        if run.lowerBound > 0, tokens[run.lowerBound - 1].kind == .word, !tokens[run.lowerBound - 1].isCapitalised,
           let role = gazetteer.singleWordRole(lowerHash: lowerHash(run.lowerBound - 1)) {
            gender = gender ?? role.gender
            roles.append(role.words[0].lowercasedFast())
        }
        // A run that is only a title ("President") or only connectors names nobody.
        while !run.isEmpty, !isNameWord(run.upperBound - 1), !Self.nameContinuerHashes.contains(hash(run.upperBound - 1)),
              !isBroadcastersNumber(run.upperBound - 1),
              !isPeopleOfBody(run.upperBound - 1) {
            run = run.lowerBound..<(run.upperBound - 1)
        }
        guard !run.isEmpty, isNameWord(run.lowerBound)
                || (isSurnameParticle(run.lowerBound) || opened && run.lowerBound == runIn.lowerBound) && run.count > 1
        else { return }

        let range = TextRange(tokens[run.lowerBound].start, tokens[run.upperBound - 1].end)
        let a: Int
        let keyHash = nameKeyHash(run)
        if let known = knownNameRuns[keyHash] {
            // The same words named an actor before: no key to build or look up.
            a = known.actor
            if gender == nil { gender = known.givenNameGender }
        } else {
            let doc = doc   // (the closure would otherwise copy the whole finder)
            var words: [String] = [], wordTokens: [Int] = []
            words.reserveCapacity(run.count)
            wordTokens.reserveCapacity(run.count)
            for t in run {
                let word = doc.key(ofToken: t)
                if word != "." {
                    words.append(word)
                    wordTokens.append(t)
                }
            }
            let nameKey = ActorTable.Key("name:", words)
            // "Helen Garside" is a woman, "Stuart Hargreaves" a man: given names with a clear gender.
            let givenNameGender = words.count >= 2 ? gazetteer.givenNamesByHash[hash(run.lowerBound)] ?? nil : nil
            if gender == nil { gender = givenNameGender }
            // The type is worked out once, for a name seen the first time.
            let type = table.actor(forKey: nameKey).map { table.actors[$0].type } ?? classify(run, words: words, wordTokens: wordTokens, titled: titled)
            let genderAtFirstSight = gender
            a = table.actor(key: nameKey) {
                Actor(id: "", name: doc.string(range), type: type, aliases: [], gender: genderAtFirstSight, origin: .text)
            }
            knownNameRuns.set(keyHash, KnownNameRun(actor: a, givenNameGender: givenNameGender))
        }
        table.setGender(gender, of: a)
        for role in roles { table.addRole(role, to: a) }
        // "The Education Secretary, Marcus Pell,", "Marcus Hale, policy director,":
        // the post in apposition (the comma asked first: most names have none).
        if roles.isEmpty, let role = roleInApposition(around: titlesStart..<run.upperBound), table.actors.withUnsafeBufferPointer({ $0[a].type == .person }) {
            table.addRole(role, to: a)
        }
        if titled, table.actors[a].type != .person { table.setType(.person, of: a) }
        table.addMention(Mention(range: range, actor: a, kind: .named, rule: titled ? .capitalisedTitled : .capitalised), in: doc)
        if run.count >= 2 { notePersonsWords(run, of: a) }
        // "Joint River Commission (JRC)": the acronym names the same actor.
        let after = run.upperBound
        if after + 2 < tokens.count, doc.scalars[tokens[after].start] == "(", tokens[after + 1].isAllCaps,
           doc.scalars[tokens[after + 2].start] == ")" {
            table.alias("name:" + key(after + 1), to: a)
        }
    }

    /// `run` without the words a sentence opens with that name nothing
    /// ("Referring", "Senior", "Shares of", a gerund), or nil when nothing is
    /// left or the run names no actor (a treaty, an event). Out of
    /// `addNameRun` (mutating, so `self` is not copied for the call), which
    /// the optimizer then keeps lean.
    @inline(never)
    mutating func withoutSentenceOpening(_ runIn: Range<Int>, opened: Bool) -> Range<Int>? {
        var run = runIn
        let tokens = doc.tokenTable
        // Sentence-initial common words are not names: "Referring", "Senior".
        if sentenceInitial[run.lowerBound] {
            let first = hash(run.lowerBound)
            // ("Finally", "Recently": an adverb; not "Reilly", "Kelly", "Bradley" named elsewhere.)
            let adverb = doc.token(run.lowerBound, endsWith: "ly") && !wordsOfPeople.contains(first) && !capitalisedMidSentence.contains(first)
                && !(run.count == 1 && followedBySpeechOrPossessive(run.upperBound))
            if (lowercaseElsewhere.contains(lowerHash(run.lowerBound)) || adverb)
                && !(run.count >= 2 && opened) && !opensPortfolio(run) && !opensWithTitle(run) {
                run = (run.lowerBound + 1)..<run.upperBound
                while !run.isEmpty, !isNameWord(run.lowerBound) { run = (run.lowerBound + 1)..<run.upperBound }
                if run.isEmpty { return nil }
            } else if run.count == 1, !tokens[run.lowerBound].isAllCaps, !capitalisedMidSentence.contains(first),
                      doc.singularLowerHash(ofToken: run.lowerBound).map({ gazetteer.namesAPerson(lowerHash: $0) }) == true {
                // "Prosecutors said": a role's plural, people described, not named.
                return nil
            } else if run.count == 1, !tokens[run.lowerBound].isAllCaps,
                      !capitalisedMidSentence.contains(hash(run.lowerBound)), !followedBySpeechOrPossessive(run.upperBound),
                      !followedByAge(run.upperBound), !followedByWho(run.upperBound),
                      // ("Lumora, the San Francisco-based start-up, said": a body described;
                      // "Srilatha, a college student who …": a person.)
                      described(after: run.lowerBound) == nil, roleInApposition(around: run) == nil,
                      // ("Nwosu is less sure", after "Senior nurse Adaeze Nwosu": her name.)
                      !wordsOfPeople.contains(hash(run.lowerBound)) {
                return nil
            } else if run.count > 2, HashedWords.ofOrFor.contains(hash(run.lowerBound + 1)),
                      !capitalisedMidSentence.contains(first),
                      !HashedWords.organisationKeywords.contains(first), !HashedWords.placeKeywords.contains(first),
                      matchTitle(at: run.lowerBound, within: run) == nil {
                // "Shares of Halvorsen", "Residents of Kabul": a common noun capitalised
                // only because it starts the sentence; the name comes after "of".
                run = (run.lowerBound + 2)..<run.upperBound
                while !run.isEmpty, !isNameWord(run.lowerBound) { run = (run.lowerBound + 1)..<run.upperBound }
                if run.isEmpty { return nil }
            }
        }
        // Names of treaties, events and prizes are not actors: "Indus Waters Treaty".
        if let last = run.last, HashedWords.nonActorKeywords.contains(hash(last)) { return nil }
        // A sentence that opens with a gerund ("Sharing the Kunar Basin", "Referring to").
        // (Not a surname in "ing" named before, or in a sentence's middle:
        // "Paula Denning. Denning added", "Browning said".)
        if sentenceInitial[run.lowerBound], doc.token(run.lowerBound, endsWith: "ing"),
           !wordsOfPeople.contains(hash(run.lowerBound)), !capitalisedMidSentence.contains(hash(run.lowerBound)) {
            run = (run.lowerBound + 1)..<run.upperBound
            while !run.isEmpty, !isNameWord(run.lowerBound) { run = (run.lowerBound + 1)..<run.upperBound }
            if run.isEmpty { return nil }
        }
        return run
    }

    /// "Mayor Linda Park announced", with "the mayor" in lower case elsewhere:
    /// a title that opens the sentence and a name after it. The title rules
    /// read it; dropped as a common word, it would leave "Linda Park" a park.
    func opensWithTitle(_ run: Range<Int>) -> Bool {
        guard run.count >= 2, let title = matchTitle(at: run.lowerBound, within: run) else { return false }
        return title.words.count < run.count
    }

    /// "Health Secretary Wes Streeting" at a sentence's start: the first word
    /// (a word in lower case elsewhere, "health") is the portfolio of the role
    /// word after it, and the name follows; the title rules read the three.
    func opensPortfolio(_ run: Range<Int>) -> Bool {
        run.count >= 3 && doc.tokenTable[run.lowerBound + 1].isCapitalised
            && gazetteer.singleWordRole(lowerHash: lowerHash(run.lowerBound + 1)) != nil
            && isNameWord(run.lowerBound + 2)
    }

    /// Remembers the words of a person's full name (`wordsOfPeople`). (Out of
    /// `addNameRun`, which the optimizer then keeps lean.)
    @inline(never)
    mutating func notePersonsWords(_ run: Range<Int>, of actor: Int) {
        guard table.actors.withUnsafeBufferPointer({ $0[actor].type }) == .person else { return }
        let tokens = doc.tokenTable
        for k in run where tokens[k].isCapitalised { wordsOfPeople.insert(hash(k)) }
        if let last = run.last, tokens[last].isCapitalised { surnamesOfPeople.insert(hash(last)) }
    }

    /// The hash of a run's name key (its words, stops left out): the same words
    /// give the same key, so the actor found for them once is found again by hash.
    func nameKeyHash(_ run: Range<Int>) -> UInt64 {
        var h = WordHash.offsetBasis
        for k in run where !(doc.tokenTable[k].kind == .punctuation && doc.scalars[doc.tokenTable[k].start] == ".") {
            h = WordHash.mix(WordHash.mix(h, hash(k)), UInt64(0x20))
        }
        return h
    }

    /// "the Central Asian republics", "the Gulf states": a region's words and a
    /// noun of states name the group of states (a nominal mention of its own
    /// actor). Adds it and returns true, or returns false. (Out of line: it is
    /// asked of every short run, and `addNameRun` stays lean.)
    @inline(never)
    mutating func addStatesGroup(_ run: Range<Int>) -> Bool {
        let next = run.upperBound
        let tokens = doc.tokenTable
        guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalised,
              HashedWords.statesGroupNouns.contains(lowerHash(next)),
              run.count == 1 ? Lexicon.statesGroupRegions.contains(key(run.lowerBound)) : isRegionAdjective(run)
        else { return false }
        let range = TextRange(tokens[run.lowerBound].start, tokens[next].end)
        let name = doc.string(range)
        let a = table.actor(key: "states:" + name.lowercasedFast()) {
            Actor(id: "", name: name, type: .state, aliases: [], gender: nil, origin: .text)
        }
        table.addMention(Mention(range: range, actor: a, kind: .nominal, rule: .statesGroup), in: doc)
        return true
    }

    /// "Central Asian governments", "West African states": a compass word and
    /// the adjective of a region the gazetteer knows ("Asia", "Africa",
    /// "Europe"), before a word in lower case, describe; they name nobody.
    /// ("South Sudan has" is a name: "Suda" is no place.)
    func isRegionAdjective(_ run: Range<Int>) -> Bool {
        let last = run.upperBound - 1
        guard doc.token(last, endsWith: "n"), run.upperBound < doc.tokenTable.count,
              doc.tokenTable[run.upperBound].kind == .word, !doc.tokenTable[run.upperBound].isCapitalised,
              Lexicon.compassWords.contains(key(run.lowerBound)) else { return false }
        let t = doc.tokenTable[last]
        return [1, 2].contains { cut in
            t.end - t.start > cut + 2 && gazetteer.surfacesByFirstHash[WordHash.exact(doc.scalars[t.start..<(t.end - cut)])]?
                .contains(where: { $0.words.count == 1 && $0.role == .name }) == true
        }
    }

    /// A word of more than four characters with an adjective's ending. The
    /// ending is read from the text (most capitalised words have none); only a
    /// word that has one is made a string, to count its characters as written.
    /// (And "Western", "Eastern", "Northern", "Southern".)
    func looksLikeAdjective(_ i: Int) -> Bool {
        Self.adjectiveEndings.contains { doc.token(i, endsWith: $0) } && key(i).count > 4
            || Self.compassAdjectiveHashes.contains(hash(i)) || Self.peoplesAdjectiveHashes.contains(hash(i))
    }

    /// "Amir Khan": a one-word title at `p` that is also a given name, opening
    /// a run of two words, is the given name ("Amir Haibatullah Akhundzada" is
    /// titled). (Out of line, asked only where a title matched.)
    @inline(never)
    func isGivenNameBeforeSurname(_ p: Int, _ run: Range<Int>, _ title: Gazetteer.Title) -> Bool {
        p == run.lowerBound && run.count == 2 && title.words.count == 1 && gazetteer.givenNamesByHash[hash(p)] != nil
    }

    static let compassAdjectiveHashes = HashSet64(["Western", "Eastern", "Northern", "Southern"].map(WordHash.exact))

    /// Adjectives of peoples that end in none of `adjectiveEndings` ("the Welsh
    /// first minister", "a Dutch court").
    static let peoplesAdjectiveHashes = HashSet64(["Welsh", "French", "Dutch", "Greek", "Thai", "Swiss", "Czech", "Scots",
                                                   "Basque", "Maltese", "African", "American", "Mexican", "Cuban", "Afghan",
                                                   "Asian", "Latin"].map(WordHash.exact))

    static let adjectiveEndings: [StaticString] = ["ian", "ean", "ese", "ish", "ic", "ist", "ive"]

    /// The type of a name first seen: `words` are its words (its stops left
    /// out), `wordTokens` their tokens, whose hashes the word lists are asked
    /// by (`HashedWords`: no `String` hashed).
    func classify(_ run: Range<Int>, words: [String], wordTokens: [Int], titled: Bool) -> ActorType {
        if titled { return .person }
        // "Rovers will play either Dunmore Town or Harbour City": clubs.
        if let last = words.last, last == "Town" || last == "City" || last == "County", isOpponent(run.lowerBound) { return .organisation }
        // "University of the Highlands and Islands", "Bank of the West": a body's
        // word first names a body, whatever place word ends it.
        if words.count >= 3, let first = wordTokens.first, HashedWords.organisationKeywords.contains(hash(first)),
           wordTokens.dropFirst().first.map({ HashedWords.ofOrFor.contains(hash($0)) }) ?? false {
            return .organisation
        }
        // (A place's word alone that speaks is a surname: "Park said" is Park Ji-hoon.)
        if let last = wordTokens.last, HashedWords.placeKeywords.contains(hash(last)),
           words.count >= 2 || !followedBySpeechOrPossessive(run.upperBound) {
            return .place
        }
        // "Channel 9": a broadcaster.
        if isBroadcastersNumber(run.upperBound - 1) { return .organisation }
        // "Bute House", "Mansion House": a building (a body named so speaks, and
        // is then made an organisation). Not "the House" alone, nor "Dr House".
        // "told the House", "the House voted": a legislature's chamber.
        if words == ["House"], run.lowerBound > 0, doc.token(run.lowerBound - 1, is: "the") { return .organisation }
        if words.count >= 2, words.last == "House", !wordTokens.contains(where: { gazetteer.givenNamesByHash[hash($0)] != nil }) {
            // ("Freedom House said": a body.)
            let k = run.upperBound
            let speaks = k < doc.tokenTable.count && doc.tokenTable[k].kind == .word && followedBySpeechOrPossessive(k)
            return speaks ? .organisation : .place
        }
        if wordTokens.contains(where: { HashedWords.organisationKeywords.contains(hash($0)) }) { return .organisation }
        // "Marks & Spencer", "Calder & Finch": a firm (people are not named with "&").
        if run.contains(where: { doc.token($0, isPunctuation: "&") }) { return .organisation }
        // "NHS England", "BBC Scotland": a body named before (or one the
        // gazetteer knows), and a place's name.
        if words.count >= 2, table.actor(forKey: ActorTable.Key("name:", CollectionOfOne(words[0]))).map({ table.actors[$0].type == .organisation }) == true
            || gazetteer.surfacesByFirstHash[hash(run.lowerBound)]?.contains(where: {
                $0.words.count == 1 && gazetteer.entries[$0.entry].type == .organisation
            }) == true {
            return .organisation
        }
        // The same with an acronym not seen before: "NHS England figures show".
        if words.count == 2, doc.tokenTable[run.lowerBound].isAllCaps, let place = matchGazetteer(at: run.upperBound - 1), place.count == 1,
           [.state, .place].contains(gazetteer.entries[place.entry].type) {
            return .organisation
        }
        // "Lake Sevan", "Mount Ararat", "Cape Horn": a place word first (after
        // the organisations: "Mount Sinai Hospital", "Port Authority").
        if words.count >= 2, let first = wordTokens.first, HashedWords.placePrefixes.contains(hash(first)) { return .place }
        if words.count == 1, doc.tokenTable[run.lowerBound].isAllCaps || doc.tokenTable[run.lowerBound].flags.contains(.hasDigit) {
            return .organisation
        }
        // People's names are not made of words like "National" or "System".
        if wordTokens.contains(where: { HashedWords.notInPersonNames.contains(hash($0)) }) {
            return wordTokens.contains(where: { HashedWords.compassWords.contains(hash($0)) }) ? .place : .organisation
        }
        if words.count == 1, run.lowerBound >= 2, let type = typeOfMention(endingAt: run.lowerBound - 2) {
            // "Priya Rao at Numis", "Tom Beckett of Shore": a person's employer; but
            // "Bishop Georg Bätzing of Limburg": a see, a place.
            if type == .person, doc.token(run.lowerBound - 1, is: "of"), let last = table.mentions.last,
               table.actors[last.actor].roles.contains(where: { Self.territorialRoles.contains($0) }) {
                return .place
            }
            if type == .person, doc.token(run.lowerBound - 1, is: "at") || doc.token(run.lowerBound - 1, is: "of") { return .organisation }
            // "in Swindon and Telford": coordinated with a place, a place.
            if type == .place || type == .state, doc.token(run.lowerBound - 1, is: "and") || doc.token(run.lowerBound - 1, is: "or") { return .place }
        }
        // "in the Members’ Lobby", "the Farmers’ Market": what a plural owns is a
        // room or a venue, no person.
        if words.count == 1, run.lowerBound >= 2, doc.isPluralPossessiveApostrophe(run.lowerBound - 1) { return .place }
        // "a nurse from Hove", "the Conservative MP for Harbury": where a person
        // comes from, or the seat they hold.
        if isHomeOrSeat(before: run.lowerBound) { return .place }
        // "the Conservative MP for Harbury", "a Tory councillor": a party.
        if words.count == 1, run.upperBound < doc.tokenTable.count, doc.tokenTable[run.upperBound].kind == .word,
           Self.partyMemberHashes.contains(hash(run.upperBound)) {
            return .organisation
        }
        // "between Aoife and the soldier", "said to Poppy": a given name alone
        // is a person after a preposition that also goes before people (not
        // after "in", "at", "near": "in Florence").
        if words.count == 1, gazetteer.givenNamesByHash[hash(run.lowerBound)] != nil,
           !(run.lowerBound > 0 && doc.tokenTable[run.lowerBound - 1].kind == .word
             && Self.strictlyLocativeHashes.contains(lowerHash(run.lowerBound - 1))) {
            return .person
        }
        if words.count == 1, isLocative(before: run.lowerBound) || isPlaceOf(before: run.lowerBound) { return .place }
        if words.count == 1, hasTownsPossessive(after: run.upperBound) { return .place }
        // "the Northgate slipway", "the Korday crossing": a name that a place noun
        // follows, also past a numeral ("the Gibe III dam").
        let noun = run.upperBound < doc.tokenTable.count && isRomanNumeral(run.upperBound) ? run.upperBound + 1 : run.upperBound
        if noun < doc.tokenTable.count, doc.tokenTable[noun].kind == .word, !doc.tokenTable[noun].isCapitalised,
           HashedWords.placeNounsAfterNames.contains(lowerHash(noun)) {
            return .place
        }
        // "the Tavria operational group": a unit's name, past an adjective.
        for k in noun..<min(noun + 2, doc.tokenTable.count) {
            guard doc.tokenTable[k].kind == .word, !doc.tokenTable[k].isCapitalised else { break }
            if HashedWords.bodyNounsAfterNames.contains(lowerHash(k)) { return .organisation }
        }
        // A given name first ("Anna Lind", "Tomas Berg") is a person, whatever the words around say.
        if !words.isEmpty, gazetteer.givenNamesByHash[hash(run.lowerBound)] != nil { return .person }
        // "published in JAMA Neurology", "appeared in Nature Medicine": a journal.
        if isPublishedIn(before: run.lowerBound) { return .organisation }
        // "Copa-Cogeca, which represents 22 million farmers": "which", not "who".
        if doc.opensWhichClause(at: run.upperBound) { return .organisation }
        // "a spokeswoman for Maersk": a body has spokespeople.
        if run.lowerBound >= 2, doc.token(run.lowerBound - 1, is: "for"), doc.tokenTable[run.lowerBound - 2].kind == .word,
           HashedWords.spokespeople.contains(lowerHash(run.lowerBound - 2)) {
            return .organisation
        }
        // "the shipping group Medlink", "the charity Oxfam": a body's description right before the name.
        if run.lowerBound > 0, doc.tokenTable[run.lowerBound - 1].kind == .word, !doc.tokenTable[run.lowerBound - 1].isCapitalised,
           HashedWords.organisationDescriptions.contains(lowerHash(run.lowerBound - 1)) {
            return .organisation
        }
        // "a meeting at the Riverside Pavilion", "in the Assembly Rooms": after a place
        // preposition and "the", a name is a place.
        if run.lowerBound >= 2, doc.token(run.lowerBound - 1, is: "the"),
           HashedWords.venuePrepositions.contains(doc.lowerHash(ofToken: run.lowerBound - 2)) {
            return .place
        }
        // "the Hells Angels", "the Rolling Stones": a plural name after "the" is a
        // group; a person's name does not take the article.
        // (One word too: "the Celtics", "the Lakers", "the Bucks".)
        if run.lowerBound > 0, doc.token(run.lowerBound - 1, is: "the"),
           let last = words.last, last.hasSuffix("s"), !last.hasSuffix("ss"), !last.hasSuffix("’s"), !last.hasSuffix("'s") {
            return .group
        }
        return .person
    }

    /// "II", "III", "IV": capitals that are a Roman numeral of at most four letters.
    func isRomanNumeral(_ i: Int) -> Bool {
        let t = doc.tokenTable[i]
        guard t.kind == .word, t.isAllCaps, t.end - t.start <= 4 else { return false }
        return (t.start..<t.end).allSatisfy { ["I", "V", "X"].contains(doc.scalars[$0]) }
    }

    func endsWithKeyword(_ run: Range<Int>) -> Bool {
        let last = hash(run.upperBound - 1)
        return HashedWords.organisationKeywords.contains(last) || HashedWords.placeKeywords.contains(last)
    }

    func matchTitle(at p: Int, within run: Range<Int>) -> Gazetteer.Title? {
        guard let titles = gazetteer.titlesByFirstHash[hash(p)] else { return nil }
        // (By index: a title copied out of the list retains its two arrays.)
        for t in titles.indices where titles[t].kind != .role && p + titles[t].hashes.count <= run.upperBound {
            if (0..<titles[t].hashes.count).allSatisfy({ hash(p + $0) == titles[t].hashes[$0] }) { return titles[t] }
        }
        return nil
    }

    func isHonorific(_ i: Int) -> Bool {
        let word = hash(i)
        // (Lists of first words that share a hash are joined: each title is checked for its own.)
        if let titles = gazetteer.titlesByFirstHash[word],
           titles.contains(where: { ($0.kind == .honorific || $0.kind == .office) && $0.hashes[0] == word }) {
            return true
        }
        return Abbreviations.titleAndUnitHashes.contains(word)
    }

    func followedBySpeechOrPossessive(_ j: Int) -> Bool {
        guard j < doc.tokenTable.count else { return false }
        if doc.tokenTable[j].kind == .possessive { return true }
        var k = j
        while k < doc.tokenTable.count, k < j + 3, HashedWords.auxiliaries.contains(lowerHash(k)) { k += 1 }
        return k < doc.tokenTable.count && gazetteer.cueHashes.contains(lowerHash(k))
    }

    /// "published in JAMA Neurology", "published on Wednesday in The Lancet
    /// Neurology": the name at `i` is where something was published.
    func isPublishedIn(before i: Int) -> Bool {
        var k = i - 1
        if k >= 0, doc.token(k, is: "the") { k -= 1 }
        guard k >= 1, doc.token(k, is: "in") else { return false }
        for v in stride(from: k - 1, through: max(0, k - 4), by: -1) {
            guard doc.tokenTable[v].kind == .word else { return false }
            if HashedWords.publishingVerbs.contains(lowerHash(v)) { return true }
        }
        return false
    }

    /// "The AEX index", "the Stoxx Europe 600 technology index": a market's
    /// index after the name (past a number and a word), no actor.
    func namesAnIndex(before j: Int) -> Bool {
        let tokens = doc.tokenTable
        var k = j
        if k < tokens.count, tokens[k].kind == .number { k += 1 }
        if k + 1 < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalised, !doc.token(k, is: "index") { k += 1 }
        return k < tokens.count && !tokens[k].isCapitalised && (doc.token(k, is: "index") || doc.token(k, is: "indices"))
    }

    /// ", 52," after a word: a person's age in apposition ("Farid, 52, a farmer").
    func followedByAge(_ j: Int) -> Bool {
        let tokens = doc.tokenTable
        guard j + 2 < tokens.count, doc.token(j, isPunctuation: ","), tokens[j + 1].kind == .number,
              tokens[j + 1].end - tokens[j + 1].start <= 3, doc.token(j + 2, isPunctuation: ",") else { return false }
        return true
    }

    /// ", who" after a word: a person ("Okonjo, who has pleaded guilty, …").
    func followedByWho(_ j: Int) -> Bool {
        j + 1 < doc.tokenTable.count && doc.token(j, isPunctuation: ",") && doc.token(j + 1, is: "who")
    }

    // MARK: Context

    /// The type of the actor whose mention, the last found so far, ends with token `k`.
    func typeOfMention(endingAt k: Int) -> ActorType? {
        guard let m = table.mentions.last, m.range.end == doc.tokenTable[k].end else { return nil }
        return table.actors.withUnsafeBufferPointer { $0[m.actor].type }
    }

    func isLocative(before i: Int) -> Bool {
        guard i > 0 else { return false }
        let prev = doc.tokenTable[i - 1]
        guard prev.kind == .word else { return false }
        // "According to Ofwat": a source, not a place one goes to.
        if i >= 2, doc.token(i - 1, is: "to"), doc.tokenTable[i - 2].kind == .word, lowerHash(i - 2) == Self.accordingHash { return false }
        return HashedWords.locativePrepositions.contains(lowerHash(i - 1))
    }
    static let accordingHash = WordHash.lower("according")

    /// A title's words as a role, its abbreviations written out: "Sen." is a
    /// senator, "Cllr" a councillor.
    static func roleName(ofTitle words: [String]) -> String {
        words.filter { $0 != "." }.map { word in
            let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
            return titleAbbreviations[bare] ?? bare.lowercasedFast()
        }.joined(separator: " ")
    }
    static let titleAbbreviations: [String: String] = [
        "Sen": "senator", "Rep": "representative", "Cllr": "councillor", "Gen": "general", "Lt": "lieutenant",
        "Col": "colonel", "Capt": "captain", "Sgt": "sergeant", "Supt": "superintendent", "Insp": "inspector",
        "Gov": "governor", "Pres": "president", "Amb": "ambassador", "Det": "detective", "Maj": "major",
        "Brig": "brigadier", "Cpl": "corporal", "Pte": "private", "Adm": "admiral", "Cmdr": "commander", "Ch": "chief",
    ]

    /// "Buenos Aires province", "the Moscow city council": a place noun right
    /// after a capital's name makes it the place, not its government.
    func placeNounFollows(_ k: Int) -> Bool {
        k < doc.tokenTable.count && doc.tokenTable[k].kind == .word && !doc.tokenTable[k].isCapitalised
            && HashedWords.placeNouns.contains(lowerHash(k)) && doc.tokenTable[k].flags.contains(.spaceBefore)
    }

    /// "a retired postman from Doncaster", "day-trippers from London": a person
    /// described, then "from"; "the MP for Harbury", "the member for Kendrick":
    /// a legislator's seat.
    func isHomeOrSeat(before i: Int) -> Bool {
        guard i >= 2, doc.tokenTable[i - 1].kind == .word, doc.tokenTable[i - 2].kind == .word else { return false }
        if doc.token(i - 1, is: "from") {
            let person: (UInt64) -> Bool = { gazetteer.singleWordRole(lowerHash: $0) != nil || Self.peopleFromHashes.contains($0) }
            return !doc.tokenTable[i - 2].isCapitalised
                && (person(lowerHash(i - 2)) || doc.singularLowerHash(ofToken: i - 2).map(person) == true)
        }
        return doc.token(i - 1, is: "for") && Self.seatHolderHashes.contains(hash(i - 2))
    }
    /// People who come from somewhere, besides the roles: "a retired postman from Doncaster".
    static let peopleFromHashes = HashSet64(["accountant", "postman", "postwoman", "fan", "driver", "day-tripper", "visitor",
                                             "tourist", "holidaymaker", "shopper", "family", "couple", "grandfather",
                                             "grandmother", "mum", "dad", "man", "woman", "boy", "girl"].map(WordHash.lower))
    /// Companies' legal forms written with a stop ("Ltd.", "Inc."), by the hash of the token as written.
    static let legalFormHashes = HashSet64(Lexicon.legalForms.map(WordHash.exact))
    static let partyMemberHashes = HashSet64(["MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "councillor", "councillors",
                                              "peer", "peers", "backbencher", "backbenchers", "candidate"].map(WordHash.exact))
    static let seatHolderHashes = HashSet64(["MP", "MPs", "MSP", "MS", "AM", "MLA", "TD", "member", "candidate", "councillor",
                                             "Member", "Senator", "senator", "congressman", "congresswoman"].map(WordHash.exact))
    static let strictlyLocativeHashes = HashSet64(["in", "at", "near", "inside", "outside", "downtown"].map(WordHash.lower))

    /// Two capitalised words, neither all capitals nor a word of bodies or places
    /// ("Henrik Olsen", not "Royal Bank" or "Trinity College").
    func looksLikePersonalName(_ a: Int, _ b: Int) -> Bool {
        (a...b).allSatisfy { !doc.tokenTable[$0].isAllCaps && !Self.notPersonalNameHashes.contains(hash($0)) }
    }

    static let notPersonalNameHashes = HashSet64(
        Lexicon.notInPersonNames.union(Lexicon.organisationKeywords).union(Lexicon.placeKeywords).map(WordHash.exact))

    /// A team's name at `i`: a sports verb ("play", "beat", "against") at most
    /// six words before it in its sentence, and no place's preposition right
    /// before it ("play in Kansas City").
    func isOpponent(_ i: Int) -> Bool {
        guard !isLocative(before: i) else { return false }
        let floor = max(doc.sentence(ofToken: i)?.tokens.lowerBound ?? 0, i - 6)
        return (floor..<i).contains { doc.tokenTable[$0].kind == .word && HashedWords.sportsVerbs.contains(lowerHash($0)) }
    }

    /// "the port of Genoa", "the town of Kelso": a place noun and "of" before token `i`.
    /// "Bristol's former mayor", "London's streets": a town's, after its
    /// possessive at `i` (an adjective may come between).
    func hasTownsPossessive(after i: Int) -> Bool {
        guard i + 1 < doc.tokenTable.count, doc.tokenTable[i].kind == .possessive else { return false }
        return (i + 1...min(i + 2, doc.tokenTable.count - 1)).contains {
            doc.tokenTable[$0].kind == .word && !doc.tokenTable[$0].isCapitalised && HashedWords.townsOwnNouns.contains(lowerHash($0))
        }
    }

    /// "in south London", "across central Kabul": a place's preposition before
    /// a compass word before `i`.
    func isLocativePastCompass(before i: Int) -> Bool {
        i >= 2 && doc.tokenTable[i - 1].kind == .word && HashedWords.compassAdjectives.contains(lowerHash(i - 1)) && isLocative(before: i - 1)
    }

    func isPlaceOf(before i: Int) -> Bool {
        guard i >= 2, doc.token(i - 1, is: "of") else { return false }
        if doc.tokenTable[i - 2].kind == .word { return HashedWords.placeNouns.contains(lowerHash(i - 2)) }
        // "Jordan Pickles, of Harehills,": where a person named just before lives.
        guard i >= 3, doc.scalars[doc.tokenTable[i - 2].start] == ",", let last = table.mentions.last else { return false }
        return last.range.end == doc.tokenTable[i - 3].end && table.actors[last.actor].type == .person
    }

    @inline(__always)   // called for most tokens; reads of a narrow text left it outlined
    func startsWithParticle(_ i: Int) -> Bool {
        let t = doc.tokenTable[i]
        guard t.kind == .word, t.end - t.start >= 3 else { return false }
        // "al-Amr", "el-Sisi", "ul-Haq" (raw values: ASCII compared, no table read).
        let first = doc.scalars.rawValue(t.start), second = doc.scalars.rawValue(t.start + 1)
        return doc.scalars.rawValue(t.start + 2) == 0x2D && (first == 0x61 || first == 0x65 || first == 0x75)
            && (second == 0x6C || second == 0x64)
    }

    func inHeadline(_ i: Int) -> Bool {
        headlineTokens?.contains(i) ?? false
    }
}
