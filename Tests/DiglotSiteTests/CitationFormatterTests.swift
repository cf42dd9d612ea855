import Testing
@testable import DiglotEdition
@testable import DiglotSite

/// "How to cite": the journal's own citation where it printed one, else one made in its style from the metadata.
struct CitationFormatterTests {
    static func formatter(_ article: String, editionYAML: String? = nil, siteYAML: String? = nil) -> CitationFormatter {
        let site = siteYAML.map { SiteConfiguration.read(SourceFile(path: "site.yaml", text: $0)).0 } ?? SiteConfiguration()
        let source = EditionSource(slug: "a", article: SourceFile(path: "a.md", text: article),
                                   edition: editionYAML.map { SourceFile(path: "e.yaml", text: $0) }, annotations: nil)
        return CitationFormatter(edition: EditionBuilder.build(source, site: site).0)
    }

    /// The second article without its printed citations: only the metadata is left to cite from.
    static let uncited = SiteTestSupport.secondArticle
        .replacingOccurrences(of: "*Для цитирования:*\n\nПетрова А.С. Энергетическое сотрудничество России и Республики Корея в Арктике: от проектов к институтам // Проблемы Дальнего Востока. 2023. № 4. С. 101–115.  \nDOI: 10.31857/S013128120000001-2\n\n", with: "")
        .replacingOccurrences(of: "*For citation:*\n\nPetrova A.S. Energy Cooperation between Russia and the Republic of Korea in the Arctic: from Projects to Institutions // *Far Eastern Studies*. 2023. No. 4. Pp. 101–115.  \nDOI: 10.31857/S013128120000001-2\n\n", with: "")
    static let facts = "journal:\n  title: Проблемы Дальнего Востока\n  title_en: Far Eastern Studies\nissue: \"4\"\nfirst_page: \"101\"\nlast_page: \"115\"\npublication_date: 2023-08-01\n"

    @Test func thePrintedCitationIsUsedAsPrinted() {
        let text = Self.formatter(SiteTestSupport.secondArticle).text(language: "ru")
        #expect(text.hasPrefix("Петрова А.С. Энергетическое сотрудничество") && text.contains("№ 4. С. 101–115."))
    }

    @Test func withoutOneTheCitationIsMadeWithTheJournalsAbbreviationsOfEachLanguage() {
        #expect(Self.uncited != SiteTestSupport.secondArticle)
        let formatter = Self.formatter(Self.uncited, editionYAML: Self.facts)
        #expect(formatter.text(language: "ru").hasSuffix("// Проблемы Дальнего Востока. 2023. № 4. С. 101–115. DOI: 10.31857/S013128120000001-2"))
        #expect(formatter.text(language: "en").hasSuffix("// Far Eastern Studies. 2023. No. 4. Pp. 101–115. DOI: 10.31857/S013128120000001-2"))
    }

    @Test func theAbbreviationsComeFromTheJournalProfile() {
        let site = "profile:\n  primary:\n    issue: [\"Вып.\"]\n    pages: [\"Стр.\"]\n"
        let text = Self.formatter(Self.uncited, editionYAML: Self.facts, siteYAML: site).text(language: "ru")
        #expect(text.contains(". Вып. 4. Стр. 101–115."))
    }
}
