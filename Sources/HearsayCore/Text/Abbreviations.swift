/// Words that take a stop without ending a sentence ("Dr. Smith", "Jan. 12").
/// Single capital letters (initials, "John F. Kennedy") are handled by the splitter.
enum Abbreviations {
    static let titlesAndUnits: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Lt", "Col", "Maj",
        "Capt", "Cpt", "Sgt", "Cpl", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt",
        "Insp", "Amb", "Atty", "Brig", "Messrs", "Mme", "Mlle", "Fr", "Sec", "Dept", "Univ", "Assn",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "No", "Nos", "Vol", "vs", "v", "Inc", "Ltd", "Co", "Corp", "Bros", "Fig", "approx", "Ave",
        "Rd", "Blvd", "Hwy", "Mtn", "al", "cf", "ca", "Op", "pp", "p", "ed", "eds", "Gov't",
    ]

    /// Words that start a new sentence after a dotted abbreviation ("in the U.S. The ...").
    static let sentenceStarters: Set<String> = [
        "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You",
        "But", "And", "However", "In", "On", "At", "A", "An", "His", "Her", "Their", "Its", "Our",
        "There", "Here", "Meanwhile", "Still", "Yet", "So", "Then", "Now", "If", "When", "While",
        "After", "Before", "Although", "Despite", "As", "Some", "Many", "Most", "According",
    ]

    /// `WordHash.exact` of each (’ reads as ', as everywhere words are looked up).
    static let titleAndUnitHashes = HashSet64(titlesAndUnits.map(WordHash.exact))
    static let sentenceStarterHashes = HashSet64(sentenceStarters.map(WordHash.exact))
}
