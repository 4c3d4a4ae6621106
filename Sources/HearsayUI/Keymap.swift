/// Where the keyboard focus is; each binding says in which modes it works.
public enum Mode: String, CaseIterable, Sendable {
    case article, side, help, visual, review, chart
}

/// One row of the command table: what drives dispatch, the help overlay and the
/// status hints, and what a user's keymap file overrides (as in tig and helix).
public struct Binding: Sendable, Equatable {
    public var command: Command
    public var keys: [[Key]]
    public var modes: Set<Mode>
    public var help: String
    /// The key is followed by one more character, its argument (`m` `a` sets mark a).
    public var takesArgument: Bool
    /// The key itself is the argument (digits 1–9 apply the tag of that number).
    public var keyIsArgument: Bool

    public init(_ command: Command, _ keys: [String], _ modes: Set<Mode>, _ help: String, takesArgument: Bool = false,
                keyIsArgument: Bool = false) {
        self.keyIsArgument = keyIsArgument
        self.command = command
        // The defaults below are literals; a typo in them is a programming error.
        self.keys = keys.map { spec in (try? KeySpec.parse(spec)) ?? [] }
        self.modes = modes
        self.help = help
        self.takesArgument = takesArgument
    }
}

/// The result of looking up the keys typed so far.
public enum KeyLookup: Equatable, Sendable {
    case command(Command, argument: Unicode.Scalar?)
    /// The keys so far begin a longer binding (`]` of `]q`): wait for more.
    case pending
    case unbound
}

public struct Keymap: Sendable, Equatable {
    public var bindings: [Binding]

    public init(bindings: [Binding]) { self.bindings = bindings }

    public func lookup(_ keys: [Key], mode: Mode) -> KeyLookup {
        var isPrefix = false
        for b in bindings where b.modes.contains(mode) {
            for seq in b.keys where !seq.isEmpty {
                if b.takesArgument {
                    if keys.count == seq.count + 1, Array(keys.prefix(seq.count)) == seq, case .char(let a) = keys.last! {
                        return .command(b.command, argument: a)
                    }
                    if keys.count <= seq.count, Array(seq.prefix(keys.count)) == keys { isPrefix = true }
                } else if seq == keys {
                    if b.keyIsArgument, case .char(let c) = keys.last! { return .command(b.command, argument: c) }
                    return .command(b.command, argument: nil)
                } else if keys.count < seq.count, Array(seq.prefix(keys.count)) == keys {
                    isPrefix = true
                }
            }
        }
        return isPrefix ? .pending : .unbound
    }

    /// The keys of a command in a mode, for hints ("]q next quotation").
    public func keys(for command: Command, mode: Mode? = nil) -> [[Key]] {
        bindings.filter { $0.command == command && (mode == nil || $0.modes.contains(mode!)) }.flatMap(\.keys)
    }

    /// Replaces the keys of the named commands (an empty list unbinds).
    public func overriding(_ overrides: [(Command, [[Key]])]) -> Keymap {
        var copy = self
        for (command, keys) in overrides {
            for i in copy.bindings.indices where copy.bindings[i].command == command {
                copy.bindings[i].keys = keys
            }
        }
        return copy
    }

    /// Key sequences that do two things in one mode, or that are a prefix of
    /// another binding there (which would make the longer one unreachable).
    public func conflicts() -> [String] {
        var problems: [String] = []
        for mode in Mode.allCases {
            var seen: [(keys: [Key], command: Command)] = []
            for b in bindings where b.modes.contains(mode) {
                for seq in b.keys where !seq.isEmpty {
                    for other in seen where other.command != b.command || other.keys == seq {
                        let (a, c) = (other.keys, seq)
                        if a == c || a.starts(with: c) || c.starts(with: a) {
                            problems.append("\(mode.rawValue): \(KeySpec.format(c)) (\(b.command.rawValue)) clashes with \(KeySpec.format(a)) (\(other.command.rawValue))")
                        }
                    }
                    seen.append((seq, b.command))
                }
            }
        }
        return problems
    }
}
