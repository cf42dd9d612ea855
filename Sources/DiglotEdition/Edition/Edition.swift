import Markdown

/// One bilingual annotated edition: everything the site layer needs to render its pages.
public struct Edition: Sendable {
    public var slug: String
    public var source: SourceFile
    public var configuration: EditionConfiguration
    public var sections: ArticleSections
    public var notes: ResolvedNotes
    public var pairs: [Pair]
    public var interventions: [Intervention]
    public var citations: CitationIndex
    public var annotations: Annotations
    public var annotationUses: AnnotationUses
    /// How the journal prints its articles, of which the edition is one.
    public var profile: JournalProfile

    public var primaryLanguage: String { profile.primary.language }
    public var translationLanguage: String { profile.translation.language }

    public var title: String { sections.primary.title?.text ?? slug }
    public var translatedTitle: String? { sections.translation?.title?.text }

    /// The DOI: from `edition.yaml` if set, else as the front matter prints it.
    public var doi: String? {
        configuration.doi ?? sections.primary.doi ?? sections.primary.citationLine?.doi ?? sections.translation?.citationLine?.doi
    }

    public var citationLine: CitationLine {
        var line = sections.primary.citationLine ?? CitationLine()
        let translated = sections.translation?.citationLine
        line.year = line.year ?? translated?.year ?? configuration.publicationDate?.year
        line.volume = configuration.volume ?? line.volume ?? translated?.volume
        line.issue = configuration.issue ?? line.issue ?? translated?.issue
        line.firstPage = configuration.firstPage ?? line.firstPage ?? translated?.firstPage
        line.lastPage = configuration.lastPage ?? line.lastPage ?? translated?.lastPage
        line.doi = doi
        return line
    }

    /// The journal's name in a language: `edition.yaml` first, else the citation line of that language.
    public func journalTitle(_ language: String) -> String? {
        if let configured = configuration.journalTitles[language] { return configured }
        let matter = language == primaryLanguage ? sections.primary : sections.translation
        return matter?.citationLine?.journal.map { $0.replacingAll("*", with: "") }
    }
}
