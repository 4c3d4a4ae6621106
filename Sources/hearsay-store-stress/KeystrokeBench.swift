#if canImport(Glibc)
import Glibc
#endif
import HearsayCore
import HearsayStorage
import HearsayUI

/// One tagging keystroke on an article with many annotations (see main.swift).
enum KeystrokeBench {
    static func run(annotations n: Int, runs: Int) -> String {
        // About 1 MB: the sample editorial repeated, one annotation per sentence in turn.
        var text = ""
        while text.utf8.count < 1_000_000 { text += SampleArticle.text + "\n\n" }
        let document = Document(text: text)
        let article = Article(name: "bench.txt", document: document, analysis: Analyzer.analyze(document))
        let sentences = document.sentences
        // Made as an array and given to the file at once: each assignment of a
        // whole array indexes it anew.
        let annotations = (0..<n).map { i in
            Annotation(id: String(i), anchor: Anchor(sentences[i % sentences.count].range, in: document.scalars),
                       tags: [i % 2 == 0 ? "blame" : "praise"], created: "2026-11-28T12:00:00Z")
        }
        let file = AnnotationFile(document: DocumentFingerprint(sha256: "", length: document.length),
                                  codebook: Codebook(tags: [Tag(name: "blame"), Tag(name: "praise")]), annotations: annotations)
        var reduceTimes: [Double] = [], renderTimes: [Double] = [], encodeTimes: [Double] = [], heldTimes: [Double] = []
        for run in 0...runs {
            var state = AppState(article: article, width: 200, height: 60)
            // The reader's state owns its annotations alone (the loader's copy is
            // gone by the first keystroke): a list made afresh, as loading makes
            // one, not one shared with `file`.
            state.annotations = AnnotationFile(document: file.document, codebook: file.codebook)
            state.annotations.annotations = AnnotationList(Array(file.annotations))
            _ = KeyScript.play(try! KeyScript.parse(":50%<Enter>]q"), on: &state)
            var effects: [Effect] = []
            let reduceMs = milliseconds { effects = KeyScript.play(try! KeyScript.parse("tthreat<Enter>"), on: &state) }
            let renderMs = milliseconds { _ = render(state) }
            var encodeMs = 0.0
            if case .saveAnnotations(let saved)? = effects.last {
                // As the save encodes it: a piece at a time, each written out
                // there, counted here.
                var bytes = 0
                encodeMs = milliseconds { AnnotationCoding.encode(saved, inPieces: { bytes += $0.count }) }
                precondition(bytes > 0, "nothing encoded")
            }
            // The same keystroke while the save of the file before it is still
            // being written on the save queue's thread (a huge file): the save
            // holds the annotations, so the reducer's change copies them first.
            var held = AppState(article: article, width: 200, height: 60)
            held.annotations = AnnotationFile(document: file.document, codebook: file.codebook)
            held.annotations.annotations = AnnotationList(Array(file.annotations))
            _ = KeyScript.play(try! KeyScript.parse(":50%<Enter>]q"), on: &held)
            let beingSaved = held.annotations
            let heldMs = milliseconds { _ = KeyScript.play(try! KeyScript.parse("tthreat<Enter>"), on: &held) }
            withExtendedLifetime(beingSaved) {}
            if run > 0 {
                reduceTimes.append(reduceMs); renderTimes.append(renderMs); encodeTimes.append(encodeMs); heldTimes.append(heldMs)
            }
        }
        func median(_ xs: [Double]) -> String { String(Double(Int(xs.sorted()[xs.count / 2] * 100)) / 100) }
        return "{\"annotations\": \(n), \"reduce_ms\": \(median(reduceTimes)), \"render_ms\": \(median(renderTimes)), \"encode_ms\": \(median(encodeTimes)), \"reduce_while_saving_ms\": \(median(heldTimes))}"
    }

    static func milliseconds(_ body: () -> Void) -> Double {
        var a = timespec(), b = timespec()
        clock_gettime(CLOCK_MONOTONIC, &a)
        body()
        clock_gettime(CLOCK_MONOTONIC, &b)
        return Double(b.tv_sec - a.tv_sec) * 1000 + Double(b.tv_nsec - a.tv_nsec) / 1e6
    }
}
