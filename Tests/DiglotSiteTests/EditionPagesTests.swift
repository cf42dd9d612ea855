import Testing
@testable import DiglotEdition
@testable import DiglotSite

/// The pages of the first edition as a reader and a validator see them.
struct EditionPagesTests {
    static let site = SiteTestSupport.build(SiteTestSupport.fileSystem(
        editions: ["melkonyan-2022": SiteTestSupport.firstArticle],
        extra: ["content/melkonyan-2022/edition.yaml": SiteTestSupport.firstEditionYAML,
                "content/melkonyan-2022/annotations.yaml": String(decoding: SiteTestSupport.read("content/melkonyan-2022/annotations.yaml"), as: UTF8.self)]))
    var files: [String: String] { Self.site.0 }
    var text: String { files["melkonyan-2022/text.html"]! }

    @Test func theBuildSucceedsWithoutDiagnostics() {
        #expect(Self.site.1.diagnostics.isEmpty, "\(Self.site.1.diagnostics.map(\.message))")
        for page in ["index.html", "404.html", "sitemap.xml", "assets/diglot.css", "melkonyan-2022/index.html",
                     "melkonyan-2022/text.html", "melkonyan-2022/en.html", "melkonyan-2022/apparatus.html",
                     "melkonyan-2022/source.html", "melkonyan-2022/article.md"] {
            #expect(files[page] != nil, "\(page) missing")
        }
    }

    @Test func theMissingPageSpeaksBothLanguagesAndLinksHomeByAbsoluteAddress() {
        let page = files["404.html"]!
        #expect(page.contains("<html lang=\"ru\""))
        #expect(page.contains("<p lang=\"en\">There is no such page on this site. <a href=\"https://example.org/ed/index.html\">"))
    }

    @Test func everyCallIsADocNoterefToItsNoteAndEveryNoteLinksBackToEachCall() {
        let refs = SiteTestSupport.matches("<a role=\"doc-noteref\" id=\"(call-[0-9-]+)\"", in: text)
        let targets = SiteTestSupport.matches("<a role=\"doc-noteref\" id=\"call-[0-9-]+\" href=\"#(note-[0-9]+)\"", in: text)
        #expect(refs.count == targets.count)
        #expect(Set(targets) == Set((1...36).map { "note-\($0)" }))
        let footnotes = SiteTestSupport.matches("role=\"doc-footnote\" id=\"(note-[0-9]+)\"", in: text)
        #expect(footnotes == (1...36).map { "note-\($0)" })
        let backlinks = SiteTestSupport.matches("<a role=\"doc-backlink\" href=\"#(call-[0-9-]+)\"", in: text)
        #expect(backlinks.sorted() == refs.sorted())
    }

    @Test func theTextCarriesNoPageFurniture() {
        let body = text.components(separatedBy: "<div class=\"article-body\">")[1].components(separatedBy: "<section class=\"notes\"")[0]
        #expect(!body.contains("<hr"))
        #expect(!body.contains("<ol start="))
        #expect(!body.contains(">URL: "))
        #expect(body.contains("<span class=\"healed\" id=\"ed-"))
        #expect(body.contains("подчеркивает") && !body.contains("подчерки-"))
    }

    @Test func theLandingPagePairsEachAbstractParagraphWithItsTranslation() {
        let landing = files["melkonyan-2022/index.html"]!
        for index in 1...4 {
            let cells = SiteTestSupport.matches("lang=\"(ru|en)\" data-pair=\"abstract-\(index)\"", in: landing)
            #expect(cells == ["ru", "en"])
        }
        for key in ["title", "author-1", "affiliation-1", "received", "keywords", "citation", "funding", "figure-1", "bib-1", "bib-17"] {
            #expect(SiteTestSupport.matches("lang=\"(ru|en)\" data-pair=\"\(key)\"", in: landing) == ["ru", "en"], "\(key)")
        }
        #expect(landing.contains("role=\"doc-abstract\""))
        #expect(landing.contains("<a href=\"https://doi.org/10.31857/S013128120019300-1\">"))
    }

    @Test func theLanguageVersionsLinkEachOtherBothWays() {
        let english = files["melkonyan-2022/en.html"]!
        #expect(text.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/ed/melkonyan-2022/en.html\">"))
        #expect(english.contains("<link rel=\"alternate\" hreflang=\"ru\" href=\"https://example.org/ed/melkonyan-2022/text.html\">"))
        #expect(text.contains("<a href=\"en.html\" hreflang=\"en\" lang=\"en\">English version</a>"))
        #expect(english.contains("<a href=\"text.html\" hreflang=\"ru\" lang=\"ru\">Русская версия</a>"))
        #expect(english.contains("<html lang=\"en\">") && text.contains("<html lang=\"ru\">"))
    }

    @Test func theHeadCarriesScholarlyMetadataInThePagesLanguage() {
        #expect(text.contains("<meta name=\"citation_doi\" content=\"10.31857/S013128120019300-1\">"))
        #expect(text.contains("<meta name=\"citation_publication_date\" content=\"2022/04/19\">"))
        #expect(text.contains("<meta name=\"citation_firstpage\" content=\"49\">"))
        #expect(text.contains("<meta name=\"citation_lastpage\" content=\"62\">"))
        #expect(text.contains("<meta name=\"citation_issue\" content=\"2\">"))
        #expect(text.contains("<meta name=\"citation_journal_title\" content=\"Проблемы Дальнего Востока\">"))
        let english = files["melkonyan-2022/en.html"]!
        #expect(english.contains("<meta name=\"citation_journal_title\" content=\"Far Eastern Studies\">"))
        #expect(english.contains("<meta name=\"citation_title\" content=\"Japan&#39;s Approaches") || english.contains("<meta name=\"citation_title\" content=\"Japan's Approaches"))
        #expect(text.contains("\"workTranslation\""))
        #expect(english.contains("\"translationOfWork\""))
    }

    @Test func theApparatusListsEachJoinWithTheOriginalAndTheResult() {
        let apparatus = files["melkonyan-2022/apparatus.html"]!
        #expect(SiteTestSupport.count("<li class=\"intervention ", in: apparatus) == 40)
        #expect(apparatus.contains("href=\"source.html#L42\" title=\"строка 42\">подчерки-</a>"))
        #expect(apparatus.contains("href=\"source.html#L44\" title=\"строка 44\">вает</a>"))
        #expect(apparatus.contains("<p class=\"intervention-result\"><span class=\"visually-hidden\">в издании: </span>подчеркивает</p>"))
        let source = files["melkonyan-2022/source.html"]!
        #expect(source.contains("<li id=\"L42\"><code>"))
    }

    @Test func everyInternalLinkAndAnchorResolves() {
        let pages = files.filter { $0.key.hasSuffix(".html") }.map { OutputValidator.Page(path: $0.key, html: $0.value) }
        let others = Set(files.keys.filter { !$0.hasSuffix(".html") })
        #expect(OutputValidator(pages: pages, otherFiles: others).validate().map(\.message) == [])
    }

    @Test(arguments: [
        ("Candidate of Sciences (Economics), Senior Researcher, ICCA RAS (address: 32, Moscow). ORCID: 0000-0002. E-mail: a@b.org.",
         "Candidate of Sciences (Economics), Senior Researcher, ICCA RAS"),
        ("Старший научный сотрудник ИКСА РАН  (адрес: 117997, Москва). ORCID: 0000-0002.", "Старший научный сотрудник ИКСА РАН"),
        ("Researcher, ICCA RAS. E-mail: kim@example.org.", "Researcher, ICCA RAS"),
    ])
    func theInstitutionIsTheAffiliationBeforeItsAddress(affiliation: String, institution: String) {
        #expect(ArticleMetadata.institution(affiliation) == institution)
    }

    @Test func aFigureWithACaptionInOneLanguageOnlyIsNoHalfPairThatTheCheckRejects() {
        let article = SiteTestSupport.secondArticle.replacingOccurrences(
            of: "Figure 1. Cargo traffic on the Northern Sea Route, million tonnes (2015—2022)\n\n", with: "")
        let (files, report) = SiteTestSupport.build(SiteTestSupport.fileSystem(editions: ["a": article]))
        #expect(report.diagnostics.contains { $0.message == "figure 1 has no counterpart in the English part" })
        let text = files["a/text.html"]!
        #expect(text.contains("<p class=\"figure-caption\" lang=\"ru\"><span class=\"figure-label\">Рис. 1.</span>"))
        #expect(!text.contains("data-pair=\"figure-1\""))
        let pages = files.filter { $0.key.hasSuffix(".html") }.map { OutputValidator.Page(path: $0.key, html: $0.value) }
        let problems = OutputValidator(pages: pages, otherFiles: Set(files.keys)).validate()
        #expect(problems.filter { $0.message.contains("pair") }.isEmpty, "\(problems.map(\.message))")
    }

    @Test func aProblemTheSourcesCannotPlaceIsReportedAtTheBuiltPagesLine() {
        let html = "<p>\n<div lang=\"ru\" data-pair=\"title\">x</div>\n<a href=\"#nowhere\">y</a>\n</p>\n"
        let found = OutputValidator(pages: [OutputValidator.Page(path: "a/text.html", html: html)], otherFiles: [], outputPath: "site").validate()
        #expect(found.map(\.message) == [
            "the link '#nowhere' points to #nowhere, which a/text.html does not have (in the page as built; its template or the article made it)",
            "the pair 'title' is not complete: it has ru only (in the page as built; its template or the article made it)",
        ])
        #expect(found.map(\.file) == ["site/a/text.html", "site/a/text.html"])
        #expect(found.map(\.line) == [3, 2])
    }
}
