import Testing
@testable import HearsayUI

/// Key script files (`hearsay render --keys-file`): comments and line breaks.
struct KeyScriptTests {
    @Test func aFileDropsCommentLinesAndItsLineBreaks() throws {
        let file = try KeyScript.parse("# open the quotes tab\n]q\n# search\n/Asif<Enter>\nn\n", isFile: true)
        #expect(file == (try KeyScript.parse("]q/Asif<Enter>n")))
    }

    @Test func aFileSavedWithWindowsLineEndingsReadsTheSame() throws {
        // "\r\n" is one Character in Swift: a split on "\n" alone kept the whole
        // file as one comment line, and the script did nothing.
        let lf = "# open the quotes tab\n]q\n# search\n/Asif<Enter>\nn\n"
        let crlf = String(lf.map { $0 == "\n" ? "\r\n" : $0 })
        #expect(try KeyScript.parse(crlf, isFile: true) == (try KeyScript.parse(lf, isFile: true)))
        #expect(try KeyScript.parse(crlf, isFile: true).isEmpty == false)
    }

    @Test func anInlineScriptKeepsItsHash() throws {
        // Only files have comments: "#" typed in --keys is a key.
        #expect(try KeyScript.parse("#").count == 1)
    }
}
