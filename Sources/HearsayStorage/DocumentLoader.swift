import FoundationEssentials
import Glibc
import HearsayCore

/// Reads an article from a file or standard input (`-`) and decodes it.
public enum DocumentLoader {
    public struct Loaded: Sendable {
        public var document: Document
        public var sha256: String
        public var path: String
        public var warnings: [String]
        /// A web page's own address (`HTMLArticle.Extracted.address`), else nil.
        public var address: String?

        public init(document: Document, sha256: String, path: String, warnings: [String], address: String? = nil) {
            self.document = document
            self.sha256 = sha256
            self.path = path
            self.warnings = warnings
            self.address = address
        }
    }

    public enum LoadError: Error, CustomStringConvertible, Equatable {
        case notFound(String)
        case isDirectory(String)
        case unreadable(String, String)
        case notText(String, String)
        /// More bytes than `largestText`: the path, and the size (nil for standard
        /// input, which is not read past the limit).
        case tooLarge(String, Int?)

        public var description: String {
            switch self {
            case .tooLarge(let p, _), .notFound(let p), .isDirectory(let p), .unreadable(let p, _), .notText(let p, _):
                return "\(p): \(reason)"
            }
        }

        /// The same without the path (for a status line that names the file already).
        public var reason: String {
            switch self {
            case .tooLarge(_, let size?):
                let gb = (Double(size) / 1e9 * 10).rounded(.down) / 10
                return "too large (\(gb) GB); Hearsay reads texts of up to 2 GB"
            case .tooLarge(_, nil):
                return "too large (over 2 GB); Hearsay reads texts of up to 2 GB"
            case .notFound: return "no such file"
            case .isDirectory: return "is a directory, not an article"
            case .unreadable(_, let why): return "cannot read (\(why))"
            case .notText(_, let why): return why
            }
        }
    }

    /// `fingerprint: false` skips the SHA-256 (`sha256` is then empty) when the
    /// caller will not show it, as `analyze --format table` and `summary`.
    public static func load(path: String, fingerprint: Bool = true, format: InputFormat? = nil) throws -> Loaded {
        let bytes = try readBytes(path: path)
        let format = format ?? InputFormat.of(path: path, bytes: bytes)
        // Without a fingerprint there is nothing to do on the other core: decode here
        // (a corpus already keeps both cores busy with an article each).
        if !fingerprint { return try loaded(path: path, decodeDocument(consume bytes, path: path, format: format).get(), sha256: "") }
        // The fingerprint is computed on the second core while the text is decoded
        // and split (both only read `bytes`).
        let results = ConcurrentPair(
            { fingerprint ? SHA256.hex(bytes) : "" },
            { decodeDocument(bytes, path: path, format: format) })
        return try loaded(path: path, results.second.get(), sha256: results.first)
    }

    /// The document and the decoder's warnings (invalid UTF-8 replaced, ...),
    /// which a web page's extracted article no longer carries itself.
    static func decodeDocument(_ bytes: consuming [UInt8], path: String, format: InputFormat = .text)
        -> Result<(document: Document, warnings: [String], address: String?), LoadError> {
        do {
            let decoded = try TextDecoding.decode(bytes)
            // The file's bytes go before the document's tables are made, which
            // then reuse their memory (when the caller gave them up: without a
            // fingerprint to take), instead of faulting in as much again.
            _ = consume bytes
            let article = format.article(from: decoded)
            return .success((article.document, decoded.warnings, article.address))
        } catch let error as TextDecodingError {
            return .failure(LoadError.notText(path, error.description))
        } catch {
            return .failure(LoadError.notText(path, "\(error)"))
        }
    }

    static func loaded(path: String, _ decoded: (document: Document, warnings: [String], address: String?), sha256: String) throws -> Loaded {
        let document = decoded.document
        var warnings = decoded.warnings.map { "\(path): \($0)" }
        if document.scalars.allSatisfy({ ScalarClass.isSpace($0) }) {
            warnings.append("\(path): the file is empty; nothing to analyse")
        }
        return Loaded(document: document, sha256: sha256, path: path, warnings: warnings, address: decoded.address)
    }

    /// `onBothCores: false` reads a big file on this thread alone: for the
    /// reader, whose other core draws the first screen meanwhile.
    public static func readBytes(path: String, onBothCores: Bool = true) throws -> [UInt8] {
        if path == "-" {
            return try readStream(STDIN_FILENO, path: path).bytes   // (what came before a failed read is kept)
        }
        let kind = FileKind(path: path)
        guard kind != .missing else {
            throw LoadError.notFound(path)
        }
        if kind == .directory { throw LoadError.isDirectory(path) }
        // Refused before a byte is read: reading it would take its size in
        // memory, and the analysis several times that, to fail at the end.
        if let size = FileKind.size(ofPath: path), size > largestText { throw LoadError.tooLarge(path, size) }
        // A FIFO or a device (/dev/null, a process substitution): read as a stream, as standard input is.
        if !FileKind.isRegularFile(path) {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw LoadError.unreadable(path, systemReason(path: path)) }
            defer { close(fd) }
            let (bytes, complete) = try readStream(fd, path: path)
            guard complete else { throw LoadError.unreadable(path, systemReason(path: path)) }
            return bytes
        }
        // read(2) straight into the array: a mapped `Data` copied into an array
        // cost twice the page faults (20 ms instead of 5 for 10 MB).
        if let bytes = readWhole(path: path, onBothCores: onBothCores) {
            // (A file that grew past the limit while it was read.)
            guard bytes.count <= largestText else { throw LoadError.tooLarge(path, bytes.count) }
            return bytes
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            return [UInt8](data)
        } catch {
            throw LoadError.unreadable(path, systemReason(path: path))
        }
    }

    /// Why `path` cannot be read, in the system's words ("Permission denied").
    static func systemReason(path: String) -> String {
        if access(path, R_OK) != 0 { return String(cString: strerror(errno)) }
        return "I/O error"
    }

    /// The largest text Hearsay reads, in bytes. Offsets into a text are kept
    /// in 32 bits (a token's start, a sentence's tokens: see `Token`), and a
    /// text has at most as many scalars as its UTF-8 has bytes.
    public static let largestText = Int(Int32.max)

    /// Files above this size are read in two halves at once.
    static let parallelReadSize = 4 << 20

    /// The start of a buffer whose parts two threads write.
    private struct SharedBuffer: @unchecked Sendable { let start: UnsafeMutablePointer<UInt8> }

    /// All a stream gives (standard input, a FIFO, a device), refused past
    /// `largestText` (its size is not known before); `complete` is false when a
    /// read failed, with what came before it.
    static func readStream(_ fd: Int32, path: String) throws -> (bytes: [UInt8], complete: Bool) {
        var bytes: [UInt8] = []
        let complete = readRest(fd, into: &bytes, limit: largestText)
        guard bytes.count <= largestText else { throw LoadError.tooLarge(path, nil) }
        return (bytes, complete)
    }

    /// Appends what `fd` gives until its end to `bytes`, in 64 KB reads; false
    /// when a read fails (what came before it is kept). Stops once `bytes`
    /// holds more than `limit` bytes (the caller then refuses them).
    static func readRest(_ fd: Int32, into bytes: inout [UInt8], limit: Int = .max) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while bytes.count <= limit {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return false }
            if n == 0 { return true }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return true
    }

    /// The file's bytes by `read(2)` into one array sized by `fstat`, or nil on
    /// any failure (the caller then goes through `Data` for its error message).
    static func readWhole(path: String, onBothCores: Bool = true) -> [UInt8]? {
        guard let file = OpenFile(path: path) else { return nil }
        // One byte more than the size, so a file read whole is seen to end at once.
        let size = max(file.size, 0) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            // A big file is read in two halves at once, each core copying (and
            // faulting in) its own half: 10 MB took 7 ms on one.
            let out = SharedBuffer(start: buffer.baseAddress!)
            let half = onBothCores && size > parallelReadSize ? size / 2 : size
            // (Each maps its half's pages first, in one call: see `FreshMemory`.)
            let reads = half == size ? (file.read(at: 0, count: size, into: out.start), (count: 0, failed: false))
                : ConcurrentPair({ FreshMemory.populate(out.start, count: half)
                                   return file.read(at: 0, count: half, into: out.start) },
                                 { FreshMemory.populate(out.start + half, count: size - half)
                                   return file.read(at: half, count: size - half, into: out.start + half) }).both
            failed = reads.0.failed || reads.1.failed
            // (A first half cut short means the file ended in it: the second read nothing.)
            initialized = failed ? 0 : reads.0.count < half ? reads.0.count : half + reads.1.count
        }
        if failed { return nil }
        if bytes.count < size { return bytes }
        // The file grew while being read: take the rest too (from where the
        // reads at offsets ended: they leave the file's own offset at 0).
        guard lseek(file.fd, off_t(bytes.count), SEEK_SET) >= 0 else { return nil }
        return readRest(file.fd, into: &bytes) ? bytes : nil
    }
}
