import Testing
@testable import DiglotEdition
@testable import DiglotSite

/// The citation index and the editorial layer as pages.
struct CitationIndexPageTests {
    var files: [String: String] { EditionPagesTests.site.0 }
    var sources: String { files["melkonyan-2022/sources.html"]! }
    var text: String { files["melkonyan-2022/text.html"]! }

    @Test func aPrintedReferenceKeepsItsItalicsAndEscapesTheRest() {
        #expect(PrintedReference.html("Иванов И. *Книга <1>*. М.: A&B, 2020.") == "Иванов И. <em>Книга &lt;1&gt;</em>. М.: A&amp;B, 2020.")
        #expect(PrintedReference.html("*Журнал*, *Том*") == "<em>Журнал</em>, <em>Том</em>")
        #expect(PrintedReference.html("без курсива") == "без курсива")
        #expect(PrintedReference.html("\"Цитата\" 'в кавычках'") == "&quot;Цитата&quot; 'в кавычках'")
        // A mark the conversion left unclosed still closes before the reference ends.
        #expect(PrintedReference.html("Текст *без конца") == "Текст <em>без конца</em>")
        #expect(PrintedReference.html("") == "")
    }

    @Test func theIndexListsEachOfThe38SourcesOnce() {
        let ids = SiteTestSupport.matches("<li class=\"source\" id=\"(src-[0-9]+)\"", in: sources)
        #expect(ids == (1...38).map { "src-\($0)" })
        #expect(sources.contains("role=\"doc-bibliography\""))
    }

    @Test func everyCitingPlaceLinksToItsEntryAndTheEntryLinksBack() {
        let english = files["melkonyan-2022/en.html"]!
        var forward: Set<String> = []
        for page in [text, english] {
            for match in SiteTestSupport.matches("<li id=\"((?:lit|ref)-[0-9]+)\">", in: page) { forward.insert(match) }
        }
        let noteSources = SiteTestSupport.matches("<a role=\"doc-biblioref\" href=\"sources.html#(src-[0-9]+)\"", in: text)
        #expect(noteSources.count == 37 + 17)
        #expect(SiteTestSupport.count("role=\"doc-biblioref\"", in: english) == 17)
        for entry in SiteTestSupport.matches("<li class=\"source\" id=\"(src-[0-9]+)\"", in: sources) {
            let block = sources.components(separatedBy: "id=\"\(entry)\"")[1].components(separatedBy: "<li class=\"source\"")[0]
            let backlinks = SiteTestSupport.matches("<a role=\"doc-backlink\" href=\"((?:text|en)\\.html#[a-z0-9-]+)\"", in: block)
            #expect(!backlinks.isEmpty, "\(entry) has no backlinks")
            for backlink in backlinks {
                let parts = backlink.split(separator: "#")
                let page = parts[0] == "text.html" ? text : english
                #expect(page.contains("id=\"\(parts[1])\""), "\(backlink) lands nowhere")
            }
        }
        let degterev = sources.components(separatedBy: "id=\"src-1\"")[1].components(separatedBy: "<li class=\"source\"")[0]
        #expect(SiteTestSupport.matches(">(прим\\. [0-9]+|Литература [0-9]+|References [0-9]+)</a>", in: degterev)
            == ["прим. 1", "прим. 23", "Литература 1", "References 1"])
    }

    @Test func filtersAndSortOrdersWorkWithoutScript() {
        for value in ["journalArticle", "officialDocument", "webPage", "report", "ru", "en", "ja", "notes", "bibliography", "both"] {
            #expect(sources.contains("id=\"f-") && sources.contains("value=\"\(value)\""), "no filter for \(value)")
        }
        #expect(files["melkonyan-2022/sources-filters.css"]?.contains(".sources-page:has(#f-where-both:checked) .source:not([data-where=\"both\"]) { display: none; }") == true)
        #expect(sources.contains("<link rel=\"stylesheet\" href=\"sources-filters.css\">"))
        let byTitle = SiteTestSupport.matches("<li class=\"source\" id=\"(src-[0-9]+)\"", in: files["melkonyan-2022/sources-by-title.html"]!)
        let byYear = SiteTestSupport.matches("<li class=\"source\" id=\"(src-[0-9]+)\"", in: files["melkonyan-2022/sources-by-year.html"]!)
        #expect(Set(byTitle) == Set((1...38).map { "src-\($0)" }) && byTitle != byYear)
    }

    @Test func eachEntryOffersItsCitationAndItsExports() {
        #expect(SiteTestSupport.count("<details class=\"cite-source\">", in: sources) == 38)
        for id in 1...38 {
            for format in ["json", "bib", "ris"] {
                #expect(files["melkonyan-2022/sources/src-\(id).\(format)"] != nil)
            }
        }
        #expect(files["melkonyan-2022/cite/article.bib"]?.contains("10.31857/S013128120019300-1") == true)
    }

    @Test func theGlossesShowInTheTextAndTheGlossaryListsEachPlaceOfUse() {
        let glossary = files["melkonyan-2022/glossary.html"]!
        #expect(SiteTestSupport.count("<section class=\"glossary-entry\"", in: glossary) == 44)
        let marked = SiteTestSupport.matches("<a class=\"gloss\" id=\"gl-[0-9]+-[0-9]+\" href=\"glossary.html#(gl-[0-9]+)\"", in: text)
        #expect(Set(marked).count >= 40)
        for target in Set(marked) { #expect(glossary.contains("id=\"\(target)\"")) }
        #expect(text.contains("<template id=\"diglot-glosses\">"))
        #expect(text.contains(">КИИ</a>"))
    }

    @Test func correctionsKeepTheOriginalVisibleAndTheApparatusSaysWhy() {
        #expect(text.contains("<span class=\"correction\" id=\"cor-1\"><span class=\"correction-original\">November 6, 2021</span> <ins class=\"correction-reading\"><span class=\"visually-hidden\">исправление редактора: </span>[November 6, 2020]</ins></span>"))
        let apparatus = files["melkonyan-2022/apparatus.html"]!
        #expect(SiteTestSupport.count("<li id=\"apparatus-cor-", in: apparatus) == 6)
        #expect(apparatus.contains("press/2020/1106_003"))
        #expect(apparatus.contains("Согласованность ссылок"))
    }
}
