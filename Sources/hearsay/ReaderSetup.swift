import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayCore
import HearsayStorage
import HearsayUI

/// What `read` and `render` share: which article, which keymap, which theme.
enum ReaderSetup {
    /// The article named on the command line, or the bundled sample.
    static func source(_ file: String?) throws -> ArticleSource {
        guard let file else {
            return ArticleSource(name: "sample-editorial.txt", bytes: Array(SampleArticle.text.utf8))
        }
        do {
            return try ArticleSource.read(path: file)
        } catch {
            Stderr.print("hearsay: \(error)")
            throw ExitCode(1)
        }
    }

    /// The whole document, or exit 1 with a one-line reason (binary file, ...).
    static func document(_ source: ArticleSource) throws -> (Document, [String]) {
        do {
            return try source.document()
        } catch {
            Stderr.print("hearsay: \(error)")
            throw ExitCode(1)
        }
    }

    /// The defaults with the user's keymap file merged over them; problems become warnings.
    static func keymap(environment: [String: String]) -> (Keymap, [String]) {
        let (keymap, warnings) = KeymapLoader.load(environment: environment)
        return (keymap, warnings.map { "hearsay: \($0)" })
    }
}
