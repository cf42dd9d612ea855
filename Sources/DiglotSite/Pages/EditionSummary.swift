import DiglotEdition

/// What the site-wide pages need of an edition once its own pages are written: kept small, so that a
/// thousand editions do not have to stay in memory for the index and the sitemap.
public struct EditionSummary: Sendable, Equatable {
    public var slug: String
    public var title: String
    public var translatedTitle: String?
    public var authors: [String]
    public var translatedAuthors: [String]
    public var year: Int?
    public var doi: String?
    public var published: PublicationDate?
    public var primaryLanguage: String
    public var translationLanguage: String
    public var sourceCount: Int
    public var consistency: ConsistencyReport
    /// How many of the discrepancies a correction of the editor settles.
    public var settledDiscrepancies: Int

    public init(_ edition: Edition) {
        slug = edition.slug
        title = edition.title
        translatedTitle = edition.translatedTitle
        authors = edition.sections.primary.authors.map(\.name.text)
        translatedAuthors = edition.sections.translation?.authors.map(\.name.text) ?? []
        year = edition.citationLine.year
        doi = edition.doi
        published = edition.configuration.publicationDate
        primaryLanguage = edition.primaryLanguage
        translationLanguage = edition.translationLanguage
        sourceCount = edition.citations.sources.count
        consistency = edition.citations.report
        settledDiscrepancies = edition.citations.report.discrepancies.filter { discrepancy in
            edition.citations.sources.first { $0.number == discrepancy.source }.flatMap { source in
                DiscrepancyReporter.resolution(of: discrepancy, source: source, corrections: edition.annotations.corrections,
                                               uses: edition.annotationUses)
            } != nil
        }.count
    }

    /// The consistency of the edition's citations in a few lines, for `diglot check`.
    public var consistencyLines: [String] {
        let report = consistency
        func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }
        return [
            "\(slug): \(sourceCount) sources, \(report.discrepancies.count) printed with differing URLs or DOIs (\(settledDiscrepancies) settled by the editor's corrections)",
            "  notes repeating an earlier note: \(list(report.repeatedNotes.map { "\($0.note) = \($0.repeats)" }))",
            "  bibliography entries no note cites: \(list(report.uncitedBibliographyEntries.map(String.init)))",
            "  notes whose sources the bibliography does not list: \(list(report.notesOutsideBibliography))",
            "  strings not read as references: \(list(report.unparsed.map(CitationIndexBuilder.describe)))",
            "  notes read as remarks, not references: \(list(report.remarks.map(CitationIndexBuilder.describe)))",
        ]
    }
}
