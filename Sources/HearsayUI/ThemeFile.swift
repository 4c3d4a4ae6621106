/// Theme data files (Themes/*.json, documented in Themes/README.md) turned into a
/// `Theme`: parse each file of the `inherits` chain, merge child over parent, then
/// resolve palette names. Pure: files arrive through a lookup the caller provides,
/// so the same code serves bundled themes, user themes and tests.
public enum ThemeFile {
    /// The candidate files for a theme name, most preferred first (say a user's
    /// file, then the bundled one); empty when there is none. Several candidates
    /// let a user's "dark.json" say `"inherits": "dark"` and get the bundled dark.
    public typealias Lookup = (String) throws(ThemeError) -> [ThemeSource]

    public struct Loaded: Equatable, Sendable {
        public var theme: Theme
        /// Harmless oddities (unknown keys, unknown role names), one line each.
        public var warnings: [String]
    }

    /// Loads the theme called `name` and everything it inherits.
    public static func load(named name: String, lookup: Lookup) throws(ThemeError) -> Loaded {
        guard ThemeSource.isValidName(name) else { throw ThemeError(file: nil, problem: .invalidThemeName(name)) }
        guard let source = try lookup(name).first else { throw ThemeError(file: nil, problem: .notFound(name)) }
        return try load(source, lookup: lookup)
    }

    /// Loads the theme in `source`, finding what it inherits through `lookup`.
    public static func load(_ source: ThemeSource, lookup: Lookup = { _ in [] }) throws(ThemeError) -> Loaded {
        let chain = try inheritanceChain(from: source, lookup: lookup)
        // Root first, so each child overrides its parent: palette entries by name,
        // roles whole (a child's "quote" does not keep the parent's bold).
        var palette: [String: ThemeColorValue] = [:]
        var roles: [String: ThemeDefinition.RoleSpec] = [:]
        for def in chain.reversed() {
            palette.merge(def.palette) { _, child in child }
            roles.merge(def.roles) { _, child in child }
        }
        var styles: [Role: Style] = [:]
        for name in roles.keys.sorted() {
            let spec = roles[name]!
            func colour(_ value: ThemeColorValue?) throws(ThemeError) -> Color? {
                guard let value else { return nil }
                switch value.resolve(in: palette) {
                case .success(let c): return c
                case .failure(let problem): throw ThemeError(file: spec.file, location: .role(name), problem: problem)
                }
            }
            styles[Role(name)] = Style(
                foreground: try colour(spec.foreground), background: try colour(spec.background),
                attributes: spec.attributes)
        }
        var colours: [String: Color] = [:]
        for (name, value) in palette {
            if case .success(let c?) = value.resolve(in: palette) { colours[name] = c }
        }
        return Loaded(theme: Theme(name: source.name, styles: styles, palette: colours), warnings: chain.flatMap(\.warnings))
    }

    /// The parsed files from `source` up to the root, child first. A file already
    /// in the chain is never taken again: if every candidate for a parent is, the
    /// themes inherit in a circle.
    static func inheritanceChain(from source: ThemeSource, lookup: Lookup) throws(ThemeError) -> [ThemeDefinition] {
        var chain = [try ThemeDefinition.parse(source)]
        while let child = chain.last, let parent = child.inherits {
            let candidates = try lookup(parent)
            guard !candidates.isEmpty else {
                throw ThemeError(file: child.file, location: .field("inherits"), problem: .notFound(parent))
            }
            guard let next = candidates.first(where: { c in !chain.contains { $0.file == c.file } }) else {
                throw ThemeError(file: child.file, location: .field("inherits"), problem: .cycle(chain.map(\.name) + [parent]))
            }
            chain.append(try ThemeDefinition.parse(next))
        }
        return chain
    }
}
