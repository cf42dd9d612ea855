import Foundation
import Testing
@testable import DiglotEdition

/// Cutting a note into its references.
struct ReferenceParserSplitterTests {
    @Test func splitsTwoReferencesAtTheSemicolon() {
        let note = "*Sato K.* Data rules in Asia // *Global Voices*. May 4, 2014. URL: https://globalvoices.org/2014/05/04/a_b/; "
            + "Lee A. Talking data with the minister // *Asia Post*. May 9, 2013. URL: http://ap.to/1Mh (дата обращения: 12.12.2021)."
        let pieces = ReferenceSplitter.split(note)
        #expect(pieces == [
            "*Sato K.* Data rules in Asia // *Global Voices*. May 4, 2014. URL: https://globalvoices.org/2014/05/04/a_b/",
            "Lee A. Talking data with the minister // *Asia Post*. May 9, 2013. URL: http://ap.to/1Mh (дата обращения: 12.12.2021).",
        ])
        #expect(pieces.map { ReferenceParser.parse($0).containerTitle } == ["Global Voices", "Asia Post"])
    }

    @Test func neverSplitsInsideATitleOrAURL() {
        let title = "War and peace; a study of data // *Review*. 2020. № 1. С. 1–9."
        #expect(ReferenceSplitter.split(title) == [title])
        let url = "Report // *Site*. 2021. URL: https://example.org/a;b=1;c=2 (дата обращения: 01.01.2022)."
        #expect(ReferenceSplitter.split(url) == [url])
        let quoted = "«Data; rules» // *Review*. 2020; Other // *Site*. 2021."
        #expect(ReferenceSplitter.split(quoted) == ["«Data; rules» // *Review*. 2020", "Other // *Site*. 2021."])
    }

    @Test func cutsOnlyTheNoteOfTheGoldFileThatHoldsTwoReferences() throws {
        let notes = try ReferenceParserGoldTests.gold().filter { $0.place.hasPrefix("note ") }
        let pairs = notes.filter { $0.place.hasSuffix(")") }
        #expect(pairs.count == 2)
        #expect(ReferenceSplitter.split(pairs.map(\.text).joined(separator: "; ")) == pairs.map(\.text))
        for note in notes where !note.place.hasSuffix(")") {
            #expect(ReferenceSplitter.split(note.text) == [note.text], "\(note.place)")
        }
    }

    @Test func keepsASingleReferenceWhole() {
        let single = "Иванов И.И. Название // Журнал. 2020. № 5. С. 12–20."
        #expect(ReferenceSplitter.split(single) == [single])
        #expect(ReferenceSplitter.split("") == [])
    }
}
