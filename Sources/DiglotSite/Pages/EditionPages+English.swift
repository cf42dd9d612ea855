import DiglotEdition

extension EditionPages {
    /// The translated front matter and reference list, with a clear way to the full text, which exists only
    /// in the primary language.
    func englishPage() -> OutputFile {
        let article = self.article(translation)
        let matter = edition.sections.translation ?? FrontMatter(language: translation)
        var frame = frame(page: SitePaths.english, language: translation,
                          title: edition.translatedTitle ?? edition.title, bodyClass: "page-english")
        frame.languageSwitch = PageFrame.Link(href: SitePaths.text, label: strings(translation)["switch_to_primary"], hreflang: primary)
        frame.alternates = languageAlternates()
        frame.metadata = ArticleMetadata(edition: edition, site: site).head(language: translation, page: path(SitePaths.english))
        var context: [String: Any] = [
            "front": article.frontMatter(matter),
            "text_href": SitePaths.text,
        ]
        if let bibliography = article.bibliography(edition.sections.translationBibliography, idPrefix: "ref") {
            context["bibliography"] = bibliography
        }
        return output(SitePaths.english, template: "english", frame: frame, context)
    }
}
