import Foundation

/// Cuts a note into the references it holds. A note may cite several sources separated by «;» (GOST's
/// separator between references); a «;» also occurs inside titles, so a cut is made only where both
/// sides read as references on their own — each with a source, a URL, a DOI or a year — and never
/// inside brackets, parentheses or quotes. A URL cannot hold the «; » that is cut at, as it has no spaces.
public enum ReferenceSplitter {
    public static func split(_ noteText: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        var index = noteText.startIndex
        while index < noteText.endIndex {
            let character = noteText[index]
            let next = noteText.index(after: index)
            switch character {
            case "(", "[", "«", "“": depth += 1
            case ")", "]", "»", "”": depth = max(0, depth - 1)
            default: break
            }
            if character == ";", depth == 0, next == noteText.endIndex || noteText[next].isWhitespace,
               looksComplete(current), looksComplete(String(noteText[next...])) {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
            index = next
        }
        pieces.append(current)
        return pieces.map { $0.trimmedWhitespace }.filter { !$0.isEmpty }
    }

    private static func looksComplete(_ text: String) -> Bool {
        evidence.matches(text)
    }

    private static let evidence = TextPattern("//|https?://|\\bDOI\\b|(?<!\\d)(?:1[6-9]|20)\\d{2}(?!\\d)", caseInsensitive: true)
}
