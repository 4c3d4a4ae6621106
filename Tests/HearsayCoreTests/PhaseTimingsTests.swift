import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import HearsayCore

/// `--timing` reports each phase's wall time, cores busy and page faults.
@Suite struct PhaseTimingsTests {
    @Test func aPhaseThatTouchesFreshMemoryReportsItsPageFaults() throws {
        var timings = PhaseTimings()
        let size = 8 << 20
        timings.measure("touch") {
            // Fresh pages from the system (not malloc's, which may have been touched before).
            let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            guard let p, p != MAP_FAILED else { return }
            let bytes = p.assumingMemoryBound(to: UInt8.self)
            for offset in stride(from: 0, to: size, by: 4096) { bytes[offset] = 1 }
            munmap(p, size)
        }
        timings.measure("nothing") {}
        let touch = try #require(timings.phases.first)
        #expect(touch.name == "touch" && touch.pageFaults > 0)
        #expect(timings.phases[1].pageFaults < touch.pageFaults)
        if touch.seconds >= 0.002 {
            #expect(timings.summary.contains("page faults"))
        }
        #expect(timings.summary.hasSuffix("nothing 0 ms"))
    }
}
