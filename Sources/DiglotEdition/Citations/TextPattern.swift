import Foundation

/// A compiled regular expression whose matches come back as Swift ranges and strings, so the readers of
/// reference strings never convert `NSRange`s themselves.
struct TextPattern: Sendable {
    struct Match {
        var range: Range<String.Index>
        /// Capture groups from 1; nil where a group did not take part.
        var groups: [String?]

        subscript(group: Int) -> String? { groups[group - 1] }
    }

    private let regex: NSRegularExpression
    /// Text every match contains, byte for byte: a text without it is not handed to ICU, whose every call
    /// copies the text to UTF-16 and costs tens of thousands of instructions even where nothing matches.
    private let clue: String?
    /// For a pattern anchored at the start: the scalars every match begins with.
    private let initials: Set<Unicode.Scalar>?

    /// The patterns are constants of this program: one that does not compile is a bug, caught by any test.
    /// `clue` must be in every match, and `initials` must hold the first scalar of every text the pattern matches,
    /// in every case the pattern accepts (so: neither with letters where the pattern ignores case).
    init(_ pattern: String, caseInsensitive: Bool = false, clue: String? = nil, initials: String? = nil) {
        regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        self.clue = clue
        self.initials = initials.map { Set($0.unicodeScalars) }
    }

    func matches(in text: String) -> [Match] {
        guard mayMatch(text) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Self.match($0, in: text) }
    }

    func firstMatch(in text: String) -> Match? {
        guard mayMatch(text) else { return nil }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { Self.match($0, in: text) }
    }

    func matches(_ text: String) -> Bool {
        mayMatch(text) && regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private func mayMatch(_ text: String) -> Bool {
        if let initials, !(text.unicodeScalars.first.map(initials.contains) ?? false) { return false }
        return clue.map(text.containsLiteral) ?? true
    }

    private static func match(_ result: NSTextCheckingResult, in text: String) -> Match? {
        guard let range = Range(result.range, in: text) else { return nil }
        let groups = (1..<result.numberOfRanges).map { index in
            Range(result.range(at: index), in: text).map { String(text[$0]) }
        }
        return Match(range: range, groups: groups)
    }
}
