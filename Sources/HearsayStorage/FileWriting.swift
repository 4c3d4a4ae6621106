import Glibc
import HearsayCore

/// Why an output file could not be written, in one line ("open report.html:
/// Permission denied").
public struct FileWriteError: Error, Equatable, CustomStringConvertible {
    public let description: String
}

/// Writing an export or any whole output file: atomically (a temporary file
/// renamed over the target), so a reader of the file never sees half of it.
/// The same POSIX steps as the annotation store, without its backup.
public enum FileWriting {
    /// The error names `path`, not the temporary file beside it that the
    /// failing call was about, and says so when the folder is missing.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileWriteError) {
        do {
            _ = try FileOps.replace(path, with: bytes, backup: nil)
        } catch {
            let folder = FilePaths.deletingLastComponent(path)
            if error.code == ENOENT, !folder.isEmpty, FileKind(path: folder) == .missing {
                throw FileWriteError(description: "cannot write \(path): there is no folder \(folder)")
            }
            throw FileWriteError(description: "cannot write \(path): \(String(cString: strerror(error.code)))")
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
