import Dispatch

/// Writes values on a thread of its own, the latest one only: what the reader
/// uses to save the annotation file, so that no keystroke waits for a slow save.
///
/// Each value is the whole file, so the latest holds every change made before
/// it: a value still waiting when a newer one comes is replaced, never
/// written (a hundred tags typed ahead are one save, not a hundred). Values
/// are written one at a time, in the order they were asked for. `flush`
/// waits until the last one asked for is written: before the reader quits,
/// and before anything else touches what the writes use.
///
/// Why: a save encodes, writes, fsyncs and renames the whole file; at 100,000
/// annotations (59 MB) that took 260–330 ms, and a slow disk's fsync alone can
/// take as long for a small file. The reader waits only for saves that have
/// been quick (`writesAreQuick`), so that for an ordinary file what the screen
/// acknowledges is on disk, and hands the others over (docs/DECISIONS.md 66).
public final class SaveQueue<Value: Sendable>: @unchecked Sendable {   // (its state is behind `lock`)
    private let lock = Lock()
    private let queue: DispatchQueue
    private let write: @Sendable (Value) -> String?
    /// The value asked for and not yet taken by the writing thread.
    private var waiting: Value?
    /// Whether the writing thread has a drain running (or queued).
    private var draining = false
    /// What the latest write that had a problem said, not yet taken.
    private var problem: String?
    /// Values asked for, and values written or replaced by a newer one before their turn.
    private var asked = 0, done = 0
    /// How long the latest write took (or what `expect` guessed before the first).
    private var latest: Duration?
    /// Writes up to this long count as quick.
    public let quickLimit: Duration

    /// `write` writes one value and returns nil, or what went wrong for the user to read.
    public init(label: String, quickLimit: Duration = .milliseconds(30), write: @escaping @Sendable (Value) -> String?) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
        self.quickLimit = quickLimit
        self.write = write
    }

    /// Whether the latest write took at most `quickLimit` (true before the
    /// first, unless `expect` said otherwise): worth waiting for.
    public var writesAreQuick: Bool { lock.withLock { latest.map { $0 <= quickLimit } ?? true } }

    /// A guess at how long a write will take, before the first one says:
    /// the reader gives the time it took to read the file.
    public func expect(_ duration: Duration) {
        lock.withLock { if latest == nil { latest = duration } }
    }

    /// Asks for `value` to be written, after the one being written now, in
    /// place of any still waiting.
    public func request(_ value: Value) {
        let start: Bool = lock.withLock {
            if waiting != nil { done += 1 }   // (replaced: never written)
            waiting = value
            asked += 1
            let idle = !draining
            draining = true
            return idle
        }
        if start { queue.async { self.drain() } }
    }

    private func drain() {
        while true {
            let next: Value? = lock.withLock {
                let v = waiting
                waiting = nil
                if v == nil { draining = false }
                return v
            }
            guard let next else { return }
            let clock = ContinuousClock(), started = clock.now
            let said = write(next)
            let took = clock.now - started
            lock.withLock {
                if let said { problem = said }
                latest = took
                done += 1
            }
        }
    }

    /// Whether a value asked for is not written yet (the reader then wakes
    /// often, to show a problem as soon as the write ends).
    public var isBusy: Bool { lock.withLock { done < asked } }

    /// What the latest write that went wrong said, once; nil when none did since the last call.
    public func takeProblem() -> String? {
        lock.withLock {
            defer { problem = nil }
            return problem
        }
    }

    /// Waits until every value asked for is written (or replaced by a newer one that is).
    public func flush() {
        // A drain runs until nothing waits; one queued after it runs after it.
        // Only the thread that asks may flush, so nothing is asked meanwhile.
        queue.sync {}
    }
}
