import HearsayCore
import HearsayUI

/// The annotation file's slow steps, each on a thread of its own, so that no
/// key waits for them (docs/DECISIONS.md 65, 66): opening it once the article
/// is known, and taking it over from another Hearsay that let it go. Saving
/// is the `SaveQueue`'s.
extension ReaderLoop {
    /// What the thread opening the annotation file posts: that it finds the
    /// passages again in a changed article (seconds in a big one), then the file.
    enum OpeningProgress: Sendable {
        case reanchoring
        case opened(AnnotationSession.Opened)
    }

    /// Reads the file (half a second at 100,000 annotations), finds its
    /// passages again when the article changed, and saves what moved.
    static func startOpening(_ session: AnnotationSession, document: Document, sha256: String,
                             saves: SaveQueue<AnnotationFile>?) -> Mailbox<OpeningProgress> {
        let mailbox = Mailbox<OpeningProgress>()
        BackgroundPriority.run {
            let opened = session.open(document: document, sha256: sha256) { mailbox.post(.reanchoring) }
            // (Reading the file takes longer than writing it: a fair first guess.)
            saves?.expect(opened.readTime)
            mailbox.post(.opened(opened))
        }
        return mailbox
    }

    /// The file taken over from another Hearsay that let it go (nil: not yet).
    struct Retaken: Sendable {
        let file: AnnotationFile?
    }

    /// Asks whether the other Hearsay has let the file go, and takes it if so.
    static func startRetaking(_ session: AnnotationSession) -> Mailbox<Retaken> {
        let mailbox = Mailbox<Retaken>()
        BackgroundPriority.run { mailbox.post(Retaken(file: session.retakeIfFree())) }
        return mailbox
    }
}
