import CNcursesw
import Glibc

/// The process locale, made UTF-8 once before ncurses starts.
///
/// Without a UTF-8 LC_CTYPE, ncursesw cannot draw anything but ASCII (curly
/// quotes vanish, box lines become `lqk`) and glibc `wcwidth` answers -1 for
/// every other scalar. `setlocale(LC_ALL, "")` alone is not enough when LANG is
/// unset (cron, `env -i`, CI), so a non-UTF-8 result falls back to C.UTF-8,
/// which Debian always ships. See the recipes note, section 2.
public enum TerminalLocale {
    /// Sets the locale (the first call only) and returns the codeset, "UTF-8" when it worked.
    @discardableResult
    public static func ensureUTF8() -> String { codeset }

    /// A global `let` runs its initialiser exactly once, thread-safely:
    /// setlocale is process-global and racy, so it must never run twice concurrently.
    private static let codeset: String = {
        setlocale(LC_ALL, "")
        if current() != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        return current()
    }()

    private static func current() -> String {
        String(cString: nl_langinfo(nl_item(CODESET)))
    }
}
