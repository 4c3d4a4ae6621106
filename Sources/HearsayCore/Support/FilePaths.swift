/// The path arithmetic the program needs (what NSString's path methods did),
/// on plain strings: Foundation is not linked (docs/DECISIONS.md).
public enum FilePaths {
    /// "a/b/c.txt" → "c.txt"; "a/b/" → "b"; "/" → "/".
    public static func lastComponent(_ path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        if trimmed == "/" || trimmed.isEmpty { return trimmed }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// "a/b/c.txt" → "a/b"; "c.txt" → ""; "/c.txt" → "/".
    public static func deletingLastComponent(_ path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }

    /// "a/b" + "c" → "a/b/c", with one slash between them whatever each has.
    public static func appending(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        let base = trimmingTrailingSlashes(folder)
        let tail = name.drop { $0 == "/" }
        return base == "/" ? "/" + tail : base + "/" + tail
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.last == "/" { p = p.dropLast() }
        return String(p)
    }
}
