import Testing
@testable import DiglotEdition

struct BlockConverterTests {
    @Test func theJournalsSupNumbersAreNoteCalls() {
        let blocks = TestSupport.blocks("Текст<sup>12</sup> и<sup>3, 4</sup> ещё.")
        #expect(blocks[0].noteCalls.map(\.label) == ["12", "3", "4"])
        #expect(blocks[0].noteCalls.map(\.index) == [0, 1, 2])
        #expect(blocks[0].noteCalls[0].location.column == 6)
    }

    @Test func theCommaBetweenCallsStaysRaised() {
        let blocks = TestSupport.blocks("Текст<sup>3, 4</sup> ещё.")
        #expect(blocks[0].inlines.contains(.superscript([.text(",")])))
        #expect(!blocks[0].inlines.contains(.text(",")))
    }

    @Test func aRangeOfTwoNeighbouringNotesCallsBoth() {
        let parsed = ArticleParser.parse(SourceFile(path: "t.md", text: "Текст<sup>2–3</sup> и<sup>5-6</sup>, ещё<sup>7–9</sup>."))
        #expect(parsed.blocks[0].noteCalls.map(\.label) == ["2", "3", "5", "6"])
        #expect(parsed.blocks[0].inlines.contains(.superscript([.text("–")])))
        #expect(parsed.blocks[0].inlines.contains(.superscript([.text("7–9")])))
        #expect(parsed.diagnostics.map(\.message) == [
            "«7–9» reads as a range of note calls; only neighbouring notes are called this way, so write each call (7, …, 9)",
        ])
    }

    @Test func aLineBeginningWithAYearIsAParagraphWithItsYear() {
        let blocks = TestSupport.blocks("Журнал.\n\n2020. № 4. С. 88–104.\n\n2014. Принят закон.\n2018. Закон изменен.")
        #expect(blocks.map(\.plainText) == ["Журнал.", "2020. № 4. С. 88–104.", "2014. Принят закон.", "2018. Закон изменен."])
        #expect(blocks.allSatisfy { $0.isParagraph })
    }

    @Test func aLineOfNoBreakSpacesIsBlank() {
        let blocks = TestSupport.blocks("Первый абзац.\n\n\u{A0}\u{A0}\n\nВторой абзац.")
        #expect(blocks.map(\.plainText) == ["Первый абзац.", "Второй абзац."])
    }

    @Test func otherSupIsTypographyNotACall() {
        let blocks = TestSupport.blocks("Text<sup>2</sup>, x<sup>th</sup> and H<sub>2</sub>O")
        #expect(blocks[0].noteCalls.map(\.label) == ["2"])
        #expect(blocks[0].inlines.contains(.superscript([.text("th")])))
        #expect(blocks[0].inlines.contains(.subscript([.text("2")])))
    }

    @Test func theSquareOrCubeOfAUnitIsNoCall() {
        let blocks = TestSupport.blocks("Площадь 5 км<sup>2</sup>, объём (м<sup>3</sup>), 10 m<sup>2</sup>; Рим<sup>2</sup>, км<sup>4</sup>, ам<sup>3</sup>.")
        #expect(blocks[0].noteCalls.map(\.label) == ["2", "4", "3"])
        #expect(blocks[0].inlines.filter { $0 == .superscript([.text("2")]) }.count == 2)
        #expect(blocks[0].inlines.contains(.superscript([.text("3")])))
    }

    @Test func bracketCallsAreFoundButNotInsideCodeSpans() {
        let blocks = TestSupport.blocks("See[^a] and `[^b]` here.")
        #expect(blocks[0].noteCalls.map(\.label) == ["a"])
        #expect(blocks[0].inlines.contains(.code("[^b]")))
    }

    @Test func rawHTMLIsShownAsTextWithAWarning() {
        let parsed = ArticleParser.parse(SourceFile(path: "t.md", text: "<script>alert(1)</script>\n\nInline <b>bold</b>."))
        #expect(parsed.blocks[0].kind == .literalHTML("<script>alert(1)</script>\n"))
        #expect(parsed.blocks[1].inlines.contains(.literalHTML("<b>")))
        #expect(parsed.diagnostics.count == 3)
        #expect(parsed.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func asterisksAloneMakeASectionBreak() {
        #expect(TestSupport.blocks("\\*      \\*      \\*")[0].kind == .sectionBreak)
        #expect(TestSupport.blocks("⁂")[0].kind == .sectionBreak)
        #expect(TestSupport.blocks("\\* not a break")[0].isParagraph)
    }

    @Test func footnoteDefinitionsAreTakenOutBeforeCmarkSeesThem() {
        let text = "Text[^n1] and[^long].\n\n[^n1]: First note.\n[^long]: Second note\n    continues here.\n\nAfter."
        let parsed = ArticleParser.parse(SourceFile(path: "t.md", text: text))
        #expect(parsed.footnotes.map(\.label) == ["n1", "long"])
        #expect(parsed.footnotes[1].plainText == "Second note continues here.")
        #expect(parsed.footnotes[1].location.line == 4)
        // Without the extraction cmark would have eaten the definitions as link references and linked the calls.
        #expect(parsed.blocks.map(\.plainText) == ["Text and.", "After."])
        #expect(parsed.blocks[0].noteCalls.map(\.label) == ["n1", "long"])
    }

    @Test func definitionsInsideFencedCodeStayCode() {
        let parsed = ArticleParser.parse(SourceFile(path: "t.md", text: "```\n[^x]: not a note\n```\n"))
        #expect(parsed.footnotes.isEmpty)
        #expect(parsed.blocks[0].kind == .code(info: "", literal: "[^x]: not a note\n"))
    }
}
