#if os(Linux)
import CMalloc
#endif

/// glibc hands every block above 128 KB (rising to 32 MB) straight to mmap and
/// back to the kernel when freed, so each of the analysis's big temporary arrays
/// (token pieces, hash tables, sentence pieces) is paid for again in page
/// faults. Keeping freed memory in the heap lets the next array reuse it: on a
/// 10 MB text, 48,000 page faults instead of 57,000 and a few percent less time.
enum MemoryTuning {
    static func keepFreedMemory() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)   // glibc's largest allowed value
        _ = mallopt(M_TRIM_THRESHOLD, 512 << 20)
        #endif
    }

    /// One malloc arena for every thread: for the reader, whose analysis runs
    /// on threads of its own (`BackgroundPriority`: new ones for each split
    /// piece of work). With an arena per thread, the analysis kept in memory
    /// was spread over four arenas whose free pages could not all be given
    /// back: a 100 MB file settled at 144 MiB resident instead of 126 before
    /// those threads, and at 92 MiB with one arena (docs/DECISIONS.md 54). Set
    /// before any other thread starts.
    static func oneArena() {
        #if os(Linux)
        _ = mallopt(M_ARENA_MAX, 1)
        #endif
    }

    /// Hands the freed heap back to the kernel: for the reader, which keeps
    /// running long after the analysis that `keepFreedMemory` was for.
    static func returnFreedMemory() {
        #if os(Linux)
        _ = malloc_trim(0)
        #endif
    }
}
