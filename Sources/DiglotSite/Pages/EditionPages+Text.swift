import DiglotEdition

extension EditionPages {
    /// The full text in the primary language: front matter, body with note calls, notes, bibliography.
    func textPage() -> Page {
        let article = self.article(primary)
        var frame = frame(page: SitePaths.text, language: primary, title: edition.title, bodyClass: "page-text")
        frame.languageSwitch = PageFrame.Link(href: SitePaths.english, label: strings(primary)["switch_to_translation"], hreflang: translation)
        frame.alternates = languageAlternates()
        frame.metadata = metadata.head(language: primary, page: path(SitePaths.text))
        var context: TemplateValues = [
            "front": .map(article.frontMatter(edition.sections.primary)),
            "body_html": .text(article.renderer.renderBody(edition.sections.body) + article.renderer.render(edition.sections.trailing)),
            "notes": article.notes(),
            "has_notes": .bool(!edition.notes.notes.isEmpty),
            "editorial_notes": .maps(editorialNotes()), "has_editorial_notes": .bool(!edition.annotations.notes.isEmpty),
            "gloss_store": .maps(glossStore()),
        ]
        context["bibliography"] = article.bibliography(edition.sections.primaryBibliography, idPrefix: "lit")
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
