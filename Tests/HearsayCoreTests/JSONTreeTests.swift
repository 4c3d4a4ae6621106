import Testing
@testable import HearsayCore

/// `JSONTree`: what the W3C importer and the theme error messages read JSON with
/// now that Foundation (and its JSONSerialization) is not linked.
struct JSONTreeTests {
    @Test func readsEveryKindOfValue() throws {
        let tree = try JSONTree.parse(#"{"a": [1, -2.5e1, "x\u00e9\n", true, false, null, {}], "b": {"c": "d"}}"#)
        let a = try #require(tree["a"]?.array)
        #expect(a.count == 7)
        #expect(a[0].integer == 1)
        #expect(a[1].double == -25)
        #expect(a[1].integer == -25)
        #expect(a[2].string == "xé\n")
        #expect(a[3] == .bool(true) && a[4] == .bool(false) && a[5] == .null)
        #expect(a[6] == .object([:]))
        #expect(tree["b"]?["c"]?.string == "d")
        #expect(tree["missing"] == nil)
        #expect(a[0]["key"] == nil)
    }

    @Test func integersAreWholeNumbersOnly() throws {
        #expect(try JSONTree.parse("3.0").integer == 3)
        #expect(try JSONTree.parse("3.5").integer == nil)
        #expect(try JSONTree.parse("1e300").integer == nil)
        #expect(try JSONTree.parse("true").integer == nil)
        #expect(try JSONTree.parse("\"3\"").integer == nil)
    }

    @Test func aRepeatedKeyKeepsItsLastValue() throws {
        #expect(try JSONTree.parse(#"{"k": 1, "k": 2}"#)["k"]?.integer == 2)
    }

    @Test func surrogatePairsAndABOM() throws {
        #expect(try JSONTree.parse(#""\ud83d\ude00""#).string == "😀")
        #expect(try JSONTree.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)).array?.count == 1)
    }

    @Test func errorsSayWhere() {
        #expect(throws: JSONSyntaxError.self) { try JSONTree.parse("") }
        do {
            _ = try JSONTree.parse("{\n  \"a\": [1,\n  }")
            Issue.record("parsed broken JSON")
        } catch {
            #expect(error.line == 3)
            #expect(error.description.hasSuffix("at line 3, column 3"))
        }
        #expect(throws: JSONSyntaxError.self) { try JSONTree.parse(String(repeating: "[", count: 600) + String(repeating: "]", count: 600)) }
    }

    @Test func kindsForMessages() throws {
        #expect(try JSONTree.parse("[]").kind == "an array")
        #expect(try JSONTree.parse("{}").kind == "an object")
        #expect(try JSONTree.parse("1").kind == "a number")
    }
}

/// NSString's path methods, as the program used them.
struct FilePathsTests {
    @Test func lastComponent() {
        #expect(FilePaths.lastComponent("a/b/c.txt") == "c.txt")
        #expect(FilePaths.lastComponent("a/b/") == "b")
        #expect(FilePaths.lastComponent("c.txt") == "c.txt")
        #expect(FilePaths.lastComponent("/") == "/")
        #expect(FilePaths.lastComponent("") == "")
    }

    @Test func deletingLastComponent() {
        #expect(FilePaths.deletingLastComponent("a/b/c.txt") == "a/b")
        #expect(FilePaths.deletingLastComponent("c.txt") == "")
        #expect(FilePaths.deletingLastComponent("/c.txt") == "/")
        #expect(FilePaths.deletingLastComponent("a/b/") == "a")
    }

    @Test func appending() {
        #expect(FilePaths.appending("a/b", "c") == "a/b/c")
        #expect(FilePaths.appending("a/b/", "c") == "a/b/c")
        #expect(FilePaths.appending("/", "c") == "/c")
        #expect(FilePaths.appending("", "c") == "c")
        #expect(FilePaths.appending("a", "/c") == "a/c")
    }
}

struct LockTests {
    @Test func countsFromTwoThreadsAddUp() {
        final class Counter: @unchecked Sendable { var n = 0 }
        let counter = Counter()
        let lock = Lock()
        _ = Parallel.map(2) { _ in
            for _ in 0..<10_000 { lock.withLock { counter.n += 1 } }
        }
        #expect(counter.n == 20_000)
    }
}
