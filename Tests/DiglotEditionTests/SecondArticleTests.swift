import Foundation
import Testing
@testable import DiglotEdition

/// The second test article (Tests/Fixtures/second-article): same kinds of damage, different words, and its
/// broken variants with the diagnostics an editor must see.
struct SecondArticleTests {
    static let built = TestSupport.edition(TestSupport.secondArticle, slug: "second")
    var edition: Edition { Self.built.0 }

    @Test func buildsCleanly() {
        #expect(Self.built.1.isEmpty, "\(Self.built.1.map(\.message))")
    }

    @Test func itsSplitWordsAndSentencesAreWhole() {
        let results = edition.interventions.filter { [.wordJoined, .wordJoinedKeepingHyphen].contains($0.kind) }.map(\.result)
        #expect(results == ["сотрудничества", "энергетических", "научно-технического", "судов"])
        let text = edition.sections.body.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("приоритетом наряду с Сибирью и Дальним Востоком."))
        #expect(text.contains("зависит от государственной поддержки") && text.contains("развитие научно-технического сотрудничества"))
        #expect(edition.interventions.first { $0.result == "научно-технического" }?.kind == .wordJoinedKeepingHyphen)
        // `научно-` stands right above the rule of notes 6–7, which Markdown reads as its underline: still a paragraph.
        let headings = edition.sections.body.filter { if case .heading = $0.kind { true } else { false } }.map(\.plainText)
        #expect(headings == ["Проекты", "Ограничения"])
    }

    @Test func itsNotesAreLinkedAndNoteSixHasTwoBacklinks() {
        #expect(edition.notes.notes.map(\.label) == (1...9).map(String.init))
        #expect(edition.notes.notes.first { $0.label == "6" }?.callAnchors == ["call-6", "call-6-2"])
        #expect(edition.notes.notes.first { $0.label == "7" }?.plainText.contains("URL: https://www.mof.go.kr") == true)
    }

    @Test func theAuthorsListsStayTheSplitOneIsWholeAndTheEndedParagraphIsNotJoined() {
        let lists = edition.sections.body.filter(\.isList)
        #expect(lists.count == 2)
        guard case .list(nil, _, let items)? = lists.last?.kind else {
            Issue.record("the list that notes 9 split is not one bullet list")
            return
        }
        #expect(items.map(\.plainText) == ["ограничения на страхование судов ледового класса;", "ограничения на передачу технологий."])
        #expect(edition.interventions.contains { $0.kind == .listJoined })
        #expect(edition.interventions.first { $0.result == "судов" }?.notes == ["9"])
        #expect(edition.sections.body.contains { $0.plainText.hasSuffix("Важным фактором остается позиция США.") })
    }

    @Test func itsTableHasItsCaptionsPairedItsCellsAndItsSource() {
        let tables = edition.sections.body.compactMap { if case .figure(let figure) = $0.kind, figure.kind == .table { figure } else { nil } }
        #expect(tables.count == 1)
        #expect(tables.first?.captions.map { $0.label + " " + $0.inlines.plainText } == [
            "Таблица 1 Заказы корейских верфей для российских арктических проектов",
            "Table 1. Orders of Korean shipyards for Russian Arctic projects",
        ])
        #expect(tables.first?.table?.rows.map { $0.map(\.plainText) } == [["DSME", "«Ямал СПГ»", "15"], ["Samsung Heavy Industries", "«Арктик СПГ 2»", "15"]])
        #expect(edition.pairs.first { $0.key == "table-1" }?.kind == .tableCaption)
        #expect(edition.pairs.first { $0.key == "table-1" }?.isComplete == true)
        // Figure 1 and table 1 are two things.
        #expect(edition.pairs.contains { $0.key == "figure-1" })
    }

    @Test func itsFrontMatterPairsEquallyRight() {
        #expect(edition.sections.primary.abstract.count == 3)
        #expect(edition.sections.translation?.abstract.count == 3)
        #expect(edition.pairs.filter { !$0.isComplete }.isEmpty)
        #expect(edition.pairs.map(\.key).filter { $0.hasPrefix("bib-") }.count == 4)
        #expect(edition.sections.translation?.keywords == ["Russia", "Republic of Korea", "Arctic", "LNG", "Northern Sea Route", "shipbuilding"])
        #expect(edition.citationLine.firstPage == "101" && edition.citationLine.lastPage == "115" && edition.citationLine.issue == "4")
    }

    @Test func aReferenceListInAnotherOrderStillPairsEachEntryWithItsTwin() {
        // The transliterated list sorted otherwise: entries 1 and 3 change places, and 2 and 4.
        let lines = TestSupport.secondArticle.components(separatedBy: "\n")
        let start = lines.firstIndex(of: "### References")! + 2
        var reordered = lines
        reordered[start] = lines[start + 2]
        reordered[start + 2] = lines[start]
        reordered[start + 1] = lines[start + 3] + "\n" + lines[start + 4]
        reordered[start + 3] = lines[start + 1]
        reordered.remove(at: start + 4)
        let (edition, diagnostics) = TestSupport.edition(reordered.joined(separator: "\n"), slug: "reordered")
        #expect(!diagnostics.contains { $0.message.contains("no counterpart") }, "\(diagnostics.map(\.message))")
        let twins = edition.pairs.filter { $0.kind == .bibliographyEntry }.map { ($0.primary!.text, $0.translation!.text) }
        #expect(twins.count == 4)
        #expect(twins.allSatisfy { FrontMatterPairer.identifiers($0.0) == FrontMatterPairer.identifiers($0.1) })
        #expect(twins.first.map { $0.1.contains("Koreiskoe") } == true)
        // Each source stays one source, with its Russian and its English entry.
        #expect(edition.citations.sources.count == Self.built.0.citations.sources.count)
        for source in edition.citations.sources where source.places.contains(where: \.isBibliography) {
            #expect(source.places.filter(\.isBibliography).count == 2)
        }
    }

    @Test func yearsAreFourDigitRunsOnly() {
        #expect(FrontMatterPairer.years("2019. Т. 4. С. 33–47; 12.02.2023; 1599, 2100, 20201") == [2019, 2023])
        #expect(FrontMatterPairer.years("id 123456789012345678901234567890 of 1998") == [1998])
        #expect(FrontMatterPairer.years("") == [])
    }

    @Test func aMisprintInOneListDoesNotUnpairTheLists() {
        let misprinted = TestSupport.secondArticle.replacingOccurrences(
            of: "URL: <https://www.motie.go.kr/example/roadmap.pdf> (accessed", with: "URL: <https://www.motie.go.kr/example/roadmap1.pdf> (accessed")
        #expect(misprinted != TestSupport.secondArticle)
        let (edition, diagnostics) = TestSupport.edition(misprinted, slug: "misprinted")
        #expect(!diagnostics.contains { $0.message.contains("no counterpart") })
        #expect(edition.pairs.filter { $0.kind == .bibliographyEntry && $0.isComplete }.count == 4)
    }

    @Test func aMissingNoteIsAnErrorAtItsCall() {
        let broken = TestSupport.secondArticle.replacingOccurrences(of: "\n5. The Northern Sea Route", with: "\nThe Northern Sea Route")
        let (_, diagnostics) = TestSupport.edition(broken, slug: "second")
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["note 5 is called here but never defined"])
        #expect(errors.first?.line == 56)
        #expect(errors.first?.sourceLine?.contains("<sup>5</sup>") == true)
    }

    /// Notes set right under a page's last line, with no blank line or rule, are read by Markdown as lines of that
    /// paragraph: the build fails at the calls, and one note at the first of those lines says what to add there.
    @Test func notesGluedToAParagraphArePointedOutWhereTheBlankLineIsMissing() throws {
        let glued = TestSupport.secondArticle.replacingOccurrences(of: "развитие научно-\n---\n\n\n6. *Lee", with: "развитие научно-\n6. *Lee")
        #expect(glued != TestSupport.secondArticle)
        let lines = glued.components(separatedBy: "\n")
        let (_, diagnostics) = TestSupport.edition(glued, slug: "second")
        #expect(Set(diagnostics.filter { $0.severity == .error }.map(\.message))
            == ["note 6 is called here but never defined", "note 7 is called here but never defined"])
        let hints = diagnostics.filter { $0.severity == .note }
        #expect(hints.count == 1)
        let hint = try #require(hints.first)
        #expect(hint.message.hasPrefix("notes 6, 7 seem to be printed from here on"))
        #expect(hint.message.hasSuffix("before «6.»"))
        #expect(lines[try #require(hint.line) - 1].hasPrefix("6. *Lee"))
        #expect(hint.column == 1)

        // Following the advice heals the edition: the notes are lifted and the split word joined.
        let fixed = glued.replacingOccurrences(of: "развитие научно-\n6. *Lee", with: "развитие научно-\n\n6. *Lee")
        let (edition, problems) = TestSupport.edition(fixed, slug: "second")
        #expect(problems.filter { $0.severity != .warning }.isEmpty)
        #expect(edition.notes.notes.map(\.label).contains("7"))
        // A numbered line in a paragraph whose number no undefined note has is left alone.
        let numbered = TestSupport.secondArticle.replacingOccurrences(of: "энергетиче-\n\n", with: "энергетиче-\n2. пункт\n\n")
        #expect(numbered != TestSupport.secondArticle)
        #expect(TestSupport.edition(numbered, slug: "second").1.filter { $0.severity == .note }.isEmpty)
    }

    @Test func aNoteDefinedTwiceAndANoteNeverCalledAreReported() {
        let twice = TestSupport.secondArticle + "\n[^8]: A second note 8.\n"
        let definitionLine = twice.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(TestSupport.edition(twice).1.contains { $0.message == "note 8 is defined twice" && $0.line == definitionLine })
        let uncalled = TestSupport.secondArticle.replacingOccurrences(of: "позиция США<sup>8</sup>.", with: "позиция США.")
        let warnings = TestSupport.edition(uncalled).1
        #expect(warnings.map(\.message) == ["note 8 is never called in the text"])
        #expect(warnings.first?.severity == .warning)
    }

    @Test func aMissingEnglishFieldIsAWarningNamingIt() {
        let withoutFunding = TestSupport.secondArticle.replacingOccurrences(
            of: "*Funding sources:*\n\nThe research was supported by the Russian Science Foundation, grant No. 00-00-00000 \"Arctic Policy of the Northeast Asian States\".\n\n", with: "")
        let (edition, diagnostics) = TestSupport.edition(withoutFunding)
        #expect(edition.pairs.first { $0.key == "funding" }?.translation == nil)
        #expect(diagnostics.map(\.message) == ["funding has no counterpart in the English part"])
        #expect(diagnostics.first?.line == 36)
    }
}
