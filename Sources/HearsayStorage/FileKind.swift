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
