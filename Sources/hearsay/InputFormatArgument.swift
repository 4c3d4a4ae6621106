import ArgumentParser
import HearsayStorage

/// `--input-format text|markdown|html`, for a file whose extension does not say.
extension InputFormat: ExpressibleByArgument {
    static let help: ArgumentHelp = "text, markdown or html (default: by the file's extension: .md, .markdown, .html, .htm; else text)."
}
