import Foundation
import HearsayTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The exporter tests run the validators (xmllint, Python's csv, html5lib, the
/// W3C test suite) through HearsayTestSupport's ChildProcess.
typealias ProcessOutput = ChildProcessResult

enum ProcessRunner {
    static func run(_ executable: String, _ arguments: [String], stdin: [UInt8]? = nil) throws -> ProcessOutput {
        try ChildProcess.run(executable, arguments, stdin: stdin)
    }
}
