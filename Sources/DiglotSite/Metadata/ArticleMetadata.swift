import DiglotEdition
import Foundation

/// The metadata scholarly indexes read from a page's head, in the page's language: Highwire `citation_*`
/// (Google Scholar), Dublin Core, PRISM, Open Graph and a schema.org `ScholarlyArticle` linked to its
/// translation.
public struct ArticleMetadata {
    let edition: Edition
    let site: SiteConfiguration
    public init(edition: Edition, site: SiteConfiguration) {
        self.edition = edition
        self.site = site
    }

    /// One `citation_reference` per source of the citation index, in Highwire's structured form.
    var references: [String] {
        edition.citations.sources.map { source in
            let r = source.reference
            var parts: [String] = []
            func add(_ key: String, _ value: String?) {
                guard let value, !value.isEmpty else { return }
                parts.append("citation_\(key)=\(value.replacingOccurrences(of: ";", with: ","))")
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

        head.jsonLD = jsonLD(language: language)
        return head
    }

    /// The affiliation without the address, ORCID and e-mail that the journal prints after it.
    static func institution(_ text: String) -> String {
        let cut = text.firstIndex(of: "(") ?? text.range(of: "ORCID")?.lowerBound ?? text.endIndex
        return text[..<cut].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",.")))
    }

    static func locale(_ language: String) -> String {
        ["ru": "ru_RU", "en": "en_US"][language] ?? language
    }

    func jsonLD(language: String) -> String {
        let primary = edition.primaryLanguage
        var article = work(language: language)
        let otherLanguage = language == primary ? edition.translationLanguage : primary
        if self.matter(otherLanguage)?.title != nil {
            article[language == primary ? "workTranslation" : "translationOfWork"] = work(language: otherLanguage, brief: true)
        }
        if !edition.citations.sources.isEmpty {
            article["citation"] = edition.citations.sources.map { source -> [String: Any] in
                var work: [String: Any] = ["@type": "CreativeWork", "@id": url(SitePaths.sources) + "#" + source.id,
                                           "name": source.reference.title.map(PrintedReference.plain) ?? PrintedReference.plain(source.citations[0].printed)]
                if let link = source.reference.url { work["url"] = link }
                if let doi = source.reference.doi.flatMap(SourceIdentity.doi) { work["sameAs"] = "https://doi.org/\(doi)" }
                return work
            }
        }
        article["@context"] = "https://schema.org"
        let data = try! JSONSerialization.data(withJSONObject: article, options: [.sortedKeys])
        // JSONSerialization writes `/` as `\/`, so no `</script>` can close the element early.
        return String(decoding: data, as: UTF8.self)
    }

    private func work(language: String, brief: Bool = false) -> [String: Any] {
        let matter = self.matter(language) ?? edition.sections.primary
        let page = language == edition.primaryLanguage ? SitePaths.text : SitePaths.english
        var work: [String: Any] = [
            "@type": "ScholarlyArticle", "@id": url(page) + "#article", "url": url(page),
            "headline": matter.title?.text ?? edition.title, "inLanguage": language,
        ]
        guard !brief else { return work }
        work["author"] = matter.authors.map { author -> [String: Any] in
            var person: [String: Any] = ["@type": "Person", "name": author.name.text]
            if let orcid = author.orcid { person["identifier"] = "https://orcid.org/\(orcid)"; person["sameAs"] = "https://orcid.org/\(orcid)" }
            if let affiliation = author.affiliation { person["affiliation"] = ["@type": "Organization", "name": Self.institution(affiliation.text)] }
            return person
        }
        let line = edition.citationLine
        if let date = edition.configuration.publicationDate { work["datePublished"] = date.iso }
        if !matter.abstract.isEmpty { work["abstract"] = matter.abstract.map(\.text).joined(separator: "\n\n") }
        if !matter.keywords.isEmpty { work["keywords"] = matter.keywords }
        if let doi = edition.doi {
            work["identifier"] = ["@type": "PropertyValue", "propertyID": "DOI", "value": doi]
            work["sameAs"] = "https://doi.org/\(doi)"
        }
        if let first = line.firstPage { work["pageStart"] = first }
        if let last = line.lastPage { work["pageEnd"] = last }
        var periodical: [String: Any] = ["@type": "Periodical"]
        if let name = edition.journalTitle(language) { periodical["name"] = name }
        if let issn = edition.configuration.issn { periodical["issn"] = issn }
        var issue: [String: Any] = ["@type": "PublicationIssue", "isPartOf": periodical]
        if let number = line.issue { issue["issueNumber"] = number }
        if let year = line.year { issue["datePublished"] = String(year) }
        work["isPartOf"] = issue
        return work
    }
}
