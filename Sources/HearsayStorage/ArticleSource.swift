import FoundationEssentials
import Glibc
import HearsayCore

/// An article to open in the reader, and how to make documents of it: a quick
/// first part of a big file to paint at once, then the whole.
///
/// A big file's first part is read on its own (a few hundred kilobytes), so the
/// first frame never waits for the whole file to be read, let alone decoded.
public struct ArticleSource: Sendable {
    public let name: String
    /// The whole file, or nil when only `head` has been read (a big file).
    let bytes: [UInt8]?
    let head: [UInt8]
    let path: String?
    public let size: Int
    /// Text, Markdown or a web page (by extension unless given).
    public var format: InputFormat = .text

    /// Files above this size open on their first part while the rest loads.
    public static let previewThreshold = 512 << 10
    /// How much of a big file the first screen is made from (a 200x60 screen shows
    /// about 12 KB of text; decoding and splitting 32 KB takes well under a millisecond).
    public static let previewBytes = 32 << 10

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        head = Array(bytes.prefix(ArticleSource.previewBytes))
        path = nil
        size = bytes.count
    }

    /// The article at `path` (`-` for standard input, which is read whole).
    public static func read(path: String, format: InputFormat? = nil) throws -> ArticleSource {
        let given = format
        var format = format ?? InputFormat.of(path: path)
        var source: ArticleSource
        if path == "-" {
            source = ArticleSource(name: "(standard input)", bytes: try DocumentLoader.readBytes(path: path))
        } else if format != .html, let (head, size) = readHead(path: path), size > previewThreshold,
                  given != nil || InputFormat.of(path: path, bytes: head) != .html {
            // (A web page is read whole: its article is somewhere inside.)
            source = ArticleSource(name: FilePaths.lastComponent(path), head: head, path: path, size: size)
        } else {
            source = ArticleSource(name: FilePaths.lastComponent(path), bytes: try DocumentLoader.readBytes(path: path))
        }
        // (A page named for text, or from standard input, by its first bytes.)
        if given == nil, format == .text { format = InputFormat.of(path: path, bytes: source.head) }
        source.format = format
        return source
    }

    private init(name: String, head: [UInt8], path: String, size: Int) {
        self.name = name
        bytes = nil
        self.head = head
        self.path = path
        self.size = size
    }

    /// Opened in parts (its start first). Never a web page: its article is somewhere inside.
    public var isBig: Bool { size > ArticleSource.previewThreshold && format != .html }

    /// All the bytes (reading the file now if only its head was read).
    public func allBytes() throws -> [UInt8] {
        if let bytes { return bytes }
        // (On this thread alone: the reader draws on the other core meanwhile.)
        return try DocumentLoader.readBytes(path: path ?? "-", onBothCores: false)
    }

    /// The whole text, with the decoder's warnings (invalid UTF-8 replaced, empty file).
    public func document() throws -> (Document, [String]) {
        let all = try allBytes()
        do {
            let decoded = try TextDecoding.decode(all)
            let document = format.document(from: decoded)
            var warnings = decoded.warnings
            if document.scalars.allSatisfy({ ScalarClass.isSpace($0) }) { warnings.append("the file is empty") }
            return (document, warnings)
        } catch let error as TextDecodingError {
            throw DocumentLoader.LoadError.notText(name, error.description)
        }
    }

    /// Files from this size on keep their text on disk once analysed (see `readingTextBack`).
    public static let pagingThreshold = 4 << 20

    /// `document` (this file's whole text) reading its text back from the file
    /// from now on, as `less` does, when the file is big enough for that to
    /// matter and holds the text unchanged (docs/DECISIONS.md 47); else
    /// `document` as it is. The file stays open for as long as the text lives,
    /// so renaming or deleting it changes nothing.
    public func readingTextBack(_ document: Document) -> Document {
        guard size >= ArticleSource.pagingThreshold, let path, let file = OpenFile(path: path),
              file.size == size else { return document }
        return document.readingTextBack(from: { offset, count in file.read(at: offset, count: count) },
                                        changed: { file.changedSinceOpened() }) ?? document
    }

    /// The first part of a big file, cut after a line break (so never inside a
    /// UTF-8 sequence): nil when the file is small or the part is not text.
    public func preview() -> Document? {
        guard isBig else { return nil }
        var end = head.count
        while end > 0, head[end - 1] != 0x0A { end -= 1 }
        if end == 0 { end = head.count }
        guard let decoded = try? TextDecoding.decode(Array(head[..<end])) else { return nil }
        return format.document(from: decoded)
    }

    /// The last part of a big file, for `G` before the whole is loaded (as `less
    /// +G` shows the end of a file at once): its last `previewBytes`, from the
    /// first paragraph (else line) that starts in them. The whole document ends
    /// with exactly these scalars, so a place in it is the same distance from
    /// the end in both. Nil for a small file, standard input, or not text.
    public func tailPreview() -> Document? {
        guard isBig, let path, let tail = ArticleSource.readTail(path: path, size: size) else { return nil }
        var start = 0
        if let blank = ArticleSource.index(of: [0x0A, 0x0A], in: tail) {
            start = blank + 2
        } else if let newline = tail.firstIndex(of: 0x0A) {
            start = newline + 1
        }
        guard start < tail.count, let decoded = try? TextDecoding.decode(Array(tail[start...])) else { return nil }
        return format.document(from: decoded)
    }

    static func index(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        return (0...(bytes.count - pattern.count)).first { k in bytes[k..<k + pattern.count].elementsEqual(pattern) }
    }

    /// The last `previewBytes` of the file (pread at size - previewBytes).
    static func readTail(path: String, size: Int) -> [UInt8]? {
        guard let file = OpenFile(path: path) else { return nil }
        let want = min(previewBytes, size)
        let tail = file.read(at: size - want, count: want)
        return tail.count == want ? tail : nil
    }

    /// The first `previewBytes` of a regular file and its size, or nil (not a
    /// regular file, unreadable: the whole read then reports the error).
    static func readHead(path: String) -> ([UInt8], Int)? {
        guard let file = OpenFile(path: path) else { return nil }
        return (file.read(at: 0, count: min(previewBytes, file.size)), file.size)
    }
}
