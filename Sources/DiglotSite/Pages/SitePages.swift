import DiglotEdition

/// The pages of the whole site: the index of editions, the 404 page and the sitemap.
public struct SitePages {
    public let editions: [EditionSummary]
    public let templates: TemplateSet
    public let site: SiteConfiguration
    public let language: String

    public init(editions: [EditionSummary], templates: TemplateSet, site: SiteConfiguration, language: String) {
        self.editions = editions.sorted { $0.slug < $1.slug }
        self.templates = templates
        self.site = site
        self.language = language
    }

    public func render() -> [OutputFile] {
        var files = [index(), notFound()]
        if let sitemap = sitemap() { files.append(sitemap) }
        return files
    }

    private func frame(_ path: String, title: String, bodyClass: String) -> PageFrame {
        let strings = templates.strings.language(language)
        var frame = PageFrame(path: path, language: language, title: title, bodyClass: bodyClass, strings: strings,
                              siteTitle: site.titles[language] ?? "")
        frame.canonical = SitePaths.absolute(path, base: site.baseURL)
        return frame
    }

    func index() -> OutputFile {
        let title = site.titles[language] ?? ""
        let entries = editions.map { edition -> [String: Any] in
            var entry: [String: Any] = [
                "href": edition.slug + "/" + SitePaths.landing, "title": edition.title, "authors": edition.authors.joined(separator: ", "),
                "text_href": edition.slug + "/" + SitePaths.text, "english_href": edition.slug + "/" + SitePaths.english,
                "primary_lang": edition.primaryLanguage, "translation_lang": edition.translationLanguage,
            ]
            if let translated = edition.translatedTitle { entry["translated_title"] = translated }
            if !edition.translatedAuthors.isEmpty { entry["translated_authors"] = edition.translatedAuthors.joined(separator: ", ") }
            if let year = edition.year { entry["year"] = year }
            if let doi = edition.doi { entry["doi"] = doi; entry["doi_url"] = "https://doi.org/\(doi)" }
            return entry
        }
        let frame = frame("index.html", title: title, bodyClass: "page-index")
        let values = frame.context(["editions": entries, "edition_count": editions.count, "home": "index.html"])
        return OutputFile(path: "index.html", text: templates.render("index", values))
    }

    /// Served for any missing address, at any depth: so its links and stylesheet use the base URL when known.
    func notFound() -> OutputFile {
        let strings = templates.strings.language(language)
        var frame = frame("404.html", title: strings["not_found_title"], bodyClass: "page-404")
        frame.canonical = nil
        var values = frame.context(["home": (site.baseURL ?? "") + "index.html"])
        if let base = site.baseURL { values["root"] = base }
        return OutputFile(path: "404.html", text: templates.render("404", values))
    }

    /// A sitemap with the language versions of each edition linked; it needs absolute URLs, so a base URL.
    func sitemap() -> OutputFile? {
        guard let base = site.baseURL else { return nil }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        func url(_ location: String, alternates: [(String, String)] = [], date: PublicationDate? = nil) {
            xml += "  <url>\n    <loc>\(HTML.escape(location))</loc>\n"
            if let date { xml += "    <lastmod>\(date.iso)</lastmod>\n" }
            for (language, href) in alternates {
                xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(language)\" href=\"\(HTML.escape(href))\"/>\n"
            }
            xml += "  </url>\n"
        }
        url(base)
        for edition in editions {
            let folder = base + edition.slug + "/"
            let text = folder + SitePaths.text
            let english = folder + SitePaths.english
            let alternates = [(edition.primaryLanguage, text), (edition.translationLanguage, english), ("x-default", folder)]
            url(folder, alternates: alternates, date: edition.published)
            url(text, alternates: alternates, date: edition.published)
            url(english, alternates: alternates, date: edition.published)
            for page in [SitePaths.sources, SitePaths.glossary, SitePaths.apparatus] {
                url(folder + page, date: edition.published)
            }
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml)
    }
}
