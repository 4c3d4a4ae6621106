extension Reanchoring {
    /// Finds every review's quotation again in `scalars`, exactly as annotations
    /// are found (`reanchor(_:in:)` on annotations, in document order, each also
    /// looking where its predecessor moved to). Found reviews get a fresh anchor
    /// and `orphaned = false`; orphans keep their old anchor, flagged
    /// `orphaned = true` (`ReviewedAnalysis` leaves them out). The reviews come
    /// back in the order given; `moved` counts those found elsewhere.
    public static func reanchor(reviews: [QuoteReview], in scalars: ScalarText)
        -> (reviews: [QuoteReview], moved: Int, orphans: Int) {
        // The same search, through annotations standing for the reviews (same
        // anchors, same order), so that reviews and annotations move alike.
        let stand = reviews.map {
            Annotation(id: $0.id, anchor: $0.anchor, created: $0.modified, orphaned: $0.orphaned)
        }
        let found = reanchor(stand, in: scalars)
        var result = reviews
        for i in result.indices {
            result[i].anchor = found.annotations[i].anchor
            result[i].orphaned = found.annotations[i].orphaned
        }
        return (result, found.moved, found.orphans)
    }
}

/// What finding a whole annotation file's passages again found.
public struct FileReanchoring: Sendable {
    public var annotationsInPlace = 0, annotationsMoved = 0, annotationsOrphaned = 0
    public var reviewsMoved = 0, reviewsOrphaned = 0
}

extension Reanchoring {
    /// Finds every annotation and reviewed quotation of `file` again in
    /// `scalars`, the article as it is now (it changed since it was
    /// annotated), in place; orphans are kept, flagged. The reader and the
    /// commands that only look (`export`, `quotes`) do the same.
    public static func reanchor(_ file: inout AnnotationFile, in scalars: ScalarText) -> FileReanchoring {
        let annotations = reanchor(Array(file.annotations), in: scalars)
        let reviews = reanchor(reviews: file.reviews, in: scalars)
        file.annotations = AnnotationList(annotations.annotations)
        file.reviews = reviews.reviews
        return FileReanchoring(annotationsInPlace: annotations.exact, annotationsMoved: annotations.moved,
                               annotationsOrphaned: annotations.orphans, reviewsMoved: reviews.moved,
                               reviewsOrphaned: reviews.orphans)
    }
}
