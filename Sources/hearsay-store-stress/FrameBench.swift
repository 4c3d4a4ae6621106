#if canImport(Glibc)
import Glibc
#endif
import HearsayCore
import HearsayStorage
import HearsayUI

/// The render of one frame of the reader, many times over (see main.swift, `frames`).
///
/// The article is loaded as the reader loads it (`ArticleSource.read`, then the
/// whole document, then `Analyzer.analyze`), and an `AppState` of the requested
/// size is made from it: at 200x60 the side pane (Quotations tab) is shown beside
/// the text. Before each frame the state is moved on through the real reducer by a
/// deterministic pseudo-random step (a page or a few lines down, half a page, a
/// page up, the next quotation, a jump to a random percentage with `:N%`, the next
/// side-pane tab; back to the top at the end), so that no two frames in a row show
/// the same text and jumps land on paragraphs that were never laid out. Only
/// `render(state)` is timed, with CLOCK_MONOTONIC: the reducer's work and the
/// terminal's output are not in the figure. The paragraph layout cache is kept
/// from frame to frame, as in the reader.
enum FrameBench {
    static func run(path: String, frames: Int, width: Int, height: Int) -> String {
        var loadMs = 0.0, analysisMs = 0.0
        var document: Document? = nil
        var name = path
        loadMs = KeystrokeBench.milliseconds {
            do {
                let source = try ArticleSource.read(path: path)
                name = source.name
                document = try source.document().0
            } catch {
                fail("\(path): \(error)")
            }
        }
        guard let document else { fail("\(path): not loaded") }
        var analysis: Analysis? = nil
        analysisMs = KeystrokeBench.milliseconds { analysis = Analyzer.analyze(document) }
        let article = Article(name: name, document: document, analysis: analysis)
        var state = AppState(article: article, width: width, height: height)
        guard state.geometry.sidePaneVisible else { fail("\(width)x\(height): the side pane is not shown") }

        var g = SplitMix64(seed: 7)
        var micros: [Int] = []
        micros.reserveCapacity(frames)
        var checksum = 0
        var tops = Set<LinePosition>()
        var a = timespec(), b = timespec()
        // One untimed frame first: the first render builds lazily made tables.
        checksum &+= render(state).width
        for _ in 0..<frames {
            step(&state, &g)
            tops.insert(state.top)
            clock_gettime(CLOCK_MONOTONIC, &a)
            let screen = render(state)
            clock_gettime(CLOCK_MONOTONIC, &b)
            checksum &+= screen.width   // keeps the render from being optimised away
            micros.append(Int(b.tv_sec - a.tv_sec) * 1_000_000 + Int(b.tv_nsec - a.tv_nsec) / 1000)
        }
        let list = micros.map(String.init).joined(separator: ",")
        return "{\"path\": \"\(jsonEscaped(path))\", \"bytes\": \(FileKind.size(ofPath: path) ?? 0), "
            + "\"width\": \(width), \"height\": \(height), \"frames\": \(frames), "
            + "\"quotations\": \(article.quotations.count), \"distinct_tops\": \(tops.count), "
            + "\"load_ms\": \(rounded(loadMs)), \"analysis_ms\": \(rounded(analysisMs)), "
            + "\"checksum\": \(checksum), \"frame_us\": [\(list)]}"
    }

    /// Moves the reader on by one pseudo-random step, through the reducer.
    static func step(_ state: inout AppState, _ g: inout SplitMix64) {
        if state.percent >= 100 {
            _ = reduce(into: &state, .command(.top))
            return
        }
        let r = g.below(100)
        switch r {
        case 0..<40: _ = reduce(into: &state, .command(.pageDown))
        case 40..<58:
            for _ in 0...g.below(5) { _ = reduce(into: &state, .command(.lineDown)) }
        case 58..<68: _ = reduce(into: &state, .command(.halfPageDown))
        case 68..<76: _ = reduce(into: &state, .command(.pageUp))
        case 76..<90: _ = reduce(into: &state, .command(.nextQuotation))
        case 90..<97:
            let keys = try! KeyScript.parse(":\(g.below(100))%<Enter>")
            _ = KeyScript.play(keys, on: &state)
        default: _ = reduce(into: &state, .command(.nextTab))
        }
    }

    static func rounded(_ x: Double) -> String { String(Double(Int(x * 100)) / 100) }

    static func jsonEscaped(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if c.value < 0x20 { out += "\\u00" + (c.value < 0x10 ? "0" : "") + String(c.value, radix: 16) } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }
}
