import Dispatch

/// The document's text as one `String`, made the first time it is asked for.
///
/// The analysis reads scalars and never needs it; making it for every file cost
/// a full UTF-8 validation and a copy of the file (20 ms and 20 MB of page
/// faults for 10 MB). The reader and `stringIndex(ofScalar:)` ask for it.
final class LazyText: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var value: String?
    private let scalars: ScalarText

    init(ready: String?, scalars: ScalarText) {
        value = ready
        self.scalars = ready == nil ? scalars : ScalarText()
    }

    var string: String {
        lock.wait()
        defer { lock.signal() }
        if let value { return value }
        let made = scalars.string
        value = made
        return made
    }
}
