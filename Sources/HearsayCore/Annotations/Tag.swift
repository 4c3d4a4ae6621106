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
}
