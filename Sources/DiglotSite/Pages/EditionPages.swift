import DiglotEdition

/// Renders the pages of one edition through the templates. Pure: an edition and templates in, files out.
public struct EditionPages: Sendable {
    public let edition: Edition
    public let templates: TemplateSet
    public let site: SiteConfiguration

    let metadata: ArticleMetadata
    /// The preview's build worker keeps the exports between rebuilds.
    let exportCache: ExportCache?

    public init(edition: Edition, templates: TemplateSet, site: SiteConfiguration, exportCache: ExportCache? = nil) {
        self.edition = edition
        self.templates = templates
        self.site = site
        self.exportCache = exportCache
        metadata = ArticleMetadata(edition: edition, site: site)
    }

    /// The parts of an edition's output; each is made independently of the others. Largest first (as measured on
    /// the first article), so that when one edition has both cores neither waits long for the other at the end.
    private enum Part: CaseIterable {
        case sources, text, jats, exports, versionOfRecord, landing, glossary, apparatus, english
    }

    /// Every file of the edition: its pages through the templates, then its data files. The parts share the
    /// cores when one edition is built alone (the preview's rebuild, a one-edition site); inside a build of
    /// many editions, which already keeps every core busy, Dispatch runs them one after another.
    public func render() -> [OutputFile] {
        ParallelMap.map(Part.allCases) { files($0) }.flatMap { $0 }
    }

    /// The pages of the edition as what each template is given: the values are built here, rendered elsewhere.
    public func pages() -> [Page] {
        Part.allCases.flatMap(pages)
    }

    private func pages(_ part: Part) -> [Page] {
        switch part {
        case .landing: [landingPage()]
        case .text: [textPage()]
        case .english: [englishPage()]
        case .apparatus: [apparatusPage()]
        case .versionOfRecord: [versionOfRecordPage()]
        case .glossary: [glossaryPage()]
        case .sources: sourcesPages()
        case .jats, .exports: []
        }
    }

    private func files(_ part: Part) -> [OutputFile] {
        switch part {
        case .jats: [OutputFile(path: path(SitePaths.jats), text: JATSExporter(edition: edition).export())]
        case .exports: exportFiles()
        default: pages(part).map { OutputFile(path: $0.path, bytes: templates.render($0.template, $0.values)) }
        }
    }

    var primary: String { edition.primaryLanguage }
    var translation: String { edition.translationLanguage }

    func path(_ page: String) -> String { SitePaths.editionFile(edition.slug, page) }

    func strings(_ language: String) -> UIStrings.Language { templates.strings.language(language) }

    func renderer(_ language: String) -> BlockRenderer {
        BlockRenderer(notes: edition.notes, headingShift: edition.sections.titleLevel - 1,
                      strings: strings(language))
    }

    func article(_ language: String) -> ArticleContext {
        ArticleContext(edition: edition, renderer: renderer(language), strings: strings(language))
    }

    /// The frame of an edition page: navigation between the edition's pages, marking the current one.
    func frame(page: String, language: String, title: String, bodyClass: String) -> PageFrame {
        let s = strings(language)
        var frame = PageFrame(path: path(page), language: language, title: title, bodyClass: bodyClass, strings: s,
                              siteTitle: site.titles[language] ?? site.titles.values.sorted().first ?? "")
        let items: [(String, String, String?)] = [
            (SitePaths.landing, s["nav_landing"], nil), (SitePaths.text, s["nav_text"], primary),
            (SitePaths.english, s["nav_english"], translation), (SitePaths.sources, s["nav_sources"], nil),
            (SitePaths.glossary, s["nav_glossary"], nil), (SitePaths.apparatus, s["nav_apparatus"], nil),
        ]
        frame.navigation = items.map { target, label, hreflang in
            PageFrame.Link(href: target, label: label, current: target == page, hreflang: hreflang)
        }
        frame.canonical = SitePaths.absolute(path(page), base: site.baseURL)
        return frame
    }

    func output(_ page: String, template: String, frame: PageFrame, _ context: TemplateValues) -> Page {
        var values = frame.context(context)
        values["edition_title"] = .text(edition.title)
        values["home"] = .text(frame.root + "index.html")
        values["primary_lang"] = .text(primary)
        values["translation_lang"] = .text(translation)
        return Page(path: path(page), template: template, values: values)
    }
}
