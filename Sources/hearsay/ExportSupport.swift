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
        var annotations = AnnotationFile(document: DocumentFingerprint(sha256: loaded.sha256, length: loaded.document.length))
        if path != "-", let saved = try AnnotationCoding.readIfPresent(path: AnnotationStore.path(forArticle: path)) {
            annotations = saved
            if annotations.document.sha256 != loaded.sha256 {
                // The article changed since it was annotated: find the passages again (in memory).
                annotations.annotations = AnnotationList(Reanchoring.reanchor(Array(annotations.annotations), in: loaded.document.scalars).annotations)
                annotations.reviews = Reanchoring.reanchor(reviews: annotations.reviews, in: loaded.document.scalars).reviews
            }
        }
        let reviewed = ReviewedAnalysis.apply(reviews: annotations.reviews, actorEdits: annotations.actorEdits, to: detected)
        // An absolute path, so the W3C export can name the article by its file:// URL.
        let absolute = path == "-" ? nil : URL(fileURLWithPath: path).standardizedFileURL.path
        return ExportInput(name: FilePaths.lastComponent(path), path: absolute, document: loaded.document,
                           sha256: loaded.sha256, detected: detected, reviewed: reviewed, annotations: annotations,
                           includeText: includeText, exportedAt: Clock.now())
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
