import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayCore
import HearsayStorage

/// `hearsay`: read news articles, see who is quoted, tag passages.
struct Hearsay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearsay",
        abstract: "Read news articles in the terminal: who is quoted, by whom, and the actors.",
        discussion: """
            Without a command, Hearsay opens FILE in the terminal reader (its bundled \
            sample editorial when no FILE is given). Press ? in the reader for its keys.
            """,
        version: HearsayVersion.string,
        subcommands: [Read.self, Review.self, Analyze.self, Quotes.self, Export.self, Import.self, Render.self, Keys.self, ConfigCommand.self],
        defaultSubcommand: Read.self
    )
}

MemoryTuning.keepFreedMemory()
// `analyze` makes the gazetteer while the command line is parsed and the
// article read; the reader does not, as the other core is then loading the
// article behind the first screen (a third thread made `G` on 100 MB 50% slower).
if CommandLine.arguments.dropFirst().first == "analyze" {
    Gazetteer.loadBundledInBackground()
    FastStart.runAnalyzeIfValid(Array(CommandLine.arguments.dropFirst(2)))
}
if let file = FastStart.simpleReaderArguments(Array(CommandLine.arguments.dropFirst())) {
    FastStart.run(file: file)
}
Hearsay.main()
