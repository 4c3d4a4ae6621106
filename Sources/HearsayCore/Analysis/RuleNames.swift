/// The names of the speaker rules, each kept once and given a number, so that
/// a `Speaker` holds one byte for its rule instead of a 16-byte String.
///
/// The analyzer's own rules are numbered up front and read without a lock
/// (both cores make speakers at once); any other name ("review", a test's) is
/// added when it first comes, under a lock, up to 256 names in all (then the
/// last number stands for every further name: "other").
final class RuleNames: @unchecked Sendable {
    static let shared = RuleNames()

    private static let known: [String] = [
        "cue-after", "cue-before", "cue-later", "cue-after-passive", "cue-before-passive", "colon-lead-in",
        "according-to", "in-the-words-of", "dash", "subject", "nested", "previous-sentence", "continuation",
        "review", "one-of-them", "previous-subject", "turn",
    ]
    private static let capacity = 256

    private let lock = Lock()
    private var added: [String] = []

    func number(_ name: String) -> UInt8 {
        if let k = Self.known.firstIndex(of: name) { return UInt8(k) }
        return lock.withLock {
            let k = Self.known.count + (added.firstIndex(of: name) ?? added.count)
            guard k < Self.capacity - 1 else { return UInt8(Self.capacity - 1) }
            if k == Self.known.count + added.count { added.append(name) }
            return UInt8(k)
        }
    }

    func name(_ number: UInt8) -> String {
        let k = Int(number)
        if k < Self.known.count { return Self.known[k] }
        return lock.withLock { k - Self.known.count < added.count ? added[k - Self.known.count] : "other" }
    }
}
