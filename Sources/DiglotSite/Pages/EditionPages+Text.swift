import DiglotEdition

extension EditionPages {
    /// The full text in the primary language: front matter, body with note calls, notes, bibliography.
    func textPage() -> OutputFile {
        let article = self.article(primary)
        var frame = frame(page: SitePaths.text, language: primary, title: edition.title, bodyClass: "page-text")
        frame.languageSwitch = PageFrame.Link(href: SitePaths.english, label: strings(primary)["switch_to_translation"], hreflang: translation)
        frame.alternates = languageAlternates()
        frame.metadata = ArticleMetadata(edition: edition, site: site).head(language: primary, page: path(SitePaths.text))
        var context: [String: Any] = [
            "front": article.frontMatter(edition.sections.primary),
            "body_html": article.renderer.renderBody(edition.sections.body) + article.renderer.render(edition.sections.trailing),
            "editorial_notes": editorialNotes(), "has_editorial_notes": !edition.annotations.notes.isEmpty,
            "gloss_store": glossStore(),
            "notes": article.notes(),
            "has_notes": !edition.notes.notes.isEmpty,
        ]
        if let bibliography = article.bibliography(edition.sections.primaryBibliography, idPrefix: "lit") {
            context["bibliography"] = bibliography
        }
        return output(SitePaths.text, template: "text", frame: frame, context)
    }

    /// `hreflang` links between the two language versions, and the bilingual landing page as the default.
    func languageAlternates() -> [PageFrame.Link] {
        let base = site.baseURL
        func href(_ page: String) -> String { SitePaths.absolute(path(page), base: base) ?? page }
        return [
            PageFrame.Link(href: href(SitePaths.text), label: primary, hreflang: primary),
            PageFrame.Link(href: href(SitePaths.english), label: translation, hreflang: translation),
            PageFrame.Link(href: href(SitePaths.landing), label: "x-default", hreflang: "x-default"),
        ]
    }
}
