import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayCore
import HearsayStorage

/// A folder on the command line stands for the `.txt` articles in it (sorted, not recursive).
enum CorpusFiles {
    static func expand(_ paths: [String]) throws -> [String] {
        var result: [String] = []
        for path in paths {
            if path != "-", FileKind(path: path) == .directory {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let articles = names.filter { $0.hasSuffix(".txt") }.sorted()
                guard !articles.isEmpty else {
                    // A folder is a corpus of .txt articles; an empty one is a mistake worth saying.
                    Stderr.print("hearsay: \(path): a folder with no .txt articles in it")
                    throw ExitCode(1)
                }
                result += articles.map { FilePaths.appending(path, $0) }
            } else {
                result.append(path)
            }
        }
        return result
    }
}

