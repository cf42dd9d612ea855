/// A 64-bit digest of a file's bytes, by which the preview's builder tells a file it must rewrite from one it
/// already wrote. Eight bytes a step, each step a bijection of the state (rotate, xor the word, multiply by an
/// odd constant), so a change within any one 8-byte word always changes the digest; the length is mixed in
/// for the tail. A fifth of the cost of SipHash (`Hasher`), which guards hash tables against attackers: not
/// needed to compare a file with its own previous version.
enum ContentDigest {
    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var state = 0x243F_6A88_85A3_08D3 ^ UInt64(raw.count)
            func mix(_ word: UInt64) {
                state = ((state << 5) | (state >> 59)) ^ word
                state &*= 0x517C_C1B7_2722_0A95
            }
            var offset = 0
            while offset + 8 <= raw.count {
                mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            var tail: UInt64 = 0
            for index in offset..<raw.count { tail = tail << 8 | UInt64(raw[index]) }
            mix(tail)
            return state
        }
    }
}
