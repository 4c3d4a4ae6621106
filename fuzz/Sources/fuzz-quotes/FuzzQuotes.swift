import FuzzSupport
import HearsayCore

/// (b) The quotation finder on a document made from the input.
@_cdecl("fuzz_quotes_main")
public func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let doc = loadDocument(bytes(data, size)) else { return 0 }
    let spans = QuoteFinder.find(in: doc)
    checkQuoteSpans(spans, in: doc)
    // Deterministic.
    invariant(QuoteFinder.find(in: doc) == spans, "QuoteFinder.find is not deterministic")
    return 0
}
