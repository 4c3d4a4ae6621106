import Glibc
import HearsayCore

/// Whether this is the first time the reader opens for this user: then the
/// message line shows a one-line tip, once. Remembered by an empty file,
/// `$XDG_STATE_HOME/hearsay/first-run-done` (`~/.local/state/hearsay/…`), the
/// place the XDG spec gives to state that is not configuration. Without a home
/// or a writable place, no tip: it must never be shown at every start.
public enum FirstRun {
    public static func markerPath(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/hearsay/first-run-done" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/hearsay/first-run-done" }
        return nil
    }

    /// True once: the first call for a user, which leaves the marker behind.
    public static func claim(environment: [String: String]) -> Bool {
        guard let path = markerPath(environment: environment), FileKind(path: path) == .missing else { return false }
        do {
            try FileWriting.makeFolders(FilePaths.deletingLastComponent(path))
            try FileWriting.write([], to: path)
            return true
        } catch {
            return false
        }
    }

    /// The tip.
    public static let tip = "Welcome to Hearsay: ? shows every key, ]q goes to the next quotation, q quits."
}
