/// The word lists the speaker rules test on every token, as sets of
/// `WordHash.lower` values: a test costs a hash, with no `String` made.
enum HashedWords {
    static func set(_ words: some Sequence<String>) -> HashSet64 { HashSet64(words.map(WordHash.lower)) }

    static let auxiliaries = set(Lexicon.auxiliaries)
    /// Words that give a work its title: "a report titled “…”".
    static let titlingWords = set(["titled", "entitled", "called", "headlined", "named", "dubbed"])
    /// Phrases of time between a subject and its verb (`TokenContext.timeBefore`).
    static let timeDeterminers = set(["last", "this", "next", "that", "earlier", "later"])
    private static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let timeNouns = set(["year", "week", "month", "night", "morning", "evening", "afternoon", "weekend", "summer",
                                "winter", "spring", "autumn", "fall", "season", "time", "day", "decade"] + weekdayNames)
    static let weekdays = set(weekdayNames)
    static let months = set(Document.monthNames)
    static let statesGroupNouns = set(Lexicon.statesGroupNouns)
    static let clauseBreakers = set(Lexicon.clauseBreakers)
    static let determiners = set(Lexicon.determiners)
    static let subjectPronouns = set(Lexicon.subjectPronouns)
    static let temporalStarters = set(Lexicon.temporalStarters)
    /// Words that end a speaker phrase read rightwards: "the minister said that".
    static let phraseEnders = set(["that", "which", "who", "and", "but", "when", "while", "in", "on", "to", "as",
                                   "after", "before", "during"])
    /// Prepositions allowed inside a speaker phrase: "a senior official at the commission".
    static let phrasePrepositions = set(["at", "of", "for", "from", "with"])
    /// Where people stand, inside a phrase that names them: "protesters outside the town hall".
    static let locativesInPhrase = set(["outside", "inside", "near", "behind", "beside", "opposite"])
    static let articles = set(["the", "a", "an"])
    static let possessivePronouns = set(["his", "her", "its", "their"])
    /// What speaks in its owner's own voice: "her office said", "his campaign said".
    static let ownVoiceNouns = set(["office", "campaign", "camp"])
    /// Words of "was later quoted as saying".
    static let passiveQuoting = set(["quoted", "as", "was", "were", "later", "also", "been", "has", "had"])
    /// Words that start a phrase of time after a noun phrase: "MPs last night", "officials yesterday".
    static let timeAdverbials = set(["last", "yesterday", "today", "tonight", "earlier", "overnight", "this", "next"])
    /// Before a participle, the passive: "was branded", "has been called", "being described".
    static let passiveAuxiliaries = set(["was", "were", "is", "are", "been", "be", "being"])
    static let verbAuxiliaries = set(["has", "have", "had", "is", "was"])
    /// Words before a team's name: "play Dunmore Town", "a win against Harbour City".
    static let sportsVerbs = set(["play", "plays", "played", "playing", "beat", "beats", "beaten", "face", "faces", "faced",
                                  "facing", "against", "host", "hosts", "hosted", "drew", "draw", "defeat", "defeated", "v", "vs"])
    /// A subject that is one of a group named before: "One said", "Another described".
    static let oneOfThem = set(["one", "another"])
    /// Past forms of speech verbs that do not end in "-ed".
    static let pastSpeechForms = set(["said", "told", "wrote", "spoke", "put"])
    /// Verbs that follow a plural subject and never a third person's speech
    /// verb: "talks would continue", "the remarks were".
    static let pluralSubjectVerbs = set(["would", "will", "could", "should", "can", "may", "might", "must", "were", "are", "have", "had"])
    /// Verbs that report speech with a particle after them: "went on", "shot back".
    static let particleCueForms = set(["went", "goes", "go", "going", "shot", "fired", "hit", "hits", "fires"])
    static let goForms = set(["went", "goes", "go", "going"])
    /// "put it" reports words: "as Keynes put it, “…”".
    static let putForms = set(["put", "puts"])
    /// Words in "-ly" that are no adverbs, so no verb's adverb either (`TokenContext.isAuxiliary`).
    static let lyNounsAndAdjectives = set([
        "family", "rally", "assembly", "supply", "monopoly", "anomaly", "homily", "bully", "belly", "folly",
        "tally", "elderly", "early", "daily", "weekly", "monthly", "quarterly", "yearly", "hourly",
        "nightly", "likely", "unlikely", "friendly", "unfriendly", "deadly", "costly", "lonely", "lovely",
        "silly", "burly", "chilly", "curly", "jolly", "lively", "lowly", "orderly", "portly", "sickly",
        "timely", "worldly", "scholarly", "beastly", "cowardly", "kindly", "stately", "surly", "wily",
    ])
    /// "add" as a cue, which "to" after it makes a sum ("added to the pressure").
    static let addForms = set(["add", "adds", "added", "adding"])
    /// Things that carry someone's words: "the statement added".
    static let documentNouns = set(["statement", "letter", "email", "memo", "note", "release", "report", "document",
                                    "post", "tweet", "message", "filing", "submission", "strategy", "manifesto",
                                    "guidance"])
    static let placePrepositions = set(["in", "at", "from", "near", "across"])
    /// Nouns of "the port of Genoa", "the town of Kelso".
    /// And of "the mayor of Rotterdam", "the outskirts of Kelso": a town's.
    static let placeNouns = set(["port", "city", "town", "village", "region", "province", "island", "capital",
                                 "district", "county", "suburb", "municipality", "harbour", "harbor", "state",
                                 "mayor", "mayors", "outskirts", "centre", "center", "residents", "inhabitants", "streets",
                                 "suburbs"])
    /// Compass words before a place, in lower case: "in south London".
    static let compassAdjectives = set(["north", "south", "east", "west", "central", "northern", "southern", "eastern",
                                        "western", "north-west", "north-east", "south-west", "south-east", "downtown"])
    /// What only a town has, after its possessive: "Bristol's former mayor".
    static let townsOwnNouns = set(["mayor", "streets", "suburbs", "outskirts", "residents", "inhabitants"])
    /// What a place is described as in apposition: "Storholmen, an island off the coast".
    static let placeDescriptions = set(["island", "village", "town", "city", "port", "region", "province", "district",
                                        "county", "suburb", "municipality", "archipelago", "peninsula", "enclave",
                                        "oasis", "settlement", "hamlet", "islet", "atoll"])
    /// Words after a place's description that end it: "an island off the coast".
    static let placeDescriptionEnds = set(["off", "near", "on", "outside", "north", "south", "east", "west"])
    static let continueForms = set(["continue", "continues", "continued", "continuing"])
    /// Words that open a clause with a subject of its own after a comma: "…, while her colleague …".
    static let contrastiveOpeners = set(["while", "whereas", "although", "though"])
    /// Verbs that carry a participle on: "kept saying", "went on telling".
    static let aspectVerbs = set(["kept", "keeps", "keep", "started", "starts", "began", "begins", "continued",
                                  "continues", "went", "goes", "on"])
    /// Before "in" and a journal's name: "published in JAMA Neurology".
    static let publishingVerbs = set(["published", "appeared", "appears", "publishes", "printed", "reported"])
    /// Who speaks for a body: "a spokeswoman for Maersk" names a company.
    static let spokespeople = set(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"])
    /// A journalist's post after a beat: "Labour Correspondent", "Europe Editor".
    static let journalistPosts = set(["correspondent", "editor", "reporter", "columnist", "writer", "commentator",
                                      "presenter", "producer"])
    /// Lower-case nouns after a name that make it a place: "the Northgate slipway".
    static let placeNounsAfterNames = set(["council", "slipway", "pier", "quay", "wharf", "crossing", "checkpoint", "border",
                                           "bridge", "market", "bazaar", "harbour", "harbor", "airport", "dam",
                                           "reservoir", "river", "valley", "district", "province", "region",
                                           "area", "estate", "suburb", "neighbourhood", "neighborhood"])
    /// Nouns after a name that make it a body's: "the Tavria operational group",
    /// "the Azov brigade".
    static let bodyNounsAfterNames = set(["group", "brigade", "battalion", "regiment", "division", "unit", "corps"])
    /// Prepositions before "the" and a venue: "at the Corn Exchange".
    static let venuePrepositions = set(["at", "in", "near", "inside", "outside", "opposite"])
    /// Words that open a subordinate clause before the main one.
    static let subordinators = set(Lexicon.subordinatorWords)
    /// Words that open a clause or phrase before a sentence's subject: "After
    /// meeting Jones, Smith said", "In Geneva, Smith said".
    static let clauseOpeners = set(Lexicon.subordinatorWords + ["in", "at", "on", "during", "despite", "following",
                                   "according", "asked", "like", "unlike", "with", "without", "for", "as", "by",
                                   "from", "under", "amid", "against", "to", "of", "speaking", "writing"])
    /// Words before a noun-like speech verb that make it a verb: "they report".
    static let verbMakers = set(["they", "we", "i", "you", "to", "will", "would", "could", "did", "often", "also", "may"])
    static let nounLikeBaseForms = set(TokenContext.nounLikeBaseForms)
    /// Nouns that end organisation names, lower case: "the ministry", "the cooperative".
    /// (Not the words that end companies' names only: "the records", "the books",
    /// "the shipping lanes" are no mention of Rounder Records, Kestrel Books or a
    /// chamber of shipping.)
    static let organisationNouns = set(Lexicon.organisationKeywords.subtracting(Lexicon.moreCorporateWords).map { $0.lowercased() })
    /// Descriptions of bodies, not people: "the operator, Estuary Link, said".
    static let organisationDescriptions = set(Lexicon.organisationDescriptions)
    /// Capitalised, compared as written (`WordHash.exact`).
    static let nonActorKeywords = HashSet64(Lexicon.nonActorKeywords.map(WordHash.exact))
    static let nonActorOpeners = HashSet64(Lexicon.nonActorOpeners.map(WordHash.exact))
    static let nameAdjectiveSuffixes = set(Lexicon.nameAdjectiveSuffixes)
    /// Keywords that end organisation and place names, as written ("Commission",
    /// "River"), by `WordHash.exact`.
    static let organisationKeywords = HashSet64(Lexicon.organisationKeywords.map(WordHash.exact))
    static let placeKeywords = HashSet64(Lexicon.placeKeywords.map(WordHash.exact))
    static let placePrefixes = HashSet64(Lexicon.placePrefixes.map(WordHash.exact))
    static let notInPersonNames = HashSet64(Lexicon.notInPersonNames.map(WordHash.exact))
    static let compassWords = HashSet64(Lexicon.compassWords.map(WordHash.exact))
    static let locativePrepositions = set(Lexicon.locativePrepositions)
    /// "of" and "for" as written, by `WordHash.exact`.
    /// Doctors whose names, with "’s", name an illness: "Alzheimer’s disease".
    static let diseaseEponyms = HashSet64(["Alzheimer", "Parkinson", "Huntington", "Crohn", "Hodgkin", "Tourette",
                                           "Asperger", "Addison", "Cushing", "Raynaud", "Meniere", "Ménière",
                                           "Hashimoto", "Kaposi"].map(WordHash.exact))
    /// Letters after a name, as written: "Rebecca Ashworth KC".
    static let postNominals = HashSet64(["KC", "QC", "MP", "MPs", "MEP", "MSP", "MLA", "OBE", "MBE", "CBE", "KBE",
                                         "DBE", "Jr", "Sr", "PhD"].map(WordHash.exact))
    /// Works a title in quotation marks names: "“Whisky Galore!”, the 1949 film".
    static let workNouns = set(["film", "movie", "book", "novel", "album", "song", "single", "play", "documentary",
                                "series", "poem", "opera", "musical", "memoir", "collection", "report", "painting",
                                "programme", "program", "podcast", "show", "sitcom", "drama", "biography", "essay",
                                "track", "ballad", "anthem", "tune", "record", "hymn", "EP"])
    /// The parts of a body that speak for it: "the OSCE mission", "the EU delegation".
    static let bodyPartNouns = set(["mission", "delegation", "secretariat", "observers", "monitors", "team", "office"])
    /// Speech verbs whose passive subject is who was spoken to: "was told", "were assured".
    static let addressedForms = set(["told", "informed", "assured", "reminded", "promised", "warned", "urged", "asked"])
    /// What may follow a post's word in apposition: "director of", "spokesperson for Aviva".
    static let postModifiers = set(["of", "at", "for", "on", "in", "with", "from", "who"])
    static let relativePronouns = set(["who", "which", "that", "whose"])
    /// People named by what they do, not roles of the titles list: their plural
    /// opens a sentence and names nobody ("Forecasters said"), and is a speaker
    /// ("Protesters chanted", "Police said").
    static let peopleNouns = set(["forecaster", "insurer", "firefighter", "paramedic", "protester", "protestor", "organiser",
                                  "rescuer", "volunteer", "shopper", "commuter", "neighbour", "pupil", "engineer",
                                  "astronomer", "meteorologist", "banker", "regulator", "scholar", "historian",
                                  "juror", "detective", "villager", "mourner", "owner", "tenant", "landlord",
                                  "patient", "carer", "employer", "employee", "nurse", "parent", "judge", "demonstrator",
                                  "police", "crowd"])
    /// Things given names that are no actors, before the name: "its chatbot
    /// Orbit", "the module Halcyon", "the trawler Margaret Ann".
    static let namedThingNouns = set(["chatbot", "app", "phone", "smartphone", "handset", "laptop", "module", "spacecraft",
                                      "rover", "probe", "satellite", "telescope", "lander", "capsule", "drone", "missile",
                                      "rocket", "vessel", "ship", "tanker", "ferry", "yacht", "boat", "trawler", "aircraft",
                                      "jet", "helicopter", "car", "robot", "device", "vaccine", "drug", "console", "headset",
                                      "elephant", "horse", "dog", "cat", "racehorse", "gorilla", "panda", "whale", "tiger"])
    /// What opens a question reported after "asked": "asked whether …", "asked how …".
    static let questionOpeners = set(["whether", "if", "why", "how", "what", "when", "where", "who", "which"])
    /// "I said, ‘…’" inside a quotation: its speaker quoting themselves.
    static let firstPersonSubjects = set(["i", "we"])
    /// Speech verbs whose object is their target, not their speaker: "was
    /// accused of “…”", "Minister accused of “…”" (a headline's passive).
    static let targetedForms = set(["accused", "criticised", "criticized", "blamed", "praised", "condemned"])
    /// Words that own a relative: "my grandmother", "his wife".
    static let ownerWords = set(["my", "our", "his", "her", "their"])
    /// Relatives and the gender each gives "he" or "she" (nil: either).
    static let kin: HashMap64<Gender?> = {
        var map = HashMap64<Gender?>()
        for w in ["mother", "grandmother", "wife", "sister", "daughter", "aunt", "mum", "mom", "granddaughter", "niece"] {
            map.set(WordHash.lower(w), .female)
        }
        for w in ["father", "grandfather", "husband", "brother", "son", "uncle", "dad", "grandson", "nephew"] {
            map.set(WordHash.lower(w), .male)
        }
        for w in ["partner", "friend", "neighbour", "neighbor", "cousin", "boss", "colleague", "teacher", "doctor"] {
            map.set(WordHash.lower(w), Gender?.none)
        }
        return map
    }()
    /// Last words of offices that are no role of their own: "chief executive".
    static let officeEnds = set(["executive", "vice-president", "officer", "commissioner", "chancellor", "president"])
    static let modals = set(["would", "will", "could", "should", "may", "might", "must", "can", "shall"])
    static let ofOrFor = HashSet64(["of", "for"].map(WordHash.exact))
}

extension TokenContext {
    /// Whether token `i` is a word in `set` (compared lower-cased).
    @inline(__always)
    func word(_ i: Int, in set: HashSet64) -> Bool {
        isWord(i) && set.contains(doc.lowerHash(ofToken: i))
    }

    /// Whether token `i` is the word `w` (lower case).
    @inline(__always)
    func word(_ i: Int, is w: StaticString) -> Bool { doc.token(i, is: w) }
}

extension Gazetteer {
    /// Whether a word (by `WordHash.lower`) names a person by what they do: a
    /// role of the titles list ("nurse", "spokesman") or one of
    /// `HashedWords.peopleNouns` ("forecaster", "police").
    func namesAPerson(lowerHash: UInt64) -> Bool {
        singleWordRole(lowerHash: lowerHash) != nil || HashedWords.peopleNouns.contains(lowerHash)
    }
}
