#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials

extension Terminal {
    /// Puts `text` on the system clipboard with OSC 52, which xterm, kitty,
    /// WezTerm, iTerm2 and tmux (with `set-clipboard on`) understand, also over
    /// ssh. Written straight to the tty: ncurses has no call for it. Control
    /// characters never reach the terminal: the text travels base64-encoded.
    public func copyToClipboard(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        _ = sequence.withCString { write(device.fd, $0, strlen($0)) }
    }
}
