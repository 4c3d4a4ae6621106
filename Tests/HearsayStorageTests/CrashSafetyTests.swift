import Foundation
import HearsayCore
import Testing
@testable import HearsayStorage
#if canImport(Glibc)
import Glibc
#endif

/// A save killed at any moment leaves the annotation file, and its backup, whole.
///
/// Each round starts `hearsay-store-stress save-loop` (the real AnnotationStore
/// in a child process, saving a file of 5,000 annotations as version A, then B,
/// then A... until killed), waits for it to have opened the store, lets it save
/// for a random time, SIGKILLs it, and checks that the file on disk is exactly A
/// or exactly B, never a mix or a part, and so is `.bak` when there is one. The
/// next round's child then finds the dead child's lock and temporary files, and
/// must take the lock over and go on.
///
/// The random time is uniform over 0–30 ms, or over two whole saves when a save
/// takes longer than that (a debug build takes ~130 ms to save 5,000
/// annotations, so 0–30 ms would only ever hit the first save's encoding), so
/// that kills land in every step of a save: encoding, writing the temporary
/// file, its fsync, the backup link, the rename.
@Suite(.serialized) struct CrashSafetyTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["HEARSAY_CRASH_ROUNDS"] ?? "") ?? 200
    static let annotations = 5000

    @Test func aKilledSaveNeverLeavesAPartialFile() throws {
        let stress = try #require(StoreSpawn.builtProduct("hearsay-store-stress"),
                                  "hearsay-store-stress is not built next to the tests (swift build builds it)")
        let scratch = try StoreScratch()
        let n = "\(CrashSafetyTests.annotations)"
        let reference = try StoreSpawn.run(stress, ["reference", scratch.path, n])
        try #require(reference.status == 0, "\(reference.stderr)")
        let a = try #require(scratch.bytes("a.json")), b = try #require(scratch.bytes("b.json"))
        #expect(a != b)
        #expect(try AnnotationCoding.decode(a).annotations.count == CrashSafetyTests.annotations)
        #expect(try AnnotationCoding.decode(b).annotations.count == CrashSafetyTests.annotations)

        // How long one save takes here (debug or release, busy machine or not).
        let calibration = scratch.file("calibration.json")
        let clock = ContinuousClock()
        let startUp = try clock.measure { _ = try StoreSpawn.run(stress, ["save-loop", calibration, n, "0"]) }
        let sixSaves = try clock.measure { _ = try StoreSpawn.run(stress, ["save-loop", calibration, n, "6"]) }
        let save = max(.zero, (sixSaves - startUp) / 6)
        let window = max(Duration.milliseconds(30), save * 2)
        let windowMicroseconds = Int(window.components.seconds) * 1_000_000 + Int(window.components.attoseconds / 1_000_000_000_000)

        let path = scratch.file("story.txt.hearsay.json")
        var finals = ["A": 0, "B": 0, "none": 0]
        var backups = 0
        for round in 0..<CrashSafetyTests.rounds {
            let child = try StoreSpawn.start(stress, ["save-loop", path, n], stderrPath: scratch.file("stderr.txt"))
            guard child.readLine() == "ready" else {
                let status = child.wait()
                Issue.record("round \(round): the child did not start (status \(status)): \(child.stderr)")
                return
            }
            usleep(useconds_t(Int.random(in: 0...windowMicroseconds)))
            kill(child.pid, SIGKILL)
            let status = child.wait()
            guard status == 128 + SIGKILL else {
                Issue.record("round \(round): the child ended by itself (status \(status)): \(child.stderr)")
                return
            }

            if let bytes = scratch.bytes("story.txt.hearsay.json") {
                if bytes == a { finals["A"]! += 1 } else if bytes == b { finals["B"]! += 1 } else {
                    Issue.record("round \(round): the file is neither A nor B (\(bytes.count) bytes; A \(a.count), B \(b.count))")
                    return
                }
            } else {
                // Only before the first save of all has finished.
                #expect(finals["A"]! + finals["B"]! == 0, "round \(round): the file disappeared")
                finals["none"]! += 1
            }
            if let backup = scratch.bytes("story.txt.hearsay.json.bak") {
                backups += 1
                guard backup == a || backup == b else {
                    Issue.record("round \(round): the backup is neither A nor B (\(backup.count) bytes)")
                    return
                }
            }
        }
        // Both versions were seen: the kills did land while saving.
        #expect(finals["A"]! > 0 && finals["B"]! > 0, "\(finals)")
        #expect(backups > 0)

        // A last, clean open: reads the file, takes over the dead child's lock,
        // removes its leftovers.
        let store = AnnotationStore(path: path, document: DocumentFingerprint(sha256: String(repeating: "ab", count: 32), length: 5_000_000))
        defer { store.close() }
        let opened = store.open()
        #expect(opened.mode == .readWrite)
        #expect(opened.file != nil)
        #expect(scratch.names().filter { $0.hasPrefix(".story") }.isEmpty, "\(scratch.names())")
    }
}
