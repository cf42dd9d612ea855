import Foundation
import Testing
@testable import DiglotEdition

struct CitationIndexTests {
    static let first = TestSupport.edition(TestSupport.firstArticle, slug: "m").0
    static let second = TestSupport.edition(TestSupport.secondArticle, slug: "s").0

    @Test func theFirstEditionHas38SourcesEachCitingPlaceInExactlyOne() {
        let sources = Self.first.citations.sources
        #expect(sources.count == 38)
        let places = sources.flatMap(\.places)
        #expect(places.count == Set(places).count)
        #expect(places.filter { $0.kind == .note }.count == 37)
        #expect(places.filter { $0.kind == .bibliography }.count == 17)
        #expect(places.filter { $0.kind == .translatedBibliography }.count == 17)
        #expect(places.filter { $0.kind == .figure }.count == 1)
    }

    @Test func oneSourceGathersEveryWayItIsCited() {
        let degterev = Self.first.citations.sources.first { $0.reference.doi?.hasPrefix("10.17323") == true }
        #expect(degterev?.places.map { "\($0.kind.rawValue) \($0.number)" } == ["note 1", "note 23", "bibliography 1", "translatedBibliography 1"])
        let reuters = Self.first.citations.sources.first { $0.reference.title == "Japan tells Facebook to improve data protection" }
        #expect(reuters?.places.map(\.kind) == [.figure, .note])
        #expect(reuters?.reference.url == "https://www.reuters.com/article/us-facebook-privacy-japan-idUSKCN1MW0AG")
    }

    @Test func theThreeURLDiscrepanciesAreFoundWithTheMajorityReadingKept() {
        let report = Self.first.citations.report
        #expect(report.discrepancies.count == 3)
        let kept = report.discrepancies.compactMap { d in Self.first.citations.sources.first { $0.number == d.source }?.reference.url }
        #expect(kept.contains("https://www.mofa.go.jp/a_o/rp/page3e_000590.html"))
        #expect(kept.contains("https://www.nisc.go.jp/conference/cs/dai10/pdf/10shiryou09.pdf"))
    }

    @Test func theConsistencyReportNamesRepeatsAndUncitedEntries() {
        let report = Self.first.citations.report
        #expect(report.repeatedNotes.map { "\($0.note)=\($0.repeats)" } == ["9=8", "20=19", "23=1"])
        #expect(report.uncitedBibliographyEntries == [2, 7, 12, 16])
        #expect(report.unparsed.isEmpty)
    }

    @Test func theSecondArticleGetsAnIndexThatIsEquallyRight() {
        let sources = Self.second.citations.sources
        // Nine notes, eight sources (note 6 is called twice, note 9 repeats note 2's «Указ. соч.»), and the figure's source; the table's is Kim's.
        #expect(sources.count == 9)
        #expect(sources.last?.places.map(\.kind) == [.figure])
        let kim = sources.first { $0.reference.authors.first?.family == "Ким" }
        #expect(kim?.places.map { "\($0.kind.rawValue) \($0.number)" } == ["note 2", "note 9", "table 1", "bibliography 1", "translatedBibliography 1"])
        let lee = sources.first { $0.reference.authors.first?.family == "Lee" }
        #expect(lee?.places.map { "\($0.kind.rawValue) \($0.number)" } == ["note 6", "bibliography 3", "translatedBibliography 3"])
        #expect(Self.second.citations.report.discrepancies.isEmpty)
        #expect(Self.second.citations.report.repeatedNotes.map { "\($0.note)=\($0.repeats)" } == ["9=2"])
    }

    @Test func ibidJoinsThePreviousNotesSource() {
        let article = """
            ## T

            A<sup>1</sup> b<sup>2</sup> c<sup>3</sup>.

            1. *Иванов И.И.* Название статьи // *Вопросы экономики*. 2020. № 5. С. 12–20.
            2. Там же. С. 15.
            3. Другой материал // *Ведомости*. 12.03.2021. URL: <https://example.org/x> (дата обращения: 01.02.2023).
            """
        let edition = TestSupport.edition(article).0
        #expect(edition.citations.sources.count == 2)
        #expect(edition.citations.sources[0].places.map(\.number) == ["1", "2"])
        #expect(edition.citations.report.repeatedNotes.map(\.note) == ["2"])
    }

    @Test func aNoteThatPointsBackJoinsTheSourceItNames() {
        let article = """
            ## T

            A<sup>1</sup> b<sup>2</sup> c<sup>3</sup> d<sup>4</sup> e<sup>5</sup> f<sup>6</sup>.

            1. Подробнее см.: *Иванов И.И.* Название статьи // *Вопросы экономики*. 2020. № 5. С. 12–20.
            2. *Петров П.П.* Другая статья // *Мировая экономика*. 2021. № 2. С. 3–9.
            3. *Иванов И.И.* Указ. соч. С. 15.
            4. Там же. С. 16.
            5. См. прим. 2.
            6. *Сидоров С.С.* Указ. соч. С. 1.
            """
        let (edition, diagnostics) = TestSupport.edition(article)
        let places = edition.citations.sources.map { $0.places.map(\.number) }
        #expect(places == [["1", "3", "4"], ["2", "5"], ["6"]])
        #expect(edition.citations.report.repeatedNotes.map(\.note) == ["3", "4", "5"])
        #expect(edition.citations.report.unparsed.isEmpty)
        #expect(diagnostics.filter { $0.stage == .citations }.map(\.message) == ["note 6 points back («*Сидоров С.С.* Указ. соч. С. 1.») to no source cited before it"])
    }

    @Test func aRemarkBeforeTheReferenceANoteLeadsToIsNoPartOfIt() {
        let article = """
            ## T

            A<sup>1</sup> b<sup>2</sup>.

            1. Экспорт вырос по трем направлениям:
            1) энергоносители;
            2) продукция АПК. Подробнее см.: Итоги внешней торговли // *ФТС*. 2024. URL: <https://customs.gov.ru/x> (дата обращения: 15.02.2024).
            2. Автор благодарит рецензентов. См.: их замечания.
            """
        let (edition, diagnostics) = TestSupport.edition(article)
        // A «see» that leads to no reference leaves the note whole.
        let printed = edition.citations.sources.flatMap { $0.citations.map(\.printed) }
        #expect(printed == ["Итоги внешней торговли // *ФТС*. 2024. URL: https://customs.gov.ru/x (дата обращения: 15.02.2024).",
                            "Автор благодарит рецензентов. См.: их замечания."])
        #expect(edition.citations.sources.first?.reference.containerTitle == "ФТС")
        #expect(diagnostics.filter { $0.stage == .citations }.isEmpty)
    }

    @Test func differentSourcesWithSimilarURLsAreNotMerged() {
        let article = """
            ## T

            A<sup>1</sup> b<sup>2</sup>.

            1. Outcomes of the 13th Meeting // *METI*. November 6, 2020. URL: <https://www.meti.go.jp/english/press/2020/1106_003.html>
            2. Outcomes of the 14th Meeting // *METI*. October 22, 2021. URL: <https://www.meti.go.jp/english/press/2021/1022_001.html>
            """
        let edition = TestSupport.edition(article).0
        #expect(edition.citations.sources.count == 2)
        #expect(edition.citations.report.discrepancies.isEmpty)
    }

    @Test func aStringThatIsNoReferenceIsKeptWholeAndReported() {
        let (edition, diagnostics) = TestSupport.edition("## T\n\nA<sup>1</sup>.\n\n1. Архив семьи Ивановых, 1952 г.\n")
        #expect(edition.citations.sources.count == 1)
        #expect(edition.citations.sources[0].citations[0].printed == "Архив семьи Ивановых, 1952 г.")
        #expect(diagnostics.contains { $0.message == "note 1 cannot be read as a reference; it is kept as printed" && $0.line == 5 })
    }

    @Test func aNoteThatIsOnlyARemarkIsNoSource() {
        let (edition, diagnostics) = TestSupport.edition(
            "## T\n\nA<sup>1</sup>, B<sup>2</sup>, C<sup>3</sup>.\n\n1. Орлов И. Статья // Журнал. 2020. № 1.\n2. Здесь и далее перевод автора.\n3. Там же. С. 5.\n")
        // Not a source, so not in the index, its exports or the consistency report; «Там же» after it still
        // goes back to the source of note 1.
        #expect(edition.citations.sources.count == 1)
        #expect(edition.citations.sources[0].places.map(\.number) == ["1", "3"])
        #expect(edition.citations.report.remarks.map(\.number) == ["2"])
        #expect(edition.citations.report.unparsed.isEmpty)
        // Said, at its line, without failing `check --warnings-as-errors`.
        let said = diagnostics.filter { $0.message.hasPrefix("note 2 reads as a remark") }
        #expect(said.map(\.severity) == [.note] && said.first?.line == 6)
        #expect(!diagnostics.contains { $0.stage == .citations && $0.severity == .warning }, "\(diagnostics.map(\.message))")
        // The note itself is printed as ever.
        #expect(edition.notes.notes.map(\.blocks.plainText).contains("Здесь и далее перевод автора."))
    }

    @Test func identityKeysForgivePrintsVariants() {
        #expect(SourceIdentity.doi("10.17323/1996–7845–2021–03–01") == SourceIdentity.doi("https://doi.org/10.17323/1996-7845-2021-03-01"))
        #expect(SourceIdentity.url("http://www.Example.org/a/") == SourceIdentity.url("https://example.org/a#frag"))
        #expect(SourceIdentity.url("https://example.org/a") != SourceIdentity.url("https://example.org/b"))
        #expect(SourceIdentity.title("Joint Statement of the ASEAN-Japan Meeting") == SourceIdentity.title("Joint Statement of the ASEAN—Japan Meeting"))
        #expect(SourceIdentity.title("«Ёлка», №\u{A0}3 — 2020!") == "ёлка32020")
        #expect(SourceIdentity.title("日本の外交, 2ᵈ") == "日本の外交2ᵈ")
        #expect(SourceIdentity.title("—") == nil)
        #expect(SourceIdentity.doi(" doi:10.1000/ABC.;") == "10.1000/abc")
        #expect(SourceIdentity.doi(".,;") == "")
    }

    @Test func titleKeysKeepTheCharactersFoundationCallsAlphanumeric() {
        // The key was first written with Foundation's set; the faster test must keep every key the same.
        let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0x370...0x52F, 0x2000...0x206F, 0x3000...0x30FF, 0x4E00...0x4EFF, 0xAC00...0xACFF]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(SourceIdentity.isAlphanumeric(scalar) == CharacterSet.alphanumerics.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }
}
