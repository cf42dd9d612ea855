/// Cuts a stretch of a reference into its sentences («areas» in GOST terms) at «. » and «。», but not after
/// an initial or an abbreviation («W. J.», «Т. 16», «No. 3», «М.: Наука»), which also end in a period.
enum ReferenceSentenceSplitter {
    static func split(_ text: String) -> [Substring] {
        // Scalars, not Characters: both marks are one scalar, and comparing Characters is many times slower.
        let scalars = text.unicodeScalars
        var sentences: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "。" {
                sentences.append(text[start..<index])
                start = next
            } else if scalar == ".", next == scalars.endIndex || scalars[next].isSpace,
                      endsSentence(before: index, in: text) {
                sentences.append(text[start..<index])
                start = next
            }
            index = next
        }
        sentences.append(text[start...])
        return sentences.map(trimmed).filter { !$0.isEmpty }
    }

    private static func endsSentence(before period: String.Index, in text: String) -> Bool {
        let token = text[..<period].trailingRun { $0.isLetter }
        if token.count == 1 { return false }
        if abbreviations.contains(token.lowercased()) { return false }
        let following = text[text.index(after: period)...].drop { $0.isWhitespace }
        return !(following.first?.isLowercase ?? false)
    }

    private static func trimmed(_ text: Substring) -> Substring {
        let kept: (Character) -> Bool = { !$0.isWhitespace && $0 != "." }
        guard let first = text.firstIndex(where: kept), let last = text.lastIndex(where: kept) else { return "" }
        return text[first...last]
    }

    private static let abbreviations: Set<String> = [
        "no", "nr", "vol", "iss", "pp", "vs", "etc", "inc", "ltd", "co", "corp", "st", "dr", "mr", "mrs", "ms",
        "jr", "ed", "eds", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "вып", "гг", "им", "др", "ред", "стр", "см", "ср", "тыс", "млн", "рис", "спб", "пер", "англ", "яп",
    ]
}
