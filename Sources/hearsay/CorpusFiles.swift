import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayCore
import HearsayStorage

/// A folder on the command line stands for the articles in it: its `.txt`,
/// Markdown and web-page files (`InputFormat.isArticle`), sorted, not recursive.
enum CorpusFiles {
    static func expand(_ paths: [String]) throws -> [String] {
        var result: [String] = []
        for path in paths {
            if path != "-", FileKind(path: path) == .directory {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let articles = names.filter { InputFormat.isArticle(fileName: $0) }.sorted()
                guard !articles.isEmpty else {
                    // A folder is a corpus of articles; one without any is a mistake worth saying.
                    Stderr.print("hearsay: \(path): a folder with no articles in it (\(InputFormat.articleExtensionsText))")
                    throw ExitCode(1)
                }
                result += articles.map { FilePaths.appending(path, $0) }
                // (Said, not silent: a user who keeps a year in month folders would miss them.)
                let folders = names.filter { !$0.hasPrefix(".") && FileKind(path: FilePaths.appending(path, $0)) == .directory }
                if !folders.isEmpty {
                    Stderr.print("hearsay: note: \(path): \(folders.count) subfolder(s) not read (a corpus is the articles right in the folder; name them too)")
                }
            } else {
                result.append(path)
            }
        }
        return result
    }
}

