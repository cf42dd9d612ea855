import Foundation
import Testing
@testable import DiglotEdition

/// The variants of this journal's reference style, each on a small string — most of them invented for an
/// article the parser has never seen.
struct ReferenceParserTests {
    // MARK: Authors

    @Test func readsUpToThreeAuthorsBeforeTheTitle() {
        let reference = ReferenceParser.parse(
            "Иванов И.И., Петров П.П., Сидорова А.Б. Название статьи // Вопросы экономики. 2020. № 5. С. 12–20.")
        #expect(reference.authors == [
            PersonName(family: "Иванов", given: "И.И."), PersonName(family: "Петров", given: "П.П."),
            PersonName(family: "Сидорова", given: "А.Б."),
        ])
        #expect(reference.title == "Название статьи")
    }

    @Test func readsItalicAuthorsAndSpacedInitials() {
        #expect(ReferenceParser.parse("*Sato K.* Data rules in Asia // *The Diplomat*. May 4, 2020.").authors
            == [PersonName(family: "Sato", given: "K.")])
        #expect(ReferenceParser.parse("*Kumar. R.K.* Japan's data strategy // *Mint*. June 1, 2021.").authors
            == [PersonName(family: "Kumar", given: "R.K.")])
        #expect(ReferenceParser.parse("Lee W. J., Park K. Internet governance // *Global Policy*. 2019. Vol. 3.").authors
            == [PersonName(family: "Lee", given: "W. J."), PersonName(family: "Park", given: "K.")])
    }

    @Test func readsAnAuthorPrintedAfterTheTitle() {
        let reference = ReferenceParser.parse(
            "Cyber rules for the region. Anna Müller // *Asia Times*. May 4, 2020. URL: https://asiatimes.com/x (дата обращения: 01.06.2020).")
        #expect(reference.authors == [PersonName(family: "Müller", given: "Anna")])
        #expect(reference.title == "Cyber rules for the region")
    }

    @Test func keepsATwoSentenceTitleWhole() {
        let reference = ReferenceParser.parse("Data in Japan. Rules at Work // *Law Blog*. 2020. URL: https://example.org/a")
        #expect(reference.title == "Data in Japan. Rules at Work")
        #expect(reference.authors.isEmpty)
    }

    @Test func readsAnIssuingBodyAfterTheTitleAsPublisher() {
        let reference = ReferenceParser.parse(
            "National Data Strategy. Digital Agency (DA) // *The Government of Japan*. 2022. URL: https://www.digital.go.jp/s.pdf")
        #expect(reference.title == "National Data Strategy")
        #expect(reference.publisher == "Digital Agency (DA)")
        #expect(reference.containerTitle == "The Government of Japan")
        #expect(reference.type == .officialDocument)
    }

    @Test func takesAllAuthorsFromTheStatementOfResponsibility() {
        let reference = ReferenceParser.parse("Иванов И.И. Статья / И.И. Иванов, П.П. Петров // Журнал. 2020. Т. 3, № 2. С. 10–15.")
        #expect(reference.authors.map(\.family) == ["Иванов", "Петров"])
        #expect(reference.title == "Статья")
        #expect(reference.volume == "3")
        #expect(reference.issue == "2")
    }

    // MARK: Dates

    @Test(arguments: [
        ("17.09.2015", ReferenceDate(year: 2015, month: 9, day: 17)),
        ("February 2, 2006", ReferenceDate(year: 2006, month: 2, day: 2)),
        ("November 06, 2021", ReferenceDate(year: 2021, month: 11, day: 6)),
        ("September 2021", ReferenceDate(year: 2021, month: 9)),
        ("2019", ReferenceDate(year: 2019)),
        ("Tokyo, September 13, 2013", ReferenceDate(year: 2013, month: 9, day: 13)),
        ("5 мая 2014 г.", ReferenceDate(year: 2014, month: 5, day: 5)),
        ("4 May 2014", ReferenceDate(year: 2014, month: 5, day: 4)),
        ("2020-03-12", ReferenceDate(year: 2020, month: 3, day: 12)),
        ("Май 2019", ReferenceDate(year: 2019, month: 5)),
        ("Sept. 5, 2019", ReferenceDate(year: 2019, month: 9, day: 5)),
        ("2019年4月", ReferenceDate(year: 2019, month: 4)),
    ])
    func readsEveryDateForm(printed: String, date: ReferenceDate) {
        let reference = ReferenceParser.parse("Some news // *Some Site*. \(printed). URL: https://example.org/n")
        #expect(reference.issued == date)
        #expect(reference.containerTitle == "Some Site")
    }

    @Test func keepsThePlaceBeforeADateApart() {
        let reference = ReferenceParser.parse("Joint Statement on Data // *ASEAN Secretariat*. Jakarta, March 3, 2020.")
        #expect(reference.publisherPlace == "Jakarta")
        #expect(reference.publisher == nil)
    }

    @Test func readsJapaneseEraDatesAndTitles() {
        let reference = ReferenceParser.parse(
            "サイバーセキュリティ基本法の概要。第5回 会議 資料 令和3年4月 内閣官房 [Обзор основного закона]. URL: https://www.nisc.go.jp/a.pdf (дата обращения: 01.02.2022).")
        #expect(reference.title == "サイバーセキュリティ基本法の概要")
        #expect(reference.titleTranslation == "Обзор основного закона")
        #expect(reference.issued == ReferenceDate(year: 2021, month: 4))
        #expect(reference.containerTitle == "第5回 会議 資料")
        #expect(reference.publisher == "内閣官房")
        #expect(reference.language == "ja")
        #expect(reference.type == .officialDocument)
    }

    @Test func readsTheAccessDateInBothLanguages() {
        #expect(ReferenceParser.parse("A // *B*. 2020. URL: https://b.org (дата обращения: 19.11.2021).").accessed
            == ReferenceDate(year: 2021, month: 11, day: 19))
        #expect(ReferenceParser.parse("A. *B*. 2020. URL: https://b.org (accessed: 02.03.2021).").accessed
            == ReferenceDate(year: 2021, month: 3, day: 2))
    }

    // MARK: Volume, issue, pages, DOI

    @Test func readsRussianVolumeIssueAndPages() {
        let reference = ReferenceParser.parse(
            "Петров П.П. Японская модель // *Япония: ежегодник*. 2021. Т. 50. № 3. С. 7–33 (на русском и английском языках). DOI: 10.24412/0235–8182–2021–50–7–33")
        #expect(reference.volume == "50")
        #expect(reference.issue == "3")
        #expect(reference.pages == "7–33")
        #expect(reference.doi == "10.24412/0235–8182–2021–50–7–33")
        #expect(reference.note == "на русском и английском языках")
        #expect(reference.type == .journalArticle)
        #expect(reference.language == "ru")
    }

    @Test(arguments: [
        ("Vol. 16. No. 3", "16", "3"),
        ("Том I. № 1 (50)", "I", "1 (50)"),
        ("T. I. No. 1 (50)", "I", "1 (50)"),
        ("Vol. 2 Issue 6", "2", "6"),
        ("Т. 12, № 4", "12", "4"),
    ])
    func readsVolumeAndIssueForms(printed: String, volume: String, issue: String) {
        let reference = ReferenceParser.parse("Title of paper // *Some Review*. 2021. \(printed).")
        #expect(reference.volume == volume)
        #expect(reference.issue == issue)
        #expect(reference.issued == ReferenceDate(year: 2021))
    }

    @Test func readsTheDOIWithOrWithoutASpace() {
        #expect(ReferenceParser.parse("Статья // Журнал. 2021. № 1. DOI:10.31696/2072–8271–2021–1–1").doi
            == "10.31696/2072–8271–2021–1–1")
        #expect(ReferenceParser.parse("Stat'ya. *Zhurnal*. 2021. No. 1. DOI: 10.31696/2072-8271-2021-1-1. (In Russ.)").doi
            == "10.31696/2072-8271-2021-1-1")
    }

    @Test func readsThePageAfterAURLAsTheLocator() {
        let reference = ReferenceParser.parse(
            "Basic Act on Data // *Digital Agency*. March 1, 2021. URL: https://www.digital.go.jp/act.pdf, p. 14 (дата обращения: 20.11.2021).")
        #expect(reference.url == "https://www.digital.go.jp/act.pdf")
        #expect(reference.locator == "14")
        #expect(reference.pages == nil)
        #expect(reference.accessed == ReferenceDate(year: 2021, month: 11, day: 20))
    }

    @Test func keepsAnIssueAfterAnEditionName() {
        let reference = ReferenceParser.parse(
            "Новый закон о данных // *Российская газета*. Федеральный выпуск № 101(8000). 12.05.2020. URL: https://rg.ru/a.html")
        #expect(reference.issue == "101(8000)")
        #expect(reference.note == "Федеральный выпуск")
        #expect(reference.issued == ReferenceDate(year: 2020, month: 5, day: 12))
        #expect(reference.type == .webPage)
    }

    @Test func readsGOSTDashSeparators() {
        let reference = ReferenceParser.parse("Кузнецов А.А. Политика Японии // Проблемы Дальнего Востока. – 2019. – № 4. – С. 45–57.")
        #expect(reference.containerTitle == "Проблемы Дальнего Востока")
        #expect(reference.issued == ReferenceDate(year: 2019))
        #expect(reference.issue == "4")
        #expect(reference.pages == "45–57")
    }

    @Test func aRemarkAfterAnArticlesPagesIsANoteNotItsPublisher() {
        let reference = ReferenceParser.parse(
            "*Батбаяр С.* Монголия между двумя соседями // *Мировая экономика*. 2018. Т. 62. № 5. С. 81–90. Автор подробно рассматривает «политику третьего соседа».")
        #expect(reference.publisher == nil)
        #expect(reference.note == "Автор подробно рассматривает «политику третьего соседа»")
        #expect(reference.pages == "81–90")
        #expect(reference.type == .journalArticle)
        // A think tank named after a series' volume and issue is still its publisher.
        let series = ReferenceParser.parse(
            "Lee K. Data rules // *Debating Korea*. Vol. 2 Issue 6. Center for Strategic Studies. June 27, 2019.")
        #expect(series.publisher == "Center for Strategic Studies")
        #expect(series.note == nil)
    }

    @Test func aPlaceAndAYearAfterTheTitleAreABooksImprint() {
        let reference = ReferenceParser.parse("Программа развития железной дороги на 2014–2020 годы. Улан-Батор, 2014.")
        #expect(reference.title == "Программа развития железной дороги на 2014–2020 годы")
        #expect(reference.publisherPlace == "Улан-Батор")
        #expect(reference.containerTitle == nil)
        #expect(reference.issued?.year == 2014)
        #expect(reference.type == .book)
        // After «//» a name and a year are a source and its date, as a newspaper's.
        let newspaper = ReferenceParser.parse("Иванов И. Новый порт // Коммерсантъ, 2019.")
        #expect(newspaper.containerTitle == "Коммерсантъ")
        #expect(newspaper.publisherPlace == nil)
    }

    // MARK: The English list

    @Test func readsATransliteratedEntryOfTheEnglishList() {
        let reference = ReferenceParser.parse(
            "Ivanov I.I., Petrov P.P. Nazvanie stat'i [The Title of the Paper]. *Voprosy ekonomiki*. 2020. No. 5. Pp. 12–20. DOI: 10.32609/0042-8736-2020-5-12-20. (In Russ.)")
        #expect(reference.authors.map(\.family) == ["Ivanov", "Petrov"])
        #expect(reference.title == "Nazvanie stat'i")
        #expect(reference.titleTranslation == "The Title of the Paper")
        #expect(reference.containerTitle == "Voprosy ekonomiki")
        #expect(reference.pages == "12–20")
        #expect(reference.language == "ru")
        #expect(reference.type == .journalArticle)
    }

    @Test func readsAReportWithItsInstitutionAndPlace() {
        let reference = ReferenceParser.parse(
            "Lewis J. Cyber Diplomacy in Asia. Center for Strategic and International Studies (CSIS), Washington. March 2020. URL: https://www.csis.org/x (accessed: 01.04.2020).")
        #expect(reference.title == "Cyber Diplomacy in Asia")
        #expect(reference.publisher == "Center for Strategic and International Studies (CSIS)")
        #expect(reference.publisherPlace == "Washington")
        #expect(reference.containerTitle == nil)
        #expect(reference.type == .report)
    }

    @Test func readsAFigureSourceLineWhoseTitleAndSourceAreItalic() {
        let reference = ReferenceParser.parse(
            "Источник: *Japan fines a platform over data leak. Nikkei.* URL: https://asia.nikkei.com/x (дата обращения: 02.02.2022).")
        #expect(reference.title == "Japan fines a platform over data leak")
        #expect(reference.containerTitle == "Nikkei")
        #expect(reference.type == .webPage)
    }

    // MARK: Kinds of source

    @Test func readsAJournalArticleOfAnotherArticle() {
        let reference = ReferenceParser.parse(
            "Иванов И.И., Петров П.П. Название статьи // Вопросы экономики. 2020. № 5. С. 12–20. DOI: 10.32609/0042-8736-2020-5-12-20")
        #expect(reference.containerTitle == "Вопросы экономики")
        #expect(reference.issued == ReferenceDate(year: 2020))
        #expect(reference.issue == "5")
        #expect(reference.pages == "12–20")
        #expect(reference.doi == "10.32609/0042-8736-2020-5-12-20")
        #expect(reference.type == .journalArticle)
        #expect(reference.warnings.isEmpty)
    }

    @Test func readsABookAsABook() {
        let reference = ReferenceParser.parse("Сидоров С.С. Название книги. М.: Наука, 2019. 320 с.")
        #expect(reference.authors == [PersonName(family: "Сидоров", given: "С.С.")])
        #expect(reference.title == "Название книги")
        #expect(reference.publisher == "Наука")
        #expect(reference.publisherPlace == "М.")
        #expect(reference.issued == ReferenceDate(year: 2019))
        #expect(reference.containerTitle == nil)
        #expect(reference.type == .book)
        // A think tank's paper is its report, though it has an extent; a university's press publishes books.
        #expect(ReferenceParser.parse("Smith J. Arctic Shipping. Washington: Center for Strategic and International Studies, 2020. 40 p.").type == .report)
        #expect(ReferenceParser.parse("Smith J. Arctic Shipping. Cambridge: Cambridge University Press, 2020. 240 p.").type == .book)
        #expect(ReferenceParser.parse("Петров П.П. Арктика. М.: Издательство Московского университета, 2019. 312 с.").type == .book)
    }

    @Test func readsChineseAndKoreanNamesPrintedWholeInTheAuthorsItalics() {
        #expect(ReferenceParser.parse("*Чжан Лэй.* Китай и Арктика // *Вопросы экономики*. 2020. № 5. С. 12–20.").authors
            == [PersonName(family: "Чжан", given: "Лэй")])
        #expect(ReferenceParser.parse("*Zhang Lei, Wang Xiaoming.* China and the Arctic // *Polar Journal*. 2020. Vol. 3.").authors
            == [PersonName(family: "Zhang", given: "Lei"), PersonName(family: "Wang", given: "Xiaoming")])
        let book = ReferenceParser.parse("*Си Цзиньпин.* О государственном управлении. Пекин: Изд-во литературы на иностранных языках, 2014. 624 с.")
        #expect(book.authors == [PersonName(family: "Си", given: "Цзиньпин")])
        #expect(book.title == "О государственном управлении")
        #expect(book.type == .book)
        #expect(ReferenceParser.parse("*Ким Чен Ын.* Речь на съезде // *Нодон синмун*. 2021. 6 янв.").authors
            == [PersonName(family: "Ким", given: "Чен Ын")])
        // An italic title of two words whose first is long is no name.
        #expect(ReferenceParser.parse("*Foreign Affairs.* 2020. Vol. 99. No. 3.").authors.isEmpty)
    }

    @Test func readsANewsItem() {
        let reference = ReferenceParser.parse(
            "Япония усилит киберзащиту // *РИА Новости*. 12.03.2020. URL: https://ria.ru/20200312/1568.html (дата обращения: 15.03.2020).")
        #expect(reference.title == "Япония усилит киберзащиту")
        #expect(reference.containerTitle == "РИА Новости")
        #expect(reference.issued == ReferenceDate(year: 2020, month: 3, day: 12))
        #expect(reference.url == "https://ria.ru/20200312/1568.html")
        #expect(reference.accessed == ReferenceDate(year: 2020, month: 3, day: 15))
        #expect(reference.type == .webPage)
    }

    @Test func tellsAStrategyOfAGovernmentFromNewsAboutIt() {
        let strategy = ReferenceParser.parse(
            "Стратегия национальной безопасности // *Президент России*. 02.07.2021. URL: http://kremlin.ru/acts/bank/47046")
        let news = ReferenceParser.parse(
            "Япония приняла новую стратегию // *Коммерсантъ*. 28.09.2021. URL: https://www.kommersant.ru/doc/1")
        #expect(strategy.type == .officialDocument)
        #expect(news.type == .webPage)
    }

    @Test func readsAThinkTankPaperAsAReport() {
        #expect(ReferenceParser.parse("Data in Asia // *Friedrich Ebert Foundation*. 2020. URL: https://fes.de/a.html").type == .report)
        #expect(ReferenceParser.parse("Data in Asia // *Some Network*. 2020. URL: https://example.org/paper.pdf").type == .report)
    }

    @Test func dropsTheMaterialDesignationRatherThanTakingItForATranslation() {
        let reference = ReferenceParser.parse(
            "Основной закон о кибербезопасности [Электронный ресурс] // Правительство Японии. 2014. Режим доступа: https://www.nisc.go.jp/law.html")
        #expect(reference.titleTranslation == nil)
        #expect(reference.title == "Основной закон о кибербезопасности")
        #expect(reference.url == "https://www.nisc.go.jp/law.html")
        #expect(reference.type == .officialDocument)
    }

    @Test func givesTheCSLTypeOfEachKind() {
        #expect(ReferenceType.journalArticle.cslType == "article-journal")
        #expect(ReferenceType.officialDocument.cslType == "document")
        #expect(ReferenceType.webPage.cslType == "webpage")
        #expect(ReferenceType.report.cslType == "report")
    }

    // MARK: What cannot be read

    @Test(arguments: ["Lorem ipsum dolor", "!!! ??? ###", "", "   ", "//", "*", "[]", "URL:", "(дата обращения: когда-то)"])
    func keepsGarbageWholeWithAWarning(text: String) {
        let reference = ReferenceParser.parse(text)
        #expect(reference.raw == text)
        #expect(!reference.warnings.isEmpty)
        #expect(ReferenceType.allCases.contains(reference.type))
    }

    @Test func readsAShortReferenceWithTheCitedPage() {
        let reference = ReferenceParser.parse("Мазурова Е.К. Кибербезопасность в Японии. С. 45.")
        #expect(reference.authors == [PersonName(family: "Мазурова", given: "Е.К.")])
        #expect(reference.title == "Кибербезопасность в Японии")
        #expect(reference.locator == "45")
        #expect(reference.pages == nil)
        #expect(reference.warnings.count == 1)
    }

    @Test func marksARepeatOfThePreviousReference() {
        let reference = ReferenceParser.parse("Там же. С. 5.")
        #expect(reference.locator == "5")
        #expect(reference.title == nil)
        #expect(reference.warnings.count == 1)
    }

    @Test(arguments: [
        ("*Смирнов А.П.* Указ. соч. С. 128.", BackReference.earlierWork(author: "Смирнов"), String?("128")),
        ("Zhao H. Op. cit. P. 7.", .earlierWork(author: "Zhao"), "7"),
        ("*Лукин А.В.* *Указ. соч.*", .earlierWork(author: "Лукин"), nil),
        ("См. прим. 4.", .note("4"), nil),
        ("See note 12, p. 3.", .note("12"), "3"),
        ("Ibid. P. 2.", .previous, "2"),
    ])
    func readsANoteThatPointsBack(text: String, back: BackReference, locator: String?) {
        let reference = ReferenceParser.parse(text)
        #expect(reference.pointsBack == back)
        #expect(reference.title == nil)
        #expect(reference.locator == locator)
    }

    @Test func aTitleThatMerelyStartsLikeAMarkerNamesItsOwnSource() {
        #expect(ReferenceParser.parse("Смирнов А.П. Указатель сочинений // Библиография. 2019. № 2.").pointsBack == nil)
        #expect(ReferenceParser.parse("Примечания к договору // Право. 2019. № 2.").pointsBack == nil)
    }

    @Test(arguments: [
        ("Федеральный закон от 13.07.2015 № 212-ФЗ «О свободном порте Владивосток».", ReferenceDate(year: 2015, month: 7, day: 13)),
        ("Соглашение между Правительством РФ и Правительством КНР о безвизовых поездках от 29.02.2000.",
         ReferenceDate(year: 2000, month: 2, day: 29)),
    ])
    func readsANormativeActByItsDayOfAdoption(text: String, adopted: ReferenceDate) {
        let reference = ReferenceParser.parse(text)
        #expect(reference.issued == adopted)
        #expect(reference.type == .officialDocument)
        #expect(reference.title != nil && !reference.warnings.contains { $0.hasPrefix("not recognised") })
    }

    @Test func aDayAfterAnythingButTheWordOfAdoptionIsNoAdoption() {
        let reference = ReferenceParser.parse("Закон о выборах, принятый 13.07.2015.")
        #expect(reference.issued == nil && reference.type != .officialDocument)
    }

    @Test(arguments: [
        ("Anna S. Petrova", "en", "Petrova", "Anna S."),
        ("Orlova M.V.", "en", "Orlova", "M.V."),
        ("Orlova M.", "en", "Orlova", "M."),
        ("Орлова Мария Викторовна,", "ru", "Орлова", "Мария Викторовна"),
        ("Oleg Kim,", "en", "Kim", "Oleg"),
    ])
    func readsAnAuthorsPrintedName(printed: String, language: String, family: String, given: String) {
        #expect(PersonName(printed: printed, language: language) == PersonName(family: family, given: given))
    }

    @Test func encodesWithTheFieldNamesOfTheInterface() throws {
        let reference = ReferenceParser.parse("Drake W. J. Title // *Source*. March 11, 2008.")
        let object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(reference)) as? [String: Any])
        let authors = try #require(object["authors"] as? [[String: String]])
        #expect(authors == [["family": "Drake", "given": "W. J."]])
        #expect(object["containerTitle"] as? String == "Source")
        #expect((object["issued"] as? [String: Int]) == ["year": 2008, "month": 3, "day": 11])
        #expect(object["type"] as? String == "journalArticle")
    }
}

/// Volumes printed in Roman numerals, alone in their sentence, are still read.
@Test func aRomanVolumeInASentenceOfItsOwnIsRead() {
    let reference = ReferenceParser.parse("Иванов И.И. Статья // *Журнал*. 2021. Том IV. № 2. С. 5–9.")
    #expect(reference.volume == "IV")
    #expect(reference.issue == "2")
}
