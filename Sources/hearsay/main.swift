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
Gazetteer.loadBundledInBackground()
if let file = FastStart.simpleReaderArguments(Array(CommandLine.arguments.dropFirst())) {
    FastStart.run(file: file)
}
Hearsay.main()
