import Testing
@testable import DiglotEdition

/// Splitting an article into its parts keeps every block somewhere: what no part takes is shown and reported.
struct ArticleSectionsTests {
    static let second = TestSupport.text("Tests/Fixtures/second-article/article.md")

    @Test func blocksAfterAReferenceListAreKeptAndReported() {
        let marker = "(дата обращения: 16.02.2023).\n\n## Energy Cooperation"
        #expect(Self.second.contains(marker))
        let article = Self.second.replacingOccurrences(
            of: marker, with: "(дата обращения: 16.02.2023).\n\n#### Информация об авторе\n\nПетрова А.С. — к.полит.н.\n\n> Цитата из письма.\n\n## Energy Cooperation")
        let (edition, diagnostics) = TestSupport.edition(article)
        #expect(edition.sections.primaryBibliography?.entries.count == 4)
        #expect(edition.sections.trailing.map(\.plainText) == ["Информация об авторе", "Петрова А.С. — к.полит.н.", "Цитата из письма."])
        #expect(edition.sections.translation?.title?.text.hasPrefix("Energy Cooperation") == true)
        let warning = diagnostics.first { $0.message.hasPrefix("this block follows a reference list") }
        #expect(warning?.severity == .warning)
        #expect(warning?.line == article.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "#### Информация об авторе")! + 1)
    }

    @Test func aParagraphThatAnUnderlineMadeAHeadingIsReported() {
        let marker = "Первый из них уже сказался на заказах корейских верфей."
        #expect(Self.second.contains(marker + "\n"))
        let article = Self.second.replacingOccurrences(of: marker + "\n", with: marker + "\n---\n")
        let (edition, diagnostics) = TestSupport.edition(article)
        let warnings = diagnostics.filter { $0.message.hasPrefix("this heading is a line underlined") }
        #expect(warnings.map(\.line) == [article.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: Substring(marker))! + 1])
        #expect(warnings.first?.severity == .warning)
        // The article's own headings, set with `#`, and the line above the notes' rule raise none.
        #expect(TestSupport.edition(Self.second).1.allSatisfy { !$0.message.hasPrefix("this heading is a line underlined") })
        #expect(edition.sections.body.contains { if case .heading = $0.kind { $0.plainText == marker } else { false } })
    }

    @Test func aReferenceThatAPageEndSplitBeforeItsYearIsOneEntry() {
        let entry = "- *Ким С.* Корейское судостроение и Арктика // *Вестник Института Кореи*. 2019. Т. 4."
        #expect(Self.second.contains(entry))
        let article = Self.second.replacingOccurrences(of: entry, with: "- *Ким С.* Корейское судостроение и Арктика // *Вестник Института Кореи*.\n\n2019. Т. 4.")
        let sections = TestSupport.edition(article).0.sections
        #expect(sections.primaryBibliography?.entries.count == 4)
        #expect(sections.primaryBibliography?.entries.first?.text.contains("Кореи. 2019. Т. 4. № 2.") == true)
    }

    @Test func aReferenceListHeadedInBoldIsFound() {
        #expect(Self.second.contains("\n### Литература\n") && Self.second.contains("\n### References\n"))
        let article = Self.second.replacingOccurrences(of: "\n### Литература\n", with: "\n**Литература**\n")
            .replacingOccurrences(of: "\n### References\n", with: "\n**References**\n")
        let sections = TestSupport.edition(article).0.sections
        #expect(sections.primaryBibliography?.entries.count == 4)
        #expect(sections.translationBibliography?.entries.count == 4)
        #expect(!sections.body.contains { $0.plainText == "Литература" })
        #expect(sections.translation?.authors.map(\.name.text) == ["Anna S. Petrova"])
    }

    static let russianTitle = "## Энергетическое сотрудничество России и Республики Корея в Арктике: от проектов к институтам"
    static let englishTitle = "## Energy Cooperation between Russia and the Republic of Korea in the Arctic: from Projects to Institutions"

    /// What the unchanged article gives, to compare a variant with: everything but the titles' markup the same.
    static func parts(_ sections: ArticleSections) -> [String] {
        [sections.primary.title?.text ?? "-", sections.translation?.title?.text ?? "-",
         sections.primary.authors.map(\.name.text).joined(), sections.translation?.authors.map(\.name.text).joined() ?? "-",
         String(sections.primary.abstract.count), String(sections.translation?.abstract.count ?? 0),
         sections.body.first?.plainText ?? "-", String(sections.primaryBibliography?.entries.count ?? 0),
         String(sections.translationBibliography?.entries.count ?? 0), String(sections.trailing.count)]
    }

    @Test(arguments: [false, true])
    func aTitleSetInBoldIsTheTitle(englishInBoldToo: Bool) {
        #expect(Self.second.contains(Self.russianTitle) && Self.second.contains(Self.englishTitle))
        var article = Self.second.replacingOccurrences(of: Self.russianTitle, with: "**ЭНЕРГЕТИЧЕСКОЕ СОТРУДНИЧЕСТВО РОССИИ И РЕСПУБЛИКИ КОРЕЯ В АРКТИКЕ: ОТ ПРОЕКТОВ К ИНСТИТУТАМ**")
        if englishInBoldToo {
            article = article.replacingOccurrences(of: Self.englishTitle, with: "**Energy Cooperation between Russia and the Republic of Korea in the Arctic: from Projects to Institutions**")
        }
        let (edition, diagnostics) = TestSupport.edition(article)
        let expected = Self.parts(TestSupport.edition(Self.second).0.sections)
        var got = Self.parts(edition.sections)
        #expect(got[0] == "ЭНЕРГЕТИЧЕСКОЕ СОТРУДНИЧЕСТВО РОССИИ И РЕСПУБЛИКИ КОРЕЯ В АРКТИКЕ: ОТ ПРОЕКТОВ К ИНСТИТУТАМ")
        got[0] = expected[0]
        #expect(got == expected)
        // The body's sections stay below the title: `###` is shown one level under it, as with a `##` title.
        #expect(edition.sections.titleLevel == 2)
        #expect(!diagnostics.contains { $0.severity != .note }, "\(diagnostics.map(\.message))")
    }

    @Test func aBoldAuthorBeforeAHeadingTitleStaysTheAuthor() {
        // No label comes before the first heading, so that heading is the title and the bold name its author.
        let article = Self.second.replacingOccurrences(of: Self.russianTitle, with: "**Петрова Анна Сергеевна**\n\n" + Self.russianTitle)
        let sections = TestSupport.edition(article).0.sections
        #expect(sections.primary.title?.text.hasPrefix("Энергетическое сотрудничество") == true)
    }

    @Test func fundingPrintedAfterTheReferenceListIsTheFunding() {
        let funding = "*Funding sources:*\n\nThe research was supported by the Russian Science Foundation, grant No. 00-00-00000 \"Arctic Policy of the Northeast Asian States\".\n\n"
        #expect(Self.second.contains(funding))
        let article = Self.second.replacingOccurrences(of: funding, with: "") + "\n" + funding + "Примечание редакции.\n"
        let (edition, diagnostics) = TestSupport.edition(article)
        let sections = edition.sections
        #expect(sections.translation?.funding?.text.hasPrefix("The research was supported") == true)
        #expect(sections.translationBibliography?.entries.count == 4)
        #expect(sections.trailing.map(\.plainText) == ["Примечание редакции."])
        #expect(edition.pairs.contains { $0.kind == .funding && $0.isComplete })
        #expect(!diagnostics.contains { $0.message.contains("funding") })
    }

    @Test func aReferenceWhoseTitleBeginsWithALabelStaysAnEntry() {
        // An entry set as a paragraph after the list, whose title begins with a label's word but has no colon.
        let article = Self.second + "\nFunding of the Arctic Region. *Polar Record*. 2019. Vol. 55. No. 3. Pp. 1–9.\n"
        let sections = TestSupport.edition(article).0.sections
        #expect(sections.translationBibliography?.entries.count == 5)
        #expect(sections.translation?.funding?.text.hasPrefix("The research was supported") == true)
        #expect(sections.trailing.isEmpty)
    }

    @Test func theUnchangedArticleHasNothingLeftOver() {
        #expect(TestSupport.edition(Self.second).0.sections.trailing.isEmpty)
    }
}
