import Foundation
import Testing
@testable import DiglotEdition
@testable import DiglotSite

/// The citation exports, read back by the parsers reference managers rely on: every source of both test articles
/// must come through each format whole, with its identifiers, dates and names intact.
struct CitationExportTests {
    static let first = edition(SiteTestSupport.firstArticle, yaml: SiteTestSupport.firstEditionYAML, slug: "melkonyan-2022")
    static let second = edition(
        SiteTestSupport.secondArticle,
        yaml: String(decoding: SiteTestSupport.read("Tests/Fixtures/second-article/edition.yaml"), as: UTF8.self),
        slug: "second-article")

    static func edition(_ article: String, yaml: String, slug: String) -> Edition {
        let source = EditionSource(
            slug: slug, article: SourceFile(path: "content/\(slug)/article.md", text: article),
            edition: SourceFile(path: "content/\(slug)/edition.yaml", text: yaml), annotations: nil)
        return EditionBuilder.build(source, site: SiteConfiguration()).0
    }

    static func source(in edition: Edition, where matches: (ParsedReference) -> Bool) throws -> CitedSource {
        try #require(edition.citations.sources.first { matches($0.reference) })
    }

    /// A source made by hand, to put one field's edge case through every format.
    static func handMade(_ number: Int = 1, _ fill: (inout ParsedReference) -> Void) -> CitedSource {
        var reference = ParsedReference(raw: "printed")
        reference.title = "A title"
        fill(&reference)
        return CitedSource(number: number, citations: [], reference: reference, translatedTitle: nil, variants: [])
    }

    static let bibLaTeXTypes: [ReferenceType: String] = [
        .journalArticle: "article", .webPage: "online", .report: "report", .officialDocument: "misc", .book: "book",
    ]
    static let risTypes: [ReferenceType: String] = [
        .journalArticle: "JOUR", .webPage: "ELEC", .report: "RPRT", .officialDocument: "GEN", .book: "BOOK",
    ]

    // MARK: The first edition's citation index

    @Test func theFirstEditionsCSLJSONValidatesWithOneItemPerSource() throws {
        let sources = Self.first.citations.sources
        #expect(sources.count == 38)
        let report = try OutsideParsers.csl(CitationExports.cslJSON(sources))
        #expect(report.errors == [])
        #expect(report.records.map { $0["id"] ?? [] } == sources.map { [$0.id] })
        #expect(Set(report.records.compactMap { $0["id"]?.first }).count == sources.count)
        #expect(report.records.map { $0["type"] ?? [] } == sources.map { [$0.reference.type.cslType] })

        let journal = try Self.source(in: Self.first) { $0.doi?.hasPrefix("10.17323/1996") == true }
        let item = try #require(report.record(journal.id))
        #expect(item["DOI"] == ["10.17323/1996-7845-2021-03-01"])
        #expect(item["note"] == ["DOI as printed: 10.17323/1996–7845–2021–03–01"])
        #expect(item["page"] == ["7-33"])
        #expect(item["author"] == [#"[{"family":"Дегтерев","given":"Д.А."},{"family":"Рамич","given":"М.С."},{"family":"Пискунов","given":"Д.А."}]"#])
        #expect(item["translated-title"]?.first?.hasPrefix("Approaches of the United States and China") == true)
        #expect(item["language"] == ["ru"])

        let firm = try Self.source(in: Self.first) { $0.containerTitle == "L&E Global" }
        #expect(report.record(firm.id)?["container-title"] == ["L&E Global"])
        let agency = try Self.source(in: Self.first) { $0.publisher != nil && $0.publisher == $0.containerTitle }
        #expect(report.record(agency.id)?["container-title"] == [try #require(agency.reference.containerTitle)])
        #expect(report.record(agency.id)?["publisher"] == nil)
        let strategy = try Self.source(in: Self.first) { $0.url?.hasSuffix("national_strategy_001_eng.pdf") == true }
        #expect(report.record(strategy.id)?["accessed"] == [#"{"date-parts":[[2021,11,20]]}"#])
        #expect(report.record(strategy.id)?["issued"] == [#"{"date-parts":[[2006,2,2]]}"#])
        let commitment = try Self.source(in: Self.first) { $0.url?.hasSuffix("index.html#sec1") == true }
        #expect(report.record(commitment.id)?["issued"] == [#"{"date-parts":[[2021,9]]}"#])
        let japanese = try Self.source(in: Self.first) { $0.language == "ja" }
        #expect(report.record(japanese.id)?["language"] == ["ja"])
        #expect(report.record(japanese.id)?["translated-title"]?.first?.hasPrefix("\"On peace and stability") == true)
    }

    @Test func theFirstEditionsBibLaTeXParsesIntoOneEntryPerSource() throws {
        let sources = Self.first.citations.sources
        let report = try OutsideParsers.bib(CitationExports.bibLaTeX(sources))
        #expect(report.errors == [])
        #expect(report.records.map { $0["key"] ?? [] } == sources.map { [$0.id] })
        #expect(report.records.map { $0["type"] ?? [] } == sources.map { [Self.bibLaTeXTypes[$0.reference.type] ?? "?"] })

        let journal = try Self.source(in: Self.first) { $0.doi?.hasPrefix("10.17323/1996") == true }
        let entry = try #require(report.record(journal.id, key: "key"))
        #expect(entry["doi"] == ["10.17323/1996-7845-2021-03-01"])
        #expect(entry["author:family"] == ["Дегтерев", "Рамич", "Пискунов"])
        #expect(entry["author:given"] == ["Д.А.", "М.С.", "Д.А."])
        #expect(entry["journaltitle"] == ["Вестник международных организаций"])
        #expect(entry["date"] == ["2021"])
        #expect(entry["pages"] == ["7--33"])
        #expect(entry["langid"] == ["russian"])

        // The URL is read verbatim: its %, &, _ and # must arrive unescaped.
        let cached = try Self.source(in: Self.first) { $0.url?.contains("&cd=1&hl=ru") == true }
        #expect(report.record(cached.id, key: "key")?["url"] == [try #require(cached.reference.url)])
        let pdf = try Self.source(in: Self.first) { $0.url?.contains("What%27s") == true }
        #expect(report.record(pdf.id, key: "key")?["url"] == [try #require(pdf.reference.url)])
        let strategy = try Self.source(in: Self.first) { $0.url?.hasSuffix("national_strategy_001_eng.pdf") == true }
        #expect(report.record(strategy.id, key: "key")?["url"] == ["https://www.nisc.go.jp/eng/pdf/national_strategy_001_eng.pdf"])
        #expect(report.record(strategy.id, key: "key")?["urldate"] == ["2021-11-20"])
        #expect(report.record(strategy.id, key: "key")?["date"] == ["2006-02-02"])
        let commitment = try Self.source(in: Self.first) { $0.url?.hasSuffix("index.html#sec1") == true }
        #expect(report.record(commitment.id, key: "key")?["date"] == ["2021-09"])

        let firm = try Self.source(in: Self.first) { $0.containerTitle == "L&E Global" }
        #expect(report.record(firm.id, key: "key")?["titleaddon"] == [#"L\&E Global"#])
        #expect(report.record(firm.id, key: "key")?["decoded:titleaddon"] == ["L&E Global"])
        let japanese = try Self.source(in: Self.first) { $0.language == "ja" }
        #expect(report.record(japanese.id, key: "key")?["langid"] == ["japanese"])
    }

    @Test func theFirstEditionsRISParsesIntoOneRecordPerSource() throws {
        let sources = Self.first.citations.sources
        let report = try OutsideParsers.ris(CitationExports.ris(sources))
        #expect(report.errors == [])
        #expect(report.records.map { $0["id"] ?? [] } == sources.map { [$0.id] })
        #expect(report.records.map { $0["type_of_reference"] ?? [] } == sources.map { [Self.risTypes[$0.reference.type] ?? "?"] })

        let journal = try Self.source(in: Self.first) { $0.doi?.hasPrefix("10.17323/1996") == true }
        let record = try #require(report.record(journal.id))
        #expect(record["authors"] == ["Дегтерев, Д.А.", "Рамич, М.С.", "Пискунов, Д.А."])
        #expect(record["doi"] == ["10.17323/1996-7845-2021-03-01"])
        #expect(record["start_page"] == ["7"])
        #expect(record["end_page"] == ["33"])
        #expect(record["volume"] == ["16"])
        #expect(record["number"] == ["3"])
        #expect(record["year"] == ["2021"])
        #expect(record["date"] == ["2021///"])
        #expect(record["secondary_title"] == ["Вестник международных организаций"])
        #expect(record["translated_title"]?.first?.hasPrefix("Approaches of the United States") == true)

        let cached = try Self.source(in: Self.first) { $0.url?.contains("&cd=1&hl=ru") == true }
        #expect(report.record(cached.id)?["urls"] == [try #require(cached.reference.url)])
        let strategy = try Self.source(in: Self.first) { $0.url?.hasSuffix("national_strategy_001_eng.pdf") == true }
        #expect(report.record(strategy.id)?["access_date"] == ["2021/11/20/"])
        #expect(report.record(strategy.id)?["date"] == ["2006/02/02/"])
        #expect(report.record(strategy.id)?["language"] == ["en"])
        let commitment = try Self.source(in: Self.first) { $0.url?.hasSuffix("index.html#sec1") == true }
        #expect(report.record(commitment.id)?["date"] == ["2021/09//"])
    }

    // MARK: The second article

    @Test func theSecondArticlesSourcesComeThroughEveryFormat() throws {
        let sources = Self.second.citations.sources
        #expect(sources.count == 9)
        let ids = sources.map { [$0.id] }
        let csl = try OutsideParsers.csl(CitationExports.cslJSON(sources))
        let bib = try OutsideParsers.bib(CitationExports.bibLaTeX(sources))
        let ris = try OutsideParsers.ris(CitationExports.ris(sources))
        #expect(csl.errors == [])
        #expect(bib.errors == [])
        #expect(ris.errors == [])
        #expect(csl.records.map { $0["id"] ?? [] } == ids)
        #expect(bib.records.map { $0["key"] ?? [] } == ids)
        #expect(ris.records.map { $0["id"] ?? [] } == ids)

        let korean = try Self.source(in: Self.second) { $0.doi == "10.00000/2019-4-2-33-47" }
        #expect(csl.record(korean.id)?["DOI"] == ["10.00000/2019-4-2-33-47"])
        #expect(csl.record(korean.id)?["note"] == nil)
        #expect(csl.record(korean.id)?["page"] == ["33-47"])
        #expect(csl.record(korean.id)?["translated-title"] == ["Korean Shipbuilding and the Arctic"])
        #expect(bib.record(korean.id, key: "key")?["author:family"] == ["Ким"])
        #expect(ris.record(korean.id)?["end_page"] == ["47"])

        let untitledSite = try Self.source(in: Self.second) { $0.containerTitle == nil }
        #expect(csl.record(untitledSite.id)?["container-title"] == nil)
        #expect(bib.record(untitledSite.id, key: "key")?["urldate"] == ["2023-02-17"])
    }

    // MARK: The article itself

    @Test func theFirstArticlesOwnRecordParsesInAllThreeFormats() throws {
        let csl = try OutsideParsers.csl(CitationExports.articleCSLJSON(Self.first))
        #expect(csl.errors == [])
        #expect(csl.records.count == 1)
        let item = try #require(csl.records.first)
        #expect(item["id"] == ["melkonyan2022"])
        #expect(item["type"] == ["article-journal"])
        #expect(item["title"] == ["Подходы Японии к международному сотрудничеству в области кибербезопасности на примере АСЕАН"])
        #expect(item["translated-title"] == ["Japan's Approaches to International Cooperation in the Field of Cybersecurity: the Case of ASEAN"])
        #expect(item["author"] == [#"[{"family":"Мелконян","given":"Лусине Арменовна"}]"#])
        #expect(item["container-title"] == ["Проблемы Дальнего Востока"])
        #expect(item["issued"] == [#"{"date-parts":[[2022,4,19]]}"#])
        #expect(item["issue"] == ["2"])
        #expect(item["page"] == ["49-62"])
        #expect(item["DOI"] == ["10.31857/S013128120019300-1"])
        #expect(item["URL"] == ["https://doi.org/10.31857/S013128120019300-1"])
        #expect(item["ISSN"] == ["0131-2812"])
        #expect(item["language"] == ["ru"])
        #expect(item["keyword"]?.first?.hasPrefix("Япония, кибербезопасность, ") == true)
        #expect(item["abstract"]?.first?.hasPrefix("В статье проанализированы основные подходы") == true)
        #expect(item["abstract"]?.first?.hasSuffix("одним из которых является Япония.") == true)

        let bib = try OutsideParsers.bib(CitationExports.articleBibLaTeX(Self.first))
        #expect(bib.errors == [])
        #expect(bib.records.count == 1)
        let entry = try #require(bib.records.first)
        #expect(entry["key"] == ["melkonyan2022"])
        #expect(entry["type"] == ["article"])
        #expect(entry["author:family"] == ["Мелконян"])
        #expect(entry["author:given"] == ["Лусине Арменовна"])
        #expect(entry["journaltitle"] == ["Проблемы Дальнего Востока"])
        #expect(entry["date"] == ["2022-04-19"])
        #expect(entry["number"] == ["2"])
        #expect(entry["pages"] == ["49--62"])
        #expect(entry["doi"] == ["10.31857/S013128120019300-1"])
        #expect(entry["issn"] == ["0131-2812"])
        #expect(entry["langid"] == ["russian"])

        let ris = try OutsideParsers.ris(CitationExports.articleRIS(Self.first))
        #expect(ris.errors == [])
        #expect(ris.records.count == 1)
        let record = try #require(ris.records.first)
        #expect(record["type_of_reference"] == ["JOUR"])
        #expect(record["authors"] == ["Мелконян, Лусине Арменовна"])
        #expect(record["translated_title"] == ["Japan's Approaches to International Cooperation in the Field of Cybersecurity: the Case of ASEAN"])
        #expect(record["secondary_title"] == ["Проблемы Дальнего Востока"])
        #expect(record["date"] == ["2022/04/19/"])
        #expect(record["start_page"] == ["49"])
        #expect(record["end_page"] == ["62"])
        #expect(record["issn"] == ["0131-2812"])
        #expect(record["keywords"]?.count == Self.first.sections.primary.keywords.count)
        #expect(record["keywords"]?.first == "Япония")
    }

    @Test func theSecondArticlesOwnRecordParsesToo() throws {
        let csl = try OutsideParsers.csl(CitationExports.articleCSLJSON(Self.second))
        let bib = try OutsideParsers.bib(CitationExports.articleBibLaTeX(Self.second))
        let ris = try OutsideParsers.ris(CitationExports.articleRIS(Self.second))
        #expect(csl.errors == [])
        #expect(bib.errors == [])
        #expect(ris.errors == [])
        #expect(csl.records.first?["id"] == ["petrova2023"])
        #expect(csl.records.first?["page"] == ["101-115"])
        #expect(csl.records.first?["issued"] == [#"{"date-parts":[[2023,8,30]]}"#])
        #expect(bib.records.first?["author:family"] == ["Петрова"])
        #expect(ris.records.first?["doi"] == ["10.31857/S013128120000001-2"])
    }

    // MARK: The checks themselves

    @Test func theOutsideParsersRejectBrokenFiles() throws {
        let sources = Self.second.citations.sources
        let csl = CitationExports.cslJSON(sources)
        #expect(try OutsideParsers.csl(csl.replacingOccurrences(of: "\"container-title\"", with: "\"container-name\"")).errors != [])
        #expect(try OutsideParsers.csl(csl.replacingOccurrences(of: "\"webpage\"", with: "\"web page\"")).errors != [])
        let bib = CitationExports.bibLaTeX(sources)
        let unbalanced = try OutsideParsers.bib(bib.replacingOccurrences(of: "title = {", with: "title = {{"))
        #expect(unbalanced.errors != [] || unbalanced.records.count < sources.count)
        let ris = CitationExports.ris(sources)
        #expect(try OutsideParsers.ris(ris.replacingOccurrences(of: "ER  - \n", with: "")).records.count < sources.count)
        #expect(try OutsideParsers.ris(ris.replacingOccurrences(of: "PY  - ", with: "QQ  - ")).errors != [])
    }

    // MARK: Hand-made sources

    @Test func latexSpecialsAreEscapedOutsideURLAndDOI() throws {
        let text = #"Profits & Losses: 100% of R_D #1 for $5 ~ C:\temp"#
        #expect(BibLaTeXWriter.escape(text) == ##"Profits \& Losses: 100\% of R\_D \#1 for \$5 {\textasciitilde} C:{\textbackslash}temp"##)
        #expect(BibLaTeXWriter.escape("x^2 {draft}") == #"x{\textasciicircum}2 {\textbraceleft}draft{\textbraceright}"#)

        let special = Self.handMade(1) {
            $0.type = .webPage
            $0.title = text
            $0.containerTitle = "Site & {Co"
            $0.url = "https://example.org/a_b%20c?x=1&y=2#top"
            $0.doi = "10.1000/a_b{c"
        }
        let next = Self.handMade(2) { $0.title = "Next" }
        let report = try OutsideParsers.bib(CitationExports.bibLaTeX([special, next]))
        #expect(report.errors == [])
        #expect(report.records.map { $0["key"] ?? [] } == [["src-1"], ["src-2"]])
        let entry = try #require(report.record("src-1", key: "key"))
        #expect(entry["decoded:title"] == [text])
        #expect(entry["titleaddon"] == [#"Site \& {\textbraceleft}Co"#])
        #expect(entry["url"] == ["https://example.org/a_b%20c?x=1&y=2#top"])
        #expect(entry["doi"] == ["10.1000/a_b%7Bc"])
        #expect(report.record("src-2", key: "key")?["title"] == ["Next"])
    }

    @Test func balancedBracesInAURLStayAsTheyAre() {
        #expect(BibLaTeXWriter.verbatim("https://example.org/{id}") == "https://example.org/{id}")
        #expect(BibLaTeXWriter.verbatim("https://example.org/}{") == "https://example.org/%7D%7B")
    }

    @Test func datesKeepTheirPrecisionInEveryFormat() throws {
        let cases: [(date: ReferenceDate, csl: String, iso: String, ris: String)] = [
            (ReferenceDate(year: 2021), #"{"date-parts":[[2021]]}"#, "2021", "2021///"),
            (ReferenceDate(year: 2021, month: 11), #"{"date-parts":[[2021,11]]}"#, "2021-11", "2021/11//"),
            (ReferenceDate(year: 2021, month: 11, day: 20), #"{"date-parts":[[2021,11,20]]}"#, "2021-11-20", "2021/11/20/"),
            (ReferenceDate(year: 2021, month: 3, day: 5), #"{"date-parts":[[2021,3,5]]}"#, "2021-03-05", "2021/03/05/"),
        ]
        let sources = cases.enumerated().map { index, example in
            Self.handMade(index + 1) { $0.issued = example.date; $0.accessed = example.date; $0.url = "https://example.org/" }
        }
        let csl = try OutsideParsers.csl(CitationExports.cslJSON(sources))
        let bib = try OutsideParsers.bib(CitationExports.bibLaTeX(sources))
        let ris = try OutsideParsers.ris(CitationExports.ris(sources))
        #expect(csl.errors == [])
        for (source, example) in zip(sources, cases) {
            #expect(csl.record(source.id)?["issued"] == [example.csl])
            #expect(csl.record(source.id)?["accessed"] == [example.csl])
            #expect(bib.record(source.id, key: "key")?["date"] == [example.iso])
            #expect(bib.record(source.id, key: "key")?["urldate"] == [example.iso])
            #expect(ris.record(source.id)?["year"] == ["2021"])
            #expect(ris.record(source.id)?["date"] == [example.ris])
            #expect(ris.record(source.id)?["access_date"] == [example.ris])
        }
    }

    @Test func aDOIPrintedWithDashesIsHyphenatedAndTheRemarkKept() throws {
        let source = Self.handMade {
            $0.doi = "10.31696/2072–8271–2021–1"
            $0.note = "Региональный выпуск"
            $0.pages = "12 – 20"
        }
        let item = try #require(try OutsideParsers.csl(CitationExports.cslJSON([source])).records.first)
        #expect(item["DOI"] == ["10.31696/2072-8271-2021-1"])
        #expect(item["note"] == ["Региональный выпуск; DOI as printed: 10.31696/2072–8271–2021–1"])
        #expect(item["page"] == ["12-20"])
        let record = try #require(try OutsideParsers.ris(CitationExports.ris([source])).records.first)
        #expect(record["doi"] == ["10.31696/2072-8271-2021-1"])
        #expect(record["start_page"] == ["12"])
        #expect(record["end_page"] == ["20"])
        #expect(record["notes"] == ["Региональный выпуск; DOI as printed: 10.31696/2072–8271–2021–1"])
    }

    @Test func namesThatCouldBeMisreadAreProtected() throws {
        let source = Self.handMade {
            $0.authors = [
                PersonName(family: "United Nations ICT Task Force"),
                PersonName(family: "Smith and Sons", given: "J."),
                PersonName(family: "Иванов", given: "И.И."),
            ]
        }
        let entry = try #require(try OutsideParsers.bib(CitationExports.bibLaTeX([source])).records.first)
        #expect(entry["author"] == ["{United Nations ICT Task Force} and {Smith and Sons}, J. and Иванов, И.И."])
        #expect(entry["author:family"]?.count == 3)
        #expect(entry["author:family"]?.last == "Иванов")
        let record = try #require(try OutsideParsers.ris(CitationExports.ris([source])).records.first)
        #expect(record["authors"] == ["United Nations ICT Task Force", "Smith and Sons, J.", "Иванов, И.И."])
    }

    @Test func aSourceWithoutATitleKeepsItsPrintedString() throws {
        var source = Self.handMade { $0.title = nil }
        source.reference.raw = "*Unreadable* reference, 2020"
        let item = try #require(try OutsideParsers.csl(CitationExports.cslJSON([source])).records.first)
        #expect(item["title"] == nil)
        #expect(item["note"] == ["Printed as: Unreadable reference, 2020"])
    }

    @Test func theArticleKeyFallsBackToTheSlugWithoutALatinName() {
        var edition = Self.second
        edition.sections.translation?.authors = []
        #expect(CSLRecord.citationKey(edition) == "second-article")
        #expect(CSLRecord.citationKey(Self.second) == "petrova2023")
    }

    @Test func theIndexFilesAndEachSourcesFilesAreTheRecordsWrittenOnce() {
        let sources = Self.first.citations.sources
        let files = CitationExports.files(sources)
        #expect(files.index.cslJSON == CitationExports.cslJSON(sources))
        #expect(files.index.bibLaTeX == CitationExports.bibLaTeX(sources))
        #expect(files.index.ris == CitationExports.ris(sources))
        #expect(files.each.count == sources.count)
        for (source, formats) in zip(sources, files.each) {
            #expect(formats.cslJSON == CitationExports.cslJSON([source]))
            #expect(formats.bibLaTeX == CitationExports.bibLaTeX([source]))
            #expect(formats.ris == CitationExports.ris([source]))
        }
        #expect(CitationExports.files([]).index.cslJSON == "[]\n")
    }

    @Test func exportsAreTheSameBytesEveryTime() {
        let sources = Self.first.citations.sources
        #expect(CitationExports.cslJSON(sources) == CitationExports.cslJSON(sources))
        let json = CitationExports.cslJSON(Array(sources.prefix(1)))
        let keys = SiteTestSupport.matches(#"\n    "([^"]+)" :"#, in: json)
        #expect(keys == keys.sorted())
        #expect(keys.count > 5)
    }
}
