import FoundationEssentials
import Glibc
import HearsayCore

/// A codebook shared by many articles (`hearsay --codebook FILE`): the tags live
/// in FILE, and each article's annotation file keeps a copy, so it still reads
/// on its own. Written atomically like the annotation files (FileOps.replace).
///
///     { "tags" : [ { "description" : "", "name" : "blame" }, ... ], "version" : 1 }
///
/// Two readers sharing one codebook: the last to change it writes it whole. The
/// tags of an article's own file that FILE lacks are added to it on open, so
/// nothing is lost when a codebook is shared later.
public struct CodebookStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    struct OnDisk: Codable {
        var version: Int
        var tags: [Tag]
    }

    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(String), invalid(String), newer(Int)
        public var description: String {
            switch self {
            case .unreadable(let why): "cannot read the codebook: \(why)"
            case .invalid(let why): "the codebook is not valid: \(why)"
            case .newer(let v): "the codebook was written by a newer Hearsay (version \(v))"
            }
        }
    }

    /// The shared codebook, or nil when FILE does not exist yet.
    public func load() throws -> Codebook? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError.unreadable(path) }
        do {
            let disk = try JSONDecoder().decode(OnDisk.self, from: data)
            if disk.version > 1 { throw LoadError.newer(disk.version) }
            return Codebook(tags: disk.tags)
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError.invalid("\(path): \(error)")
        }
    }

    public func save(_ codebook: Codebook) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let bytes = Array(try encoder.encode(OnDisk(version: 1, tags: codebook.tags))) + [0x0A]
        do {
            _ = try FileOps.replace(path, with: bytes, backup: nil)
        } catch {
            throw LoadError.unreadable("\(path): \(error)")
        }
    }

    /// The shared tags, then the article's own tags that the shared book lacks.
    public static func merged(shared: Codebook, own: Codebook) -> Codebook {
        var result = shared
        for tag in own.tags where result.tag(named: tag.name) == nil { result.tags.append(tag) }
        return result
    }
}
