import FuzzSupport
import FuzzStorage
import HearsayCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// HEARSAY_FUZZ_VERBOSE=1 prints what the decoder made of each input (for
/// checking seeds and reading a reproduced crash).
nonisolated(unsafe) let verbose = getenv("HEARSAY_FUZZ_VERBOSE") != nil

/// (d) The annotation file decoder: any bytes are a file or a clean error; a file
/// it accepts can be saved (no `problem`) and reads back the same.
@_cdecl("fuzz_annotations_main")
public func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = bytes(data, size)
    let file: AnnotationFile
    do {
        file = try AnnotationCoding.decode(input)
    } catch {
        switch error {
        case .syntax(let line, let column, _):
            invariant(line >= 1 && column >= 1, "syntax error at line \(line), column \(column)")
        case .newerVersion(let found, let supported):
            invariant(found > supported, "newerVersion(found: \(found), supported: \(supported))")
        case .shape:
            break
        }
        let description = error.description
        if verbose { say("refused: \(description)") }
        return 0
    }
    if verbose {
        say("accepted: \(file.annotations.count) annotations, \(file.reviews.count) reviews, "
              + "\(file.actorEdits.count) actor edits, \(file.journal.undo.count)+\(file.journal.redo.count) journal groups")
    }
    invariant(file.version == AnnotationFile.currentVersion, "decoded as version \(file.version)")
    if let problem = AnnotationCoding.problem(in: file) {
        invariant(false, "decode accepted a file that cannot be saved: \(problem)")
    }
    let encoded = AnnotationCoding.encode(file)
    let again: AnnotationFile
    do {
        again = try AnnotationCoding.decode(encoded)
    } catch {
        invariant(false, "the encoding of a decoded file does not decode: \(error)\n" + String(decoding: encoded, as: UTF8.self))
        return 0
    }
    invariant(again == file, "decode(encode(file)) != file")
    invariant(AnnotationCoding.encode(again) == encoded, "encode(decode(encode(file))) != encode(file)")
    return 0
}
