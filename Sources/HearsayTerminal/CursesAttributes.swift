import CNcursesw
import HearsayUI

/// `Attributes` as ncurses attribute bits (A_BOLD etc. come from the shim: the
/// macros themselves do not import into Swift).
enum CursesAttributes {
    static func bits(_ attributes: Attributes) -> attr_t {
        var bits: attr_t = CN_A_NORMAL
        if attributes.contains(.bold) { bits |= CN_A_BOLD }
        if attributes.contains(.underline) { bits |= CN_A_UNDERLINE }
        if attributes.contains(.reverse) { bits |= CN_A_REVERSE }
        if attributes.contains(.italic) { bits |= CN_A_ITALIC }
        if attributes.contains(.dim) { bits |= CN_A_DIM }
        return bits
    }
}
