extension StringProtocol {
    /// The lines of a text file, empty ones included, whether they end in LF or
    /// CRLF. (In Swift "\r\n" is one Character, so `split(separator: "\n")` does
    /// not split a CRLF file at all.) A lone CR at a line's end is the caller's.
    public func textLines() -> [SubSequence] {
        split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }
}
