/// The text of one theme file and where it came from, as a lookup finds it.
public struct ThemeSource: Equatable, Sendable {
    /// The theme's name: the file name without ".json".
    public var name: String
    /// Where the text came from, for messages: a path, or "Themes/NAME.json" when bundled.
    public var file: String
    public var text: String

    public init(name: String, file: String, text: String) {
        self.name = name
        self.file = file
        self.text = text
    }

    /// Letters, digits, '-', '_' and '.', not starting with '.': a theme name is
    /// also a file name, so nothing that could climb out of the themes folder.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != "." else { return false }
        return name.unicodeScalars.allSatisfy { s in
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_" || s == ".")
        }
    }
}
