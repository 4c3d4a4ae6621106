import FoundationEssentials
import Glibc
import HearsayCore
import HearsayStorage
import HearsayUI

/// The reader's side of the annotation store: where the file is, opening it once
/// the whole article is known (its SHA-256 says whether it changed), re-anchoring
/// after a change, and saving after every change.
///
/// Three threads use it: saves run on the reader's `SaveQueue`, opening and
/// taking over (`open`, `retakeIfFree`) on a background thread, closing on
/// the reader's own. Each step holds `lock` throughout, so none sees the
/// store or the shared codebook half changed.
final class AnnotationSession: @unchecked Sendable {   // (its state is behind `lock`)
    let path: String
    private let lock = Lock()
    private var store: AnnotationStore?
    /// `--codebook FILE`: a codebook shared by many articles, and the last version of it written or read.
    private let codebookStore: CodebookStore?
    private var sharedCodebook: Codebook?
    /// The renames the shared codebook remembers, with this session's (see `CodebookStore`).
    private var sharedRenames: [String: String] = [:]
    private var codebookProblem: String?

    /// Why the annotations cannot be changed yet: they are opened once the
    /// whole article is read and analysed (its SHA-256 is known), and the file
    /// read then replaces the annotations on screen, so a tag made before that
    /// was lost. The reader is read-only until then (a few seconds on 100 MB,
    /// a few milliseconds on an article).
    static let pendingReason = "the annotations open once the article is read and analysed"

    /// Why they never will be: the article was only partly read (too large,
    /// not text past its start), or could not be read again for its fingerprint.
    static func unopenedReason(loadFailure: String?) -> String {
        loadFailure.map { "only part of the file was read (\($0)): no annotations" }
            ?? "the file could not be read again for its fingerprint: no annotations"
    }

    init(path: String, codebook: String? = nil) {
        self.path = path
        codebookStore = codebook.map(CodebookStore.init)
    }

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

    /// Opens the store for the finished article, reads the file, finds its
    /// passages again if the article changed (telling `reanchoring` first:
    /// seconds in a big one), saves what moved, and says what the reader should
    /// know. The reader runs it on another thread (reading alone takes half a
    /// second at 100,000 annotations). The lock is held by each step, not
    /// across the re-anchoring: a reader quitting meanwhile does not wait for it.
    func open(document: Document, sha256: String, reanchoring: () -> Void = {}) -> Opened {
        let clock = ContinuousClock(), started = clock.now
        var opening = lock.withLock { begin(document: document, sha256: sha256) }
        let readTime = clock.now - started
        if opening.needsReanchoring {
            reanchoring()
            opening = Self.reanchored(opening, in: document)
        }
        var opened = lock.withLock { finish(opening) }
        opened.readTime = readTime
        return opened
    }

    /// The annotation file as read for the finished article, before its passages
    /// are found again in a changed one (`reanchored`): that takes seconds for
    /// thousands of passages in a big article (1.4 s for 10,000 in 100 MB), so
    /// the reader does it on another thread, read-only meanwhile (`reanchoringReason`).
    struct Opening: Sendable {
        var file: AnnotationFile
        let fingerprint: DocumentFingerprint
        let readOnlyReason: String?
        var notes: [String]
        /// The article changed since the file was written, and the file has passages or reviews to find again.
        let needsReanchoring: Bool
        /// They were found again (`reanchored`): the file is to be saved.
        var reanchored = false
    }

    /// Why the annotations cannot be changed while they are found again in a changed article.
    static let reanchoringReason = "the annotations are being found again in the changed article"

    /// Opens the store (taking the article's lock) and reads the file (with `lock` held).
    private func begin(document: Document, sha256: String) -> Opening {
        let fingerprint = DocumentFingerprint(sha256: sha256, length: document.length)
        // The reader quit before this thread came to it: no lock taken, none left behind.
        guard !isClosed else {
            return Opening(file: AnnotationFile(document: fingerprint), fingerprint: fingerprint,
                           readOnlyReason: "the reader has quit", notes: [], needsReanchoring: false)
        }
        let store = AnnotationStore(path: path, document: fingerprint)
        self.store?.close()   // (opened again: see `retakeIfFree`)
        self.store = store
        opened = (document, sha256)
        let result = store.open()
        var reason: String? = nil
        if case .readOnly(let why) = result.mode { reason = why }
        var file = result.file ?? AnnotationFile(document: fingerprint)
        let changed = !result.isFresh && file.document.sha256 != sha256 && (!file.annotations.isEmpty || !file.reviews.isEmpty)
        if !changed, file.document.sha256.isEmpty || result.isFresh {
            file.document = fingerprint
        }
        return Opening(file: file, fingerprint: fingerprint, readOnlyReason: reason, notes: result.warnings, needsReanchoring: changed)
    }

    /// The article changed: each passage and each reviewed quotation found again;
    /// what cannot be found becomes an orphan, listed and kept, never dropped.
    /// Reads only its arguments: any thread may run it.
    static func reanchored(_ opening: Opening, in document: Document) -> Opening {
        var opening = opening
        let found = Reanchoring.reanchor(&opening.file, in: document.scalars)
        opening.file.document = opening.fingerprint
        // (Short enough for one status line of 80 columns: a message is not wrapped.)
        var report = "Article changed: passages \(found.annotationsInPlace) kept, \(found.annotationsMoved) moved, \(found.annotationsOrphaned) orphaned"
        if !opening.file.reviews.isEmpty { report += "; reviews \(found.reviewsMoved) moved, \(found.reviewsOrphaned) lost" }
        // (T lists orphaned passages; a lost review stays in the file, marked
        // orphaned, and review mode offers it on the quotation nearest its words.)
        if found.annotationsOrphaned > 0 { report += " (T lists orphans)" }
        if found.reviewsOrphaned > 0 { report += "; R offers the lost decision\(found.reviewsOrphaned == 1 ? "" : "s") on the nearest quotation" }
        opening.notes = [report]
        opening.reanchored = true
        return opening
    }

    /// The annotation file ready for the reader: what `.annotationsLoaded` carries
    /// (made on a background thread, so a value that may cross threads).
    struct Opened: Sendable {
        let file: AnnotationFile
        let readOnlyReason: String?
        let message: String?
        /// How long reading the file took: a first guess at how long a save will.
        var readTime: Duration = .zero
        var action: Action { .annotationsLoaded(file, readOnlyReason: readOnlyReason, message: message) }
    }

    /// Saves what was found again, merges the shared codebook, and says what
    /// the reader should know (with `lock` held).
    private func finish(_ opening: Opening) -> Opened {
        var file = opening.file
        var notes = opening.notes
        let reason = opening.readOnlyReason
        var changed = opening.reanchored
        // The shared codebook first: a save before it was read would write the
        // article's own tags over it (`unlockedSave` saves it when it differs).
        if let codebookStore {
            do {
                let shared = try codebookStore.load() ?? CodebookStore.Shared()
                sharedRenames = shared.renamed
                sharedCodebook = shared.codebook
                // Tags renamed in another article since this one was coded: renamed here too.
                let followed = CodebookStore.following(shared, in: file)
                if !followed.renamed.isEmpty, reason == nil {
                    file = followed.file
                    changed = true
                    let said = followed.renamed.map { "\($0.0) → \($0.1)" }.joined(separator: ", ")
                    notes.append("Tags renamed in the shared codebook are renamed here too: \(said)")
                }
                file.codebook = CodebookStore.merged(shared: shared.codebook, own: file.codebook)
            } catch {
                codebookProblem = "\(error)"
                notes.append("\(codebookStore.path): \(error); the shared codebook will not be changed")
            }
        }
        if reason == nil {
            if changed {
                _ = unlockedSave(file)
            } else if codebookStore != nil, codebookProblem == nil, file.codebook != sharedCodebook {
                _ = saveCodebook(file.codebook)
            }
        }
        return Opened(file: file, readOnlyReason: reason, message: reason.map { "Read-only: \($0)" } ?? notes.last)
    }

    /// Saves (and the shared codebook, when it changed); returns a message for the user when it failed.
    func save(_ file: AnnotationFile) -> String? {
        lock.withLock { unlockedSave(file) }
    }

    private func unlockedSave(_ file: AnnotationFile) -> String? {
        guard let store else { return nil }
        do {
            try store.save(file)
        } catch {
            return "Not saved: \(error)"
        }
        if codebookStore != nil, codebookProblem == nil, file.codebook != sharedCodebook {
            return saveCodebook(file.codebook)
        }
        return nil
    }

    /// Remembers that tag `from` is now `to`, for the shared codebook's next save.
    func recordRename(_ from: String, _ to: String) {
        lock.withLock { sharedRenames = CodebookStore.recording(sharedRenames, from, to) }
    }

    private func saveCodebook(_ codebook: Codebook) -> String? {
        guard let codebookStore else { return nil }
        do {
            try codebookStore.save(CodebookStore.Shared(codebook: codebook, renamed: sharedRenames))
            sharedCodebook = codebook
            return nil
        } catch {
            return "The shared codebook was not saved: \(error)"
        }
    }

    func close() {
        lock.withLock {
            store?.close()
            isClosed = true
        }
    }

    /// Closed for good: the reader is quitting.
    private var isClosed = false

    /// What `open` was last given, to open again.
    private var opened: (Document, String)?

    /// The annotation file opened again, when the other Hearsay that held it
    /// has let it go: its annotations as it saved them, and changes allowed
    /// again. Nil while it still holds the lock (or was never opened). The
    /// reader asks on a background thread: the file may take half a second to read.
    func retakeIfFree() -> AnnotationFile? {
        let last = lock.withLock { isClosed ? nil : opened }
        guard let (document, sha256) = last, !AnnotationStore.isLockedByAnother(path: path) else { return nil }
        let reopened = open(document: document, sha256: sha256)
        return reopened.readOnlyReason == nil ? reopened.file : nil
    }

    /// What the reader says when it has taken the file over.
    static let retakenMessage = "The other Hearsay closed this article: changes are saved again"

    /// The store was opened (the article finished loading).
    var isOpen: Bool { lock.withLock { store != nil } }

    var fileExists: Bool { FileManager.default.fileExists(atPath: path) }
}
