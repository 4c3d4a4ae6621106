import FoundationEssentials
import Glibc
import HearsayCore

extension AnnotationCoding {
    /// Nothing but white space: an annotation file that holds no annotations yet
    /// (the store starts afresh; the read-only readers see no decisions).
    public static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    /// The annotation file at `path`, read without taking the lock (the commands
    /// that only look: `export`, `quotes`); nil when there is none or it is blank.
    /// A file that is there but unreadable or not valid throws.
    public static func readIfPresent(path: String) throws -> AnnotationFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let bytes = try DocumentLoader.readBytes(path: path)
        return isBlank(bytes) ? nil : try decode(bytes)
    }
}
