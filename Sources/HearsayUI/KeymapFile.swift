import HearsayCore

/// The user's keymap file: one `command = keys` line per command, keys separated
/// by spaces in key notation; an empty right side unbinds; `#` starts a comment.
///
///     # ~/.config/hearsay/keymap
///     next-quotation = ]q <C-n>
///     quit = q <C-q>
///
/// The keys replace the command's default keys. Problems are warnings naming
/// the line; the rest of the file still applies.
public enum KeymapFile {
    public static func parse(_ text: String, name: String = "keymap") -> (overrides: [(Command, [[Key]])], warnings: [String]) {
        var overrides: [(Command, [[Key]])] = []
        var warnings: [String] = []
        for (n, raw) in text.textLines().enumerated() {
            let line = raw.trimmingCharacters(in: " \t\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let eq = line.firstIndex(of: "=") else {
                warnings.append("\(name):\(n + 1): expected `command = keys`")
                continue
            }
            let commandName = String(line[..<eq]).trimmingCharacters(in: " \t")
            guard let command = Command(rawValue: commandName) else {
                warnings.append("\(name):\(n + 1): unknown command \"\(commandName)\"")
                continue
            }
            var keys: [[Key]] = []
            var bad = false
            for spec in line[line.index(after: eq)...].split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                do {
                    keys.append(try KeySpec.parse(String(spec)))
                } catch {
                    warnings.append("\(name):\(n + 1): \(error)")
                    bad = true
                }
            }
            if !bad { overrides.append((command, keys)) }
        }
        return (overrides, warnings)
    }

    /// The defaults with the file merged over them, or the defaults and a warning
    /// per clash when the result would have a key doing two things in one mode.
    public static func merged(_ text: String, name: String = "keymap", over base: Keymap = .defaults) -> (Keymap, [String]) {
        let (overrides, warnings) = parse(text, name: name)
        let keymap = base.overriding(overrides)
        let clashes = keymap.conflicts()
        if !clashes.isEmpty {
            return (base, warnings + clashes.map { "\(name): \($0); using the default keys" })
        }
        return (keymap, warnings)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String { Substring(self).trimmingCharacters(in: set) }
}
