import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayCore
import HearsayExport
import HearsayStorage

/// One article made ready for the exporters: read, analysed, its annotation file applied.
enum ExportLoading {
    static func input(path: String, includeText: Bool, format: InputFormat? = nil) throws -> ExportInput {
        let loaded = try DocumentLoader.load(path: path, format: format)
        // Invalid UTF-8 replaced, an empty file: said as `analyze` says it.
        for w in loaded.warnings { Stderr.print("hearsay: warning: \(w)") }
        let detected = Analyzer.analyze(loaded.document)
        let annotations = try SavedAnnotations.read(forArticle: path, document: loaded.document, sha256: loaded.sha256)
            ?? AnnotationFile(document: DocumentFingerprint(sha256: loaded.sha256, length: loaded.document.length))
        let reviewed = ReviewedAnalysis.apply(reviews: annotations.reviews, actorEdits: annotations.actorEdits, to: detected)
        // An absolute path, so the W3C export can name the article by its file:// URL.
        let absolute = path == "-" ? nil : URL(fileURLWithPath: path).standardizedFileURL.path
        // ("-" would be a name a spreadsheet reads as a formula, and says nothing.)
        // A web page that names its own address (a canonical link) is named by it
        // in the exports, as `--source` would (which overrides it).
        return ExportInput(name: path == "-" ? "(standard input)" : FilePaths.lastComponent(path), path: absolute, document: loaded.document,
                           sha256: loaded.sha256, detected: detected, reviewed: reviewed, annotations: annotations,
                           includeText: includeText, exportedAt: Clock.now(), source: loaded.address)
    }
}

/// An article's annotation file as the commands that only look read it (no
/// lock): nil when there is none; throws, naming the file, when it cannot be
/// read or is not valid. When the article changed since it was annotated, the
/// passages and reviewed quotations are found again in memory, and what moved
/// or was lost is said on standard error (the reader says it on its status line).
enum SavedAnnotations {
    static func read(forArticle article: String, document: Document, sha256: String) throws -> AnnotationFile? {
        guard article != "-" else { return nil }
        let path = AnnotationStore.path(forArticle: article)
        var saved: AnnotationFile
        do {
            guard let file = try AnnotationCoding.readIfPresent(path: path) else { return nil }
            saved = file
        } catch let error as AnnotationDecodingError {
            throw FileProblem(description: "\(path): \(error)")
        }
        guard saved.document.sha256 != sha256 else { return saved }
        let found = Reanchoring.reanchor(&saved, in: document.scalars)
        Stderr.print("hearsay: note: \(article) changed since it was annotated: "
                     + "\(found.annotationsMoved + found.reviewsMoved) passage(s) found elsewhere, "
                     + "\(found.annotationsOrphaned + found.reviewsOrphaned) not found (left out; the reader lists them)")
        return saved
    }

    /// A problem with a file, said with its path.
    struct FileProblem: Error, CustomStringConvertible {
        let description: String
    }
}

/// Texts go to standard output or -o FILE; files to -o (a file for one, a folder for several).
/// Nothing is written over an article being exported or its annotation file.
enum ExportWriting {
    static func write(_ outputs: [ExportOutput], to target: String?, protecting protected: ProtectedFiles) throws {
        let files = outputs.compactMap { o -> (String, [UInt8])? in
            if case .file(let name, let bytes) = o { return (name, bytes) }
            return nil
        }
        for o in outputs {
            guard case .text(let text) = o else { continue }
            if let target {
                try protected.check(target)
                try FileWriting.write(Array(text.utf8), to: target)
            } else {
                Stdout.write(text)
            }
        }
        guard !files.isEmpty else { return }
        // (`Export` asks for -o before it starts: files never go to the current
        // folder unasked, where a brat export's story.txt was the article itself.)
        guard let target else { throw ValidationError("this format writes files: say where with -o") }
        if files.count == 1, !target.hasSuffix("/"), FileKind(path: target) != .directory {
            try protected.check(target)
            try FileWriting.write(files[0].1, to: target)
            return
        }
        try FileWriting.makeFolders(target)
        let paths = files.map { FilePaths.appending(target, $0.0) }
        for path in paths { try protected.check(path) }   // all checked before any is written
        for (path, (_, bytes)) in zip(paths, files) {
            try FileWriting.write(bytes, to: path)
            Stderr.print("hearsay: wrote \(path)")
        }
    }
}
