import FoundationEssentials
import Glibc
import HearsayCore

/// The actor registry (`--actors FILE`, by default `$XDG_DATA_HOME/hearsay/actors.json`):
/// actor edits the user taught Hearsay in one article, applied to every article
/// they open afterwards ("Kabul" as the Afghan Taliban government, "TTP" as
/// Tehreek-e-Taliban Pakistan).
///
///     { "edits" : [ { "operation" : { "merge" : { "from" : "Kabul", "into" : "Afghan Taliban" } }, "time" : "…" } ], "version" : 1 }
public struct ActorRegistry: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// `--actors FILE`, or the default under the XDG data folder.
    public static func defaultPath(environment: [String: String]) -> String {
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.local/share" } ?? "/tmp"
        return data + "/hearsay/actors.json"
    }

    struct OnDisk: Codable {
        var version: Int
        var edits: [ActorEdit]
    }

    /// The edits, or [] when there is no registry yet; a broken one throws (and is left alone).
    public func load() throws -> [ActorEdit] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else { throw CodebookStore.LoadError.unreadable(path) }
        do {
            let disk = try JSONDecoder().decode(OnDisk.self, from: data)
            if disk.version > 1 { throw CodebookStore.LoadError.newer(disk.version) }
            return disk.edits
        } catch let error as CodebookStore.LoadError {
            throw error
        } catch {
            throw CodebookStore.LoadError.invalid("\(path): \(error)")
        }
    }

    public func save(_ edits: [ActorEdit]) throws {
        let folder = FilePaths.deletingLastComponent(path)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let bytes = Array(try encoder.encode(OnDisk(version: 1, edits: edits))) + [0x0A]
        do {
            _ = try FileOps.replace(path, with: bytes, backup: nil)
        } catch {
            throw CodebookStore.LoadError.unreadable("\(path): \(error)")
        }
    }
}
