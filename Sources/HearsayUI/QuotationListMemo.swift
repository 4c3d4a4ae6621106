import HearsayCore

/// The Quotations tab's filtered rows, kept between frames.
///
/// Why: the filter (an actor picked in the Actors tab, an `&` query) runs
/// over every quotation, and the pane asks for its rows several times a key;
/// on the 100 MB bench text (458,744 quotations) an `&` query took half a
/// second each time, so every key did. Like `LayoutCache`, a class inside
/// the (value) state, and a memo of a pure function of its key, never a
/// source of truth. The key keeps the arrays it names, so an array compared
/// by its storage is never a freed one whose address was reused.
public final class QuotationListMemo {
    struct Key {
        let quotations: [Quotation]
        let actors: [Actor]
        let actor: Int?
        let query: QuoteQuery?
        let reviews: [QuoteReview]
        let annotations: AnnotationList

        func isSame(as other: Key) -> Bool {
            Self.sameStorage(quotations, other.quotations) && Self.sameStorage(actors, other.actors)
                && actor == other.actor && query == other.query
                && reviews == other.reviews && annotations == other.annotations
        }

        /// The same array, not merely equal ones: a new analysis is a new array.
        static func sameStorage<T>(_ a: [T], _ b: [T]) -> Bool {
            a.count == b.count && a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
        }
    }

    private var key: Key?
    private var rows: [Int] = []

    public init() {}

    /// The rows for `key`: those kept when the key is the same, else `make()`'s.
    func rows(for key: Key, make: () -> [Int]) -> [Int] {
        if let kept = self.key, kept.isSame(as: key) { return rows }
        rows = make()
        self.key = key
        return rows
    }
}
