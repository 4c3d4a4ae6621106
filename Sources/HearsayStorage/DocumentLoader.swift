import Foundation
import HearsayCore

/// Reads an article from a file or standard input (`-`) and decodes it.
public enum DocumentLoader {
    public struct Loaded: Sendable {
        public var document: Document
        public var sha256: String
        public var path: String
        public var warnings: [String]

        public init(document: Document, sha256: String, path: String, warnings: [String]) {
            self.document = document
            self.sha256 = sha256
            self.path = path
            self.warnings = warnings
        }
    }

    public enum LoadError: Error, CustomStringConvertible, Equatable {
        case notFound(String)
        case isDirectory(String)
        case unreadable(String, String)
        case notText(String, String)

        public var description: String {
            switch self {
            case .notFound(let p): return "\(p): no such file"
            case .isDirectory(let p): return "\(p): is a directory, not an article"
            case .unreadable(let p, let why): return "\(p): cannot read (\(why))"
            case .notText(let p, let why): return "\(p): \(why)"
            }
        }
    }

    /// `fingerprint: false` skips the SHA-256 (`sha256` is then empty) when the
    /// caller will not show it, as `analyze --format table` and `summary`.
    public static func load(path: String, fingerprint: Bool = true) throws -> Loaded {
        let bytes = try readBytes(path: path)
        // The fingerprint is computed on the second core while the text is decoded
        // and split (both only read `bytes`).
        let results = ConcurrentPair(
            { fingerprint ? SHA256.hex(bytes) : "" },
            { () -> Result<Document, LoadError> in
                do {
                    return .success(Document(decoded: try TextDecoding.decode(bytes)))
                } catch let error as TextDecodingError {
                    return .failure(LoadError.notText(path, error.description))
                } catch {
                    return .failure(LoadError.notText(path, "\(error)"))
                }
            })
        let document = try results.second.get()
        var warnings = (document.decoding?.warnings ?? []).map { "\(path): \($0)" }
        if document.scalars.allSatisfy({ ScalarClass.isSpace($0) }) {
            warnings.append("\(path): the file is empty; nothing to analyse")
        }
        return Loaded(document: document, sha256: results.first, path: path, warnings: warnings)
    }

    public static func readBytes(path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError.notFound(path)
        }
        if isDirectory.boolValue { throw LoadError.isDirectory(path) }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            return [UInt8](data)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? "permission denied or I/O error"
            throw LoadError.unreadable(path, reason)
        }
    }
}
