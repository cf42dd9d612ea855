import Foundation

/// Cuts a note into the references it holds. A note may cite several sources separated by «;» (GOST's
/// separator between references); a «;» also occurs inside titles, so a cut is made only where both
/// sides read as references on their own — each with a source, a URL, a DOI or a year — and never
/// inside brackets, parentheses or quotes. A URL cannot hold the «; » that is cut at, as it has no spaces.
public enum ReferenceSplitter {
    public static func split(_ noteText: String) -> [String] {
        // Scalars, not Characters: every bracket and separator is one scalar, and comparing Characters cost
        // more than the rest of the reading of a note.
        let scalars = noteText.unicodeScalars
        var pieces: [String] = []
        var start = scalars.startIndex
        var depth = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            switch scalars[index] {
            case "(", "[", "«", "“": depth += 1
            case ")", "]", "»", "”": depth = max(0, depth - 1)
            case ";" where depth == 0 && (next == scalars.endIndex || scalars[next].isSpace):
                let current = String(scalars[start..<index])
                if hasEvidence(current), hasEvidence(String(scalars[next...])) {
                    pieces.append(current)
                    start = next
                }
            default: break
            }
            index = next
        }
        pieces.append(String(scalars[start...]))
        return pieces.map { $0.trimmedWhitespace }.filter { !$0.isEmpty }
    }

    /// The reference a note gives after its own remark («Экспорт вырос по трем направлениям… Подробнее см.:
    /// Итоги внешней торговли // ФТС. 2024. URL: …»): from the «see» that leads to it, where what follows reads
    /// as a reference; else the whole note. The remark stays in the note as printed, but is no reference.
    public static func referencePart(of noteText: String) -> String {
        guard ["см.", "См.", "See", "see"].contains(where: noteText.containsLiteral), let lead = seeLead.matches(in: noteText).last,
              lead.range.lowerBound > noteText.startIndex else { return noteText }
        let reference = String(noteText[lead.range.upperBound...])
        return hasEvidence(reference) ? reference : noteText
    }

    private static let seeLead = TextPattern("(?<=[.!?:;)]\\s)(?:Подробнее\\s+)?(?:см\\.|См\\.|See|see)(?:\\s+(?:также|also))?\\s*:\\s*")

    /// Whether the text holds what only a reference holds: a source after «//», a URL, a DOI or a year.
    static func hasEvidence(_ text: String) -> Bool {
        evidence.matches(text)
    }

    private static let evidence = TextPattern("//|https?://|\\bDOI\\b|(?<!\\d)(?:1[6-9]|20)\\d{2}(?!\\d)", caseInsensitive: true)
}
