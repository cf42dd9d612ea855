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

    /// The patterns are constants of this program: one that does not compile is a bug, caught by any test.
    init(_ pattern: String, caseInsensitive: Bool = false) {
        regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    func matches(in text: String) -> [Match] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Self.match($0, in: text) }
    }

    func firstMatch(in text: String) -> Match? {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { Self.match($0, in: text) }
    }

    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func match(_ result: NSTextCheckingResult, in text: String) -> Match? {
        guard let range = Range(result.range, in: text) else { return nil }
        let groups = (1..<result.numberOfRanges).map { index in
            Range(result.range(at: index), in: text).map { String(text[$0]) }
        }
        return Match(range: range, groups: groups)
    }
}
