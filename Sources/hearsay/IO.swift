import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import HearsayStorage

/// Messages go to standard error so standard output stays data for scripts.
enum Stderr {
    static func print(_ message: String) {
        var line = message + "\n"
        line.withUTF8 { _ = writeAll(2, $0) }   // nowhere to report a failure to
    }
}

enum Stdout {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { write(buffer: $0) }
    }

    static func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(buffer: $0) }
    }

    /// Unbuffered write(2) of everything; a closed pipe (`| head`) ends quietly.
    static func write(buffer: UnsafeBufferPointer<UInt8>) {
        if let failure = writeAll(1, buffer) { exit(failure == EPIPE ? 0 : 1) }
    }
}

/// write(2) of all of `buffer` to `fd`, again after EINTR; the errno it failed with, or nil.
func writeAll(_ fd: Int32, _ buffer: UnsafeBufferPointer<UInt8>) -> Int32? {
    guard var p = buffer.baseAddress else { return nil }
    var left = buffer.count
    while left > 0 {
        let n = Glibc.write(fd, p, left)
        if n < 0 {
            if errno == EINTR { continue }
            return errno
        }
        p += n
        left -= n
    }
    return nil
}

func loadOrExit(_ path: String) throws -> DocumentLoader.Loaded {
    do {
        return try DocumentLoader.load(path: path)
    } catch {
        Stderr.print("hearsay: \(error)")
        throw ExitCode(1)
    }
}

/// Holds values until the process exits, so their memory is reclaimed at once
/// by the OS instead of object by object.
enum LeftForExit {
    nonisolated(unsafe) private static var kept: [Any] = []
    static func keep(_ value: Any) { kept.append(value) }
}
