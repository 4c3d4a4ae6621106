import Testing
@testable import HearsayCore

/// FIPS 180-4 / NIST example vectors, plus lengths around the padding boundaries
/// (checked against an independent implementation).
@Suite struct SHA256Tests {
    private func hex(_ s: String) -> String { SHA256.hex(Array(s.utf8)) }

    @Test func emptyMessage() {
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abc() {
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlockMessageOf448Bits() {
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func messageOf896Bits() {
        #expect(hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func oneMillionA() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func paddingBoundaries(length: Int, digest: String) {
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: length)) == digest)
    }

    @Test func multiByteUTF8AndDigestBytes() {
        #expect(hex("Hearsay \u{2013} \u{201C}quotes\u{201D} \u{2713}")
                == "bf32896c5bc66785242b842dd4cba84d4fc30209d3a81e66fce6ac73b1cd09ca")
        let digest = SHA256.digest(Array("abc".utf8))
        #expect(digest.count == 32)
        #expect(digest.prefix(4) == [0xba, 0x78, 0x16, 0xbf])
    }

    /// The processor's SHA instructions (when it has them) and the Swift rounds
    /// agree on every length around the block and padding boundaries, on
    /// unaligned input, and on a message of many blocks.
    @Test func instructionsAndSwiftRoundsAgree() {
        var generator = SplitMix64(seed: 2038)
        let bytes = (0..<70_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let lengths = Array(0...300) + [1000, 4095, 4096, 4097, 69_999]
        bytes.withUnsafeBufferPointer { all in
            for length in lengths {
                for start in [0, 1, 3] where start + length <= all.count {
                    let input = UnsafeBufferPointer(rebasing: all[start..<(start + length)])
                    let swift = SHA256.digest(buffer: input, instructions: false)
                    #expect(SHA256.digest(buffer: input) == swift, "length \(length) from \(start)")
                }
            }
        }
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(million.withUnsafeBufferPointer { SHA256.digest(buffer: $0, instructions: false) } == SHA256.digest(million))
    }
}
