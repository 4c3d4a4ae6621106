import Foundation
import HearsayCore

/// The bytes of an article to open in the reader, and how to make documents of
/// them: a quick first part of a big file to paint at once, then the whole.
public struct ArticleSource: Sendable {
    public let name: String
    public let bytes: [UInt8]

    /// Files above this size open on their first part while the rest loads.
    public static let previewThreshold = 2 << 20
    /// How much of a big file the first screen is made from.
    public static let previewBytes = 256 << 10

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// The article at `path` (`-` for standard input).
    public static func read(path: String) throws -> ArticleSource {
        let name = path == "-" ? "(standard input)" : (path as NSString).lastPathComponent
        return ArticleSource(name: name, bytes: try DocumentLoader.readBytes(path: path))
    }

    public var isBig: Bool { bytes.count > ArticleSource.previewThreshold }

    /// The whole text, with the decoder's warnings (invalid UTF-8 replaced, empty file).
    public func document() throws -> (Document, [String]) {
        do {
            let decoded = try TextDecoding.decode(bytes)
            let document = Document(decoded: decoded)
            var warnings = decoded.warnings
            if document.scalars.allSatisfy({ ScalarClass.isSpace($0) }) { warnings.append("the file is empty") }
            return (document, warnings)
        } catch let error as TextDecodingError {
            throw DocumentLoader.LoadError.notText(name, error.description)
        }
    }

    /// The first part of a big file, cut after a line break (so never inside a
    /// UTF-8 sequence): nil when the file is small or the part is not text.
    public func preview() -> Document? {
        guard isBig else { return nil }
        var end = ArticleSource.previewBytes
        while end > 0, bytes[end - 1] != 0x0A { end -= 1 }
        if end == 0 { end = ArticleSource.previewBytes }
        guard let decoded = try? TextDecoding.decode(Array(bytes[..<end])) else { return nil }
        return Document(decoded: decoded)
    }
}
