import ArgumentParser
import FoundationEssentials
import Glibc

/// The commands people type most, `hearsay` and `hearsay FILE`, open the reader
/// without going through swift-argument-parser: its reflection over the command
/// types costs about 3 ms, a tenth of the time to the first frame (measured with
/// bench/first-paint; see docs/DECISIONS.md). Anything else, including every
/// option, goes through the parser as usual.
enum FastStart {
    static let subcommandNames: Set<String> = ["read", "review", "analyze", "render", "keys", "quotes", "export", "import", "config", "help"]

    /// The file to open (nil: the sample) when the arguments are that simple, else nil.
    static func simpleReaderArguments(_ arguments: [String]) -> String?? {
        switch arguments.count {
        case 0:
            return .some(nil)
        case 1:
            let a = arguments[0]
            if a == "-" || (!a.hasPrefix("-") && !subcommandNames.contains(a)) { return .some(a) }
            return nil
        default:
            return nil
        }
    }

    /// Opens the reader and exits the way `ParsableCommand.main()` would.
    static func run(file: String?) -> Never {
        do {
            try Read.open(file, theme: nil, mouse: true)
            exit(0)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            Stderr.print("hearsay: \(error)")
            exit(1)
        }
    }

    /// `hearsay analyze …` parsed as `analyze` alone, when that parse succeeds:
    /// the whole command tree (nine commands, read by reflection) cost about 4 ms
    /// on the main thread before the first file was read. Anything else (help,
    /// a mistake, an option of the root) returns, and `Hearsay.main()` says it
    /// as it always has.
    static func runAnalyzeIfValid(_ arguments: [String]) {
        guard let command = try? Analyze.parse(arguments) else { return }
        do {
            try command.run()
            exit(0)
        } catch {
            Hearsay.exit(withError: error)   // as `Hearsay.main()` reports what `run` throws
        }
    }
}
