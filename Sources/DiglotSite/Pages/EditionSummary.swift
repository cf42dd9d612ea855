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
    }
}
