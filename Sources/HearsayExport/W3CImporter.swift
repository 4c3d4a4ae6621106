import HearsayCore

/// An object of the imported JSON.
typealias JSONObject = [String: JSONTree]

/// Why a W3C Web Annotation file could not be imported.
public enum W3CImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not JSON at all.
    case notJSON(String)
    /// JSON, but not an AnnotationCollection, an AnnotationPage, an Annotation or an array of annotations.
    case notAnnotations(String)
    /// The collection's pages are not embedded (only linked by IRI).
    case pagesNotEmbedded(String)
    /// One annotation (0-based index among the items) cannot be read.
    case badAnnotation(index: Int, id: String?, reason: String)
    /// The file annotates several articles and none of them is this one.
    case otherArticles(sha256: String, sources: [String])

    public var description: String {
        switch self {
        case .notJSON(let detail): return "not JSON: \(detail)"
        case .notAnnotations(let found): return "not a W3C annotation collection, page or annotation (found \(found))"
        case .pagesNotEmbedded(let page): return "the collection's pages are not embedded (first page is only linked: \(page))"
        case let .badAnnotation(index, id, reason): return "annotation \(index + 1)\(id.map { " (\($0))" } ?? ""): \(reason)"
        case let .otherArticles(sha, sources):
            return "the file annotates \(sources.count) articles, none of them this one (sha256 \(sha)): \(sources.joined(separator: ", "))"
        }
    }
}

/// Reads W3C Web Annotations (what `W3CExporter` writes, and similar files) back
/// into annotations: `tagging` bodies become tags (a path "parent/child" a tag
/// with a parent), `commenting` bodies the note. The passage comes from the
/// `TextPositionSelector` when it fits the document (and agrees with the quote);
/// otherwise the `TextQuoteSelector` is searched for (`Reanchoring`), and an
/// annotation found nowhere is kept as an orphan. Quotation and mention items
/// (`urn:hearsay:quotation:` / `urn:hearsay:mention:`, or only identifying,
/// classifying or assessing bodies) are the analysis, not annotations: skipped;
/// the review decisions among them come back through `importReviews`.
public enum W3CImporter {
    public static func importAnnotations(_ text: String, into document: Document, sha256: String) throws
        -> (annotations: [Annotation], tags: [Tag]) {
        try importAnnotations(items: items(text), into: document, sha256: sha256)
    }

    /// The items of a file, parsed once for all that is read from it
    /// (`importAnnotations`, `importReviews`, `analysisItemCount`).
    public static func items(_ text: String) throws -> [JSONTree] {
        let root: JSONTree
        do {
            root = try JSONTree.parse(text)
        } catch {
            throw W3CImportError.notJSON(error.description)
        }
        return try annotationItems(root)
    }

    /// `importAnnotations` of a file's `items`.
    public static func importAnnotations(items: [JSONTree], into document: Document, sha256: String) throws
        -> (annotations: [Annotation], tags: [Tag]) {
        // Which items are user annotations, and of which article.
        var candidates: [(index: Int, object: JSONObject)] = []
        for (k, item) in items.enumerated() {
            guard let object = item.object else {
                throw W3CImportError.badAnnotation(index: k, id: nil, reason: "not a JSON object")
            }
            guard hasType(object, "Annotation") else {
                throw W3CImportError.badAnnotation(index: k, id: object["id"]?.string, reason: "type is not Annotation")
            }
            if isAnalysisItem(object) { continue }
            candidates.append((k, object))
        }
        let sources = Array(Set(candidates.compactMap { firstTarget($0.object).flatMap(sourceIRI) })).sorted()
        if sources.count > 1 {
            let mine = candidates.filter { belongs($0.object, sha256: sha256) }
            if mine.isEmpty { throw W3CImportError.otherArticles(sha256: sha256, sources: sources) }
            candidates = mine
        }

        var annotations: [Annotation] = []
        var codebook = Codebook()   // the tags of the file, in the order met
        var ids: Set<String> = []
        for (k, object) in candidates {
            let iri = object["id"]?.string
            var annotation = try read(object, index: k, document: document)
            annotation.id = unique(annotation.id, among: &ids)

            var leafTags: [String] = []
            for path in tagPaths(object) {
                let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
                guard !parts.isEmpty else {
                    throw W3CImportError.badAnnotation(index: k, id: iri, reason: "empty tag \"\(path)\"")
                }
                codebook = codebook.adding(path: parts)
                if !leafTags.contains(parts[parts.count - 1]) { leafTags.append(parts[parts.count - 1]) }
            }
            annotation.tags = leafTags
            annotations.append(annotation)
        }
        return (annotations, codebook.tags)
    }

    /// `id`, or with a suffix when `ids` has it already (a file may repeat
    /// one); the result joins `ids`.
    static func unique(_ id: String, among ids: inout Set<String>) -> String {
        var unique = id
        var n = 2
        while ids.contains(unique) { unique = "\(id)-\(n)"; n += 1 }
        ids.insert(unique)
        return unique
    }

    /// How many items of the file are the analysis (quotations and mentions
    /// with no review decision), which neither import brings in: for telling
    /// the user what was not. Nil when the file is not W3C annotations.
    public static func analysisItemCount(_ text: String) -> Int? {
        (try? items(text)).map { analysisItemCount(items: $0) }
    }

    public static func analysisItemCount(items: [JSONTree]) -> Int {
        items.filter { $0.object.map { isAnalysisItem($0) && decision($0) == nil } ?? false }.count
    }

    /// The review decisions of the file, as reviews of `document`: a quotation
    /// item with an `assessing` body whose value is a decision ("accepted",
    /// "corrected", "added"), or a rejected quotation's `urn:hearsay:review:`
    /// item (what `W3CExporter` writes). The passage is found as an annotation's
    /// is (an orphan when it is nowhere). A corrected or added quotation keeps
    /// the speaker and kind the file gives it (no speaker: none); an accepted
    /// or rejected one leaves them to the detector. In a file of several
    /// articles only this one's items count.
    public static func importReviews(_ text: String, into document: Document, sha256: String) throws -> [QuoteReview] {
        try importReviews(items: items(text), into: document, sha256: sha256)
    }

    /// `importReviews` of a file's `items`.
    public static func importReviews(items: [JSONTree], into document: Document, sha256: String) throws -> [QuoteReview] {
        var decided: [(index: Int, object: JSONObject, decision: QuoteReview.Decision)] = []
        for (k, item) in items.enumerated() {
            guard let object = item.object, hasType(object, "Annotation"), let d = decision(object) else { continue }
            decided.append((k, object, d))
        }
        let sources = Set(decided.compactMap { firstTarget($0.object).flatMap(sourceIRI) })
        if sources.count > 1 { decided = decided.filter { belongs($0.object, sha256: sha256) } }
        var reviews: [QuoteReview] = []
        var ids: Set<String> = []
        for (k, object, decision) in decided {
            let read = try read(object, index: k, document: document)
            let id = unique(read.id, among: &ids)
            let own = decision == .corrected || decision == .added
            reviews.append(QuoteReview(id: id, anchor: read.anchor, decision: decision,
                                       speaker: own ? speakerName(object) ?? "" : nil,
                                       kind: own ? bodies(object).first { purposes($0).contains("classifying") }
                                           .flatMap { $0["value"]?.string }.flatMap(Quotation.Kind.init(rawValue:)) : nil,
                                       orphaned: read.orphaned, modified: read.modified))
        }
        return reviews
    }

    /// The review decision an item's `assessing` body states, if it is one.
    static func decision(_ object: JSONObject) -> QuoteReview.Decision? {
        for body in bodies(object) where purposes(body).contains("assessing") {
            if let d = body["value"]?.string.flatMap(QuoteReview.Decision.init(rawValue:)) { return d }
        }
        return nil
    }

    /// The speaker an item names: the label of an identifying resource (an
    /// actor), or the value of an identifying text (the words that name it).
    static func speakerName(_ object: JSONObject) -> String? {
        for body in bodies(object) where purposes(body).contains("identifying") {
            if let label = body["source"]?.object?["label"]?.string { return label }
            if let value = body["value"]?.string { return value }
        }
        return nil
    }

    // MARK: - Structure

    /// The annotations of a collection (its embedded pages, following `next`), a
    /// page, an array, or a single annotation.
    static func annotationItems(_ root: JSONTree) throws -> [JSONTree] {
        if let array = root.array { return array }
        guard let object = root.object else {
            throw W3CImportError.notAnnotations(root.kind)
        }
        if hasType(object, "AnnotationCollection") {
            guard let first = object["first"] else { return [] }
            guard var page = first.object else {
                if let items = first.array { return items }
                throw W3CImportError.pagesNotEmbedded(first.string ?? first.kind)
            }
            var items: [JSONTree] = []
            var pages = 0
            while true {
                items += page["items"]?.array ?? []
                pages += 1
                guard let next = page["next"] else { break }
                guard let nextPage = next.object, pages < 100_000 else {
                    throw W3CImportError.pagesNotEmbedded(next.string ?? next.kind)
                }
                page = nextPage
            }
            return items
        }
        if hasType(object, "AnnotationPage") { return object["items"]?.array ?? [] }
        if hasType(object, "Annotation") { return [root] }
        let type = object["type"].map { "an object of type \($0.string.map { "\"\($0)\"" } ?? $0.kind)" }
        throw W3CImportError.notAnnotations(type ?? "an object without \"type\"")
    }

    static func hasType(_ object: JSONObject, _ type: String) -> Bool {
        if let t = object["type"]?.string { return t == type || t == "oa:" + type }
        if let ts = object["type"]?.array { return ts.contains { $0.string == type || $0.string == "oa:" + type } }
        return false
    }

    static func bodies(_ object: JSONObject) -> [JSONObject] {
        if let one = object["body"]?.object { return [one] }
        return object["body"]?.array?.compactMap(\.object) ?? []
    }

    static func purposes(_ body: JSONObject) -> [String] {
        if let p = body["purpose"]?.string { return [p] }
        return body["purpose"]?.array?.compactMap(\.string) ?? []
    }

    /// A quotation or mention of the analysis rather than a user annotation.
    static func isAnalysisItem(_ object: JSONObject) -> Bool {
        let id = object["id"]?.string ?? ""
        if id.hasPrefix("urn:hearsay:quotation:") || id.hasPrefix("urn:hearsay:mention:") || id.hasPrefix("urn:hearsay:review:") {
            return true
        }
        if id.hasPrefix("urn:hearsay:annotation:") { return false }
        let all = bodies(object).flatMap(purposes)
        let analysis: Set<String> = ["identifying", "classifying", "assessing"]
        return !all.isEmpty && all.allSatisfy(analysis.contains)
    }

    static func firstTarget(_ object: JSONObject) -> JSONTree? {
        if let many = object["target"]?.array { return many.first }
        return object["target"]
    }

    static func sourceIRI(_ target: JSONTree) -> String? {
        if let iri = target.string { return iri }
        guard let t = target.object else { return nil }
        if let s = t["source"]?.string { return s }
        if let s = t["source"]?.object { return s["id"]?.string }
        return t["id"]?.string
    }

    /// Whether an item of a several-article file is about the article with this hash.
    static func belongs(_ object: JSONObject, sha256: String) -> Bool {
        if let source = firstTarget(object).flatMap(sourceIRI), source == "urn:sha256:" + sha256 { return true }
        let id = object["id"]?.string ?? ""
        return ["annotation", "quotation", "review"].contains { id.hasPrefix("urn:hearsay:\($0):\(sha256):") }
    }

    static func tagPaths(_ object: JSONObject) -> [String] {
        bodies(object).filter { purposes($0).contains("tagging") }.compactMap { $0["value"]?.string }
    }

    // MARK: - One annotation

    static func read(_ object: JSONObject, index k: Int, document: Document) throws -> Annotation {
        let iri = object["id"]?.string
        func fail(_ reason: String) -> W3CImportError { .badAnnotation(index: k, id: iri, reason: reason) }

        let id: String
        if let iri, iri.hasPrefix("urn:hearsay:annotation:"), let colon = iri.lastIndex(of: ":"),
           let local = percentDecoded(String(iri[iri.index(after: colon)...])), !local.isEmpty {
            id = local
        } else if let iri, !iri.isEmpty {
            id = String(SHA256.hex(SHA256.digest(Array(iri.utf8))).prefix(16))
        } else {
            id = String(SHA256.hex(SHA256.digest(Array("w3c-import-\(k)".utf8))).prefix(16))
        }

        let notes = bodies(object).filter { purposes($0).contains("commenting") }.compactMap { $0["value"]?.string }
        if let bodyValue = object["bodyValue"]?.string, notes.isEmpty {
            return try finish(id: id, note: bodyValue)
        }
        return try finish(id: id, note: notes.joined(separator: "\n\n"))

        func finish(id: String, note: String) throws -> Annotation {
            guard let target = firstTarget(object) else { throw fail("no target") }
            guard let t = target.object else { throw fail("the target selects no passage (no selector)") }
            var selectors: [JSONObject] = []
            if let one = t["selector"]?.object { selectors = [one] }
            if let many = t["selector"]?.array { selectors = many.compactMap(\.object) }
            let quote = selectors.first { hasType($0, "TextQuoteSelector") }
            let position = selectors.first { hasType($0, "TextPositionSelector") }
            guard quote != nil || position != nil else {
                throw fail("no TextQuoteSelector or TextPositionSelector in the target")
            }
            let exact = quote?["exact"]?.string
            if quote != nil && exact == nil { throw fail("TextQuoteSelector without \"exact\"") }
            let prefix = quote?["prefix"]?.string ?? ""
            let suffix = quote?["suffix"]?.string ?? ""
            var start: Int?
            var end: Int?
            if let position {
                guard let s = position["start"]?.integer, let e = position["end"]?.integer, s >= 0, s <= e else {
                    throw fail("TextPositionSelector needs integers 0 ≤ start ≤ end")
                }
                // (Counted in the file, as the exporter writes them: back to the text's offsets.)
                start = document.decoding?.textOffset(fromFileOffset: s) ?? s
                end = document.decoding?.textOffset(fromFileOffset: e) ?? e
            }
            let scalars = document.scalars
            var anchor: Anchor
            var orphaned = false
            if let s = start, let e = end, e <= scalars.count,
               case let fresh = Anchor(TextRange(s, e), in: scalars), exact == nil || fresh.exact == exact {
                anchor = fresh
            } else if let exact {
                let old = Anchor(start: start ?? 0, end: end ?? (start ?? 0) + exact.unicodeScalars.count,
                                 exact: exact, prefix: prefix, suffix: suffix)
                let result = Reanchoring.reanchor(old, in: scalars)
                anchor = result.anchor
                orphaned = result.outcome == .orphan
            } else {
                // Positions beyond the document and no quote to search for: kept as an orphan.
                anchor = Anchor(start: start ?? 0, end: end ?? 0, exact: "", prefix: "", suffix: "")
                orphaned = true
            }
            let created = object["created"]?.string ?? object["modified"]?.string ?? ""
            let modified = object["modified"]?.string ?? created
            return Annotation(id: id, anchor: anchor, note: note, created: created, modified: modified, orphaned: orphaned)
        }
    }

    /// `%XX` escapes decoded (what the exporter's percent-encoding made of an
    /// annotation id); nil when an escape is malformed or the bytes are not UTF-8.
    static func percentDecoded(_ s: String) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(s.utf8)[...]
        while let c = utf8.popFirst() {
            guard c == UInt8(ascii: "%") else { bytes.append(c); continue }
            guard utf8.count >= 2, let v = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else { return nil }
            bytes.append(v)
            utf8 = utf8.dropFirst(2)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
