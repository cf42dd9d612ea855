import DiglotEdition
import Foundation

/// The article itself as a CSL record, for "cite this article": the version of record in its primary language,
/// with the translated title beside it.
extension CSLRecord {
    public init(article edition: Edition) {
        let primary = edition.sections.primary
        let line = edition.citationLine
        self.init(id: Self.citationKey(edition), type: "article-journal")
        title = Self.nonEmpty(primary.title?.text)
        translatedTitle = Self.nonEmpty(edition.translatedTitle)
        authors = primary.authors.map { PersonName(printed: $0.name.text, language: edition.primaryLanguage) }
        containerTitle = Self.nonEmpty(edition.journalTitle(edition.primaryLanguage))
        publisher = Self.nonEmpty(edition.configuration.publisher[edition.primaryLanguage])
        if let date = edition.configuration.publicationDate {
            issued = ReferenceDate(year: date.year, month: date.month, day: date.day)
        } else if let year = line.year {
            issued = ReferenceDate(year: year)
        }
        volume = Self.nonEmpty(line.volume)
        issue = Self.nonEmpty(line.issue)
        page = Self.nonEmpty(line.firstPage).map { first in Self.nonEmpty(line.lastPage).map { "\(first)-\($0)" } ?? first }
        (doi, note) = Self.normalisedDOI(line.doi)
        url = doi.map { "https://doi.org/\($0)" } ?? Self.nonEmpty(edition.configuration.journalURL)
        issn = Self.nonEmpty(edition.configuration.issn)
        language = edition.primaryLanguage
        keywords = primary.keywords
        abstract = Self.nonEmpty(primary.abstract.map(\.text).joined(separator: "\n\n"))
    }

    /// "ivanova2021": the first author's Latin family name (from the translated front matter, where the
    /// journal prints it) and the year; the slug where no Latin name is printed, since a transliteration made
    /// here could disagree with the journal's own.
    static func citationKey(_ edition: Edition) -> String {
        let candidates = [
            (edition.sections.translation?.authors.first, edition.translationLanguage),
            (edition.sections.primary.authors.first, edition.primaryLanguage),
        ]
        let family = candidates.lazy.compactMap { author, language in
            author.map { asciiLetters(PersonName(printed: $0.name.text, language: language).family) }
        }.first { !$0.isEmpty }
        guard let family else { return edition.slug }
        let year = edition.configuration.publicationDate?.year ?? edition.citationLine.year
        return family + (year.map(String.init) ?? "")
    }

    private static func asciiLetters(_ name: String) -> String {
        let folded = name.folding(options: .diacriticInsensitive, locale: nil).lowercased()
        return String(folded.unicodeScalars.filter { ("a"..."z").contains($0) }.map(Character.init))
    }
}
