import Glibc

/// The files an export must never write over: the articles it reads and their
/// annotation files (with its backup). A user who types `-o story.txt` for
/// `-o story.csv`, or a brat export whose `story.txt` lands beside the
/// article, would otherwise replace the article itself.
///
/// Files are told apart by device and inode, not by name, so "./story.txt",
/// an absolute path, a symbolic or a hard link to the article all count.
public struct ProtectedFiles: Sendable {
    private struct Identity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    private var what: [Identity: String] = [:]

    /// `articles` as given on the command line ("-", standard input, has no file).
    public init(articles: [String]) {
        for article in articles where article != "-" {
            let annotations = AnnotationStore.path(forArticle: article)
            add(article, as: "the article \(article)")
            add(annotations, as: "the annotation file \(annotations)")
            add(annotations + ".bak", as: "the annotation file's backup \(annotations).bak")
        }
    }

    private mutating func add(_ path: String, as description: String) {
        if let id = Self.identity(path) { what[id] = description }
    }

    private static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// What `path` is, when it is one of the protected files; nil when writing it is fine.
    public func protectedFile(at path: String) -> String? {
        Self.identity(path).flatMap { what[$0] }
    }

    /// Throws, saying why, when `path` is one of the protected files.
    public func check(_ path: String) throws(FileWriteError) {
        if let file = protectedFile(at: path) {
            throw FileWriteError(description: "\(path) is \(file): not writing over it (choose another output with -o)")
        }
    }
}
