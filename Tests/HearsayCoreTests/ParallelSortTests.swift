import Testing
@testable import HearsayCore

/// `Parallel.sorted` sorts halves at once and merges them: the same order as
/// the standard library's stable sort, ties included.
@Suite struct ParallelSortTests {
    struct Item: Equatable, Sendable { var key: Int; var seq: Int }

    @Test(arguments: [0, 1, 2, 7, 1_000, 60_001, 123_457])
    func sameOrderAsTheStandardSort(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let items = (0..<count).map { Item(key: Int.random(in: 0..<max(1, count / 10), using: &generator), seq: $0) }
        let expected = items.sorted { $0.key < $1.key }
        #expect(Parallel.sorted(items, threshold: 100) { $0.key < $1.key } == expected)
        // Ties keep their order: the sort is stable.
        #expect(zip(expected, expected.dropFirst()).allSatisfy { $0.key < $1.key || $0.seq < $1.seq })
    }
}
