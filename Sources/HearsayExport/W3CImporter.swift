import Foundation
import HearsayCore

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
/// classifying or assessing bodies) are the analysis, not annotations: skipped.
public enum W3CImporter {
    public static func importAnnotations(_ text: String, into document: Document, sha256: String) throws
        -> (annotations: [Annotation], tags: [Tag]) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw W3CImportError.notJSON(describe(error))
        }
        let items = try annotationItems(root)

        // Which items are user annotations, and of which article.
        var candidates: [(index: Int, object: [String: Any])] = []
        for (k, item) in items.enumerated() {
            guard let object = item as? [String: Any] else {
                throw W3CImportError.badAnnotation(index: k, id: nil, reason: "not a JSON object")
            }
            guard hasType(object, "Annotation") else {
                throw W3CImportError.badAnnotation(index: k, id: object["id"] as? String, reason: "type is not Annotation")
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
        var tags: [Tag] = []
        var tagNames: Set<String> = []
        var ids: Set<String> = []
        for (k, object) in candidates {
            let iri = object["id"] as? String
            var annotation = try read(object, index: k, document: document)
            // Ids stay unique: a repeated one gets a suffix.
            var id = annotation.id
            var n = 2
            while ids.contains(id) { id = "\(annotation.id)-\(n)"; n += 1 }
            annotation.id = id
            ids.insert(id)

            var leafTags: [String] = []
            for path in tagPaths(object) {
                let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
                guard !parts.isEmpty else {
                    throw W3CImportError.badAnnotation(index: k, id: iri, reason: "empty tag \"\(path)\"")
                }
                for (p, name) in parts.enumerated() where !tagNames.contains(name) {
                    tags.append(Tag(name: name, parent: p > 0 ? parts[p - 1] : nil))
                    tagNames.insert(name)
                }
                if !leafTags.contains(parts[parts.count - 1]) { leafTags.append(parts[parts.count - 1]) }
            }
            annotation.tags = leafTags
            annotations.append(annotation)
        }
        return (annotations, tags)
    }

    // MARK: - Structure

    /// The annotations of a collection (its embedded pages, following `next`), a
    /// page, an array, or a single annotation.
    static func annotationItems(_ root: Any) throws -> [Any] {
        if let array = root as? [Any] { return array }
        guard let object = root as? [String: Any] else {
            throw W3CImportError.notAnnotations(kind(root))
        }
        if hasType(object, "AnnotationCollection") {
            guard let first = object["first"] else { return [] }
            guard var page = first as? [String: Any] else {
                if let items = first as? [Any] { return items }
                throw W3CImportError.pagesNotEmbedded(first as? String ?? kind(first))
            }
            var items: [Any] = []
            var pages = 0
            while true {
                items += page["items"] as? [Any] ?? []
                pages += 1
                guard let next = page["next"] else { break }
                guard let nextPage = next as? [String: Any], pages < 100_000 else {
                    throw W3CImportError.pagesNotEmbedded(next as? String ?? kind(next))
                }
                page = nextPage
            }
            return items
        }
        if hasType(object, "AnnotationPage") { return object["items"] as? [Any] ?? [] }
        if hasType(object, "Annotation") { return [object] }
        let type = object["type"].map { "an object of type \(kind($0) == "a string" ? "\"\($0)\"" : kind($0))" }
        throw W3CImportError.notAnnotations(type ?? "an object without \"type\"")
    }

    static func hasType(_ object: [String: Any], _ type: String) -> Bool {
        if let t = object["type"] as? String { return t == type || t == "oa:" + type }
        if let ts = object["type"] as? [Any] { return ts.contains { ($0 as? String) == type || ($0 as? String) == "oa:" + type } }
        return false
    }

    static func kind(_ value: Any) -> String {
        switch value {
        case is String: return "a string"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case is NSNull: return "null"
        default: return "a number or boolean"
        }
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }

    static func bodies(_ object: [String: Any]) -> [[String: Any]] {
        switch object["body"] {
        case let one as [String: Any]: return [one]
        case let many as [Any]: return many.compactMap { $0 as? [String: Any] }
        default: return []
        }
    }

    static func purposes(_ body: [String: Any]) -> [String] {
        if let p = body["purpose"] as? String { return [p] }
        return (body["purpose"] as? [Any])?.compactMap { $0 as? String } ?? []
    }

    /// A quotation or mention of the analysis rather than a user annotation.
    static func isAnalysisItem(_ object: [String: Any]) -> Bool {
        let id = object["id"] as? String ?? ""
        if id.hasPrefix("urn:hearsay:quotation:") || id.hasPrefix("urn:hearsay:mention:") { return true }
        if id.hasPrefix("urn:hearsay:annotation:") { return false }
        let all = bodies(object).flatMap(purposes)
        let analysis: Set<String> = ["identifying", "classifying", "assessing"]
        return !all.isEmpty && all.allSatisfy(analysis.contains)
    }

    static func firstTarget(_ object: [String: Any]) -> Any? {
        if let many = object["target"] as? [Any] { return many.first }
        return object["target"]
    }

    static func sourceIRI(_ target: Any) -> String? {
        if let iri = target as? String { return iri }
        guard let t = target as? [String: Any] else { return nil }
        if let s = t["source"] as? String { return s }
        if let s = t["source"] as? [String: Any] { return s["id"] as? String }
        return t["id"] as? String
    }

    /// Whether an item of a several-article file is about the article with this hash.
    static func belongs(_ object: [String: Any], sha256: String) -> Bool {
        if let source = firstTarget(object).flatMap(sourceIRI), source == "urn:sha256:" + sha256 { return true }
        let id = object["id"] as? String ?? ""
        return id.hasPrefix("urn:hearsay:annotation:\(sha256):")
    }

    static func tagPaths(_ object: [String: Any]) -> [String] {
        bodies(object).filter { purposes($0).contains("tagging") }.compactMap { $0["value"] as? String }
    }

    // MARK: - One annotation

    static func read(_ object: [String: Any], index k: Int, document: Document) throws -> Annotation {
        let iri = object["id"] as? String
        func fail(_ reason: String) -> W3CImportError { .badAnnotation(index: k, id: iri, reason: reason) }

        let id: String
        if let iri, iri.hasPrefix("urn:hearsay:annotation:"), let colon = iri.lastIndex(of: ":"),
           let local = String(iri[iri.index(after: colon)...]).removingPercentEncoding, !local.isEmpty {
            id = local
        } else if let iri, !iri.isEmpty {
            id = String(SHA256.hex(SHA256.digest(Array(iri.utf8))).prefix(16))
        } else {
            id = String(SHA256.hex(SHA256.digest(Array("w3c-import-\(k)".utf8))).prefix(16))
        }

        let notes = bodies(object).filter { purposes($0).contains("commenting") }.compactMap { $0["value"] as? String }
        if let bodyValue = object["bodyValue"] as? String, notes.isEmpty {
            return try finish(id: id, note: bodyValue)
        }
        return try finish(id: id, note: notes.joined(separator: "\n\n"))

        func finish(id: String, note: String) throws -> Annotation {
            guard let target = firstTarget(object) else { throw fail("no target") }
            guard let t = target as? [String: Any] else { throw fail("the target selects no passage (no selector)") }
            var selectors: [[String: Any]] = []
            if let one = t["selector"] as? [String: Any] { selectors = [one] }
            if let many = t["selector"] as? [Any] { selectors = many.compactMap { $0 as? [String: Any] } }
            let quote = selectors.first { hasType($0, "TextQuoteSelector") }
            let position = selectors.first { hasType($0, "TextPositionSelector") }
            guard quote != nil || position != nil else {
                throw fail("no TextQuoteSelector or TextPositionSelector in the target")
            }
            let exact = quote?["exact"] as? String
            if quote != nil && exact == nil { throw fail("TextQuoteSelector without \"exact\"") }
            let prefix = quote?["prefix"] as? String ?? ""
            let suffix = quote?["suffix"] as? String ?? ""
            var start: Int?
            var end: Int?
            if let position {
                guard let s = integer(position["start"]), let e = integer(position["end"]), s >= 0, s <= e else {
                    throw fail("TextPositionSelector needs integers 0 ≤ start ≤ end")
                }
                start = s
                end = e
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
            let created = (object["created"] as? String) ?? (object["modified"] as? String) ?? ""
            let modified = (object["modified"] as? String) ?? created
            return Annotation(id: id, anchor: anchor, note: note, created: created, modified: modified, orphaned: orphaned)
        }
    }

    static func integer(_ value: Any?) -> Int? {
        guard let n = value as? NSNumber else { return nil }
        let d = n.doubleValue
        guard d.rounded() == d, abs(d) < 1e15 else { return nil }
        return Int(d)
    }
}
