import Foundation
import DiglotEdition

/// "How to cite": the citation the journal printed for each language (its own recommendation), with the DOI
/// as a link; where none was printed, one made from the metadata in the journal's style.
public struct CitationFormatter {
    let edition: Edition

    public init(edition: Edition) {
        self.edition = edition
    }

    public func text(language: String) -> String {
        let matter = language == edition.primaryLanguage ? edition.sections.primary : edition.sections.translation
        if let printed = matter?.citation?.text { return printed }
        let line = edition.citationLine
        let authors = (matter ?? edition.sections.primary).authors.map(\.name.text).joined(separator: ", ")
        let title = matter?.title?.text ?? edition.title
        var parts = ["\(authors) \(title)" + (edition.journalTitle(language).map { " // " + $0 } ?? "")]
        if let year = line.year { parts.append("\(year)") }
        let labels = edition.profile.labels(for: language)
        if let issue = line.issue { parts.append(labels.issue.first.map { $0 + " " + issue } ?? issue) }
        if let first = line.firstPage {
            let range = first + (line.lastPage.map { "–\($0)" } ?? "")
            parts.append(labels.pages.first.map { $0 + " " + range } ?? range)
        }
        if let doi = line.doi { parts.append("DOI: \(doi)") }
        return parts.joined(separator: ". ")
    }

    /// The text as HTML, the DOI (where it appears) made a link to doi.org.
    public func html(language: String) -> String {
        let escaped = HTML.escape(text(language: language))
        guard let doi = edition.doi, escaped.contains(HTML.escape(doi)) else { return escaped }
        let link = "<a href=\"https://doi.org/\(HTML.escape(doi))\">\(HTML.escape(doi))</a>"
        return escaped.replacingAll(HTML.escape(doi), with: link)
    }
}
