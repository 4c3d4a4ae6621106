import FoundationEssentials
import Glibc
import HearsayUI

/// Finds the user's keymap file under the XDG config folder and merges it over the defaults.
public enum KeymapLoader {
    /// `$XDG_CONFIG_HOME/hearsay/keymap`, or `~/.config/hearsay/keymap`.
    public static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/hearsay/keymap" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/hearsay/keymap" }
        return nil
    }

    /// The keymap to use and warnings for the user (a missing file is not a problem).
    public static func load(environment: [String: String]) -> (Keymap, [String]) {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return (.defaults, [])
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return (.defaults, ["\(path): cannot read the keymap file; using the default keys"])
        }
        return KeymapFile.merged(text, name: path)
    }
}
