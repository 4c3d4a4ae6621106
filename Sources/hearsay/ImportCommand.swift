import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayCore
import HearsayExport
import HearsayStorage

/// `hearsay import ARTICLE --from w3c|brat FILE`: annotations made elsewhere (or
/// exported by Hearsay) join the article's annotation file, as one undoable step.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring annotations in from a W3C Web Annotation or brat file.",
        discussion: """
            The annotations are added to ARTICLE's annotation file (ARTICLE.hearsay.json), \
            their tags to its codebook, as one step that u undoes in the reader. From a \
            W3C file the review decisions on quotations come too (accepted, rejected, \
            corrected with the speaker and kind it gives, added); where the file has \
            already reviewed a quotation differently, your decision is kept and the \
            difference reported. Quotations and actor mentions with no decision are the \
            analysis, which Hearsay makes itself: reported and left out. An annotation \
            already there (same passage, tags and note) is not added again.

            Examples:
              hearsay import story.txt --from w3c story.jsonld
              hearsay import story.txt --from brat story.ann
            """)

    enum Source: String, ExpressibleByArgument, CaseIterable { case w3c, brat }

    @Argument(help: "The article the annotations belong to.")
    var article: String

    @Option(help: "w3c or brat.")
    var from: Source

    @Argument(help: "The file to import.")
    var file: String

    @Option(help: "The annotation file (default: ARTICLE.hearsay.json).")
    var annotations: String?

    func run() throws {
        let loaded: DocumentLoader.Loaded
        do { loaded = try DocumentLoader.load(path: article) } catch {
            Stderr.print("hearsay: \(error)")
            throw ExitCode(1)
        }
        guard FileKind(path: file) == .other else {
            Stderr.print("hearsay: \(file): \(FileKind(path: file) == .missing ? "no such file" : "is a folder, not a file to import")")
            throw ExitCode(1)
        }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            Stderr.print("hearsay: \(file): cannot read it as UTF-8 text")
            throw ExitCode(1)
        }
        let imported: (annotations: [Annotation], tags: [Tag])
        var importedReviews: [QuoteReview] = []
        var skipped = 0
        do {
            switch from {
            case .w3c:
                // (Parsed once: a file of 100,000 annotations is 60 MB of JSON.)
                let items = try W3CImporter.items(text)
                imported = try W3CImporter.importAnnotations(items: items, into: loaded.document, sha256: loaded.sha256)
                importedReviews = try W3CImporter.importReviews(items: items, into: loaded.document, sha256: loaded.sha256)
                skipped = W3CImporter.analysisItemCount(items: items)
            case .brat:
                imported = try BratImporter.importAnnotations(text, into: loaded.document)
                skipped = BratImporter.analysisItemCount(text)
            }
        } catch {
            Stderr.print("hearsay: \(file): \(error)")
            throw ExitCode(1)
        }
        let store = AnnotationStore(path: annotations ?? AnnotationStore.path(forArticle: article),
                                    document: DocumentFingerprint(sha256: loaded.sha256, length: loaded.document.length))
        let opened = store.open()
        defer { store.close() }
        guard case .readWrite = opened.mode, let current = opened.file else {
            if case .readOnly(let reason) = opened.mode { Stderr.print("hearsay: \(reason)") }
            throw ExitCode(1)
        }
        let now = Clock.now()
        var changes: [AnnotationChange] = []
        var codebook = current.codebook
        for tag in imported.tags where codebook.tag(named: tag.name) == nil { codebook.tags.append(tag) }
        if codebook != current.codebook { changes.append(.codebook(old: current.codebook, new: codebook)) }
        let existing = Set(current.annotations.map(\.id))
        // The same passage with the same tags and note is there already (the file
        // imported twice): not added again.
        let present = Set(current.annotations.map(Self.sameness))
        var added = 0, alreadyThere = 0, orphans = 0
        for var a in imported.annotations {
            if present.contains(Self.sameness(a)) { alreadyThere += 1; continue }
            if a.orphaned { orphans += 1 }
            if existing.contains(a.id) { a.id = "imported-" + a.id }
            if a.created.isEmpty { a.created = now; a.modified = now }
            changes.append(.add(a))
            added += 1
        }
        let reviews = Self.reviewChanges(importedReviews, over: current.reviews, now: now)
        changes += reviews.changes
        if !changes.isEmpty {
            let what = reviews.changes.isEmpty ? "\(added) annotation(s)" : "\(added) annotation(s) and \(reviews.changes.count) review decision(s)"
            let group = ChangeGroup(label: "Imported \(what) from \(file)", changes: changes, time: now)
            do { try store.save(current.recording(group)) } catch {
                Stderr.print("hearsay: \(error)")
                throw ExitCode(1)
            }
        }
        var lines = Self.report(added: added, into: store.path, orphans: orphans, alreadyThere: alreadyThere, analysisItems: skipped)
        if from == .w3c { lines.insert(contentsOf: reviews.report, at: 1) }
        for line in lines { Stderr.print("hearsay: \(line)") }
    }

    /// The imported review decisions as changes to the file's reviews, and what
    /// to tell the user. A decision on a quotation the file has no review of is
    /// added; the same decision again is not; a different one is left out: the
    /// decision made here is kept (an import never overrides the user's work).
    static func reviewChanges(_ imported: [QuoteReview], over current: [QuoteReview], now: String)
        -> (changes: [AnnotationChange], report: [String]) {
        var changes: [AnnotationChange] = []
        var byRange: [TextRange: QuoteReview] = [:]
        for r in current where !r.orphaned { byRange[r.range] = r }
        var ids = Set(current.map(\.id))
        var same = 0, differing = 0, orphans = 0
        for var r in imported {
            if !r.orphaned, let mine = byRange[r.range] {
                if mine.decision == r.decision && mine.speaker == r.speaker && mine.kind == r.kind { same += 1 } else { differing += 1 }
                continue
            }
            if r.orphaned { orphans += 1 }
            if ids.contains(r.id) { r.id = "imported-" + r.id }
            if r.modified.isEmpty { r.modified = now }
            ids.insert(r.id)
            if !r.orphaned { byRange[r.range] = r }
            changes.append(.review(old: nil, new: r))
        }
        var report: [String] = []
        if !imported.isEmpty { report.append("imported \(changes.count) review decision(s) on quotations") }
        if orphans > 0 { report.append("\(orphans) of those decisions are on passages not found in the article: kept as orphans") }
        if same > 0 { report.append("\(same) review decision(s) already there: not added again") }
        if differing > 0 { report.append("\(differing) review decision(s) differ from the ones in this file: yours are kept") }
        return (changes, report)
    }

    /// What makes two annotations the same for an import: passage, tags and note.
    static func sameness(_ a: Annotation) -> String {
        "\(a.anchor.start) \(a.anchor.end) \(a.tags.sorted()) \(a.note)"
    }

    /// What the import did, a line each: what came in, and what did not and why.
    static func report(added: Int, into path: String, orphans: Int, alreadyThere: Int, analysisItems: Int) -> [String] {
        var lines = ["imported \(added) annotation(s) into \(path)"]
        if orphans > 0 {
            lines.append("\(orphans) of them not found in the article's text: kept as orphans (the reader lists them in the Annotations tab)")
        }
        if alreadyThere > 0 { lines.append("\(alreadyThere) already there (same passage, tags and note): not added again") }
        if analysisItems > 0 {
            lines.append("\(analysisItems) quotation or mention item(s) not imported: Hearsay finds those itself (see docs/export-formats.md)")
        }
        return lines
    }
}
