import Testing
@testable import DiglotEdition

struct PageBreakHealerTests {
    @Test func aNotesBlockAfterARuleIsLiftedAndTheWordItSplitJoined() {
        let healed = TestSupport.heal("""
            Начало<sup>1</sup> фразы и сотрудни-

            ---

            1. Примечание первое.

            чества продолжение.
            """)
        #expect(healed.blocks.count == 1)
        #expect(healed.blocks[0].plainText == "Начало фразы и сотрудничества продолжение.")
        #expect(healed.notes.map(\.label) == ["1"])
        let join = healed.interventions.first { $0.kind == .wordJoined }
        #expect(join?.original.map(\.text) == ["сотрудни-", "чества"])
        #expect(join?.original.map(\.line) == [1, 7])
        #expect(join?.result == "сотрудничества")
        #expect(join?.notes == ["1"])
        #expect(healed.interventions.contains { $0.kind == .notesMoved && $0.original.first?.text == "---" })
    }

    @Test func aSentenceRunningOnAfterNotesIsJoinedWithASpaceEvenBeforeACapital() {
        let healed = TestSupport.heal("""
            Конвенцию подписали<sup>1</sup> наряду с

            1. Примечание.

            США, Канадой и ЮАР.
            """)
        #expect(healed.blocks.map(\.plainText) == ["Конвенцию подписали наряду с США, Канадой и ЮАР."])
        #expect(healed.interventions.contains { $0.kind == .sentenceJoined && $0.result == "Конвенцию подписали наряду с США, Канадой и ЮАР." })
    }

    @Test func aParagraphThatEndedItsSentenceIsNotJoined() {
        let healed = TestSupport.heal("""
            Первый абзац закончен<sup>1</sup>.

            1. Примечание.

            Второй абзац.
            """)
        #expect(healed.blocks.map(\.plainText) == ["Первый абзац закончен.", "Второй абзац."])
        #expect(!healed.interventions.contains { $0.kind == .sentenceJoined })
    }

    @Test func aWordSplitAtABarePageEndIsJoinedToo() {
        let healed = TestSupport.heal("Это подчерки-\n\nвает необходимость.")
        #expect(healed.blocks.map(\.plainText) == ["Это подчеркивает необходимость."])
        #expect(healed.blocks[0].inlines.contains(.healed(id: healed.interventions[0].id, [.text("подчеркивает")])))
    }

    @Test func aHyphenThatBelongsToTheWordIsKept() {
        let healed = TestSupport.heal("""
            Развитие научно-техническое. Далее развитие научно-

            технического обмена.
            """)
        #expect(healed.blocks[0].plainText.hasSuffix("развитие научно-технического обмена."))
        #expect(healed.interventions.first?.kind == .wordJoinedKeepingHyphen)
    }

    @Test func aHyphenIsDroppedWhereTheArticleAlsoWritesTheWordWithoutOne() {
        let healed = TestSupport.heal("""
            НАУЧНО-ТЕХНИЧЕСКОЕ развитие и научнотехнический прогресс. Далее развитие научно-

            технического обмена.
            """)
        #expect(healed.blocks[0].plainText.hasSuffix("развитие научнотехнического обмена."))
        #expect(healed.interventions.first?.kind == .wordJoined)
    }

    @Test(arguments: [
        ("военно-", "промышленного", "военно-промышленного"),
        ("эконо-", "мического", "экономического"),
        ("между-", "народного", "международного"),
        ("научно-", "го", "научного"),
    ])
    func aCompoundsFirstPartBeforeAWordTheArticleUsesKeepsItsHyphen(left: String, right: String, joined: String) {
        let healed = TestSupport.heal("""
            Промышленность и народ, экономика.

            Текст<sup>1</sup> \(left)

            1. Примечание.

            \(right) комплекса.
            """)
        #expect(healed.blocks.map(\.plainText).last == "Текст \(joined) комплекса.")
    }

    @Test func aHyphenInCapitalsElsewhereVouchesForTheWord() {
        let healed = TestSupport.heal("""
            Раздел «НАУЧНО-ТЕХНИЧЕСКИЙ ОБМЕН». Далее развитие научно-

            технического обмена.
            """)
        #expect(healed.blocks[0].plainText.hasSuffix("развитие научно-технического обмена."))
    }

    @Test func wordStartsAreFoundOnlyWhereAWordBegins() {
        let words = WordStarts("(научно-техническое) сотрудничество; ab cd")
        #expect(words.containsWord(beginningWith: "научно-тех"))
        #expect(words.containsWord(beginningWith: "техническ"))
        #expect(words.containsWord(beginningWith: "сотрудничество"))
        #expect(!words.containsWord(beginningWith: "учно"))
        #expect(!words.containsWord(beginningWith: "научнотех"))
        // Shorter than the index's key of four bytes.
        #expect(words.containsWord(beginningWith: "cd"))
        #expect(!words.containsWord(beginningWith: "d"))
        // Words sharing their first two letters (four bytes) with the one sought, before and after it.
        let shared = WordStarts("надо наука, «научно-технический» нам; наш")
        #expect(shared.containsWord(beginningWith: "научно-тех"))
        #expect(shared.containsWord(beginningWith: "наш"))
        #expect(shared.containsWord(beginningWith: "наука"))
        #expect(!shared.containsWord(beginningWith: "наукоград"))
        #expect(!shared.containsWord(beginningWith: "учно"))
    }

    @Test func aNoteURLSetApartByPrintRejoinsItsNote() {
        let healed = TestSupport.heal("""
            Текст<sup>21</sup> и<sup>22</sup>.

            21. Japan — Content Restrictions // *Facebook Transparency*. 2019.

            URL: <https://example.org/jp> (дата обращения: 13.12.2021).

            22. Removal Requests // *Twitter*. 2019.

            Дальше.
            """)
        #expect(healed.notes.map(\.label) == ["21", "22"])
        #expect(healed.notes[0].plainText.hasSuffix("URL: https://example.org/jp (дата обращения: 13.12.2021)."))
        #expect(!healed.blocks.contains { $0.plainText.contains("URL:") })
        #expect(healed.interventions.filter { $0.kind == .noteContinuationJoined }.map(\.notes) == [["21"]])
    }

    @Test func theAuthorsOwnNumberedListStaysInTheText() {
        let healed = TestSupport.heal("""
            Текст<sup>1</sup> и<sup>2</sup>:

            1. Первое примечание.
            2. Второе.

            Направления:

            1. первое;
            2. второе.
            """)
        #expect(healed.notes.map(\.label) == ["1", "2"])
        #expect(healed.blocks.count == 3)
        if case .list(let start, _, let items) = healed.blocks[2].kind {
            #expect(start == 1)
            #expect(items.count == 2)
        } else {
            Issue.record("the author's list was lifted or lost")
        }
    }

    @Test func anAuthorsListBeforeTheFirstNotesIsNotTakenForThem() {
        let healed = TestSupport.heal("""
            Этапы:

            1. разведка;
            2. строительство.

            Проекты<sup>1</sup> сотрудни-

            ---

            1. Примечание.
            2. Ещё одно<sup>2</sup>.

            чества.
            """)
        #expect(healed.notes.map(\.label) == ["1", "2"])
        #expect(healed.notes[0].plainText == "Примечание.")
        #expect(healed.blocks.map(\.plainText) == ["Этапы:", "разведка; строительство.", "Проекты сотрудничества."])
    }

    @Test(arguments: ["1.", "1)"])
    func aNotesOwnNumberedListStaysInTheNote(marker: String) {
        let second = marker == "1." ? "2." : "2)"
        let healed = TestSupport.heal("""
            Текст<sup>1</sup> и<sup>2</sup> ещё<sup>3</sup>.

            1. Примечание.
            2. В документе три направления:
            \(marker) признание дипломов;
            \(second) стипендии.
            3. Park S. Title // *Times*. 2022.
            """)
        #expect(healed.notes.map(\.label) == ["1", "2", "3"])
        #expect(healed.notes[1].plainText == "В документе три направления: признание дипломов; стипендии.")
        #expect(healed.notes[2].plainText == "Park S. Title // Times. 2022.")
        #expect(healed.notes[1].blocks.contains { if case .list(1, _, let items) = $0.kind { items.count == 2 } else { false } })
        #expect(healed.blocks.map(\.plainText) == ["Текст и ещё."])
    }

    @Test func anAuthorsListCalledBeforeTheNotesUnderTheRuleIsNotTakenForThem() {
        let healed = TestSupport.heal("""
            Текст<sup>1</sup> и<sup>2</sup>. Меры:

            1. первая;
            2. вторая.

            Конец абзаца.

            ---

            1. Примечание.
            2. Ещё одно.
            """)
        #expect(healed.notes.map(\.plainText) == ["Примечание.", "Ещё одно."])
        #expect(healed.blocks.map(\.plainText) == ["Текст и. Меры:", "первая; вторая.", "Конец абзаца."])
    }

    @Test func anAuthorsListThatPrintRunsOnAfterTheNotesIsOneListAgainWithItsNumbers() {
        let healed = TestSupport.heal("""
            Текст<sup>1</sup> и<sup>2</sup> ещё<sup>3</sup>. Меры:

            1. первая;

            ---

            1. Примечание.
            2. Второе.
            3. Третье.

            2. вторая.
            """)
        #expect(healed.notes.map(\.plainText) == ["Примечание.", "Второе.", "Третье."])
        #expect(healed.blocks.count == 2)
        guard case .list(let start, _, let items) = healed.blocks.last?.kind else {
            Issue.record("not a list")
            return
        }
        #expect(start == 1)
        #expect(items.map { $0.map(\.plainText) } == [["первая;"], ["вторая."]])
        let join = healed.interventions.first { $0.kind == .listJoined }
        #expect(join?.notes == ["1", "2", "3"])
        #expect(join?.original.map(\.text) == ["первая;", "вторая."])
        #expect(join?.original.map(\.line) == [3, 11])
    }

    @Test func aBulletListSplitByNotesIsOneListAndTheItemTheBreakSplitIsWhole() {
        let markdown = """
            ## T

            Задачи<sup>1</sup>:

            - укрепить сотрудничество;
            - развивать торгово-экономи-

            ---

            1. Примечание.

            ческие связи;

            - расширять обмены.

            Следующий абзац.
            """
        let healed = TestSupport.heal(markdown)
        #expect(healed.blocks.map(\.plainText).last == "Следующий абзац.")
        #expect(healed.blocks.count == 4)
        guard case .list(let start, _, let items) = healed.blocks[2].kind else {
            Issue.record("not a list")
            return
        }
        #expect(start == nil)
        #expect(items.map { $0.map(\.plainText) } == [["укрепить сотрудничество;"], ["развивать торгово-экономические связи;"], ["расширять обмены."]])
        #expect(healed.interventions.contains { $0.kind == .wordJoined && $0.result == "экономические" && $0.notes == ["1"] })
        #expect(healed.interventions.contains { $0.kind == .listJoined && $0.notes.isEmpty })
        #expect(TestSupport.edition(markdown).1.filter { $0.severity == .error }.isEmpty)
    }

    @Test func aListItemRunsOnInLowerCaseAfterNotesButNotInCapitals() {
        let runsOn = TestSupport.heal("""
            Меры<sup>1</sup>:

            - снизить пошлины на

            1. Примечание.

            товары из стран АСЕАН.
            """)
        guard case .list(_, _, let items) = runsOn.blocks.last?.kind else {
            Issue.record("not a list")
            return
        }
        #expect(items.map { $0.map(\.plainText) } == [["снизить пошлины на товары из стран АСЕАН."]])
        let stops = TestSupport.heal("""
            Меры<sup>1</sup>:

            - снизить пошлины

            1. Примечание.

            Другой абзац автора.
            """)
        #expect(stops.blocks.map(\.plainText) == ["Меры:", "снизить пошлины", "Другой абзац автора."])
    }

    @Test func listsOfOtherKindsOrNumberingAreNotJoined() {
        let healed = TestSupport.heal("""
            Текст<sup>1</sup> и<sup>2</sup>:

            1. первая;
            2. вторая.

            ---

            1. Примечание.
            2. Второе.

            1. новый список.

            - и маркированный.
            """)
        #expect(healed.blocks.count == 4)
        #expect(!healed.interventions.contains { $0.kind == .listJoined })
    }

    @Test(arguments: [
        ("при пандемии COVID-", "19 и после", "при пандемии COVID-19 и после", Intervention.Kind.wordJoinedKeepingHyphen),
        ("в странах Юго-", "Восточной Азии", "в странах Юго-Восточной Азии", .wordJoinedKeepingHyphen),
        ("развитие ИКТ-", "политики страны", "развитие ИКТ-политики страны", .wordJoinedKeepingHyphen),
        ("развитие сотрудни-", "чества стран", "развитие сотрудничества стран", .wordJoined),
        ("в 1990-", "х гг. торговля", "в 1990-х гг. торговля", .wordJoinedKeepingHyphen),
        ("в 2018-", "2023 гг. торговля", "в 2018-2023 гг. торговля", .wordJoinedKeepingHyphen),
    ])
    func aHyphenBeforeADigitACapitalOrAfterAnAbbreviationOrANumberIsTheWords(left: String, right: String, joined: String,
                                                                                  kind: Intervention.Kind) {
        let healed = TestSupport.heal("Текст<sup>1</sup> и \(left)\n\n1. Примечание.\n\n\(right).\n")
        #expect(healed.blocks.map(\.plainText) == ["Текст и \(joined)."])
        #expect(healed.interventions.contains { $0.kind == kind })
    }

    @Test func aNameInCamelCaseOpensAParagraphAfterAFinishedSentenceButContinuesAnUnfinishedOne() {
        let opens = TestSupport.heal("""
            Торговля через платформы выросла.

            eBay и AliExpress остаются главными площадками.
            """)
        #expect(opens.blocks.count == 2)
        #expect(opens.interventions.isEmpty)
        let continues = TestSupport.heal("""
            Торговля через платформы, прежде всего

            eBay и AliExpress, выросла.
            """)
        #expect(continues.blocks.map(\.plainText) == ["Торговля через платформы, прежде всего eBay и AliExpress, выросла."])
    }

    @Test func aLabelIsNotJoinedToTheLowerCaseLineAfterIt() {
        let healed = TestSupport.heal("*Ключевые слова:*\n\nарктическая политика, СПГ.\n")
        #expect(healed.blocks.count == 2)
        #expect(healed.interventions.isEmpty)
    }

    @Test func aLineRightAboveTheNotesRuleIsTextNotAHeading() {
        // Without a blank line, Markdown reads the line and the rule as a heading underlined.
        let text = """
            Текст первый<sup>1</sup> и далее сотрудни-
            ---

            1. Примечание первое.

            чество продолжается.
            """
        let healed = TestSupport.heal(text)
        #expect(TextLedger.verify(source: TestSupport.blocks(text), healed: healed).isEmpty)
        #expect(healed.blocks.count == 1)
        #expect(healed.blocks.first?.isParagraph == true)
        #expect(healed.blocks.first?.plainText.hasSuffix("и далее сотрудничество продолжается.") == true)
        #expect(healed.notes.map(\.label) == ["1"])
        #expect(healed.interventions.map(\.kind) == [.notesMoved, .wordJoined])
        // An underlined heading before an ordered list that no call names stays a heading.
        let heading = TestSupport.heal("Выводы\n---\n\n1. Первый вывод.\n")
        #expect(heading.blocks.first.map { if case .heading = $0.kind { true } else { false } } == true)
    }

    @Test func aLineAboveTheNotesRuleIsTextEvenWhenACarriedOverNoteTailOpensTheNotes() {
        // The page's notes begin with the end of the last page's last note, then take up the numbering.
        let text = """
            Текст<sup>1</sup> первой страницы.

            ---

            1. Примечание, которое

            Вторая страница<sup>2</sup> и далее сотрудни-
            ---

            продолжается на следующей странице.

            2. Примечание второе.

            чество продолжается.
            """
        let healed = TestSupport.heal(text)
        #expect(TextLedger.verify(source: TestSupport.blocks(text), healed: healed).isEmpty)
        #expect(healed.blocks.map(\.plainText) == ["Текст первой страницы.", "Вторая страница и далее сотрудничество продолжается."])
        #expect(healed.blocks.allSatisfy { $0.isParagraph })
        #expect(healed.notes.map(\.label) == ["1", "2"])
        #expect(healed.notes.first?.blocks.map(\.plainText) == ["Примечание, которое продолжается на следующей странице."])
        #expect(healed.interventions.contains { $0.kind == .noteContinuationJoined && $0.notes == ["1"] })
        #expect(healed.interventions.contains { $0.kind == .wordJoined && $0.result == "сотрудничество" })
    }

    @Test func aNoteWhosePrintedNumberRepeatsTheLastIsNumberedNextAndRecorded() {
        let healed = TestSupport.heal("""
            Текст<sup>1</sup> и продолжение<sup>2</sup> и конец<sup>3</sup>.

            ---

            1. Первое.
            2. Второе.
            2. Третье.
            """)
        #expect(healed.notes.map(\.label) == ["1", "2", "3"])
        #expect(healed.notes.last?.blocks.map(\.plainText) == ["Третье."])
        let renumbered = healed.interventions.filter { $0.kind == .noteRenumbered }
        #expect(renumbered.map(\.original) == [[Intervention.Excerpt("2.", line: 7)]])
        #expect(renumbered.map(\.result) == ["3."])
        #expect(renumbered.map(\.notes) == [["3"]])
    }

    @Test func aLabelInPlainTypeIsNotJoinedEither() {
        for label in ["Ключевые слова:", "Key words", "ФИНАНСИРОВАНИЕ."] {
            let healed = TestSupport.heal("\(label)\n\nарктическая политика, СПГ.\n")
            #expect(healed.blocks.count == 2, "\(label)")
            #expect(healed.interventions.isEmpty, "\(label)")
        }
        // A paragraph that only begins with a label's words is the author's, and a page end may split it.
        let healed = TestSupport.heal("Ключевые слова этой статьи таковы, что\n\nих легко найти.\n")
        #expect(healed.interventions.map(\.kind) == [.sentenceJoined])
    }

    @Test func aReferencesAccessLineSetApartRejoinsItsNote() {
        let healed = TestSupport.heal("""
            Текст<sup>1</sup> сотрудни-

            1. Доклад // *Сайт*. 2020.

            Режим доступа: <https://example.org/r> (дата обращения: 01.02.2023).

            чества стран.
            """)
        #expect(healed.notes[0].plainText.hasSuffix("(дата обращения: 01.02.2023)."))
        #expect(healed.blocks.map(\.plainText) == ["Текст сотрудничества стран."])
    }

    @Test func aSentenceSplitAroundAFigureIsJoinedAcrossItAndTheFigureFollows() {
        let markdown = """
            ## T

            Доля запросов из Японии составила 45 % подобных запро-

            Рис. 1. Запросы на удаление

            Figure 1. Takedown Requests

            Источники: *Отчёт.*

            сов во всем мире.

            Следующий абзац.
            """
        let healed = TestSupport.heal(markdown)
        #expect(healed.blocks.map(\.plainText) == [
            "T", "Доля запросов из Японии составила 45 % подобных запросов во всем мире.",
            "Рис. 1. Запросы на удаление", "Figure 1. Takedown Requests", "Источники: Отчёт.", "Следующий абзац.",
        ])
        #expect(healed.interventions.map(\.kind) == [.wordJoined, .figureMoved])
        #expect(healed.interventions.last?.original.map(\.line) == [5])
        var counter = InterventionCounter()
        let figures = FigureRecognizer(profile: .farEasternStudies).recognize(healed.blocks, counter: &counter).blocks
        #expect(figures.filter { if case .figure = $0.kind { true } else { false } }.count == 1)
        let diagnostics = TestSupport.edition(markdown).1
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.message))")
    }

    @Test func aFigureIsNeverJoinedTo() {
        let healed = TestSupport.heal("""
            ## Раздел

            Рис. 2. Подпись

            Источники: *данные*

            и строчная после рисунка.

            Абзац закончен.

            Рис. 3. Ещё подпись

            Следующий абзац.
            """)
        // Nothing before the first figure to join across, and no sentence split around the second: the lines
        // after them stay paragraphs of their own, never glued to a caption or a source line.
        #expect(healed.blocks.map(\.plainText) == [
            "Раздел", "Рис. 2. Подпись", "Источники: данные", "и строчная после рисунка.", "Абзац закончен.",
            "Рис. 3. Ещё подпись", "Следующий абзац.",
        ])
        #expect(healed.interventions.isEmpty)
    }

    @Test func theTailOfANoteCarriedToTheNextPageRejoinsItsNote() {
        let markdown = """
            ## T

            Первый<sup>1</sup> абзац.

            1. Длинное примечание, которое не уместилось на стра-

            Второй<sup>2</sup> абзац.

            ---

            нице и закончилось на следующей.

            2. Второе примечание.
            """
        let healed = TestSupport.heal(markdown)
        #expect(healed.notes.map { $0.blocks.map(\.plainText).joined(separator: " ") } == [
            "Длинное примечание, которое не уместилось на странице и закончилось на следующей.", "Второе примечание.",
        ])
        #expect(healed.blocks.map(\.plainText) == ["T", "Первый абзац.", "Второй абзац."])
        let moved = healed.interventions.first { $0.kind == .noteContinuationJoined }
        #expect(moved?.original.map(\.line) == [9, 11])
        #expect(moved?.notes == ["1"])
        #expect(healed.interventions.contains { $0.kind == .wordJoined && $0.result == "странице" && $0.notes == ["1"] })
        // The ledger agrees that nothing was lost: no error from the whole pipeline.
        let diagnostics = TestSupport.edition(markdown).1
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.message))")
    }

    @Test func aNoteTailWithoutARuleRejoinsItsNoteOnlyWhenBothEdgesSaySo() {
        let markdown = """
            ## T

            Первый<sup>1</sup> абзац.

            1. Примечание о совмест-

            Второй<sup>2</sup> абзац.

            ных программах вузов.

            2. Второе примечание.
            """
        let healed = TestSupport.heal(markdown)
        #expect(healed.notes.map(\.plainText) == ["Примечание о совместных программах вузов.", "Второе примечание."])
        #expect(healed.blocks.map(\.plainText) == ["T", "Первый абзац.", "Второй абзац."])
        #expect(healed.interventions.first { $0.kind == .noteContinuationJoined }?.original.map(\.line) == [9])
        #expect(TestSupport.edition(markdown).1.filter { $0.severity == .error }.isEmpty)
        // A note that ended its sentence: the paragraph is the author's, even in lower case.
        let complete = TestSupport.heal(markdown.replacingOccurrences(of: "о совмест-", with: "о программах."))
        #expect(complete.notes.first?.plainText == "Примечание о программах.")
    }

    @Test func aQuotationSplitByAPageEndIsJoinedButNotTheAuthorsWordsAfterIt() {
        let markdown = """
            ## T

            Текст<sup>1</sup>:

            > Правительство будет содействовать механизмам безопас-

            ---

            1. Примечание.

            ности<sup>2</sup>.

            2. Второе.

            > Цитата кончилась.

            и автор продолжает.
            """
        let healed = TestSupport.heal(markdown)
        #expect(healed.blocks.map(\.plainText) == [
            "T", "Текст:", "Правительство будет содействовать механизмам безопасности.", "Цитата кончилась.", "и автор продолжает.",
        ])
        guard case .quote(let quoted) = healed.blocks[2].kind else {
            Issue.record("the quotation is not a quotation")
            return
        }
        #expect(quoted.map(\.plainText) == ["Правительство будет содействовать механизмам безопасности."])
        #expect(healed.interventions.contains { $0.kind == .wordJoined && $0.result == "безопасности" })
        #expect(TestSupport.edition(markdown).1.filter { $0.severity == .error }.isEmpty)
    }

    @Test func aParagraphAfterARuleIsNoNoteTailWhenTheNoteWasComplete() {
        let healed = TestSupport.heal("""
            Первый<sup>1</sup> абзац.

            1. Законченное примечание.

            ---

            Новый раздел начинается с абзаца.

            2. Второе примечание.
            """)
        #expect(healed.notes.first?.blocks.map(\.plainText) == ["Законченное примечание."])
        #expect(healed.blocks.map(\.plainText).contains("Новый раздел начинается с абзаца."))
        #expect(!healed.interventions.contains { $0.kind == .noteContinuationJoined })
    }

    @Test func aNoteKeepsItsPrintedNumberWhereTheNumberingSkipsOne() {
        // Markdown numbers a list from its first item; the printed «7.» must stay note 7, and the missing
        // note 6 must be reported, not silently be note 7's text.
        let (edition, diagnostics) = TestSupport.edition("""
            ## T

            Раз<sup>5</sup>, два<sup>6</sup>, три<sup>7</sup>.

            5. Пятое.
            7. Седьмое.
            """)
        #expect(edition.notes.notes.map(\.label) == ["5", "7"])
        #expect(edition.notes.notes.last?.plainText == "Седьмое.")
        #expect(diagnostics.contains { $0.severity == .error && $0.message.contains("6") && $0.line == 3 }, "\(diagnostics.map(\.message))")
    }

    @Test func aListWhoseNumbersNobodyCallsIsNotTakenForNotes() {
        let healed = TestSupport.heal("Текст без вызовов.\n\n5. пятое;\n6. шестое.\n")
        #expect(healed.notes.isEmpty)
        #expect(healed.blocks.count == 2)
    }

    @Test func escapedUnderscoresLeaveLinkTextsThatSpellTheirURL() {
        let healed = TestSupport.heal("См. [https://x.org/a\\\\_b\\\\_c.pdf](https://x.org/a_b_c.pdf) и [текст\\\\_1](https://x.org/z).")
        let texts = healed.blocks[0].inlines.compactMap { inline -> String? in
            if case .link(_, _, let children) = inline { return children.plainText }
            return nil
        }
        #expect(texts == ["https://x.org/a_b_c.pdf", "текст\\_1"])
        #expect(healed.interventions.map(\.kind) == [.linkTextUnescaped])
    }

    @Test func theLedgerCatchesAHyphenDroppedWithoutARecord() {
        let text = "Развитие сотрудни-\n\nчества."
        var healed = TestSupport.heal(text)
        #expect(healed.interventions.map(\.kind) == [.wordJoined])
        #expect(TextLedger.verify(source: TestSupport.blocks(text), healed: healed).isEmpty)
        healed.interventions.removeAll()
        #expect(TextLedger.verify(source: TestSupport.blocks(text), healed: healed).map(\.stream) == ["hyphens"])
    }

    @Test func theLedgerCatchesTextThatHealingWouldLose() {
        let source = TestSupport.blocks("Первый абзац.\n\nВторой абзац.")
        var healed = TestSupport.heal("Первый абзац.\n\nВторой абзац.")
        #expect(TextLedger.verify(source: source, healed: healed).isEmpty)
        healed.blocks.removeLast()
        #expect(TextLedger.verify(source: source, healed: healed).map(\.stream) == ["text"])
    }
}

