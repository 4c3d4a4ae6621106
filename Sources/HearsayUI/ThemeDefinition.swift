/// One theme file, parsed and checked but not yet merged with what it inherits:
/// colours may still name palette entries that a parent or child defines.
struct ThemeDefinition: Equatable, Sendable {
    /// A role as the file writes it, remembering its file for error messages
    /// after the `inherits` merge has mixed roles from several files.
    struct RoleSpec: Equatable, Sendable {
        var foreground: ThemeColorValue?
        var background: ThemeColorValue?
        var attributes: Attributes
        var file: String
    }

    static let fields = ["name", "description", "inherits", "palette", "roles"]
    static let attributeKeys: [(String, Attributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("italic", .italic), ("dim", .dim),
    ]
    static let roleKeys = ["fg", "bg"] + attributeKeys.map(\.0)

    var name: String
    var file: String
    var inherits: String?
    /// Only `.color` and `.terminalDefault`: palette entries are literal colours.
    var palette: [String: ThemeColorValue] = [:]
    var roles: [String: RoleSpec] = [:]
    /// Unknown top-level keys and role names: kept going, but worth telling.
    var warnings: [String] = []

    /// Keys are checked in sorted order so the first error reported never depends
    /// on dictionary order.
    static func parse(_ source: ThemeSource) throws(ThemeError) -> ThemeDefinition {
        let file = source.file
        func fail(_ location: ThemeError.Location?, _ problem: ThemeError.Problem) -> ThemeError {
            ThemeError(file: file, location: location, problem: problem)
        }

        let top: [String: ThemeJSON]
        switch ThemeJSON.parse(source.text) {
        case .failure(let problem): throw fail(nil, problem)
        case .success(.object(let o)): top = o
        case .success: throw fail(nil, .notAnObject)
        }

        var def = ThemeDefinition(name: source.name, file: file)
        for key in top.keys.sorted() where !fields.contains(key) {
            def.warnings.append("\(file): unknown key '\(key)' ignored (known: \(fields.joined(separator: ", ")))")
        }
        if let name = top["name"] {
            guard case .string(let s) = name else { throw fail(.field("name"), .wrongType(expected: "a string", found: name.description)) }
            if s != source.name {
                def.warnings.append("\(file): name '\(s)' differs from the file name; the theme is called '\(source.name)'")
            }
        }
        if let d = top["description"] {
            guard case .string = d else { throw fail(.field("description"), .wrongType(expected: "a string", found: d.description)) }
        }
        if let parent = top["inherits"] {
            guard case .string(let s) = parent else {
                throw fail(.field("inherits"), .wrongType(expected: "a theme name", found: parent.description))
            }
            guard ThemeSource.isValidName(s) else { throw fail(.field("inherits"), .invalidThemeName(s)) }
            def.inherits = s
        }
        def.palette = try parsePalette(top["palette"], fail: fail)
        if let roles = top["roles"] {
            guard case .object(let entries) = roles else {
                throw fail(.field("roles"), .wrongType(expected: "an object", found: roles.description))
            }
            for name in entries.keys.sorted() {
                def.roles[name] = try parseRole(entries[name]!, file: file) { fail(.role(name), $0) }
                if !Role(name).isRecognised {
                    def.warnings.append("\(file): role '\(name)' is not a role Hearsay draws (kept, but check the spelling)")
                }
            }
        }
        return def
    }

    private static func parsePalette(
        _ json: ThemeJSON?, fail: (ThemeError.Location?, ThemeError.Problem) -> ThemeError
    ) throws(ThemeError) -> [String: ThemeColorValue] {
        guard let json else { return [:] }
        guard case .object(let entries) = json else {
            throw fail(.field("palette"), .wrongType(expected: "an object", found: json.description))
        }
        var palette: [String: ThemeColorValue] = [:]
        for name in entries.keys.sorted() {
            let value = entries[name]!
            if name == "default" || name.hasPrefix("#") || name.isEmpty {
                throw fail(.paletteEntry(name), .reservedPaletteName(name))
            }
            // A palette entry is a literal colour; palette names inside the palette
            // would need an order of evaluation and buy nothing.
            switch ThemeColorValue(value) {
            case .name(let n)?:
                guard let index = ThemeColorValue.ansiNames[n] else { throw fail(.paletteEntry(name), .badPaletteColour(value.description)) }
                palette[name] = .color(.indexed(index))
            case let literal?:
                palette[name] = literal
            case nil:
                throw fail(.paletteEntry(name), .badPaletteColour(value.description))
            }
        }
        return palette
    }

    private static func parseRole(
        _ json: ThemeJSON, file: String, fail: (ThemeError.Problem) -> ThemeError
    ) throws(ThemeError) -> RoleSpec {
        guard case .object(let entries) = json else {
            throw fail(.wrongType(expected: "an object such as { \"fg\": \"ink\", \"bold\": true }", found: json.description))
        }
        var spec = RoleSpec(foreground: nil, background: nil, attributes: [], file: file)
        for key in entries.keys.sorted() {
            let value = entries[key]!
            switch key {
            case "fg", "bg":
                guard let colour = ThemeColorValue(value) else { throw fail(.badColour(value.description)) }
                if key == "fg" { spec.foreground = colour } else { spec.background = colour }
            default:
                guard let attribute = attributeKeys.first(where: { $0.0 == key })?.1 else { throw fail(.unknownAttribute(key)) }
                guard case .bool(let on) = value else { throw fail(.badAttributeValue(key: key, found: value.description)) }
                if on { spec.attributes.insert(attribute) }
            }
        }
        return spec
    }
}
