/// Whether a text names any of a list of words, ignoring case: how the parser tells a government paper, a
/// government body, a newspaper or a research institution by its name. Each was a case-insensitive ICU
/// alternation, which tries every keyword at every position and cost some 25,000 instructions a call, the
/// most of any pattern in profiles of whole builds; the text is lowercased once here and searched byte for byte.
struct KeywordSet: Sendable {
    /// Keywords that must stand as whole words (ICU's `\b` on both sides: no letter, digit, mark or
    /// connector beside them).
    private let words: [[UInt8]]
    /// Keywords that must begin a word (no letter before them): stems of inflected words.
    private let stems: [[UInt8]]
    /// Keywords that may stand anywhere: the Russian words of a name, and Japanese ones, written without spaces.
    private let fragments: [[UInt8]]

    /// Keywords are given in lower case.
    init(words: [String] = [], stems: [String] = [], fragments: [String] = []) {
        self.words = words.map { Array($0.utf8) }
        self.stems = stems.map { Array($0.utf8) }
        self.fragments = fragments.map { Array($0.utf8) }
    }

    func matches(_ text: String) -> Bool {
        let lowered = Array(text.lowercased().utf8)
        return lowered.withUnsafeBufferPointer { bytes in
            fragments.contains { Self.occurs($0, in: bytes) { _, _ in true } }
                || stems.contains { Self.occurs($0, in: bytes) { start, _ in !Self.isLetter(TextMatcher.scalar(before: start, in: bytes)) } }
                || words.contains {
                    Self.occurs($0, in: bytes) { start, end in
                        !Self.isWordCharacter(TextMatcher.scalar(before: start, in: bytes))
                            && !Self.isWordCharacter(TextMatcher.scalar(at: end, in: bytes))
                    }
                }
        }
    }

    /// Whether `needle` occurs where `accepts(start, end)` holds of its byte bounds.
    private static func occurs(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>,
                               where accepts: (Int, Int) -> Bool) -> Bool {
        guard let first = needle.first, needle.count <= bytes.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == first {
            if needle.indices.allSatisfy({ bytes[start + $0] == needle[$0] }), accepts(start, start + needle.count) {
                return true
            }
        }
        return false
    }

    private static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
        scalar?.properties.generalCategory.isLetter ?? false
    }

    /// ICU's `\w`: alphabetic, marks, decimal digits, connector punctuation and the zero-width joiners.
    private static func isWordCharacter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return scalar.properties.isAlphabetic || scalar.value == 0x200C || scalar.value == 0x200D
        }
    }
}

private extension Unicode.GeneralCategory {
    var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }
}
