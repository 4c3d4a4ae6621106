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
            their tags to its codebook, as one step that u undoes in the reader. Only \
            annotations (passages with tags and notes) are imported: quotations, actor \
            mentions and review decisions in the file are reported and left out, and an \
            annotation already there (same passage, tags and note) is not added again.

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
        do {
            switch from {
            case .w3c: imported = try W3CImporter.importAnnotations(text, into: loaded.document, sha256: loaded.sha256)
            case .brat: imported = try BratImporter.importAnnotations(text, into: loaded.document)
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
        if !changes.isEmpty {
            let group = ChangeGroup(label: "Imported \(added) annotation(s) from \(file)", changes: changes, time: now)
            do { try store.save(current.recording(group)) } catch {
                Stderr.print("hearsay: \(error)")
                throw ExitCode(1)
            }
        }
        let skipped = from == .w3c ? W3CImporter.analysisItemCount(text) ?? 0 : BratImporter.analysisItemCount(text)
        for line in Self.report(added: added, into: store.path, orphans: orphans, alreadyThere: alreadyThere, analysisItems: skipped) {
            Stderr.print("hearsay: \(line)")
        }
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
            lines.append("\(analysisItems) quotation, mention or review item(s) not imported: Hearsay finds those itself (see docs/export-formats.md)")
        }
        return lines
    }
}
