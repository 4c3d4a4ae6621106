import FoundationEssentials
import Glibc

/// The one place the command line reads the clock: annotation, review and export
/// times as ISO 8601 UTC (the pure layers take the time as a value).
enum Clock {
    static func now() -> String {
        Date().formatted(.iso8601)
    }
}
