import HearsayCore

/// What kind of file an article is: plain text, Markdown or a saved web page.
/// Chosen by the file's extension, or by `--input-format`.
///
/// - text: the file is the article.
/// - markdown: the file is the article too; offsets (annotations, exports)
///   refer to the Markdown source. The reader hides the markup and styles
///   headings, emphasis and links (`MarkdownMarkup`).
/// - html: the article is extracted from the page (`HTMLArticle`): its
///   paragraphs, without scripts, styles or navigation; offsets refer to the
///   extracted text. The annotation file's fingerprint is still the page's.
public enum InputFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case html

    /// By extension: .md/.markdown, .html/.htm/.xhtml; anything else is text.
    public static func of(path: String?) -> InputFormat {
        guard let path, let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return .text }
        switch path[path.index(after: dot)...].lowercased() {
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "html", "htm", "xhtml": return .html
        default: return .text
        }
    }

    /// The format of `path`, by its extension, else by its first bytes: a
    /// page that opens with `<!DOCTYPE html` or `<html` is a web page whatever
    /// it is called (standard input has no name; a page saved as `.txt`).
    public static func of(path: String?, bytes: some Collection<UInt8>) -> InputFormat {
        let byName = of(path: path)
        guard byName == .text else { return byName }
        var head = bytes.prefix(512).drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        head = head.prefix(14)
        let lower = String(decoding: head, as: UTF8.self).lowercased()
        return lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") ? .html : .text
    }

    /// Whether a file found in a corpus folder is an article: `.txt`, or a
    /// name `of(path:)` reads as Markdown or a web page. (Other files, such as
    /// `.hearsay.json` annotation files or exported `.csv`, are left out.)
    public static func isArticle(fileName: String) -> Bool {
        fileName.lowercased().hasSuffix(".txt") || of(path: fileName) != .text
    }

    /// The extensions `isArticle` takes, for messages.
    public static let articleExtensionsText = ".txt, .md, .html"

    /// The document the analysis and the reader see, from the decoded file.
    public func document(from decoded: DecodedText) -> Document {
        article(from: decoded).document
    }

    /// The same, with the address a web page gives itself (its canonical link),
    /// which exports name the article by when no `--source` is given.
    public func article(from decoded: DecodedText) -> (document: Document, address: String?) {
        switch self {
        case .text:
            return (Document(decoded: decoded), nil)
        case .markdown:
            let document = Document(decoded: decoded)
            return (document.hidingMarkup(MarkdownMarkup.parse(document.scalars).hidden), nil)
        case .html:
            let page = HTMLArticle.extract(decoded.scalars.string)
            return (Document(text: page.text), page.address)
        }
    }
}
