import Testing
@testable import HearsayCore

@Suite struct ScalarClassTests {
    /// The listed white space is the standard library's, for every scalar.
    @Test func whiteSpaceIsUnicodesWhiteSpaceProperty() {
        var differing: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }   // (surrogates)
            if ScalarClass.isSpace(s) != s.properties.isWhitespace { differing.append(v) }
        }
        #expect(differing.isEmpty)
    }
}
