import Foundation
import HearsayCore
import HearsayStorage
import HearsayUI

/// The reader's side of the annotation store: where the file is, opening it once
/// the whole article is known (its SHA-256 says whether it changed), re-anchoring
/// after a change, and saving after every change.
final class AnnotationSession {
    let path: String
    private var store: AnnotationStore?

    init(path: String) { self.path = path }

    /// `<article>.hearsay.json` beside the article, `--annotations PATH`, or, for the
    /// bundled sample, a file under `$XDG_DATA_HOME/hearsay/` (so `make run` can be
    /// tried out with tags and notes). Nil for standard input without `--annotations`.
    static func path(file: String?, explicit: String?, environment: [String: String]) -> String? {
        if let explicit { return explicit }
        guard let file else {
            let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
                ?? environment["HOME"].map { $0 + "/.local/share" } ?? "/tmp"
            let folder = data + "/hearsay"
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return folder + "/sample-editorial.txt.hearsay.json"
        }
        return file == "-" ? nil : AnnotationStore.path(forArticle: file)
    }

    /// Opens the store for the finished article and says what the reader should know.
    func open(document: Document, sha256: String) -> Action {
        let fingerprint = DocumentFingerprint(sha256: sha256, length: document.length)
        let store = AnnotationStore(path: path, document: fingerprint)
        self.store = store
        let result = store.open()
        var reason: String? = nil
        if case .readOnly(let why) = result.mode { reason = why }
        var file = result.file ?? AnnotationFile(document: fingerprint)
        var notes = result.warnings
        if !result.isFresh, file.document.sha256 != sha256, !file.annotations.isEmpty {
            // The article changed: find each passage again; what cannot be found
            // becomes an orphan, listed and kept, never dropped.
            let found = Reanchoring.reanchor(file.annotations, in: document.scalars)
            file.annotations = found.annotations
            file.document = fingerprint
            notes = ["The article changed: \(found.exact) annotations in place, \(found.moved) moved, \(found.orphans) orphaned (listed in the Annotations tab)"]
            if reason == nil { _ = save(file) }
        } else if file.document.sha256.isEmpty || result.isFresh {
            file.document = fingerprint
        }
        return .annotationsLoaded(file, readOnlyReason: reason, message: reason.map { "Read-only: \($0)" } ?? notes.last)
    }

    /// Saves; returns a message for the user when it failed.
    func save(_ file: AnnotationFile) -> String? {
        guard let store else { return nil }
        do {
            try store.save(file)
            return nil
        } catch {
            return "Not saved: \(error)"
        }
    }

    func close() { store?.close() }

    /// The store was opened (the article finished loading).
    var isOpen: Bool { store != nil }

    var fileExists: Bool { FileManager.default.fileExists(atPath: path) }
}
