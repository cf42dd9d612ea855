import Testing
@testable import DiglotEdition

/// A figure's captions are found in either language's order, and paired; a table's take the table under them.
struct FigureRecognizerTests {
    static let russian = "Рис. 1. Объем перевозок по Северному морскому пути, млн т (2015—2022 гг.)"
    static let english = "Figure 1. Cargo traffic on the Northern Sea Route, million tonnes (2015—2022)"

    @Test func anEnglishCaptionPrintedFirstIsStillPairedWithTheRussian() {
        let second = TestSupport.secondArticle
        #expect(second.contains(Self.russian + "\n\n" + Self.english))
        let (edition, diagnostics) = TestSupport.edition(
            second.replacingOccurrences(of: Self.russian + "\n\n" + Self.english, with: Self.english + "\n\n" + Self.russian))
        let figures = edition.sections.body.compactMap { if case .figure(let figure) = $0.kind, figure.kind == .figure { figure } else { nil } }
        #expect(figures.count == 1)
        // Kept in the order print gave them, each with its language; the source line stays the figure's.
        #expect(figures.first?.captions.map(\.language) == ["en", "ru"])
        #expect(figures.first?.source?.inlines.plainText.hasPrefix("Северный морской путь") == true)
        let pair = edition.pairs.first { $0.kind == .figureCaption }
        #expect(pair?.isComplete == true)
        #expect(pair?.primary?.text.hasPrefix("Объем перевозок") == true)
        #expect(!diagnostics.contains { $0.message.contains("figure") }, "\(diagnostics.map(\.message))")
    }

    @Test func anEnglishCaptionAloneIsAFigureWithOneCaption() {
        let blocks = TestSupport.blocks(Self.english + "\n\nИсточник: Росатом.\n\nТекст.")
        var counter = InterventionCounter()
        let recognised = FigureRecognizer(profile: .farEasternStudies).recognize(blocks, counter: &counter).blocks
        guard case .figure(let figure) = recognised.first?.kind else {
            Issue.record("no figure: \(recognised.map(\.plainText))")
            return
        }
        #expect(figure.captions.map(\.language) == ["en"])
        #expect(figure.source != nil)
        #expect(recognised.dropFirst().map(\.plainText) == ["Текст."])
    }

    @Test func aLabelOnALineOfItsOwnTakesTheNextParagraphAsItsCaption() {
        let blocks = TestSupport.blocks("Рис. 1.\n\nОбъем перевозок\n\nFigure 1.\n\nCargo traffic\n\nИсточник: Росатом.\n\nТекст.")
        var counter = InterventionCounter()
        let recognised = FigureRecognizer(profile: .farEasternStudies).recognize(blocks, counter: &counter).blocks
        guard case .figure(let figure) = recognised.first?.kind else {
            Issue.record("no figure: \(recognised.map(\.plainText))")
            return
        }
        #expect(figure.captions.map { $0.label + " " + $0.inlines.plainText } == ["Рис. 1. Объем перевозок", "Figure 1. Cargo traffic"])
        #expect(figure.captions.map(\.range.end.line) == [3, 7])
        #expect(figure.source != nil)
        #expect(recognised.dropFirst().map(\.plainText) == ["Текст."])
    }

    @Test func aTablesCaptionsTakeTheTableUnderThemAndItsSource() {
        let markdown = """
            Таблица 2. Торговля, млрд долл.

            Table 2. Trade, USD billion

            | Год | Объем |
            |---|--:|
            | 2021 | 36,1 |

            Источник: Росстат.

            Текст.
            """
        var counter = InterventionCounter()
        let recognised = FigureRecognizer(profile: .farEasternStudies).recognize(TestSupport.blocks(markdown), counter: &counter).blocks
        guard case .figure(let table) = recognised.first?.kind else {
            Issue.record("no table: \(recognised.map(\.plainText))")
            return
        }
        #expect(table.kind == .table && table.number == "2" && table.anchor == "table-2")
        #expect(table.captions.map(\.label) == ["Таблица 2.", "Table 2."])
        #expect(table.table?.rows.count == 1)
        #expect(table.source?.inlines.plainText == "Росстат.")
        #expect(recognised.dropFirst().map(\.plainText) == ["Текст."])
    }

    @Test(arguments: ["Таблица 1 показывает, что торговля выросла.", "Таблица 1 и рис. 1 показывают рост."])
    func theAuthorsSentenceAboutATableIsNoCaption(sentence: String) {
        var counter = InterventionCounter()
        let recognised = FigureRecognizer(profile: .farEasternStudies).recognize(TestSupport.blocks(sentence), counter: &counter).blocks
        #expect(recognised.map(\.isParagraph) == [true])
    }

    @Test(arguments: ["Таблица 1 – Торговля", "Таблица 1: Торговля", "Таблица 1\nТорговля"])
    func aTablesCaptionMaySetItsTitleOffOtherwise(caption: String) {
        var counter = InterventionCounter()
        let recognised = FigureRecognizer(profile: .farEasternStudies).recognize(TestSupport.blocks(caption), counter: &counter).blocks
        guard case .figure(let table) = recognised.first?.kind else {
            Issue.record("no table: \(recognised.map(\.plainText))")
            return
        }
        #expect(table.kind == .table)
        #expect(table.plainText.contains("Торговля"))
    }
}
