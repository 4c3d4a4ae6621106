import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayCore
import HearsayStorage

/// A folder on the command line stands for the articles in it: its `.txt`,
/// Markdown and web-page files (`InputFormat.isArticle`), sorted, not recursive.
enum CorpusFiles {
    /// The articles `paths` name, and whether a folder among them held none.
    /// Such a folder is said on standard error and counts as a file that could
    /// not be read: the others are still analysed (`corpus/*` often takes in
    /// a folder of pictures), and the exit status is 1.
    static func expand(_ paths: [String]) -> (paths: [String], failed: Bool) {
        var result: [String] = []
        var failed = false
        for path in paths {
            if path != "-", FileKind(path: path) == .directory {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let articles = names.filter { InputFormat.isArticle(fileName: $0) }.sorted()
                guard !articles.isEmpty else {
                    // A folder is a corpus of articles; one without any is a mistake worth saying.
                    Stderr.print("hearsay: \(path): a folder with no articles in it (\(InputFormat.articleExtensionsText))")
                    failed = true
                    continue
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
        return (result, failed)
    }
}

