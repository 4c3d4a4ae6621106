/// A code of the codebook ("blame", "diplomacy/threat"). `name` is unique and is
/// what annotations refer to; `parent` names another tag, shown as `parent/child`.
public struct Tag: Codable, Hashable, Sendable {
    public var name: String
    /// A theme palette name or "#rrggbb"; nil lets the theme pick.
    public var color: String?
    public var description: String
    public var parent: String?

    public init(name: String, color: String? = nil, description: String = "", parent: String? = nil) {
        self.name = name
        self.color = color
        self.description = description
        self.parent = parent
    }
}

/// The tags of a project, in the order the user made them (digits 1–9 bind the first nine).
public struct Codebook: Codable, Hashable, Sendable {
    public var tags: [Tag]

    public init(tags: [Tag] = []) { self.tags = tags }

    public func tag(named name: String) -> Tag? { tags.first { $0.name == name } }

    /// "parent/child" for display, following parents (a cycle stops at the repeat).
    public func path(of name: String) -> String {
        var parts = [name]
        var seen: Set<String> = [name]
        var current = tag(named: name)?.parent
        while let p = current, !seen.contains(p) {
            parts.insert(p, at: 0)
            seen.insert(p)
            current = tag(named: p)?.parent
        }
        return parts.joined(separator: "/")
    }

    /// The tags a typed "parent/child" path names, as the reader shows tags:
    /// its parts trimmed, empty ones left out ("blame / threat" is blame,
    /// threat). A name with no "/" is itself.
    public static func pathParts(_ path: String) -> [String] {
        path.split(separator: "/").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// The codebook with each tag of `path` that it lacks, under the tag before
    /// it in the path. A tag it has keeps its own parent: a name stays one tag.
    public func adding(path parts: [String]) -> Codebook {
        var book = self
        for (k, name) in parts.enumerated() where book.tag(named: name) == nil {
            book.tags.append(Tag(name: name, parent: k > 0 ? parts[k - 1] : nil))
        }
        return book
    }

    /// A passage's tag names, each renamed by `rename`, a name that two become
    /// kept once (tagged "blame" and "fault", "blame" merged into "fault": once).
    public static func renaming(_ names: [String], _ rename: (String) -> String) -> [String] {
        var out: [String] = []
        for name in names.map(rename) where !out.contains(name) { out.append(name) }
        return out
    }
}
