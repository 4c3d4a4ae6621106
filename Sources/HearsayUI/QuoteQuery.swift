import HearsayCore

/// A filter over quotations, in the spirit of less's `&` filter plus fields.
///
/// A query is terms separated by spaces; a quotation matches when every term
/// does (an empty query matches everything). Case never matters, and curly
/// quotes and apostrophes match straight ones (`don't` finds “don’t”).
///
/// - `word` — the quotation's text (between its marks) contains `word`.
///   Several words must all be there, anywhere: `water river`.
/// - `"a phrase"` — the text contains the phrase as written, spaces included.
/// - `speaker:NAME` — the speaker's actor name, one of the actor's aliases or
///   the words naming the speaker at the attribution ("the minister") contain
///   NAME. `speaker:none` matches quotations with no speaker at all.
///   Quote a name with spaces: `speaker:"Amina Qadir"`.
/// - `kind:KIND` — one of `direct`, `partial`, `echo`, `scare`, `title`.
/// - `state:STATE` — the review decision: `unreviewed`, `accepted`,
///   `rejected`, `corrected`, `added`, or `reviewed` (any decision).
/// - `tag:NAME` — an annotation on the quotation has the tag NAME (the whole
///   name, any case).
/// - A field's value may list alternatives with commas, any of which will do:
///   `kind:direct,partial`, `speaker:Qadir,Karim` (a quoted value is one alternative).
/// - `-` before a term negates it: `-kind:echo`, `-speaker:none`, `-"no comment"`.
///   A `-` on its own is the text "-".
///
/// Field names are letters before a colon; other text with a colon in it
/// ("10:30", "Note:") must be quoted: `"10:30"`. An unknown field, an unknown
/// kind or state, an empty value or an unclosed `"` is a `ParseError`.
///
///     kind:direct speaker:qadir -state:rejected "dry river"
public struct QuoteQuery: Equatable, Sendable {
    /// What a term looks at.
    public enum Field: String, CaseIterable, Equatable, Sendable {
        case text, speaker, kind, state, tag
    }

    /// One condition: any of `values` in `field` (folded to lower case), maybe negated.
    public struct Term: Equatable, Sendable {
        public var field: Field
        public var values: [String]
        public var negated: Bool

        public init(field: Field, values: [String], negated: Bool = false) {
            self.field = field
            self.values = values
            self.negated = negated
        }
    }

    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public var message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }

    /// The fields a query may name (`text` is what bare words search).
    public static let fieldNames = Field.allCases.filter { $0 != .text }.map(\.rawValue)
    public static let kinds = ["direct", "partial", "echo", "scare", "title"]
    public static let states = ["unreviewed", "accepted", "rejected", "corrected", "added", "reviewed"]

    public var terms: [Term]

    public init(terms: [Term] = []) { self.terms = terms }

    /// Whether the query has no terms (it matches every quotation).
    public var isEmpty: Bool { terms.isEmpty }

    public static func parse(_ text: String) throws(QuoteQuery.ParseError) -> QuoteQuery {
        var terms: [Term] = []
        for word in try split(text) {
            if let term = try term(word) { terms.append(term) }
        }
        return QuoteQuery(terms: terms)
    }

    /// `review` is the raw value of the quotation's review decision, nil when
    /// it has none; `tags` are the tags of the annotations on the quotation.
    /// `index` is the quotation's place in `article.quotations`.
    /// `speakerName` is a speaker set in review, which wins over the detected
    /// one (blank: the user said there is none).
    public func matches(_ quotation: Quotation, index: Int, in article: Article, review: String?, tags: [String],
                        speakerName: String? = nil) -> Bool {
        var text: [Unicode.Scalar]?
        for term in terms {
            let hit: Bool
            switch term.field {
            case .text:
                // (Read as one string: a big file's text, read back from the file,
                // cost a lock and a chunk lookup for each scalar read one by one.)
                if text == nil { text = QuoteQuery.fold(article.document.string(quotation.span.content).unicodeScalars) }
                hit = term.values.allSatisfy { QuoteQuery.contains(text!, $0) }
            case .speaker:
                hit = term.values.contains { value in
                    guard let name = speakerName else { return QuoteQuery.speaker(quotation, in: article, matches: value) }
                    let blank = name.allSatisfy(\.isWhitespace)
                    return value == "none" ? blank : !blank && QuoteQuery.contains(QuoteQuery.fold(name.unicodeScalars), value)
                }
            case .kind:
                hit = term.values.contains(quotation.kind.rawValue)
            case .state:
                let decision = review?.lowercased()
                hit = term.values.contains { value in
                    switch value {
                    case "unreviewed": decision == nil
                    case "reviewed": decision != nil
                    default: decision == value
                    }
                }
            case .tag:
                let folded = tags.map { QuoteQuery.foldedString($0) }
                hit = term.values.contains { folded.contains($0) }
            }
            if hit == term.negated { return false }
        }
        return true
    }

    // MARK: Matching

    static func speaker(_ q: Quotation, in article: Article, matches value: String) -> Bool {
        guard let s = q.speaker else { return value == "none" }
        if value == "none" { return false }
        let needle = Array(value.unicodeScalars)
        if let a = s.actor, a >= 0, a < article.actors.count {
            let actor = article.actors[a]
            if contains(fold(actor.name.unicodeScalars), needle) { return true }
            if actor.aliases.contains(where: { contains(fold($0.unicodeScalars), needle) }) { return true }
        }
        let mention = s.mention
        guard mention.start >= 0, mention.end <= article.document.length else { return false }
        return contains(fold(article.document.scalars[mention.start..<mention.end]), needle)
    }

    /// Whether `haystack` holds `needle` (both folded).
    static func contains(_ haystack: [Unicode.Scalar], _ needle: String) -> Bool {
        contains(haystack, Array(needle.unicodeScalars))
    }

    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        outer: for i in 0...(haystack.count - needle.count) {
            for k in 0..<needle.count where haystack[i + k] != needle[k] { continue outer }
            return true
        }
        return false
    }

    /// Lower case, curly quotes and apostrophes as straight ones, line breaks and tabs as spaces.
    static func fold<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> [Unicode.Scalar] {
        scalars.map { s in
            switch s {
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": return "'"
            case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}", "«", "»": return "\""
            case "\n", "\t", "\r", "\u{2028}", "\u{2029}": return " "
            default: return TextSearch.fold(s)
            }
        }
    }

    static func foldedString(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: fold(s.unicodeScalars))
        return String(out)
    }

    // MARK: Parsing

    /// One space-separated word of the query: a leading `-`, then its pieces
    /// (text outside and inside double quotes).
    struct Word {
        var negated = false
        var pieces: [(text: String, quoted: Bool)] = []
    }

    static func split(_ text: String) throws(ParseError) -> [Word] {
        let scalars = Array(text.unicodeScalars)
        var words: [Word] = []
        var i = 0
        func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
        while i < scalars.count {
            if isSpace(scalars[i]) { i += 1; continue }
            var word = Word()
            if scalars[i] == "-", i + 1 < scalars.count, !isSpace(scalars[i + 1]) {
                word.negated = true
                i += 1
            }
            var plain = String.UnicodeScalarView()
            while i < scalars.count, !isSpace(scalars[i]) {
                if scalars[i] == "\"" || scalars[i] == "\u{201C}" {
                    if !plain.isEmpty { word.pieces.append((String(plain), false)); plain = String.UnicodeScalarView() }
                    let open = i
                    i += 1
                    var quoted = String.UnicodeScalarView()
                    while i < scalars.count, scalars[i] != "\"", scalars[i] != "\u{201D}" {
                        quoted.append(scalars[i])
                        i += 1
                    }
                    guard i < scalars.count else {
                        throw ParseError("unclosed \" at character \(open + 1): close the phrase with another \"")
                    }
                    i += 1
                    word.pieces.append((String(quoted), true))
                } else {
                    plain.append(scalars[i])
                    i += 1
                }
            }
            if !plain.isEmpty { word.pieces.append((String(plain), false)) }
            words.append(word)
        }
        return words
    }

    static func term(_ word: Word) throws(ParseError) -> Term? {
        // A field: ASCII letters and a colon at the start of the first, unquoted piece.
        if let first = word.pieces.first, !first.quoted, let colon = first.text.firstIndex(of: ":") {
            let name = first.text[..<colon]
            if !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) {
                let rest = [(text: String(first.text[first.text.index(after: colon)...]), quoted: false)] + word.pieces.dropFirst()
                return try fieldTerm(name.lowercased(), rest.filter { !$0.text.isEmpty || $0.quoted }, negated: word.negated)
            }
        }
        let text = word.pieces.map(\.text).joined()
        if text.isEmpty { return nil }   // "" matches everything: no term
        return Term(field: .text, values: [foldedString(text)], negated: word.negated)
    }

    static func fieldTerm(_ name: String, _ pieces: [(text: String, quoted: Bool)], negated: Bool) throws(ParseError) -> Term {
        guard let field = Field(rawValue: name), field != .text else {
            throw ParseError("unknown field “\(name):”; the fields are \(fieldNames.map { $0 + ":" }.joined(separator: ", ")) "
                + "(put text with a colon in double quotes)")
        }
        // Alternatives: commas split unquoted text; a quoted piece is one value.
        var values: [String] = []
        for piece in pieces {
            if piece.quoted {
                values.append(piece.text)
            } else {
                values += piece.text.split(separator: ",", omittingEmptySubsequences: true).map(String.init)
            }
        }
        values = values.map { trimmed(foldedString($0)) }.filter { !$0.isEmpty }
        guard !values.isEmpty else {
            throw ParseError("\(name): needs a value, e.g. \(example(field))")
        }
        let allowed: [String]? = field == .kind ? kinds : field == .state ? states : nil
        if let allowed, let bad = values.first(where: { !allowed.contains($0) }) {
            throw ParseError("unknown \(name) “\(bad)”; \(name): is one of \(allowed.joined(separator: ", "))")
        }
        return Term(field: field, values: values, negated: negated)
    }

    static func trimmed(_ s: String) -> String {
        var scalars = Substring(s).unicodeScalars
        while let f = scalars.first, f.properties.isWhitespace { scalars.removeFirst() }
        while let l = scalars.last, l.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    static func example(_ field: Field) -> String {
        switch field {
        case .text: "water"
        case .speaker: "speaker:qadir or speaker:none"
        case .kind: "kind:direct,partial"
        case .state: "state:unreviewed"
        case .tag: "tag:blame"
        }
    }
}
