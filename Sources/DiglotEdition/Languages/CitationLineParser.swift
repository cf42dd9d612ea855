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
        line.year = yearPattern.firstMatch(in: tail)?[1].flatMap { Int($0) }
        line.volume = volumePattern.firstMatch(in: tail)?[1]
        line.issue = issuePattern.firstMatch(in: tail)?[1]
        if let pages = pageRangePattern.firstMatch(in: tail) {
            line.firstPage = pages[1]
            line.lastPage = pages[2]
        } else {
            line.firstPage = firstPagePattern.firstMatch(in: tail)?[1]
        }
        return line
    }

    private static let yearPattern = TextPattern("\\b((?:19|20)\\d{2})\\b")
    private static let volumePattern = TextPattern("(?:Т\\.|Том|Vol\\.)\\s*([\\dIVXLC]+)")
    private static let issuePattern = TextPattern("(?:№|No\\.|Вып\\.|Iss\\.)\\s*(\\d+(?:\\s*\\(\\d+\\))?)")
    private static let pageRangePattern = TextPattern("(?:С\\.|C\\.|Pp?\\.)\\s*(\\d+)\\s*[–—-]\\s*(\\d+)")
    private static let firstPagePattern = TextPattern("(?:С\\.|C\\.|Pp?\\.)\\s*(\\d+)")
}
