import Testing
import Markdown
@testable import DiglotEdition

struct SourceFileTests {
    @Test func byteColumnsBecomeCharacterColumns() {
        let file = SourceFile(path: "a.md", text: "Слово<sup>1</sup>\n")
        // "Слово" is five characters but ten UTF-8 bytes: the call starts at byte 11, character 6.
        let location = file.location(SourcePoint(line: 1, column: 11))
        #expect(location.column == 6)
        #expect(location.lineText == "Слово<sup>1</sup>")
    }

    @Test func invalidUTF8IsAnErrorAtItsPlaceNotASilentReplacement() throws {
        let bytes = Array("строка\nвторая \u{FF}".utf8).dropLast(2) + [0xFF, 0x41]
        guard case .failure(let diagnostic) = SourceFile.decode(path: "x.md", bytes: Array(bytes)) else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 8)
        #expect(diagnostic.severity == .error)
    }

    @Test func aBOMAndCRLFLineEndsAreNormalisedKeepingLineNumbers() {
        let file = SourceFile(path: "a.md", text: "\u{FEFF}one\r\ntwo\rthree\n")
        #expect(file.text == "one\ntwo\nthree\n")
        #expect(file.lineText(3) == "three")
    }

    @Test func diagnosticsReadLikeACompilersWithACaretUnderTheColumn() {
        let file = SourceFile(path: "content/a/article.md", text: "Текст с вызовом<sup>7</sup>.\n")
        let diagnostic = Diagnostic.error("note 7 is called here but never defined", at: file.location(line: 1, column: 16), stage: .notes)
        let text = DiagnosticFormatter().format(diagnostic)
        #expect(text == """
            content/a/article.md:1:16: error: note 7 is called here but never defined
             1 | Текст с вызовом<sup>7</sup>.
               |                ^

            """)
    }

    @Test func longLinesAreCutAroundTheColumn() {
        let line = String(repeating: "а", count: 300) + "X" + String(repeating: "б", count: 300)
        let file = SourceFile(path: "a.md", text: line)
        let text = DiagnosticFormatter(excerptWidth: 40).format(.warning("here", at: file.location(line: 1, column: 301), stage: .heal))
        let lines = text.split(separator: "\n")
        let excerpt = lines[1]
        let caret = lines[2]
        let xOffset = excerpt.distance(from: excerpt.startIndex, to: excerpt.firstIndex(of: "X")!)
        let caretOffset = caret.distance(from: caret.startIndex, to: caret.firstIndex(of: "^")!)
        #expect(xOffset == caretOffset)
        #expect(excerpt.count < 60)
    }
}
