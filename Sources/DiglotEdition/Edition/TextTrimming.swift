extension StringProtocol {
    /// The text without leading and trailing white space: a Swift-native trim, since Foundation's goes through
    /// NSString and UTF-16 and showed up in profiles of whole builds.
    public var trimmedWhitespace: String { trimming(\.isSpace) }

    /// The text without the scalars `isTrimmed` picks at either end. Foundation's `trimmingCharacters(in:)` builds
    /// its character set's bitmap on every call, some 30,000 instructions, more than most of its callers' own work.
    public func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        return String(self[first...last])
    }

    /// The run at the end of the text whose characters all satisfy `belongs`. Building a `String` from a reversed
    /// sequence instead goes through the standard library's generic initialiser, some 100,000 instructions even
    /// for a short word.
    public func trailingRun(where belongs: (Character) -> Bool) -> SubSequence {
        let start = lastIndex { !belongs($0) }.map(index(after:)) ?? startIndex
        return self[start...]
    }

    /// Runs of white space as one space, none at the ends: a value that must stay on one line.
    public var collapsedWhitespace: String { collapsingRuns(of: \.isSpace) }

    /// Runs of the scalars `isSpace` picks as one U+0020, none at the ends.
    public func collapsingRuns(of isSpace: (Unicode.Scalar) -> Bool) -> String {
        // Most values are already on one line; building a copy of each showed up in profiles of whole builds.
        if isCollapsed(isSpace) { return String(self) }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the text has none of those scalars but single U+0020 between words.
    private func isCollapsed(_ isSpace: (Unicode.Scalar) -> Bool) -> Bool {
        var afterSpace = true
        for scalar in unicodeScalars {
            if isSpace(scalar) {
                if afterSpace || scalar != " " { return false }
                afterSpace = true
            } else {
                afterSpace = false
            }
        }
        return !afterSpace || isEmpty
    }
}

extension Unicode.Scalar {
    /// White space by Unicode's list, tested directly: the property lookup of the standard library costs some
    /// hundred instructions a character, and the edition tests every character of the article several times.
    /// Foundation's `CharacterSet.whitespaces`: the space separators, the tab and the zero-width space, no line ends.
    public var isHorizontalSpace: Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Foundation's `CharacterSet.punctuationCharacters`: Unicode's punctuation categories (as the standard
    /// library's Unicode version has them, which knows a few marks newer than Foundation's tables).
    public var isPunctuation: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }

    public var isSpace: Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
