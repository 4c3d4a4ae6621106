import Foundation

/// The one place the command line reads the clock: annotation, review and export
/// times as ISO 8601 UTC (the pure layers take the time as a value).
enum Clock {
    static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }
}
