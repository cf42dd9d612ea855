import Foundation

/// Reads what stands before the source («//» or the italic source): the title, and a statement of
/// responsibility where one follows it — after «/» as GOST has it, or as a last sentence the journal
/// sometimes prints instead («… for the region. Anna Müller», «… Strategy. Digital Agency (DA)»).
enum ReferenceHeadReader {
    struct Head {
        var title: String?
        var authors: [PersonName] = []
        var publisher: String?
    }

    static func read(_ text: String) -> Head {
        var head = Head()
        var titlePart = text.replacingAll("*", with: "")
        if let slash = titlePart.firstRange(ofLiteral: " / ") {
            head.authors = AuthorListReader.names(in: String(titlePart[slash.upperBound...]))
            titlePart = String(titlePart[..<slash.lowerBound])
        }
        let sentences = ReferenceSentenceSplitter.split(titlePart)
        if sentences.count > 1, let last = sentences.last {
            if head.authors.isEmpty, let person = AuthorListReader.name(givenFirst: String(last)) {
                head.authors = [person]
                titlePart = String(titlePart[..<last.startIndex])
            } else if organisation.matches(String(last)) {
                head.publisher = String(last)
                titlePart = String(titlePart[..<last.startIndex])
            }
        }
        head.title = cleaned(titlePart)
        return head
    }

    /// The text without the spaces and the closing period around it; nil when nothing is left.
    static func cleaned(_ text: some StringProtocol) -> String? {
        let trimmed = text.trimming { $0.isHorizontalSpace || ".,;:–—".unicodeScalars.contains($0) }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A body named with its abbreviation in parentheses, as agencies and institutes are.
    private static let organisation = TextPattern("\\s\\(\\p{Lu}[\\p{Lu}\\d&-]+\\)$")
}
