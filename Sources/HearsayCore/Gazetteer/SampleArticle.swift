/// The bundled sample editorial (Samples/sample-editorial.txt), an original text
/// written for Hearsay that exercises every hard case of the analyzer.
public enum SampleArticle {
    public static let text: String = EmbeddedData.sampleArticle
    public static let fileName = "sample-editorial.txt"
}
