/// Which scalars can open or close a quotation, and brackets that close a sentence.
public enum QuoteMarkClass {
    @inline(__always)
    public static func isQuoteMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
             0xAB, 0xBB, 0x2039, 0x203A, 0x300C, 0x300D, 0x300E, 0x300F, 0xFF02:
            return true
        default:
            return false
        }
    }

    /// Marks and brackets that may follow a sentence's final stop: `.”` `.)` `!’`.
    @inline(__always)
    public static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x2019, 0x201D, 0xBB, 0x203A, 0x300D, 0x300F, 0x29, 0x5D, 0x7D:
            return true
        default:
            return false
        }
    }

    /// Marks and brackets that may open a sentence: `“The` `(The`.
    @inline(__always)
    public static func isOpener(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x2018, 0x201C, 0x201E, 0xAB, 0x2039, 0x300C, 0x300E, 0x28, 0x5B:
            return true
        default:
            return false
        }
    }
}
