import CNcursesw
import HearsayUI

/// What `wget_wch` returns, as a `Key`.
///
/// `wget_wch` gives either a key code (status KEY_CODE_YES: arrows, function keys,
/// KEY_RESIZE, KEY_MOUSE) or a character (status OK). Both tables are here so the
/// rest of the reader never sees a terminal's bytes. KEY_RESIZE and KEY_MOUSE are
/// handled by `Terminal` before these tables.
enum KeyTranslation {
    /// Function keys ncurses can name: KEY_F0 ... KEY_F(63).
    static let functionKeys: ClosedRange<Int32> = KEY_F0...(KEY_F0 + 63)

    /// A key code (KEY_CODE_YES), or nil for codes the reader has no use for.
    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        // Some terminfo entries (screen, rxvt) name ESC[1~ / ESC[4~ "find" / "select".
        case KEY_HOME, KEY_FIND: return .home
        case KEY_END, KEY_SELECT: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case functionKeys: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// A character (status OK). Enter, Tab, Escape and Backspace get their own
    /// keys whichever byte the terminal used (nonl() makes Enter CR; Ctrl-J is LF;
    /// Backspace is DEL on most terminals, BS on some); other controls stay
    /// `.char` of the control scalar, as `Key.ctrl` expects.
    static func key(character: UInt32) -> Key? {
        switch character {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        default: return Unicode.Scalar(character).map(Key.char)
        }
    }
}
