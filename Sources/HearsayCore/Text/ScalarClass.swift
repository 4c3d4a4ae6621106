/// Character classes over Unicode scalars, with ASCII fast paths.
///
/// The analyzers are hand-written scanners over `[Unicode.Scalar]` (Swift `Regex`
/// is 50-200x slower on Linux, see docs/DECISIONS.md), so these predicates sit on
/// the hottest paths and avoid `Character` and `String` entirely.
public enum ScalarClass {
    @inline(__always)
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return Slow.isAlphabetic(s)
    }

    @inline(__always)
    public static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return Slow.isDecimal(s)
    }

    @inline(__always)
    public static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) || isDigit(s)
    }

    @inline(__always)
    public static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return Slow.isUppercase(s)
    }

    @inline(__always)
    public static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return Slow.isLowercase(s)
    }

    /// Horizontal or vertical white space, including NBSP and the Unicode spaces.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return Slow.isWhitespace(s)
    }

    @inline(__always)
    public static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x0A
    }

    /// Combining marks and zero-width joiners that belong to the preceding letter.
    @inline(__always)
    public static func isWordJoiner(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return false }
        if v == 0x200D || v == 0x200C { return true }
        return Slow.isMark(s)
    }

    /// Hyphens and dashes. `isDash` covers the long dashes used for attributions.
    @inline(__always)
    public static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x2D || s.value == 0x2010 || s.value == 0x2011
    }

    @inline(__always)
    public static func isDash(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2E3A: return true
        default: return false
        }
    }

    /// Apostrophe-like scalars: ' ’ ʼ. ’ doubles as a closing single quote.
    @inline(__always)
    public static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x27 || s.value == 0x2019 || s.value == 0x02BC
    }

    @inline(__always)
    public static func isSentenceTerminal(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F: return true
        default: return false
        }
    }

    /// C0/C1 controls other than tab and newline: kept in the text, never interpreted.
    @inline(__always)
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || v == 0x7F || (v >= 0x80 && v < 0xA0)
    }

    /// The non-ASCII answers, kept out of line on purpose: `Unicode.GeneralCategory`
    /// and `Unicode.NumericType` are resilient stdlib types, and a function that
    /// inlines a test on them fetches their metadata in its prologue on every call
    /// (about 200 instructions). With these out of line, the tokenizer's word scan
    /// went from 300 to 60 instructions a word.
    ///
    /// The General Punctuation block (U+2000–U+206F: curly quotes, dashes, the
    /// ellipsis) holds no letters or digits; news text is full of it, so it is
    /// answered before the property lookup.
    enum Slow {
        @inline(__always) static func isGeneralPunctuation(_ s: Unicode.Scalar) -> Bool { s.value &- 0x2000 < 0x70 }
        @inline(never) static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
            !isGeneralPunctuation(s) && s.properties.isAlphabetic
        }
        @inline(never) static func isDecimal(_ s: Unicode.Scalar) -> Bool {
            !isGeneralPunctuation(s) && s.properties.numericType == .decimal
        }
        @inline(never) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
            !isGeneralPunctuation(s) && s.properties.isUppercase
        }
        @inline(never) static func isLowercase(_ s: Unicode.Scalar) -> Bool {
            !isGeneralPunctuation(s) && s.properties.isLowercase
        }
        /// Unicode's White_Space beyond ASCII, listed (PropList.txt, unchanged
        /// since Unicode 6.3): the property lookup cost 300 instructions for
        /// every curly quotation mark and dash of a text.
        @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
            default: return false
            }
        }
        @inline(never) static func isMark(_ s: Unicode.Scalar) -> Bool {
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }
}
