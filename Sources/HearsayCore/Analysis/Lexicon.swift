/// Small closed word classes of English that the rules below are written in.
/// World knowledge (names, titles, cue verbs) lives in Data/gazetteer instead.
enum Lexicon {
    /// Lower-case words allowed inside a multi-word name: "University of Texas".
    static let nameConnectors: Set<String> = [
        "of", "the", "for", "de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn",
        "al", "el", "la", "le", "du", "do", "dos", "das", "y", "on", "and",
    ]
    /// Lower-case name particles that may start a name word: "al-Amr", "bin Salman".
    static let nameParticlePrefixes: [String] = ["al-", "el-", "ul-", "ud-", "bin", "ibn", "de", "van", "von"]

    /// Prepositions before which a capital city is a place, not its government.
    static let locativePrepositions: Set<String> = [
        "in", "at", "near", "into", "inside", "outside", "around", "across", "through", "via",
        "toward", "towards", "within", "throughout", "to", "reached", "visited", "visit", "arrived",
        "over", "between", "outskirts", "streets", "downtown", "central", "northern", "southern",
        "eastern", "western", "flew", "travelled", "traveled", "left", "fled", "fleeing", "leaving",
    ]

    /// Nouns after a demonym that make it stand for the state or its government.
    static let governmentNouns: Set<String> = [
        "authorities", "government", "officials", "official", "forces", "troops", "army", "military",
        "police", "leaders", "leadership", "delegation", "ministry", "embassy", "diplomats", "regime",
        "administration", "security", "state", "cabinet", "parliament", "president", "ministers",
        "minister", "spokesman", "spokeswoman", "envoy", "negotiators", "rulers",
        // "Brazil's presidential palace", "Ukraine's air force", "the Japanese navy".
        "palace", "presidency", "force", "navy", "coastguard", "spokesperson",
    ]
    /// Nouns after a region's word that make them a group of states: "the
    /// Central Asian republics", "the Gulf states", "Nordic governments".
    static let statesGroupNouns: Set<String> = ["states", "republics", "countries", "nations", "governments", "monarchies", "kingdoms"]
    /// Single words that, before one of `statesGroupNouns`, name a region's states.
    static let statesGroupRegions: Set<String> = ["Gulf", "Nordic", "Baltic", "Balkan", "Western", "Scandinavian", "Caribbean", "Pacific", "Sahel"]

    /// Nouns after a demonym that make it name the state's territory: "the Pakistani border".
    static let territoryNouns: Set<String> = ["border", "borders", "territory", "soil", "airspace", "side", "frontier"]

    /// Last words that make a capitalised run an organisation.
    static let organisationKeywords: Set<String> = Set([
        "University", "College", "School", "Institute", "Institution", "Academy", "Council", "Party",
        "Ministry", "Department", "Authority", "Court", "Bank", "Police", "Association", "Commission",
        "Committee", "Board", "Agency", "Army", "Navy", "Force", "Forces", "Corps", "Times", "News",
        "Post", "Gazette", "Herald", "Journal", "Press", "Tribune", "Telegraph", "Network", "Company",
        "Corporation", "Inc", "Ltd", "Group", "Organisation", "Organization", "Federation", "Confederation", "Union", "Forum", "Campaign",
        "League", "Foundation", "Fund", "Trust", "Society", "Church", "Conference", "Congress",
        "Parliament", "Assembly", "Senate", "Service", "Services", "Office", "Bureau", "Centre", "Center",
        "Movement", "Front", "Alliance", "Coalition", "Club", "Team", "Brigade", "Command", "Secretariat",
        "Cabinet", "Government", "Administration", "Senate", "Parliament", "Office", "Exchange", "Municipality", "Council", "Hospital", "Radio",
        "Infirmary", "Appeals", "Circuit",
        "Television", "TV", "Magazine", "Review", "Standards", "Railways", "Airlines", "Airways",
        "Cooperative", "Co-operative", "Capital", "Partners", "Holdings", "Robotics", "Logistics",
        "Technologies", "Industries", "Motors", "Foods", "Pharmaceuticals", "Labs", "Studios", "Securities", "Books",
        "Publishers", "Publishing",
        "Investments", "Ventures", "Insurance", "Consulting", "Solutions", "Enterprises", "LLC", "PLC", "plc",
        "Courier", "Chronicle", "Mail", "Mirror", "Express", "Observer", "Echo", "Sport", "Sports", "FC",
        // Newspapers named by their rhythm: "Daily Graphic", "Daily Nation".
        "Daily", "Guild", "Treasury", "Exchequer", "Chamber", "Tribunal", "Directorate", "Inspectorate",
        "Survey", "Museum", "Library",
        // "Japan Coast Guard", "National Guard".
        "Guard",
        // Bodies named in Spanish, Portuguese, French, German: "Fundación Vida Silvestre".
        "Fundación", "Fundação", "Fondation", "Stiftung", "Instituto", "Institut", "Asociación", "Associação",
        // Universities and institutes in their own languages: "Karolinska Institutet".
        "Institutet", "Universität", "Universidad", "Université", "Universiteit", "Universitet", "Universidade",
        "Università", "Hochschule",
        // Companies named by their trade: "Rounder Records", "S&P Global Ratings".
        "Records", "Semiconductor", "Semiconductors", "Ratings", "Limited",
        // "UN Human Rights Monitoring Mission in Ukraine".
        "Mission",
        // Sports clubs: "Kelso Rovers", "Marren Athletic".
        "Rovers", "Athletic", "Wanderers", "Albion", "Rangers", "Hotspur",
    ]).union(moreCorporateWords)
    /// Common nouns that describe a body, not a person: "the operator, Estuary Link".
    static let organisationDescriptions: Set<String> = [
        "operator", "company", "firm", "carrier", "airline", "developer", "contractor", "insurer", "retailer",
        "broadcaster", "publisher", "manufacturer", "supplier", "lender", "regulator", "charity", "agency",
        "ministry", "department", "council", "organisation", "organization", "network", "chain", "bank",
        "utility", "startup", "newspaper", "outlet", "club", "union", "cooperative", "co-operative",
        "group", "provider", "producer", "maker", "brand", "platform", "service", "institute", "foundation",
        "journal", "magazine", "tabloid", "website", "daily", "weekly", "broadsheet", "periodical",
        "mission", "delegation", "secretariat", "start-up", "conglomerate", "chipmaker", "carmaker", "automaker",
        "supermarket", "giant",
        // "the folk collective Hollow Pines", "the label Meridian Music".
        "collective", "band", "label", "imprint", "orchestra", "choir", "ensemble", "duo", "trio", "quartet",
    ]
    /// Descriptions of a company, which stand for the company named last.
    static let companyDescriptions: Set<String> = [
        "maker", "manufacturer", "retailer", "operator", "carrier", "airline", "insurer", "lender",
        "supplier", "producer", "developer", "chain", "startup", "utility", "contractor", "provider",
        "brand", "publisher", "broadcaster",
    ]
    /// Last words of names that are not actors: treaties, laws, events, prizes.
    static let nonActorKeywords: Set<String> = [
        "Treaty", "Agreement", "Accord", "Accords", "Pact", "Protocol", "Charter", "Declaration",
        "Act", "Bill", "Award", "Awards", "Prize", "Cup", "Games", "Olympics", "Festival", "Fair",
        "Championship", "Championships", "War", "Day", "Week", "Initiative", "Plan", "Doctrine",
        // Things built or run, not actors: "Emergency Management Information System",
        // "National Iodine Nutrition Study". (Not "Systems", "Survey": "BAE Systems"
        // is a company, "the British Geological Survey" a body.)
        "System", "Study", "Database", "Index", "Scheme", "Programme", "Program",
        // Rules: "the Model Code of Conduct", "the Highway Code", "the Spending Clause of the Constitution".
        "Code", "Conduct", "Clause", "Constitution",
        // Prizes, rates, indices and reports: "the Golden Lion", "Bank Rate", "the Dow Jones
        // Industrial Average", "the Monetary Policy Report".
        "Lion", "Globe", "Bear", "Rate", "Average", "Report",
        // A market's index: "the Nasdaq Composite".
        "Composite",
    ]

    /// What follows a hyphen in an adjective made of a name ("San Francisco-based",
    /// "Kremlin-backed", "Afghan-born"): such a word is no name word.
    static let nameAdjectiveSuffixes: Set<String> = [
        "based", "born", "led", "backed", "owned", "run", "made", "funded", "controlled", "held", "bred",
        "raised", "educated", "trained", "listed", "registered", "headquartered", "focused", "style",
        "era", "inspired", "brokered", "sponsored", "operated", "friendly", "speaking", "allied", "aligned",
        "linked", "affiliated", "appointed", "imposed", "supported", "dominated", "bound",
    ]

    /// First words of names that are not actors: "Storm Hollis", "Hurricane Maria".
    static let nonActorOpeners: Set<String> = ["Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical", "Operation"]

    /// Words that open a time expression, never a speaker: "said last spring".
    static let temporalStarters: Set<String> = [
        "last", "next", "this", "on", "in", "at", "yesterday", "today", "tomorrow", "tonight",
        "earlier", "later", "recently", "previously", "afterwards", "then", "again", "once", "that",
        "while", "when", "after", "before", "during", "since", "to", "from", "with", "without",
    ]

    /// Capitalised words that never occur in a person's name.
    static let notInPersonNames: Set<String> = [
        "National", "International", "Information", "System", "Systems", "Study", "Science", "Sciences",
        "Affairs", "Management", "Enforcement", "Emergency", "Global", "Territories", "Territory", "Federal",
        "Democratic", "Republic", "Islamic", "United", "Royal", "Public", "Social", "Security", "Foreign",
        "Justice", "Health", "Education", "Environment", "Defence", "Defense", "Interior", "Finance",
        "Trade", "Energy", "Water", "Development", "Research", "Technology", "Media", "Council", "Assembly",
        "West", "East", "North", "South", "Central", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
        "Against", "Without", "Beyond", "Watch", "Action", "Now", "Together", "Alliance", "Friends",
    ]
    static let compassWords: Set<String> = [
        "West", "East", "North", "South", "Central", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
        "Territories", "Territory",
    ]

    /// Last words of company names, whose first word alone names them later.
    static let companyWords: Set<String> = Set([
        "Inc", "Ltd", "Corp", "Co", "LLC", "PLC", "plc", "Group", "Holdings", "Robotics", "Logistics",
        "Technologies", "Industries", "Motors", "Foods", "Pharmaceuticals", "Labs", "Studios", "Securities",
        "Investments", "Ventures", "Capital", "Partners", "Airlines", "Airways", "Bank", "Insurance",
        "Consulting", "Solutions", "Enterprises", "Corporation", "Company", "Limited", "AG", "SA", "GmbH",
    ]).union(moreCorporateWords)

    /// Words that end a company's name, in both lists above. (Corporate words
    /// only: "Energy" or "Oil" also name a minister's portfolio, "Iran Oil Minister".)
    static let moreCorporateWords: Set<String> = [
        "Utilities", "Telecom", "Communications", "Brands", "Stores", "Petroleum", "Chemicals", "AI",
        "Semiconductor", "Semiconductors", "Records", "Homes", "Oy", "AB", "ASA", "NV", "BV", "SpA", "Ratings",
        // Publishers and labels: "Kestrel Books", then "Kestrel’s publishing director".
        "Books", "Publishing", "Publishers", "Music",
        // "Corvane Aerospace", "Calloway Insights", "Castellan Maritime", "Nordhaven Lines".
        "Aerospace", "Insights", "Analytics", "Dynamics", "Software", "Networks", "Therapeutics", "Biotech",
        "Maritime", "Lines", "Shipping", "Bancorp", "Financial",
    ]

    /// A company's legal form, which ends its name: "Kestrel Homes Ltd".
    static let legalForms: Set<String> = ["Ltd", "Limited", "Inc", "Incorporated", "plc", "PLC", "LLC", "Corp", "Co", "Bros",
                                         "GmbH", "AG", "SA", "NV", "BV"]

    /// Words that open a place's name: "Lake Sevan", "Mount Ararat", "Gulf of Aden".
    static let placePrefixes: Set<String> = [
        "River", "Lake", "Mount", "Mt", "Cape", "Gulf", "Bay", "Isle", "Port", "Fort", "Lac", "Loch", "Glen", "Sierra",
        "Cerro", "Rio", "Wadi", "Jebel", "Jabal", "Tell", "Ras", "Lago", "Monte", "Pic", "Mont",
        // Streets and squares named in Spanish, Portuguese, Italian, French: "Avenida de Mayo".
        "Avenida", "Calle", "Plaza", "Rua", "Praça", "Piazza", "Rue",
    ]

    /// Last words that make a capitalised run a place.
    static let placeKeywords: Set<String> = [
        "Street", "Road", "Avenue", "Square", "Bridge", "Hall", "Mosque", "Temple", "Cathedral",
        "Island", "Islands", "River", "Lake", "Sea", "Ocean", "Mountain", "Mountains", "Valley",
        "Province", "County", "District", "Region", "City", "Town", "Village", "Park", "Airport",
        "Station", "Port", "Harbour", "Harbor", "Hotel", "Stadium", "Palace", "Tower", "Gate",
        "Pass", "Desert", "Plains", "Coast", "Peninsula", "Bay", "Strait", "Canal", "Dam", "Basin",
        "Bazaar", "Market", "Pier", "Quay", "Wharf", "Slipway", "Crossing", "Checkpoint",
        "Lane", "Crescent", "Terrace", "Boulevard", "Highway", "Motorway",
        // Residential streets ("from Cedar Close") and a federation's states ("Kano State").
        "Close", "Grove", "Mews", "Drive", "Gardens", "Row", "State",
    ]

    static let malePronouns: Set<String> = ["he", "him", "his", "himself"]
    static let femalePronouns: Set<String> = ["she", "her", "hers", "herself"]
    static let pluralPronouns: Set<String> = ["they", "them", "their", "themselves"]
    static let neuterPronouns: Set<String> = ["it", "its", "itself"]
    /// Pronouns that can be the subject of a speech verb.
    /// Words that open a subordinate clause before the main one.
    static let subordinatorWords: [String] = ["until", "when", "if", "while", "although", "though", "because", "unless",
                                              "after", "before", "since", "once", "whether", "whenever"]
    static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]

    /// Words between a subject and its verb that do not end the subject: "has also said".
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "also",
        "further", "later", "then", "once", "again", "not", "never", "always", "already", "recently",
        "previously", "publicly", "repeatedly", "earlier", "reportedly", "allegedly", "apparently",
        "just", "still", "even", "often", "had", "has", "n't", "finally", "initially", "simply",
    ]

    /// Determiners that open a noun phrase.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
        "some", "many", "several", "two", "three", "one", "certain", "other", "another", "each", "such",
    ]

    /// Words that end a subject noun phrase when walking left from a verb.
    static let clauseBreakers: Set<String> = [
        "that", "which", "who", "whom", "and", "but", "or", "when", "while", "because", "since",
        "if", "as", "after", "before", "although", "though", "where", "so", "than", "said", "says",
        "told", "to", "by", "with", "on", "in", "at", "from", "into", "about", "over", "under",
        "against", "during", "without", "is", "are", "was", "were", "also", "has", "have", "had",
    ]
}
