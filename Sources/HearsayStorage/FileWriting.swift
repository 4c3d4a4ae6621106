import Glibc

/// Why an output file could not be written, in one line ("open report.html:
/// Permission denied").
public struct FileWriteError: Error, Equatable, CustomStringConvertible {
    public let description: String
}

/// Writing an export or any whole output file: atomically (a temporary file
/// renamed over the target), so a reader of the file never sees half of it.
/// The same POSIX steps as the annotation store, without its backup.
public enum FileWriting {
    public static func write(_ bytes: [UInt8], to path: String) throws(FileWriteError) {
        do {
            _ = try FileOps.replace(path, with: bytes, backup: nil)
        } catch {
            throw FileWriteError(description: error.description)
        }
    }

    /// `path` and the folders above it, as `mkdir -p` does.
    public static func makeFolders(_ path: String) throws(FileWriteError) {
        var built = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            built += (built.isEmpty || built.hasSuffix("/") ? "" : "/") + part
            if mkdir(built, 0o777) != 0 && errno != EEXIST {
                throw FileWriteError(description: "mkdir \(built): \(String(cString: strerror(errno)))")
            }
        }
        guard FileKind(path: path) == .directory else {
            throw FileWriteError(description: "mkdir \(path): not a folder")
        }
    }
}
