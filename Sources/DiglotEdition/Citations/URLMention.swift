/// The first web address in a reference, with the label printed before it («URL:», «Режим доступа:»,
/// «Available at»). As one case-insensitive ICU pattern (`(?:(?:URL|…)\s*:?\s*)?(https?://\S+)`) it tried every
/// label at every position of every reference: 40 µs a call, the costliest pattern of whole builds. Here the
/// address is found by its `://` and the label looked for only just before it, which finds the same match.
struct URLMention {
    /// The label, if any, and the address.
    var range: Range<String.Index>
    /// Up to the first space, closing punctuation included.
    var address: Substring

    static func first(in text: String) -> URLMention? {
        var searched = text.startIndex
        while let separator = text[searched...].firstRange(ofLiteral: "://") {
            searched = separator.upperBound
            guard let start = schemeStart(before: separator.lowerBound, in: text) else { continue }
            let end = text.unicodeScalars[separator.upperBound...].firstIndex(where: isICUSpace) ?? text.endIndex
            guard end > separator.upperBound else { continue }
            return URLMention(range: (labelStart(before: start, in: text) ?? start)..<end, address: text[start..<end])
        }
        return nil
    }

    /// Where «http» or «https», in any case, ends right at `end`.
    private static func schemeStart(before end: String.Index, in text: String) -> String.Index? {
        ["https", "http"].lazy.compactMap { startOfSuffix($0, endingAt: end, in: text) }.first
    }

    /// Where a label and its `\s*:?\s*` end right at `end`.
    private static func labelStart(before end: String.Index, in text: String) -> String.Index? {
        let scalars = text.unicodeScalars
        var end = end
        func skipSpaces() {
            while end > scalars.startIndex, isICUSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        }
        skipSpaces()
        if end > scalars.startIndex, scalars[scalars.index(before: end)] == ":" {
            end = scalars.index(before: end)
            skipSpaces()
        }
        return labels.lazy.compactMap { startOfSuffix($0, endingAt: end, in: text) }.first
    }

    /// Where `word` (in lower case) ends at `end` in any case, compared scalar by scalar.
    private static func startOfSuffix(_ word: String, endingAt end: String.Index, in text: String) -> String.Index? {
        let scalars = text.unicodeScalars
        var index = end
        for expected in word.unicodeScalars.reversed() {
            guard index > scalars.startIndex else { return nil }
            index = scalars.index(before: index)
            let found = scalars[index]
            guard found == expected || found.properties.lowercaseMapping == String(expected) else { return nil }
        }
        return index
    }

    /// ICU's `\s`, Unicode's White_Space.
    private static func isICUSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    private static let labels = ["url", "режим доступа", "available at", "available from", "retrieved from"]
}
