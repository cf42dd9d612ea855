/// The places in a text where a word starts (after anything that is not a letter or digit, as `TextMatcher`
/// finds word starts), indexed by their first four bytes: whether any word of an article begins with some letters
/// is then a look-up, where a pass over the article cost as much as the rest of healing. The index depends on the
/// article's text alone, so an edition's is made beside the parse, on the other core.
public struct WordStarts: Sendable {
    private let text: String
    private let bytes: [UInt8]
    private let index: Index

    public init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        index = Index(text, bytes)
    }

    /// Whether a word of the text begins with `prefix`, which is letters, digits and hyphens.
    func containsWord(beginningWith prefix: String) -> Bool {
        countWords(beginningWith: prefix) > 0
    }

    /// How many words of the text begin with `prefix`.
    func countWords(beginningWith prefix: String) -> Int {
        let needle = Array(prefix.utf8)
        guard needle.count >= 4 else {
            return TextMatcher([(prefix, 0)], boundaries: .wordStart).matches(in: text).count
        }
        return index.starts(withKey: Index.key(needle, at: 0)).count { start in
            start + needle.count <= bytes.count && bytes[start..<start + needle.count].elementsEqual(needle)
        }
    }

    /// The starts grouped by a hash of their first four bytes, each group a run of one array, laid out by
    /// counting (a dictionary of arrays, or a sort, cost more than finding the starts).
    private struct Index: Sendable {
        private static let bucketBits = 12
        /// Each start as its first four bytes (high half) and its offset (low half).
        private var entries: [UInt64] = []
        /// Where each bucket's run begins in `entries`; one more than there are buckets.
        private var runs = [Int](repeating: 0, count: (1 << bucketBits) + 1)

        init(_ text: String, _ bytes: [UInt8]) {
            var found: [UInt64] = []
            var previousIsWord = false
            var offset = 0
            for scalar in text.unicodeScalars {
                if !previousIsWord, offset + 4 <= bytes.count, !scalar.isSpace {
                    found.append(Self.key(bytes, at: offset) << 32 | UInt64(offset))
                }
                previousIsWord = TextMatcher.isWord(scalar)
                offset += UTF8.width(scalar)
            }
            for entry in found { runs[Self.bucket(entry >> 32) + 1] += 1 }
            for bucket in 1..<runs.count { runs[bucket] += runs[bucket - 1] }
            var next = runs
            entries = [UInt64](repeating: 0, count: found.count)
            for entry in found {
                let bucket = Self.bucket(entry >> 32)
                entries[next[bucket]] = entry
                next[bucket] += 1
            }
        }

        func starts(withKey key: UInt64) -> [Int] {
            let bucket = Self.bucket(key)
            return entries[runs[bucket]..<runs[bucket + 1]].filter { $0 >> 32 == key }.map { Int($0 & 0xFFFF_FFFF) }
        }

        static func key(_ bytes: [UInt8], at offset: Int) -> UInt64 {
            UInt64(bytes[offset]) << 24 | UInt64(bytes[offset + 1]) << 16 | UInt64(bytes[offset + 2]) << 8 | UInt64(bytes[offset + 3])
        }

        private static func bucket(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 20) & ((1 << bucketBits) - 1)
        }
    }
}
