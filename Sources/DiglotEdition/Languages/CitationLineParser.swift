import Foundation

/// Reads the front matter's citation line («… // Проблемы Дальнего Востока. 2022. № 2. С. 49–62. DOI: …»,
/// «… // *Far Eastern Studies*. 2022. No. 2. Pp. 49–62.») into journal, year, volume, issue, pages and DOI.
public enum CitationLineParser {
    public static func parse(_ text: String) -> CitationLine {
        var line = CitationLine()
        line.doi = FrontMatterExtractor.doi(in: text)
        let afterSlashes = text.components(separatedBy: "//").dropFirst().first ?? ""
        line.journal = afterSlashes.split(separator: ".", maxSplits: 1).first
            .map { $0.trimmedWhitespace }
            .flatMap { $0.isEmpty ? nil : $0 }
        let tail = afterSlashes.isEmpty ? text : afterSlashes
        line.year = match("\\b((?:19|20)\\d{2})\\b", in: tail).flatMap { Int($0) }
        line.volume = match("(?:Т\\.|Том|Vol\\.)\\s*([\\dIVXLC]+)", in: tail)
        line.issue = match("(?:№|No\\.|Вып\\.|Iss\\.)\\s*(\\d+(?:\\s*\\(\\d+\\))?)", in: tail)
        if let pages = matches("(?:С\\.|C\\.|Pp?\\.)\\s*(\\d+)\\s*[–—-]\\s*(\\d+)", in: tail) {
            line.firstPage = pages[0]
            line.lastPage = pages[1]
        } else {
            line.firstPage = match("(?:С\\.|C\\.|Pp?\\.)\\s*(\\d+)", in: tail)
        }
        return line
    }

    static func match(_ pattern: String, in text: String) -> String? {
        matches(pattern, in: text)?.first
    }

    static func matches(_ pattern: String, in text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
    }
}
