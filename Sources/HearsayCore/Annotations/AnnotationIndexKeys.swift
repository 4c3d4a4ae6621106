/// The keys of `AnnotationIndex`'s two tables.

/// An annotation id as a dictionary key that compares as bytes, as
/// `AnnotationFile.sameID` does (ids are ASCII; `String`'s own `==` and hash
/// would also take two canonically equivalent spellings for one id, and the
/// index must find exactly what a scan finds).
struct AnnotationIDKey: Hashable, Sendable {
    let id: String

    init(_ id: String) { self.id = id }

    static func == (a: AnnotationIDKey, b: AnnotationIDKey) -> Bool { AnnotationFile.sameID(a.id, b.id) }

    func hash(into hasher: inout Hasher) {
        // A copy, because withUTF8 is mutating; it copies nothing for a native
        // string (always contiguous), and makes every string hash through the
        // same bytes whatever its storage.
        var bytes = id
        bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Where an annotation is placed: its anchor's start and end, as they are
/// stored (not a `TextRange`, which would trap on a file whose anchor ends
/// before it starts, and clamps to 32 bits).
struct AnnotationPlace: Hashable, Sendable {
    let start: Int
    let end: Int

    init(_ anchor: Anchor) {
        start = anchor.start
        end = anchor.end
    }

    init(_ range: TextRange) {
        start = range.start
        end = range.end
    }
}
