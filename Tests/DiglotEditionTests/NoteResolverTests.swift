import Testing
@testable import DiglotEdition

struct NoteResolverTests {
    func resolve(_ markdown: String) -> (ResolvedNotes, [Diagnostic]) {
        let (edition, diagnostics) = TestSupport.edition(markdown)
        return (edition.notes, diagnostics.filter { $0.stage == .notes })
    }

    @Test func everyCallLinksToItsNoteAndANoteCalledTwiceHasTwoBacklinks() {
        let (notes, diagnostics) = resolve("## T\n\nA<sup>1</sup> b<sup>2</sup> c<sup>1</sup>.\n\n1. One.\n2. Two.\n")
        #expect(diagnostics.isEmpty)
        #expect(notes.notes.map(\.id) == ["note-1", "note-2"])
        #expect(notes.notes[0].callAnchors == ["call-1", "call-1-2"])
        #expect(notes.calls[2]?.anchor == "call-1-2")
        #expect(notes.calls[2]?.target == "note-1")
    }

    @Test func aCallWithoutANoteIsAnErrorAtTheCall() {
        let (_, diagnostics) = resolve("## T\n\nA<sup>1</sup> b<sup>7</sup>.\n\n1. One.\n")
        let error = diagnostics.first { $0.severity == .error }
        #expect(error?.message == "note 7 is called here but never defined")
        #expect(error?.line == 3)
        #expect(error?.column == 16)
    }

    @Test func aNoteDefinedTwiceIsAnErrorPointingAtBoth() {
        let (_, diagnostics) = resolve("## T\n\nA<sup>1</sup>.\n\n1. One.\n\n[^1]: Again.\n")
        let error = diagnostics.first { $0.severity == .error }
        #expect(error?.message == "note 1 is defined twice")
        #expect(error?.line == 7)
        #expect(error?.related.first?.line == 5)
    }

    @Test func aNoteNeverCalledIsAWarning() {
        let (notes, diagnostics) = resolve("## T\n\nA<sup>1</sup>.\n\n1. One.\n2. Two.\n")
        #expect(notes.notes.count == 2)
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.message == "note 2 is never called in the text")
        #expect(diagnostics.first?.line == 6)
    }

    @Test func namedNotesFollowTheOrderOfTheirFirstCall() {
        let (notes, diagnostics) = resolve("## T\n\nA[^zeta] b[^alpha] c[^zeta].\n\n[^alpha]: A.\n[^zeta]: Z.\n")
        #expect(diagnostics.isEmpty)
        #expect(notes.notes.map(\.label) == ["zeta", "alpha"])
        #expect(notes.notes[0].callAnchors.count == 2)
    }
}
