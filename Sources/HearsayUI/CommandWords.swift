/// The words of a command line, as a shell splits them: on spaces, except
/// inside "double" or 'single' quotes or after a backslash, so that
/// `:tag rename "scare quote" irony` names a tag of two words. Quotes and
/// backslashes themselves are not part of the words.
enum CommandWords {
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in line {
            if escaped {
                word.append(c)
                escaped = false
                continue
            }
            if let q = quote {
                if c == q { quote = nil } else { word.append(c) }
                continue
            }
            switch c {
            case "\\":
                escaped = true
                inWord = true
            case "\"", "'":
                quote = c
                inWord = true
            case " ", "\t":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            default:
                word.append(c)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
