/// A key script for `hearsay render --keys` and the golden-screen tests: key
/// notation as in keymap files (`]q/Asif<Enter>n`). In a script file, lines
/// starting with `#` are comments and line breaks separate nothing (write
/// `<Enter>` for Enter, `<Space>` for a space you want to be seen).
public enum KeyScript {
    public static func parse(_ script: String, isFile: Bool = false) throws(KeySpec.ParseError) -> [Key] {
        var text = script
        if isFile {
            // By lines as the text has them: "\r\n" is one Character, which a
            // split on "\n" would never cut (a file saved on Windows).
            text = script.textLines()
                .filter { !$0.hasPrefix("#") }
                .joined()
        }
        if text.isEmpty { return [] }
        return try KeySpec.parse(text)
    }

    /// Runs `keys` through the reducer as a keyboard would; stops at a quit.
    public static func play(_ keys: [Key], on state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for key in keys {
            effects += reduce(into: &state, .key(key))
            if state.shouldQuit { break }
        }
        // The script's end is a pause: a lone digit left waiting for a motion
        // applies its tag, as it would once `countTimeout` passed.
        if state.pendingCount != nil { effects += reduce(into: &state, .keyTimeout) }
        return effects
    }
}
