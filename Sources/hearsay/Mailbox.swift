import FoundationEssentials
import Glibc
import HearsayCore

/// Hands one value from a background thread to the main loop, which polls it
/// between key presses (the loop owns all state; the worker only posts results).
final class Mailbox<Value: Sendable>: @unchecked Sendable {
    private let lock = Lock()
    private var value: Value?

    func post(_ v: Value) {
        lock.lock()
        value = v
        lock.unlock()
    }

    func take() -> Value? {
        lock.lock()
        defer { lock.unlock() }
        let v = value
        value = nil
        return v
    }
}
