import ArgumentParser
import FoundationEssentials
import Glibc
import HearsayUI

/// `hearsay keys`: every key of the reader, with the user's keymap file applied.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the reader's keys (your keymap file and configuration included).",
        discussion: """
            Override keys in $XDG_CONFIG_HOME/hearsay/keymap (default ~/.config/hearsay/keymap), \
            one `command = keys` line per command, for example:
              next-quotation = ]q <C-n>
            An empty right side unbinds the command. Command names are the ones in \
            `hearsay keys --names`. The [keys] table of config.toml takes the same lines.

            Examples:
              hearsay keys | grep quotation
              hearsay keys --names > ~/.config/hearsay/keymap   # a keymap to edit
              hearsay keys --markdown
            """)

    @Flag(help: "A Markdown table (as in the README).")
    var markdown = false

    @Flag(help: "The command names for the keymap file.")
    var names = false

    func run() throws {
        let (_, keymap, warnings) = ReaderSetup.settings(environment: ProcessInfo.processInfo.environment)
        for w in warnings { Stderr.print(w) }
        if names {
            for b in keymap.bindings where !b.keys.isEmpty {
                print("\(b.command.rawValue) = \(b.keys.map(KeySpec.format).joined(separator: " "))")
            }
        } else {
            print(markdown ? KeyTable.markdown(keymap) : KeyTable.text(keymap), terminator: "")
        }
    }
}
