import Testing
@testable import DiglotEdition

/// A figure's captions are found in either language's order, and paired.
struct FigureRecognizerTests {
    static let russian = "Рис. 1. Объем перевозок по Северному морскому пути, млн т (2015—2022 гг.)"
    static let english = "Figure 1. Cargo traffic on the Northern Sea Route, million tonnes (2015—2022)"

    @Test func anEnglishCaptionPrintedFirstIsStillPairedWithTheRussian() {
        let second = TestSupport.secondArticle
        #expect(second.contains(Self.russian + "\n\n" + Self.english))
        let (edition, diagnostics) = TestSupport.edition(
            second.replacingOccurrences(of: Self.russian + "\n\n" + Self.english, with: Self.english + "\n\n" + Self.russian))
        let figures = edition.sections.body.compactMap { if case .figure(let figure) = $0.kind { figure } else { nil } }
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
}
