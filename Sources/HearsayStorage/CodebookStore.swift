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
///
/// A tag renamed or merged in one article is renamed in the others too, as in
/// Taguette or NVivo, where a code is the project's: FILE remembers each
/// rename (`"renamed" : { "blame" : "attribution" }`), and an article opened
/// with it later has its own tags of the old name renamed (`following`)
/// before its tags are merged in, rather than bringing the old name back.
/// (Older versions of Hearsay ignore the key.)
public struct CodebookStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    struct OnDisk: Codable {
        var version: Int
        var tags: [Tag]
        var renamed: [String: String]?
    }

    /// The codebook and the renames made in it.
    public struct Shared: Equatable, Sendable {
        public var codebook: Codebook
        /// Old name → new name, each as last renamed or merged.
        public var renamed: [String: String]
        public init(codebook: Codebook = Codebook(), renamed: [String: String] = [:]) {
            self.codebook = codebook
            self.renamed = renamed
        }
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
    public func load() throws -> Shared? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError.unreadable(path) }
        do {
            let disk = try JSONDecoder().decode(OnDisk.self, from: data)
            if disk.version > 1 { throw LoadError.newer(disk.version) }
            return Shared(codebook: Codebook(tags: disk.tags), renamed: disk.renamed ?? [:])
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError.invalid("\(path): \(error)")
        }
    }

    public func save(_ shared: Shared) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let disk = OnDisk(version: 1, tags: shared.codebook.tags, renamed: shared.renamed.isEmpty ? nil : shared.renamed)
        let bytes = Array(try encoder.encode(disk)) + [0x0A]
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

    /// The renames with `old` → `new` added: earlier renames that led to `old`
    /// now lead to `new`, and a rename back to a name forgets that name's own.
    public static func recording(_ renamed: [String: String], _ old: String, _ new: String) -> [String: String] {
        guard old != new else { return renamed }
        var result = renamed.mapValues { $0 == old ? new : $0 }
        result[old] = new
        result[new] = nil
        return result.filter { $0.key != $0.value }
    }

    /// `file` with its tags renamed as `shared` says: a tag the shared codebook
    /// lacks and that was renamed there (at last to a tag it has) takes the new
    /// name, in the file's codebook and on every annotation. Also the renames
    /// made, old → new, for the reader to say. A name the shared codebook has
    /// again (a rename undone) is not renamed.
    public static func following(_ shared: Shared, in file: AnnotationFile) -> (file: AnnotationFile, renamed: [(String, String)]) {
        func target(of name: String) -> String? {
            var current = name
            var seen: Set<String> = [name]
            while shared.codebook.tag(named: current) == nil {
                guard let next = shared.renamed[current], seen.insert(next).inserted else { return nil }
                current = next
            }
            return current == name ? nil : current
        }
        var map: [String: String] = [:]
        for tag in file.codebook.tags { if let t = target(of: tag.name) { map[tag.name] = t } }
        for a in file.annotations { for tag in a.tags where map[tag] == nil { if let t = target(of: tag) { map[tag] = t } } }
        guard !map.isEmpty else { return (file, []) }
        var result = file
        var tags: [Tag] = []
        for var tag in file.codebook.tags {
            tag.name = map[tag.name] ?? tag.name
            tag.parent = tag.parent.map { map[$0] ?? $0 }
            if !tags.contains(where: { $0.name == tag.name }) { tags.append(tag) }
        }
        result.codebook.tags = tags
        for i in result.annotations.indices { result.annotations[i].tags = Codebook.renaming(result.annotations[i].tags) { map[$0] ?? $0 } }
        return (result, map.sorted { $0.key < $1.key })
    }
}
