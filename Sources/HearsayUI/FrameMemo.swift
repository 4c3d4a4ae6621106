import HearsayCore

/// A value derived from the state, kept between frames until its key changes.
///
/// Why: some of what the screen shows is made from every quotation (the
/// Quotations tab filtered by an actor or an `&` query, the who-speaks
/// chart), and the reducer and the frame ask for it several times a key; on
/// the 100 MB bench text (458,744 quotations) that was 0.5–1 s each time, so
/// every key was. Like `LayoutCache`, a class inside the (value) state, and
/// a memo of a pure function of its key, never a source of truth. Keys hold
/// the arrays they name (`sameStorage`), so an array compared by its storage
/// is never a freed one whose address was reused.
public final class FrameMemo<Key, Value> {
    private var kept: (key: Key, value: Value)?

    public init() {}

    /// The value for `key`: the one kept when `same` says the key is the same, else `make()`'s.
    func value(for key: Key, same: (Key, Key) -> Bool, make: () -> Value) -> Value {
        if let kept, same(kept.key, key) { return kept.value }
        let value = make()
        kept = (key, value)
        return value
    }
}

/// The same array, not merely an equal one: a new analysis makes new arrays.
func sameStorage<T>(_ a: [T], _ b: [T]) -> Bool {
    a.count == b.count && a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
}
