/// Finds terms and quotations in text in one pass over its UTF-8 bytes: the candidates are bucketed by their
/// first byte, so a paragraph is read once however many terms the glossary has. At one position the longest
/// candidate wins.
struct TextMatcher {
    /// Where a match may begin and end: anywhere (a quotation), at a word's start (a stem), or only on whole words.
    enum Boundaries { case anywhere, wordStart, wholeWords }

    struct Match {
        var range: Range<Int>
        var key: Int
    }

    private let buckets: [[(bytes: [UInt8], key: Int)]]
    private let boundaries: Boundaries

    /// `needles` are (text, key) pairs.
    init(_ needles: [(String, Int)], boundaries: Boundaries) {
        var buckets = [[(bytes: [UInt8], key: Int)]](repeating: [], count: 256)
        for (text, key) in needles where !text.isEmpty {
            let bytes = Array(text.utf8)
            buckets[Int(bytes[0])].append((bytes, key))
        }
        self.buckets = buckets.map { $0.sorted { $0.bytes.count > $1.bytes.count } }
        self.boundaries = boundaries
    }

    func occurs(in text: String) -> Bool { !matches(in: text).isEmpty }

    /// The matches in `text`, left to right, not overlapping; ranges are UTF-8 offsets.
    func matches(in text: String) -> [Match] {
        var found: [Match] = []
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let candidates = buckets[Int(bytes[index])]
                var matched: Match?
                // Bytes first, boundaries after: a boundary check decodes a character, a byte compare is cheap.
                for candidate in candidates where index + candidate.bytes.count <= bytes.count {
                    guard Self.equal(bytes, at: index, candidate.bytes) else { continue }
                    let end = index + candidate.bytes.count
                    if boundaries != .anywhere && Self.isWordScalar(before: index, in: bytes) { break }
                    if boundaries == .wholeWords && Self.isWordScalar(at: end, in: bytes) { continue }
                    matched = Match(range: index..<end, key: candidate.key)
                    break
                }
                if let matched {
                    found.append(matched)
                    index = matched.range.upperBound
                } else {
                    index += 1
                }
            }
        }
        return found
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ needle: [UInt8]) -> Bool {
        for offset in 0..<needle.count where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    /// Whether the character starting at `index` is a letter or digit (end of text: no).
    private static func isWordScalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index < bytes.count else { return false }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return isWord(scalar)
    }

    /// Whether the character ending just before `index` is a letter or digit (start of text: no).
    private static func isWordScalar(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0 else { return false }
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordScalar(at: start, in: bytes)
    }

    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The text of `range` (UTF-8 offsets) of `text`.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }
}
