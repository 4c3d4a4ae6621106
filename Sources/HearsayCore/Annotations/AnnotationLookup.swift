/// Finding one annotation among many: the reader asks at every tagging
/// keystroke, over files that may hold 100,000 annotations. Both lookups go
/// through the annotations' index (AnnotationIndex.swift), so they read none of
/// the other annotations, and give what a scan in order would give: the first
/// match in the file's order.
extension AnnotationFile {
    /// The index of the annotation with id `id` (compared as bytes).
    public func annotationIndex(id: String) -> Int? { annotations.firstIndex(id: id) }

    /// The index of the annotation (not an orphan) on exactly `range`.
    public func annotationIndex(on range: TextRange) -> Int? { annotations.firstIndex(placedOn: AnnotationPlace(range)) }

    /// The annotation with id `id`.
    public func annotation(id: String) -> Annotation? { annotationIndex(id: id).map { annotations[$0] } }

    /// The annotation (not an orphan) on exactly `range`.
    public func annotation(on range: TextRange) -> Annotation? { annotationIndex(on: range).map { annotations[$0] } }

    /// Byte equality of two ids. Ids are ASCII, and `String`'s `==` on two
    /// different strings goes the long way round in case they are canonically
    /// equivalent; the index's id keys compare the same way.
    @inline(__always)
    static func sameID(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }
}
