import DiglotEdition

/// The pages of the whole site: the index of editions, the 404 page and the sitemap.
public struct SitePages {
    public let editions: [EditionSummary]
    public let templates: TemplateSet
    public let site: SiteConfiguration
    public let language: String

    public init(editions: [EditionSummary], templates: TemplateSet, site: SiteConfiguration) {
        self.editions = editions.sorted { $0.slug < $1.slug }
        self.templates = templates
        self.site = site
        language = site.profile.primary.language
    }

    public func render() -> [OutputFile] {
        var files = pages().map { OutputFile(path: $0.path, bytes: templates.render($0.template, $0.values)) }
        if let sitemap = sitemap() { files.append(sitemap) }
        return files
    }

    public func pages() -> [Page] {
        [index(), notFound()]
    }

    private func frame(_ path: String, title: String, bodyClass: String) -> PageFrame {
        let strings = templates.strings.language(language)
        var frame = PageFrame(path: path, language: language, title: title, bodyClass: bodyClass, strings: strings,
                              siteTitle: site.titles[language] ?? "")
        frame.canonical = SitePaths.absolute(path, base: site.baseURL)
        return frame
    }

    func index() -> Page {
        let title = site.titles[language] ?? ""
        let entries = editions.map { edition -> TemplateValues in
            var entry: TemplateValues = [
                "href": .text(edition.slug + "/" + SitePaths.landing), "title": .text(edition.title),
                "authors": .text(edition.authors.joined(separator: ", ")),
                "text_href": .text(edition.slug + "/" + SitePaths.text), "english_href": .text(edition.slug + "/" + SitePaths.english),
                "primary_lang": .text(edition.primaryLanguage), "translation_lang": .text(edition.translationLanguage),
            ]
            entry["translated_title"] = .optional(edition.translatedTitle)
            if !edition.translatedAuthors.isEmpty { entry["translated_authors"] = .text(edition.translatedAuthors.joined(separator: ", ")) }
            if let year = edition.year { entry["year"] = .number(year) }
            if let doi = edition.doi { entry["doi"] = .text(doi); entry["doi_url"] = .text("https://doi.org/\(doi)") }
            return entry
        }
        let frame = frame("index.html", title: title, bodyClass: "page-index")
        let values = frame.context(["editions": .maps(entries), "home": "index.html"])
        return Page(path: "index.html", template: "index", values: values)
    }

    /// Served for any missing address, at any depth: so its links and stylesheet use the base URL when known.
    func notFound() -> Page {
        let strings = templates.strings.language(language)
        var frame = frame("404.html", title: strings["not_found_title"], bodyClass: "page-404")
        frame.canonical = nil
        // A reader who does not read the site's language learns where they are in the other one.
        let translation = templates.strings.language(site.profile.translation.language)
        var values = frame.context([
            "home": .text((site.baseURL ?? "") + "index.html"),
            "translation": ["lang": .text(translation.code), "text": .text(translation["not_found_text"]),
                            "label": .text(translation["not_found_home"])],
        ])
        if let base = site.baseURL { values["root"] = .text(base) }
        return Page(path: "404.html", template: "404", values: values)
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
