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

    /// Candidates by their first two bytes: in Cyrillic text every character shares its first byte with every
    /// Cyrillic term, so one byte would make nearly every position a place to compare all of them.
    private let buckets: [UInt16: [(bytes: [UInt8], key: Int)]]
    /// Which two-byte starts have candidates, as a bitmap: most positions start none.
    private let starts: [UInt64]
    /// Candidates of a single byte, by that byte.
    private let single: [Int?]
    private let boundaries: Boundaries

    /// `needles` are (text, key) pairs.
    init(_ needles: [(String, Int)], boundaries: Boundaries) {
        var buckets: [UInt16: [(bytes: [UInt8], key: Int)]] = [:]
        var starts = [UInt64](repeating: 0, count: 1024)
        var single = [Int?](repeating: nil, count: 256)
        for (text, key) in needles where !text.isEmpty {
            let bytes = Array(text.utf8)
            guard bytes.count > 1 else {
                single[Int(bytes[0])] = single[Int(bytes[0])] ?? key
                continue
            }
            let start = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
            buckets[start, default: []].append((bytes, key))
            starts[Int(start >> 6)] |= 1 << UInt64(start & 63)
        }
        self.buckets = buckets.mapValues { $0.sorted { $0.bytes.count > $1.bytes.count } }
        self.starts = starts
        self.single = single
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
                var matched: Match?
                let start = index + 1 < bytes.count ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]) : 0
                let hasPair = index + 1 < bytes.count && starts[Int(start >> 6)] & (1 << UInt64(start & 63)) != 0
                guard hasPair || single[Int(bytes[index])] != nil else {
                    index += 1
                    continue
                }
                let candidates = hasPair ? buckets[start] ?? [] : []
                let singles = single[Int(bytes[index])].map { [(bytes: [bytes[index]], key: $0)] } ?? []
                // Bytes first, boundaries after: a boundary check decodes a character, a byte compare is cheap.
                for candidate in candidates + singles where index + candidate.bytes.count <= bytes.count {
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
