import ArgumentParser
import Foundation
import HearsayStorage

/// Messages go to standard error so standard output stays data for scripts.
enum Stderr {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

enum Stdout {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

func loadOrExit(_ path: String) throws -> DocumentLoader.Loaded {
    do {
        return try DocumentLoader.load(path: path)
    } catch {
        Stderr.print("hearsay: \(error)")
        throw ExitCode(1)
    }
}
