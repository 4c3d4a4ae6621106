// hearsay-store-stress: a child process for the crash-safety test and the store
// benchmark, using the real AnnotationStore. Not installed, not for users.
//
//   hearsay-store-stress save-loop PATH N [COUNT]
//       Opens PATH with AnnotationStore (read-write, or exit 2), prints "ready",
//       then saves version A and version B of a file of N annotations in turn,
//       COUNT saves in all (default: until killed). CrashSafetyTests SIGKILLs it.
//   hearsay-store-stress reference DIR N
//       Writes the exact bytes of versions A and B to DIR/a.json and DIR/b.json.
//   hearsay-store-stress keystroke N [RUNS]
//       Times one tagging keystroke in the reader's reducer, the next render and
//       the encoding of the file, with N annotations on a 1 MB article.
//   hearsay-store-stress bench PATH N [RUNS]
//       Times AnnotationStore.save (with its backup and fsyncs) and open (lock,
//       read, decode) of N annotations, after one untimed warm-up, and the
//       encode and decode alone; prints one JSON object of milliseconds per run.
//   hearsay-store-stress frames FILE [N] [WIDTH HEIGHT]
//       Loads FILE as the reader does, analyses it, then renders N frames
//       (default 10,000) of a WIDTHxHEIGHT reader (default 200x60, side pane
//       shown), moving the view through the reducer before each one; prints
//       JSON with the load and analysis times and each frame's render time in
//       microseconds (see FrameBench.swift).
//
// STRESS_TIMES=1 makes save-loop print how long making the files and opening
// the store took, on standard error.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearsayCore
import HearsayStorage

/// Unbuffered, so "ready" is out before the first save (stdout is a pipe).
func emit(_ fd: Int32, _ text: String) {
    let bytes = Array(text.utf8)
    var done = 0
    while done < bytes.count {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
        guard n > 0 else { return }
        done += n
    }
}

func fail(_ message: String, status: Int32 = 1) -> Never {
    emit(2, "hearsay-store-stress: \(message)\n")
    exit(status)
}

/// Deterministic text from the seeded generator.
extension SplitMix64 {
    static let words = ["the", "minister", "said", "talks", "would", "continue", "in", "Geneva", "“we", "will", "not",
                        "accept", "threats,”", "according", "to", "officials", "Kabul", "Afghan", "authorities", "border",
                        "ceasefire", "spokesperson", "Zoë", "naïve", "résumé", "—", "said:", "\"quoted\"", "back\\slash",
                        "a/b", "tab\there", "日本", "😀"]

    mutating func text(_ count: Int) -> String {
        (0..<count).map { _ in SplitMix64.words[below(SplitMix64.words.count)] }.joined(separator: " ")
    }
}

let fingerprint = DocumentFingerprint(sha256: String(repeating: "ab", count: 32), length: 5_000_000)

/// A file of `n` annotations; `variant` 0 is A, 1 is B (other notes, reading
/// state and journal, same size give or take).
func sampleFile(annotations n: Int, variant: Int) -> AnnotationFile {
    var g = SplitMix64(seed: 42)
    let tags = ["blame", "diplomacy", "diplomacy/threat", "source", "source/anonymous", "claim", "denial", "quote",
                "framing", "actor", "place", "date"]
    let codebook = Codebook(tags: tags.enumerated().map { k, name in
        let parts = name.split(separator: "/")
        return Tag(name: name, color: k % 3 == 0 ? "#a0b0c\(k % 10)" : nil, description: "Code \(k): \(name)",
                   parent: parts.count > 1 ? String(parts[0]) : nil)
    })
    // Texts are drawn from pools made once: the child starts fast even in a
    // debug build (the crash-safety test starts it 200 times).
    let exacts = (0..<512).map { _ in g.text(3 + g.below(20)) }
    let contexts = (0..<128).map { _ in String(g.text(8).unicodeScalars.prefix(32)) }
    let notes = (0..<128).map { _ in g.text(5 + g.below(30)) }
    var annotations: [Annotation] = []
    annotations.reserveCapacity(n)
    var offset = 0
    for i in 0..<n {
        let r = g.next()
        offset += 20 + Int(r % 400)
        let exact = exacts[Int((r >> 9) % 512)]
        let length = exact.unicodeScalars.count
        let anchor = Anchor(start: offset, end: offset + length, exact: exact,
                            prefix: contexts[Int((r >> 18) % 128)], suffix: contexts[Int((r >> 25) % 128)])
        let first = Int((r >> 32) % 12), second = Int((r >> 36) % 12)
        let picked = (r >> 40) % 3 == 0 || first == second ? [tags[first]] : [tags[first], tags[second]]
        let note = (r >> 42) % 3 == 0 ? (variant == 0 ? notes[Int((r >> 44) % 128)] : "B: " + notes[Int((r >> 44) % 128)] + "\nsecond line") : ""
        let minute = i % 60, second2 = (i / 60) % 60
        let created = "2025-03-0\(1 + i % 9)T1\(i % 10):\(minute < 10 ? "0" : "")\(minute):\(second2 < 10 ? "0" : "")\(second2)Z"
        annotations.append(Annotation(id: String(format16: g.next()), anchor: anchor, tags: picked,
                                      note: note, created: created, modified: variant == 0 ? created : "2025-04-01T00:00:00Z",
                                      orphaned: i % 97 == 0))
        offset += length
    }
    var groups: [ChangeGroup] = []
    for k in 0..<min(20, n) {
        let old = annotations[k * (n / max(1, min(20, n)))]
        var new = old
        new.note = "edited \(k) in variant \(variant)"
        groups.append(ChangeGroup(label: k % 2 == 0 ? "Note saved" : "Tagged blame",
                                  changes: k % 5 == 4 ? [.add(old)] : [.replace(old: old, new: new)],
                                  time: "2025-04-01T00:00:\(10 + k)Z"))
    }
    groups.append(ChangeGroup(label: "New tag", changes: [.codebook(old: Codebook(), new: codebook)], time: "2025-04-01T00:01:00Z"))
    let reading = ReadingState(position: variant == 0 ? 1234 : 98765, marks: variant == 0 ? ["a": 10, "b": 20] : ["a": 11, "z": 3])
    return AnnotationFile(document: fingerprint, codebook: codebook, annotations: annotations, reading: reading,
                          journal: UndoJournal(undo: variant == 0 ? groups : Array(groups.reversed()),
                                               redo: variant == 0 ? [] : Array(groups.prefix(3))))
}

extension String {
    init(format16 v: UInt64) {
        let hex = String(v, radix: 16)
        self = String(repeating: "0", count: 16 - hex.count) + hex
    }
}

func writeFile(_ path: String, _ bytes: [UInt8]) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { fail("cannot create \(path)") }
    var done = 0
    while done < bytes.count {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
        guard n > 0 else { fail("cannot write \(path)") }
        done += n
    }
    close(fd)
}

func readFile(_ path: String) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { fail("cannot read \(path)") }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        guard n > 0 else { break }
        bytes += chunk[0..<n]
    }
    return bytes
}

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
}

func count(_ text: String) -> Int {
    guard let n = Int(text), n >= 0 else { fail("not a count: \(text)") }
    return n
}

let args = Array(CommandLine.arguments.dropFirst())
switch args.first {
case "save-loop" where args.count == 3 || args.count == 4:
    let path = args[1], n = count(args[2])
    let limit = args.count == 4 ? count(args[3]) : Int.max
    let clock = ContinuousClock()
    let t0 = clock.now
    let versions = [sampleFile(annotations: n, variant: 0), sampleFile(annotations: n, variant: 1)]
    let t1 = clock.now
    let store = AnnotationStore(path: path, document: fingerprint)
    let opened = store.open()
    guard opened.mode == .readWrite else { fail("opened read-only: \(opened.mode)", status: 2) }
    if getenv("STRESS_TIMES") != nil { emit(2, "generate \(t1 - t0), open \(clock.now - t1)\n") }
    emit(1, "ready\n")
    // Start with the version that is not on disk, so that every save changes it.
    let first = opened.file == versions[0] ? 1 : 0
    var k = 0
    while k < limit {
        do { try store.save(versions[(first + k) % 2]) } catch { fail("save \(k): \(error)") }
        k += 1
    }
    store.close()

case "reference" where args.count == 3:
    let dir = args[1], n = count(args[2])
    writeFile(dir + "/a.json", AnnotationCoding.encode(sampleFile(annotations: n, variant: 0)))
    writeFile(dir + "/b.json", AnnotationCoding.encode(sampleFile(annotations: n, variant: 1)))

case "bench" where args.count == 3 || args.count == 4:
    let path = args[1], n = count(args[2])
    let runs = args.count == 4 ? max(1, count(args[3])) : 5
    let file = sampleFile(annotations: n, variant: 0)
    for p in [path, path + ".bak", path + ".lock"] { unlink(p) }
    var saves: [Double] = [], loads: [Double] = [], encodes: [Double] = [], decodes: [Double] = []
    var size = 0
    for run in 0...runs {   // run 0 is the warm-up
        let store = AnnotationStore(path: path, document: fingerprint)
        guard store.open().mode == .readWrite else { fail("\(path) opened read-only") }
        let save = milliseconds {
            do { try store.save(file) } catch { fail("save: \(error)") }
        }
        store.close()
        var opened: AnnotationStore.OpenResult? = nil
        let reader = AnnotationStore(path: path, document: fingerprint)
        let load = milliseconds { opened = reader.open() }
        reader.close()
        guard opened?.file == file else { fail("the file read back differs from the one saved") }
        var bytes: [UInt8] = []
        let encode = milliseconds { bytes = AnnotationCoding.encode(file) }
        let decode = milliseconds {
            do { _ = try AnnotationCoding.decode(bytes) } catch { fail("decode: \(error)") }
        }
        size = bytes.count
        if run > 0 { saves.append(save); loads.append(load); encodes.append(encode); decodes.append(decode) }
    }
    for p in [path, path + ".bak"] { unlink(p) }
    func list(_ xs: [Double]) -> String { "[" + xs.map { String(Double(Int($0 * 100)) / 100) }.joined(separator: ", ") + "]" }
    emit(1, "{\"annotations\": \(n), \"bytes\": \(size), \"save_ms\": \(list(saves)), \"load_ms\": \(list(loads)), "
          + "\"encode_ms\": \(list(encodes)), \"decode_ms\": \(list(decodes))}\n")

case "keystroke" where args.count == 2 || args.count == 3:
    // The cost of one tagging keystroke in the reader with N annotations: the
    // reducer (t, a tag name, Enter on the current quotation), the next frame's
    // render, and encoding the file for the save that follows (the save itself
    // is timed by `bench`). Medians in ms as JSON.
    let n = count(args[1]), runs = args.count == 3 ? count(args[2]) : 5
    emit(1, KeystrokeBench.run(annotations: n, runs: runs) + "\n")

case "frames" where args.count == 2 || args.count == 3 || args.count == 5:
    // The render of one reader frame, N times, on a real article (bench/render-frame).
    let frames = args.count >= 3 ? max(1, count(args[2])) : 10_000
    let width = args.count == 5 ? count(args[3]) : 200, height = args.count == 5 ? count(args[4]) : 60
    emit(1, FrameBench.run(path: args[1], frames: frames, width: width, height: height) + "\n")

default:
    fail("usage: hearsay-store-stress save-loop PATH N [COUNT] | reference DIR N | bench PATH N [RUNS] | keystroke N [RUNS]"
         + " | frames FILE [N] [WIDTH HEIGHT]")
}
