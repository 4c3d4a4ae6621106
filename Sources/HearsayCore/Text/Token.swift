/// One word, number or punctuation scalar of the document. White space is not a
/// token; `Token.newlineBefore` keeps what the analyzers need of it.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// Letters, with inner apostrophes, hyphens and abbreviation stops ("U.S.").
        case word
        /// Digits with inner separators ("3.5", "10,000").
        case number
        /// The possessive "’s" or "'s", split off its word so "Kabul’s" finds "Kabul".
        case possessive
        /// Any other single scalar: punctuation, quotation marks, symbols.
        case punctuation
    }

    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The first scalar is an upper-case letter.
        public static let capitalised = Flags(rawValue: 1 << 0)
        /// Two or more letters, none lower case ("TTP", "U.S.").
        public static let allCaps = Flags(rawValue: 1 << 1)
        /// A line break lies between this token and the previous one.
        public static let newlineBefore = Flags(rawValue: 1 << 2)
        /// A blank line lies between this token and the previous one.
        public static let paragraphBefore = Flags(rawValue: 1 << 3)
        /// White space lies between this token and the previous one.
        public static let spaceBefore = Flags(rawValue: 1 << 4)
        /// The word ends with an abbreviation stop that is part of it ("U.S.", "Dr." is not).
        public static let endsWithStop = Flags(rawValue: 1 << 5)
        /// Contains a digit.
        public static let hasDigit = Flags(rawValue: 1 << 6)
        /// Contains a hyphen between its parts ("UN-led", "al-Amr").
        public static let hasHyphen = Flags(rawValue: 1 << 7)
    }

    // 8 bytes a token: the start as Int32 (documents are limited to 2^31
    // scalars, far beyond anything a reader opens) and the length as UInt16.
    // Every phase of the analysis walks the token array, and a 10 MB text has
    // two million tokens: 4 bytes fewer each is 8 MB less to fault in and read.
    // The tokenizer cuts the rare longer run (see `maxLength`).
    private var start32: Int32
    private var length16: UInt16
    public var kind: Kind
    public var flags: Flags

    /// The longest token: a run of letters or digits longer than this (never
    /// a word, only garbage) is cut into tokens of at most this many scalars.
    public static let maxLength = Int(UInt16.max)

    public init(start: Int, end: Int, kind: Kind, flags: Flags) {
        precondition(end - start <= Token.maxLength, "a token is at most Token.maxLength scalars")
        start32 = Int32(start)
        length16 = UInt16(truncatingIfNeeded: end - start)
        self.kind = kind
        self.flags = flags
    }

    public var start: Int { Int(start32) }
    public var end: Int { Int(start32) &+ Int(length16) }

    public var range: TextRange { TextRange(start, end) }
    public var isWord: Bool { kind == .word }
    public var isCapitalised: Bool { flags.contains(.capitalised) }
    public var isAllCaps: Bool { flags.contains(.allCaps) }
}
