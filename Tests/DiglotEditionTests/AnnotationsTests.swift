import Testing
@testable import DiglotEdition

struct AnnotationsTests {
    static let article = """
        ## Заглавие

        **Автор Имя**

        Сведения (адрес).

        *Аннотация:*

        Об АСЕАН и КИИ.

        *Ключевые слова:*

        слово, другое.

        Текст про АСЕАН и снова АСЕАН<sup>1</sup>. Дата: November 6, 2021.

        ### Раздел

        Еще раз АСЕАН, и АСЕАН+1, но не АСЕАНовский.

        1. Outcomes // *METI*. November 6, 2021. URL: <https://example.org/2020/1106_003.html>
        """

    /// The edition and the diagnostics of the editorial layer (the toy article has no English part to pair).
    func build(_ yaml: String) -> (Edition, [Diagnostic]) {
        let (edition, diagnostics) = TestSupport.edition(Self.article, annotationsYAML: yaml)
        return (edition, diagnostics.filter { $0.stage == .annotations })
    }

    func glosses(in inlines: [Inline]) -> [String] {
        inlines.compactMap { if case .gloss(let id, _, let c) = $0 { "\(id):\(c.plainText)" } else { nil } }
    }

    @Test func aTermIsMarkedAtItsFirstUseInEachSectionAndEveryUseIsRecorded() {
        let (edition, diagnostics) = build("glosses:\n  - term: АСЕАН\n    expansion: Ассоциация\n")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(glosses(in: edition.sections.primary.abstract[0].inlines) == ["gl-1:АСЕАН"])
        let paragraphs = edition.sections.body.filter(\.isParagraph)
        #expect(glosses(in: paragraphs[0].inlines) == ["gl-1:АСЕАН"])
        #expect(glosses(in: paragraphs[1].inlines) == ["gl-1:АСЕАН"], "a heading starts a new section")
        #expect(edition.annotationUses.glossUses["gl-1"]?.map(\.anchor) == ["abstract-1", "p-1", "p-2"])
        #expect(paragraphs[1].plainText.contains("не АСЕАНовский"), "the text itself is untouched")
    }

    @Test func aQuotationThatNoLongerMatchesIsAnErrorAtItsLineInTheYAML() {
        let yaml = "notes:\n  - quote: \"слова, которых нет\"\n    note: Пояснение.\n"
        let (_, diagnostics) = build(yaml)
        let error = diagnostics.first { $0.severity == .error }
        #expect(error?.file == "content/test/annotations.yaml")
        #expect(error?.line == 2)
        #expect(error?.column == 12)
        #expect(error?.message.contains("«слова, которых нет» is not in the text") == true)
    }

    @Test func aQuotationInSeveralPlacesAppliesToTheFirstAndIsReported() {
        let (edition, diagnostics) = build("corrections:\n  - quote: \"November 6, 2021\"\n    correction: \"November 6, 2020\"\n    reason: r\n")
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(edition.annotationUses.correctionPlaces["cor-1"]?.kind == .paragraph)
    }

    @Test func aPlaceChoosesWhereTheCorrectionApplies() {
        let yaml = "corrections:\n  - quote: \"November 6, 2021\"\n    place: note 1\n    correction: \"November 6, 2020\"\n    reason: URL says 2020.\n"
        let (edition, diagnostics) = build(yaml)
        #expect(diagnostics.isEmpty)
        #expect(edition.annotationUses.correctionPlaces["cor-1"]?.anchor == "note-1")
        #expect(edition.notes.notes[0].blocks[0].inlines.contains(.correction(id: "cor-1", original: "November 6, 2021", corrected: "November 6, 2020")))
        #expect(edition.sections.body.filter(\.isParagraph)[0].plainText.contains("November 6, 2021"))
    }

    @Test func editorialNotesAnchorToTheirQuotation() {
        let (edition, diagnostics) = build("notes:\n  - quote: \"снова АСЕАН\"\n    note: Пояснение.\n")
        #expect(diagnostics.isEmpty)
        #expect(edition.annotationUses.notePlaces["ed-note-1"]?.anchor == "p-1")
        let marked = edition.sections.body.filter(\.isParagraph)[0].inlines.contains {
            if case .editorialNote("ed-note-1", let c) = $0 { c.plainText == "снова АСЕАН" } else { false }
        }
        #expect(marked)
    }

    @Test func mistakesInTheFileAreDiagnosedWhereTheyStand() {
        let yaml = "glosses:\n  - term: АСЕАН\n    expanshun: typo\nnotes:\n  - quote: x\ncorrections:\n  - quote: y\n    place: page 3\n    correction: z\n    reason: r\n"
        let (_, diagnostics) = build(yaml)
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("unknown key 'expanshun'") && $0.line == 3 })
        #expect(diagnostics.contains { $0.severity == .error && $0.message == "an editorial note needs a quote and a note" && $0.line == 5 })
        #expect(diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("place must name a kind and a number") && $0.line == 8 })
    }

    @Test func theFirstEditionsLayerGlossesEveryAbbreviationAndSettlesItsDiscrepancies() {
        let (edition, diagnostics) = TestSupport.edition(TestSupport.firstArticle, annotationsYAML: TestSupport.firstAnnotations)
        #expect(diagnostics.isEmpty)
        for term in ["КИИ", "АСЕАН", "ВРЭП", "ВПСТТП", "АТР", "ИТР", "ЗСТ", "ИКТ", "NISC", "JASPER", "PRACTICE", "TSUBAME",
                     "Будапештская конвенция", "Синдзо Абэ", "Фумио Кисида", "Есихидэ Суга"] {
            let gloss = edition.annotations.glosses.first { $0.term == term }
            #expect(gloss != nil, "\(term)")
            #expect(gloss.map { edition.annotationUses.glossUses[$0.id]?.isEmpty == false } == true, "\(term) is never marked")
        }
        #expect(edition.annotationUses.correctionPlaces.count == 6)
    }
}
