import DiglotEdition
import Foundation

/// The metadata scholarly indexes read from a page's head, in the page's language: Highwire `citation_*`
/// (Google Scholar), Dublin Core, PRISM, Open Graph and a schema.org `ScholarlyArticle` linked to its
/// translation.
public struct ArticleMetadata: Sendable {
    let edition: Edition
    let site: SiteConfiguration
    /// One `citation_reference` per source of the citation index, in Highwire's structured form.
    let references: [String]
    /// The schema.org record of each language, made once: the landing page and the text share the primary one.
    private var jsonLDs: [String: String] = [:]

    public init(edition: Edition, site: SiteConfiguration) {
        self.edition = edition
        self.site = site
        references = Self.references(edition)
        for language in Set([edition.primaryLanguage, edition.translationLanguage]) {
            jsonLDs[language] = jsonLD(language: language)
        }
    }

    static func references(_ edition: Edition) -> [String] {
        edition.citations.sources.map { source in
            let r = source.reference
            var parts: [String] = []
            func add(_ key: String, _ value: String?) {
                guard let value, !value.isEmpty else { return }
                parts.append("citation_\(key)=\(value.replacingAll(";", with: ","))")
            }
            add("title", r.title.map(PrintedReference.plain) ?? PrintedReference.plain(source.citations[0].printed))
            for author in r.authors { add("author", [author.family, author.given].compactMap { $0 }.joined(separator: " ")) }
            add("publication_date", r.issued.map { String($0.year) })
            add(r.type == .journalArticle ? "journal_title" : "publisher", r.containerTitle.map(PrintedReference.plain))
            add("volume", r.volume)
            add("issue", r.issue)
            add("doi", r.doi.flatMap(SourceIdentity.doi))
            add("url", r.url)
            return parts.joined(separator: "; ")
        }
    }

    func url(_ page: String) -> String {
        SitePaths.absolute(SitePaths.editionFile(edition.slug, page), base: site.baseURL) ?? page
    }

    func matter(_ language: String) -> FrontMatter? {
        language == edition.primaryLanguage ? edition.sections.primary : edition.sections.translation
    }

    public func head(language: String, page: String) -> HeadMetadata {
        var head = HeadMetadata()
        let matter = self.matter(language) ?? edition.sections.primary
        let other = language == edition.primaryLanguage ? edition.translationLanguage : edition.primaryLanguage
        let title = matter.title?.text ?? edition.title
        let line = edition.citationLine
        let date = edition.configuration.publicationDate
        let journal = edition.journalTitle(language)
        let abstract = matter.abstract.first?.text

        head.add("description", abstract)
        head.add("citation_title", title)
        for author in matter.authors {
            head.add("citation_author", author.name.text)
            head.add("citation_author_institution", author.affiliation.map { Self.institution($0.text) })
            head.add("citation_author_orcid", author.orcid.map { "https://orcid.org/\($0)" })
            head.add("citation_author_email", author.email)
        }
        head.add("citation_publication_date", date?.slashed ?? line.year.map(String.init))
        head.add("citation_journal_title", journal)
        head.add("citation_issn", edition.configuration.issn)
        head.add("citation_volume", line.volume)
        head.add("citation_issue", line.issue)
        head.add("citation_firstpage", line.firstPage)
        head.add("citation_lastpage", line.lastPage)
        head.add("citation_doi", edition.doi)
        head.add("citation_language", language)
        head.add("citation_keywords", matter.keywords.joined(separator: "; "))
        head.add("citation_abstract_html_url", url(SitePaths.landing))
        head.add("citation_fulltext_html_url", url(SitePaths.text))
        head.add("citation_publisher", edition.configuration.publisher[language])
        for reference in references { head.add("citation_reference", reference) }

        head.add("DC.title", title, lang: language)
        if let otherTitle = self.matter(other)?.title?.text { head.add("DC.title.alternative", otherTitle, lang: other) }
        for author in matter.authors { head.add("DC.creator", author.name.text) }
        head.add("DCTERMS.issued", date?.iso)
        head.add("DC.language", language)
        head.add("DC.identifier", edition.doi.map { "doi:\($0)" })
        head.add("DC.relation.ispartof", journal)
        head.add("DC.citation.issue", line.issue)
        head.add("DC.citation.spage", line.firstPage)
        head.add("DC.citation.epage", line.lastPage)
        head.add("DC.subject", matter.keywords.joined(separator: "; "))

        head.add("prism.publicationName", journal)
        head.add("prism.issn", edition.configuration.issn)
        head.add("prism.number", line.issue)
        head.add("prism.startingPage", line.firstPage)
        head.add("prism.endingPage", line.lastPage)
        head.add("prism.doi", edition.doi)
        head.add("prism.publicationDate", date?.iso)

        head.property("og:type", "article")
        head.property("og:title", title)
        head.property("og:url", site.baseURL != nil ? url(String(page.split(separator: "/").last ?? "")) : nil)
        head.property("og:description", abstract)
        head.property("og:locale", Self.locale(language))
        head.property("og:locale:alternate", Self.locale(other))
        head.property("article:published_time", date?.iso)
        for keyword in matter.keywords { head.property("article:tag", keyword) }

        head.jsonLD = jsonLDs[language] ?? jsonLD(language: language)
        return head
    }

    /// The affiliation without the address, ORCID and e-mail that the journal prints after it.
    static func institution(_ text: String) -> String {
        // The address, ORCID and e-mail follow the institution; a bracket before them is its own («(Economics)»).
        let cut = ["(адрес", "(address", "(Address", "ORCID", "E-mail", "e-mail"]
            .compactMap { text.firstRange(ofLiteral: $0)?.lowerBound }.min() ?? text.endIndex
        return text[..<cut].trimming { $0.isHorizontalSpace || $0 == "," || $0 == "." }
    }

    static func locale(_ language: String) -> String {
        ["ru": "ru_RU", "en": "en_US"][language] ?? language
    }

    func jsonLD(language: String) -> String {
        let primary = edition.primaryLanguage
        var article = work(language: language)
        let otherLanguage = language == primary ? edition.translationLanguage : primary
        if self.matter(otherLanguage)?.title != nil {
            article[language == primary ? "workTranslation" : "translationOfWork"] = .object(work(language: otherLanguage, brief: true))
        }
        if !edition.citations.sources.isEmpty {
            article["citation"] = .array(edition.citations.sources.map { source -> JSONValue in
                var work: [String: JSONValue] = [
                    "@type": "CreativeWork", "@id": .string(url(SitePaths.sources) + "#" + source.id),
                    "name": .string(source.reference.title.map(PrintedReference.plain) ?? PrintedReference.plain(source.citations[0].printed)),
                ]
                if let link = source.reference.url { work["url"] = .string(link) }
                if let doi = source.reference.doi.flatMap(SourceIdentity.doi) { work["sameAs"] = .string("https://doi.org/\(doi)") }
                return .object(work)
            })
        }
        article["@context"] = "https://schema.org"
        return JSONValue.object(article).text(.script)
    }

    private func work(language: String, brief: Bool = false) -> [String: JSONValue] {
        let matter = self.matter(language) ?? edition.sections.primary
        let page = language == edition.primaryLanguage ? SitePaths.text : SitePaths.english
        var work: [String: JSONValue] = [
            "@type": "ScholarlyArticle", "@id": .string(url(page) + "#article"), "url": .string(url(page)),
            "headline": .string(matter.title?.text ?? edition.title), "inLanguage": .string(language),
        ]
        guard !brief else { return work }
        work["author"] = .array(matter.authors.map { author -> JSONValue in
            var person: [String: JSONValue] = ["@type": "Person", "name": .string(author.name.text)]
            if let orcid = author.orcid {
                person["identifier"] = .string("https://orcid.org/\(orcid)")
                person["sameAs"] = .string("https://orcid.org/\(orcid)")
            }
            if let affiliation = author.affiliation {
                person["affiliation"] = ["@type": "Organization", "name": .string(Self.institution(affiliation.text))]
            }
            return .object(person)
        })
        let line = edition.citationLine
        if let date = edition.configuration.publicationDate { work["datePublished"] = .string(date.iso) }
        if !matter.abstract.isEmpty { work["abstract"] = .string(matter.abstract.map(\.text).joined(separator: "\n\n")) }
        if !matter.keywords.isEmpty { work["keywords"] = .array(matter.keywords.map(JSONValue.string)) }
        if let doi = edition.doi {
            work["identifier"] = ["@type": "PropertyValue", "propertyID": "DOI", "value": .string(doi)]
            work["sameAs"] = .string("https://doi.org/\(doi)")
        }
        if let first = line.firstPage { work["pageStart"] = .string(first) }
        if let last = line.lastPage { work["pageEnd"] = .string(last) }
        var periodical: [String: JSONValue] = ["@type": "Periodical"]
        if let name = edition.journalTitle(language) { periodical["name"] = .string(name) }
        if let issn = edition.configuration.issn { periodical["issn"] = .string(issn) }
        var issue: [String: JSONValue] = ["@type": "PublicationIssue", "isPartOf": .object(periodical)]
        if let number = line.issue { issue["issueNumber"] = .string(number) }
        if let year = line.year { issue["datePublished"] = .string(String(year)) }
        work["isPartOf"] = .object(issue)
        return work
    }
}
