/// The places in a text where a word starts (after anything that is not a letter or digit, as `TextMatcher`
/// finds word starts), indexed by their first four bytes on first use: whether any word of an article begins
/// with some letters is then a look-up, where a pass over the article cost as much as the rest of healing.
final class WordStarts {
    private let text: String
    private let bytes: [UInt8]
    private lazy var starts: [UInt32: [Int]] = index()

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
    }

    /// Whether a word of the text begins with `prefix`, which is letters, digits and hyphens.
    func containsWord(beginningWith prefix: String) -> Bool {
        let needle = Array(prefix.utf8)
        guard needle.count >= 4 else {
            return !TextMatcher([(prefix, 0)], boundaries: .wordStart).matches(in: text).isEmpty
        }
        return starts[Self.key(needle, at: 0)]?.contains { start in
            start + needle.count <= bytes.count && bytes[start..<start + needle.count].elementsEqual(needle)
        } ?? false
    }

    private func index() -> [UInt32: [Int]] {
        var starts: [UInt32: [Int]] = [:]
        var previousIsWord = false
        var offset = 0
        for scalar in text.unicodeScalars {
            if !previousIsWord, offset + 4 <= bytes.count, !scalar.isSpace {
                starts[Self.key(bytes, at: offset), default: []].append(offset)
            }
            previousIsWord = TextMatcher.isWord(scalar)
            offset += UTF8.width(scalar)
        }
        return starts
    }

    private static func key(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }
}
