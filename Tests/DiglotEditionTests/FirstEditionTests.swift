import Testing
@testable import DiglotEdition

/// The first edition as a whole: what issue 2 and 3 promise of it, checked on the real article.
struct FirstEditionTests {
    static let built = TestSupport.edition(TestSupport.firstArticle, slug: "melkonyan-2022", annotationsYAML: TestSupport.firstAnnotations)
    var edition: Edition { Self.built.0 }

    @Test func withItsEditorialLayerItBuildsWithoutAnyDiagnostic() {
        #expect(Self.built.1.isEmpty, "\(Self.built.1.map(\.message))")
    }

    /// The version of record alone: the three URL discrepancies are warnings, each where the slip stands.
    @Test func withoutItTheThreeURLDiscrepanciesAreWarningsAtTheSlips() {
        let (_, diagnostics) = TestSupport.edition(TestSupport.firstArticle, slug: "melkonyan-2022")
        #expect(diagnostics.map(\.severity) == [.warning, .warning, .warning])
        #expect(diagnostics.map { $0.line ?? 0 }.sorted() == [170, 216, 286])
        #expect(diagnostics.allSatisfy { $0.message.hasPrefix("one source is printed with different URLs") && $0.related.count == 1 })
        #expect(diagnostics.contains { $0.message.contains("idUSKCN01MW0AG") && $0.related.first?.line == 198 })
    }

    @Test func all36CallsAndNotesAreLinkedBothWays() {
        let calls = edition.sections.body.flatMap(\.noteCalls)
        #expect(Set(calls.map(\.label)) == Set((1...36).map(String.init)))
        #expect(edition.notes.notes.map(\.label) == (1...36).map(String.init))
        for call in calls {
            #expect(edition.notes.calls[call.index]?.target == "note-\(call.label)")
        }
        for note in edition.notes.notes {
            #expect(note.callAnchors.count == calls.filter { $0.label == note.label }.count)
        }
    }

    @Test func noNoteTextOrURLFragmentIsLeftInTheRunningText() {
        let body = edition.sections.body.filter { if case .figure = $0.kind { false } else { true } }.map(\.plainText)
        for note in edition.notes.notes {
            let start = String(note.plainText.prefix(80))
            #expect(!body.contains { $0.contains(start) }, "note \(note.label) is still in the text: \(start)")
        }
        #expect(!body.contains { $0.hasPrefix("URL:") || $0.contains("дата обращения") && !$0.hasPrefix("Рис.") })
        #expect(!edition.sections.body.contains { $0.kind == .thematicBreak })
    }

    @Test func notesWhoseURLPrintSetApartAreWhole() {
        for label in ["21", "25", "33", "34"] {
            let note = edition.notes.notes.first { $0.label == label }
            #expect(note?.plainText.contains("URL: http") == true, "note \(label)")
        }
    }

    @Test func everySplitWordAndSentenceIsWhole() {
        let joins = edition.interventions.filter { [.wordJoined, .sentenceJoined, .wordJoinedKeepingHyphen].contains($0.kind) }
        #expect(joins.filter { $0.kind == .wordJoined }.map(\.result)
            == ["подчеркивает", "коммуникаций", "кибербезопасности", "принимаемые", "британской", "области"])
        #expect(joins.filter { $0.kind == .sentenceJoined }.map { $0.original.map(\.text).joined(separator: " | ") } == [
            "и ухудшения отношений с | этой страной из-за тайваньского",
            "о киберпреступности наряду с | США, Канадой и ЮАР.",
            "а для Японии важно | также противостояние расширению влияния",
        ])
        let text = edition.sections.body.map(\.plainText).joined(separator: "\n")
        for fragment in ["подчерки-", "коммуника-", "при-\n", "британ-", "наряду с\n"] {
            #expect(!text.contains(fragment))
        }
        #expect(text.contains("наряду с США, Канадой и ЮАР"))
    }

    @Test func theApparatusRecordsEachChangeWithItsSourceLine() {
        let word = edition.interventions.first { $0.result == "подчеркивает" }
        #expect(word?.original == [.init("подчерки-", line: 42), .init("вает", line: 44)])
        #expect(edition.interventions.filter { $0.kind == .notesMoved }.count == 10)
        #expect(edition.interventions.filter { $0.kind == .noteContinuationJoined }.flatMap(\.notes) == ["21", "25", "33", "34"])
        #expect(edition.interventions.filter { $0.kind == .figureSourceJoined }.count == 1)
    }

    @Test func theSectionBreakAndTheFigureAreKept() {
        #expect(edition.sections.body.filter { $0.kind == .sectionBreak }.count == 1)
        let figures = edition.sections.body.compactMap { if case .figure(let f) = $0.kind { f } else { nil } }
        #expect(figures.count == 1)
        #expect(figures.first?.captions.map(\.language) == ["ru", "en"])
        #expect(figures.first?.source?.inlines.plainText.contains("idUSKCN01MW0AG") == true)
    }
}
