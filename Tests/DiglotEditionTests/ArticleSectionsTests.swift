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

    @Test func theUnchangedArticleHasNothingLeftOver() {
        #expect(TestSupport.edition(Self.second).0.sections.trailing.isEmpty)
    }
}
