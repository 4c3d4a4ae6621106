import FoundationEssentials
import Glibc
import HearsayUI

/// Finds themes by name: the user's `$XDG_CONFIG_HOME/hearsay/themes/NAME.json`
/// first, then the bundled ones, for the theme asked for and for whatever it
/// inherits. The environment is a parameter so tests need no global state.
public enum ThemeLoader {
    /// Where user themes live: `$XDG_CONFIG_HOME/hearsay/themes`, or
    /// `$HOME/.config/hearsay/themes`; nil with neither. A relative
    /// XDG_CONFIG_HOME is ignored, as the XDG spec asks.
    public static func userThemesDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return xdg + "/hearsay/themes"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return home + "/.config/hearsay/themes"
        }
        return nil
    }

    /// The theme `name` (nil: "dark", or "mono" when NO_COLOR is set, as
    /// no-color.org asks of programs the user has not told otherwise). A theme that
    /// is missing or broken becomes one warning and the default theme: the reader
    /// always starts. Warnings are lines ready for standard error.
    public static func load(name: String?, environment: [String: String]) -> (theme: Theme, warnings: [String]) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let name = name ?? (noColor ? BundledThemes.monochromeName : BundledThemes.defaultName)
        let directory = userThemesDirectory(environment: environment)
        do {
            let loaded = try ThemeFile.load(named: name, lookup: lookup(directory: directory))
            return (loaded.theme, loaded.warnings.map { "hearsay: theme '\(name)': \($0)" })
        } catch {
            let reason: String
            if error.file == nil, error.problem == .notFound(name) {
                let places = (directory.map { "not in \($0) and " } ?? "") + "not bundled"
                reason = "no such theme (\(places); available: \(availableThemes(environment: environment).joined(separator: ", ")))"
            } else {
                reason = error.description
            }
            return (BundledThemes.default, ["hearsay: theme '\(name)': \(reason); using the default"])
        }
    }

    /// Every theme name the user can choose, user and bundled, sorted.
    public static func availableThemes(environment: [String: String]) -> [String] {
        var names = Set(BundledThemes.names)
        if let directory = userThemesDirectory(environment: environment),
           let files = try? FileManager.default.contentsOfDirectory(atPath: directory) {
            for file in files where file.hasSuffix(".json") {
                let name = String(file.dropLast(".json".count))
                if ThemeSource.isValidName(name) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// User file (if any) then bundled: both are candidates, so a user theme can
    /// inherit the bundled theme of the same name.
    static func lookup(directory: String?) -> ThemeFile.Lookup {
        { (name: String) throws(ThemeError) -> [ThemeSource] in
            var found: [ThemeSource] = []
            if let directory, let user = try userSource(name: name, directory: directory) { found.append(user) }
            if let bundled = BundledThemes.source(named: name) { found.append(bundled) }
            return found
        }
    }

    /// The user's file for `name`: nil when there is none; an error when it is
    /// there but cannot be used (a directory, unreadable, not UTF-8).
    static func userSource(name: String, directory: String) throws(ThemeError) -> ThemeSource? {
        let path = directory + "/" + name + ".json"
        let kind = FileKind(path: path)
        guard kind != .missing else { return nil }
        guard kind != .directory else { throw ThemeError(file: path, problem: .unreadable("is a directory")) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ThemeError(file: path, problem: .unreadable(DocumentLoader.systemReason(path: path)))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: path, problem: .unreadable("not UTF-8 text"))
        }
        return ThemeSource(name: name, file: path, text: text)
    }
}
