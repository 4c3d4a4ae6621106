/// Finding one annotation among many: the reader asks at every tagging
/// keystroke, over files that may hold 100,000 annotations.
///
/// The searches read the fields they need through the array's buffer (no copy
/// of each annotation, with its strings retained and released), and compare ids
/// as bytes: ids are ASCII, and `String`'s `==` on two different strings goes
/// the long way round in case they are canonically equivalent (ten times the
/// work, the largest cost of a keystroke at that size).
extension AnnotationFile {
    /// The index of the annotation with id `id`.
    public func annotationIndex(id: String) -> Int? {
        annotations.withUnsafeBufferPointer { all in
            all.indices.first { AnnotationFile.sameID(all[$0].id, id) }
        }
    }

    /// The index of the annotation (not an orphan) on exactly `range`.
    public func annotationIndex(on range: TextRange) -> Int? {
        annotations.withUnsafeBufferPointer { all in
            all.indices.first { !all[$0].orphaned && all[$0].anchor.start == range.start && all[$0].anchor.end == range.end }
        }
    }

    /// The annotation with id `id`.
    public func annotation(id: String) -> Annotation? { annotationIndex(id: id).map { annotations[$0] } }

    /// The annotation (not an orphan) on exactly `range`.
    public func annotation(on range: TextRange) -> Annotation? { annotationIndex(on: range).map { annotations[$0] } }

    /// Byte equality of two ids.
    @inline(__always)
    static func sameID(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }
}
