import Glibc

/// What is at a path, from stat(2): the question FileManager answered with an
/// ObjCBool, which the Foundation-free build does not have.
public enum FileKind: Equatable, Sendable {
    case missing
    case directory
    case other

    public init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { self = .missing; return }
        self = info.st_mode & S_IFMT == S_IFDIR ? .directory : .other
    }
}

extension FileKind {
    /// The size in bytes of what is at `path`, also from stat(2); nil when it
    /// cannot be asked.
    public static func size(ofPath path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }
}

extension FileKind {
    /// Whether `path` is a regular file (not a FIFO, a device such as
    /// /dev/null, or a socket, which can only be read as a stream).
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
