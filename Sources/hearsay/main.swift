import ArgumentParser
import Foundation
import HearsayCore
import HearsayStorage

/// `hearsay`: read news articles, see who is quoted, tag passages.
struct Hearsay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearsay",
        abstract: "Find the quotations, their speakers and the actors in news articles.",
        discussion: """
            Without a command, Hearsay shows the analysis of FILE (or of its bundled \
            sample editorial when no FILE is given). The terminal reader comes next.
            """,
        version: HearsayVersion.string,
        subcommands: [Read.self, Analyze.self, Render.self, Keys.self],
        defaultSubcommand: Read.self
    )
}

MemoryTuning.keepFreedMemory()
if let file = FastStart.simpleReaderArguments(Array(CommandLine.arguments.dropFirst())) {
    FastStart.run(file: file)
}
Hearsay.main()
