/// What can happen to the reader: a key, a command (from the keymap or a test),
/// a resize, a mouse event, or a new version of the article (the background
/// analysis finished, or the rest of a big file was loaded).
import HearsayCore

public enum Action {
    case key(Key)
    case command(Command, argument: Unicode.Scalar? = nil)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    case articleUpdated(Article)
    /// The external editor closed with this text (nil: it failed or was cancelled).
    case noteEdited(AnnotationTarget, String?)
    /// The annotation file as the store opened it (and why it is read-only, if it is).
    case annotationsLoaded(AnnotationFile, readOnlyReason: String?, message: String?)
    /// The shared actor registry as loaded.
    case actorRegistryLoaded([ActorEdit])
    /// No key came for `countTimeout` after a digit: it was a tag shortcut,
    /// not a count (see `Reducer+Count.swift`). A key script's end counts as one.
    case keyTimeout
}

/// What the reducer asks the outside world to do; the main loop runs these, and
/// reducer tests assert them without running anything.
public enum Effect: Equatable, Sendable {
    case quit
    case loadTheme(String)
    /// Repaint every cell (Ctrl-L, after a resume).
    case redraw
    /// Write the annotation file (after every change: nothing waits for a save key).
    case saveAnnotations(AnnotationFile)
    /// Write the shared actor registry.
    case saveActorRegistry([ActorEdit])
    /// `:tag rename` or `:tag merge` renamed tag `from` to `to`: a shared
    /// codebook remembers it, so the other articles that use it follow. Comes
    /// before the save that writes the codebook.
    case tagRenamed(from: String, to: String)
    /// `:export FORMAT [PATH]`: the loop runs the exporter and reports.
    case export(format: String, path: String?)
    /// Copy to the clipboard (OSC 52).
    case copy(String)
    /// Open the note in $VISUAL/$EDITOR; the loop sends `.noteEdited` back.
    case editNote(AnnotationTarget, String)
    /// `G` or `g` while a big file loads: show its end (or again its start) as a
    /// part of its own; the loop sends `.articleUpdated` with it, then the jump.
    case showPartOfFile(end: Bool)
}
