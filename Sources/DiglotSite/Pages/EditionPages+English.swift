import DiglotEdition

extension EditionPages {
    /// The translated front matter and reference list, with a clear way to the full text, which exists only
    /// in the primary language.
    func englishPage() -> Page {
        let article = self.article(translation)
        let matter = edition.sections.translation ?? FrontMatter(language: translation)
        var frame = frame(page: SitePaths.english, language: translation,
                          title: edition.translatedTitle ?? edition.title, bodyClass: "page-english")
        frame.languageSwitch = PageFrame.Link(href: SitePaths.text, label: strings(translation)["switch_to_primary"], hreflang: primary)
        frame.alternates = languageAlternates()
        frame.metadata = metadata.head(language: translation, page: path(SitePaths.english))
        var context: TemplateValues = ["front": .map(article.frontMatter(matter)), "text_href": .text(SitePaths.text)]
        context["bibliography"] = article.bibliography(edition.sections.translationBibliography, idPrefix: "ref")
        return output(SitePaths.english, template: "english", frame: frame, context)
    }
}
