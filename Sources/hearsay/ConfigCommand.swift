import ArgumentParser
import FoundationEssentials
import HearsayStorage

/// `hearsay config`: where the configuration file is and what is wrong with it;
/// `--print-defaults` writes a file with every key, its default and its meaning.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show where the configuration file is and check it, or print one with every default.",
        discussion: """
            The file is $XDG_CONFIG_HOME/hearsay/config.toml (~/.config/hearsay/config.toml). \
            Every key is optional; options on the command line win over it.

            Examples:
              hearsay config --print-defaults > ~/.config/hearsay/config.toml
              hearsay config            # where it is, and each problem with its line
            """)

    @Flag(help: "Print a configuration file with every key at its default, each explained.")
    var printDefaults = false

    func run() throws {
        if printDefaults {
            Stdout.write(Config.defaultsText)
            return
        }
        let env = ProcessInfo.processInfo.environment
        guard let path = Config.path(environment: env) else {
            Stderr.print("hearsay: neither XDG_CONFIG_HOME nor HOME is set: no configuration file")
            throw ExitCode(1)
        }
        guard FileKind(path: path) != .missing else {
            Stdout.write("\(path) (none: the defaults apply; hearsay config --print-defaults writes one)\n")
            return
        }
        let (config, found) = Config.load(environment: env)
        var warnings = found
        // The theme it names must load too (a missing or broken theme file shows only at start otherwise).
        if let theme = config.theme {
            warnings += ThemeLoader.load(name: theme, environment: env).1.map {
                $0.hasPrefix("hearsay: ") ? String($0.dropFirst("hearsay: ".count)) : $0
            }
        }
        Stdout.write("\(path)\n")
        for w in warnings { Stderr.print("hearsay: \(w)") }
        if !warnings.isEmpty { throw ExitCode(1) }
    }
}
