import CSHA256

/// SHA-256 (FIPS 180-4), for the document fingerprint stored with annotations.
/// Foundation on Linux has no CryptoKit; one small pure function beats a
/// dependency on swift-crypto for this single use. The compression runs on the
/// processor's SHA instructions where there are some (CSHA256), in Swift elsewhere.
public enum SHA256 {
    /// The round constants, from the table the SHA-instruction rounds use (CSHA256).
    private static let k: [UInt32] = withUnsafeBytes(of: hearsay_sha256_k) { Array($0.bindMemory(to: UInt32.self)) }

    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        digest(bytes).map { b in
            let s = String(b, radix: 16)
            return b < 16 ? "0" + s : s
        }.joined()
    }

    public static func digest<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
        if let result = input.withContiguousStorageIfAvailable({ digest(buffer: $0) }) { return result }
        return Array(input).withUnsafeBufferPointer { digest(buffer: $0) }
    }

    /// Whether this processor has the SHA instructions (x86 SHA-NI): 10 MB then
    /// take 8 ms instead of 60 (see docs/DECISIONS.md 38).
    static let hasSHAInstructions = hearsay_sha256_x86_available() != 0

    /// `instructions: false` forces the Swift rounds (the tests compare both).
    static func digest(buffer input: UnsafeBufferPointer<UInt8>, instructions: Bool = hasSHAInstructions) -> [UInt8] {
        var state: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        // Whole blocks straight from the input; the padded tail from a small buffer.
        let whole = input.count / 64
        var tail = Array(input[(whole * 64)...])
        let bitLength = UInt64(input.count) * 8
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        state.withUnsafeMutableBufferPointer { h in
            func compress(_ data: UnsafePointer<UInt8>, _ blocks: Int) {
                if instructions { hearsay_sha256_blocks_x86(h.baseAddress!, data, blocks) }
                else { compressInSwift(h.baseAddress!, data, blocks) }
            }
            if let base = input.baseAddress, whole > 0 { compress(base, whole) }
            tail.withUnsafeBufferPointer { compress($0.baseAddress!, $0.count / 64) }
        }
        return state.flatMap { v in
            [UInt8(v >> 24), UInt8(truncatingIfNeeded: v >> 16), UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)]
        }
    }

    /// FIPS 180-4 6.2.2 on `blocks` 64-byte blocks at `data`, into `state` (h0...h7).
    static func compressInSwift(_ state: UnsafeMutablePointer<UInt32>, _ data: UnsafePointer<UInt8>, _ blocks: Int) {
        var h = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            k.withUnsafeBufferPointer { k in
                for n in 0..<blocks {
                    let raw = UnsafeRawPointer(data + n * 64)
                    for t in 0..<16 {
                        w[t] = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
                    }
                    for t in 16..<64 {
                        let x = w[t - 15], y = w[t - 2]
                        let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
                        let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
                        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                    }
                    var (a, b, c, d, e, f, g, hh) = h
                    // Eight rounds at a time with the variables' roles rotated in the
                    // calls, so no round moves eight values around.
                    var t = 0
                    while t < 64 {
                        round(a, b, c, &d, e, f, g, &hh, k[t] &+ w[t])
                        round(hh, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                        round(g, hh, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                        round(f, g, hh, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                        round(e, f, g, &hh, a, b, c, &d, k[t + 4] &+ w[t + 4])
                        round(d, e, f, &g, hh, a, b, &c, k[t + 5] &+ w[t + 5])
                        round(c, d, e, &f, g, hh, a, &b, k[t + 6] &+ w[t + 6])
                        round(b, c, d, &e, f, g, hh, &a, k[t + 7] &+ w[t + 7])
                        t += 8
                    }
                    h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh)
                }
            }
        }
        (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]) = h
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    /// One round of FIPS 180-4 6.2.2 step 3, written for the caller's rotation of
    /// the working variables: only d and h change.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
        d = d &+ t1
        h = t1 &+ t2
    }
}
