/// A token's word in the forms the analyzers look things up by.
extension Document {
    /// The word as written, with ’ read as ' (gazetteer names, actor keys).
    @inline(__always)
    public func key(ofToken i: Int) -> String {
        let t = tokens[i]
        return Gazetteer.matchKey(scalars[t.start..<t.end])
    }

    /// The same with ASCII letters lower-cased (function words, cues).
    @inline(__always)
    public func lowerKey(ofToken i: Int) -> String {
        let t = tokens[i]
        return Gazetteer.lowerKey(scalars[t.start..<t.end])
    }

    /// `WordHash.exact` of the word: lookups with no `String` made.
    @inline(__always)
    public func hash(ofToken i: Int) -> UInt64 {
        let t = tokens[i]
        return WordHash.exact(scalars[t.start..<t.end])
    }

    @inline(__always)
    public func lowerHash(ofToken i: Int) -> UInt64 {
        let t = tokens[i]
        return WordHash.lower(scalars[t.start..<t.end])
    }
}
