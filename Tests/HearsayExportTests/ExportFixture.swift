import HearsayCore
import HearsayExport

/// The sample article with annotations (nested and overlapping, with notes and a
/// tag hierarchy), review decisions (accepted, rejected, a corrected speaker) and an
/// actor edit, for every exporter's tests. `hostile` adds `<script>`, quotes, commas,
/// newlines, a spreadsheet formula, a Markdown fence and `|` to the text and the notes.
enum ExportFixture {
    static let time = "2026-11-28T12:00:00Z"

    static func sample(hostile: Bool = false, includeText: Bool = true) -> ExportInput {
        var text = SampleArticle.text
        if hostile {
            text += "\n\n“<script>alert('x')</script> and \"quotes\", commas, | pipes | and ```fences```,” said =cmd|'/c calc'!A1 on Friday.\n"
        }
        let document = Document(text: text)
        let detected = Analyzer.analyze(document)
        let scalars = document.scalars
        var file = AnnotationFile(document: DocumentFingerprint(sha256: String(repeating: "ab", count: 32), length: document.length),
                                  codebook: Codebook(tags: [
                                      Tag(name: "blame", color: "#d75f5f", description: "Who is held responsible"),
                                      Tag(name: "threat", description: "A warning of harm", parent: "blame"),
                                      Tag(name: "diplomacy"),
                                  ]))
        let q = detected.quotations
        let paragraph = document.paragraphs[2]
        let sentence = document.sentences.first { $0.range.start >= paragraph.start }!.range
        var annotations = [
            Annotation(id: "a1", anchor: Anchor(sentence, in: scalars), tags: ["blame"],
                       note: hostile ? "<script>alert(1)</script> \"note\", with =SUM(A1) and\nnew lines | ```" : "The opening claim.",
                       created: time),
            Annotation(id: "a2", anchor: Anchor(TextRange(sentence.start, sentence.start + 15), in: scalars),
                       tags: ["threat", "diplomacy"], created: time),
            Annotation(id: "a3", anchor: Anchor(q[0].range, in: scalars), tags: ["diplomacy"], note: "Quoted first.", created: time),
        ]
        if hostile, let last = q.last {
            annotations.append(Annotation(id: "a4", anchor: Anchor(last.range, in: scalars), tags: ["blame"],
                                          note: "=cmd|'/c calc'!A1", created: time))
        }
        file.annotations = AnnotationList(annotations.sorted { $0.range < $1.range })
        file.reviews = [
            QuoteReview(id: "q\(q[0].range.start)-\(q[0].range.end)", anchor: Anchor(q[0].range, in: scalars), decision: .accepted, modified: time),
            QuoteReview(id: "q\(q[1].range.start)-\(q[1].range.end)", anchor: Anchor(q[1].range, in: scalars), decision: .rejected, modified: time),
            QuoteReview(id: "q\(q[2].range.start)-\(q[2].range.end)", anchor: Anchor(q[2].range, in: scalars), decision: .corrected,
                        speaker: "The Foreign Ministry", modified: time),
        ]
        file.actorEdits = [ActorEdit(.setType(name: "Kunar", type: .place), time: time)]
        let reviewed = ReviewedAnalysis.apply(reviews: file.reviews, actorEdits: file.actorEdits, to: detected)
        return ExportInput(name: "sample-editorial.txt", path: nil, document: document, sha256: file.document.sha256,
                           detected: detected, reviewed: reviewed, annotations: file, includeText: includeText, exportedAt: time)
    }
}
