import FuzzSupport
import HearsayCore

/// (a) The document loader: bytes -> TextDecoding.decode -> Document(decoded:).
@_cdecl("fuzz_document_main")
public func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = bytes(data, size)
    guard let doc = loadDocument(input) else { return 0 }
    // The same text as a String loads to the same document.
    let again = Document(text: String(decoding: input, as: UTF8.self))
    invariant(again.scalars == doc.scalars, "Document(text:) and Document(decoded:) disagree on the scalars")
    invariant(again.tokens == doc.tokens, "Document(text:) and Document(decoded:) disagree on the tokens")
    invariant(again.sentences == doc.sentences, "Document(text:) and Document(decoded:) disagree on the sentences")
    // Dropping and remaking the analysis tables gives the same answers.
    let lean = doc.droppingAnalysisTables()
    for o in Set([0, doc.length / 2, doc.length]) {
        invariant(lean.sentenceIndex(containing: o) == doc.sentenceIndex(containing: o), "lean sentenceIndex(\(o)) differs")
    }
    let full = lean.withAnalysisTables()
    invariant(full.tokenHashes == doc.tokenHashes && full.sentenceOfToken == doc.sentenceOfToken
              && full.paragraphOfToken == doc.paragraphOfToken, "withAnalysisTables() differs from the original tables")
    return 0
}
