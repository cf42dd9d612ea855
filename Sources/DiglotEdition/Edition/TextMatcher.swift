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

    /// The matches in `text`, left to right, not overlapping; ranges are UTF-8 offsets.
    func matches(in text: String) -> [Match] {
        var found: [Match] = []
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if mayStart(at: index, in: bytes), let matched = match(at: index, in: bytes) {
                    found.append(matched)
                    index = matched.range.upperBound
                } else {
                    index += 1
                }
            }
        }
        return found
    }

    /// Whether any candidate begins with the bytes at `index`: a bitmap test, since most positions begin none.
    @inline(__always)
    private func mayStart(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if single[Int(bytes[index])] != nil { return true }
        guard index + 1 < bytes.count else { return false }
        let pair = UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
        return starts[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0
    }

    /// The longest candidate that matches at `index`. Bytes are compared first and boundaries after: a boundary
    /// check decodes a character, a byte compare is cheap.
    private func match(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        if index + 1 < bytes.count, let paired = buckets[UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])] {
            for candidate in paired where index + candidate.bytes.count <= bytes.count && Self.equal(bytes, at: index, candidate.bytes) {
                if boundaries != .anywhere && Self.isWordScalar(before: index, in: bytes) { return nil }
                let end = index + candidate.bytes.count
                if boundaries == .wholeWords && Self.isWordScalar(at: end, in: bytes) { continue }
                return Match(range: index..<end, key: candidate.key)
            }
        }
        guard let key = single[Int(bytes[index])] else { return nil }
        if boundaries != .anywhere && Self.isWordScalar(before: index, in: bytes) { return nil }
        if boundaries == .wholeWords && Self.isWordScalar(at: index + 1, in: bytes) { return nil }
        return Match(range: index..<index + 1, key: key)
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ needle: [UInt8]) -> Bool {
        for offset in 0..<needle.count where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    /// Whether the character starting at `index` is a letter or digit (end of text: no).
    private static func isWordScalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scalar(at: index, in: bytes).map(isWord) ?? false
    }

    /// Whether the character ending just before `index` is a letter or digit (start of text: no).
    private static func isWordScalar(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scalar(before: index, in: bytes).map(isWord) ?? false
    }

    /// The scalar whose UTF-8 starts at `index`; nil at the end of the text.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard index < bytes.count else { return nil }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return scalar
    }

    /// The scalar whose UTF-8 ends just before `index`; nil at the start of the text.
    static func scalar(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard index > 0 else { return nil }
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: bytes)
    }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        // The Russian alphabet, most of this journal's text, without a look-up of Unicode properties.
        if (0x410...0x44F).contains(scalar.value) || scalar.value == 0x401 || scalar.value == 0x451 { return true }
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
