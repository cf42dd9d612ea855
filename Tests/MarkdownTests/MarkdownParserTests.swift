import Testing
@testable import Markdown

struct MarkdownParserTests {
    let parser = MarkdownParser()

    @Test func blocksCarryTheirSourceLines() {
        let tree = parser.parse("# Title\n\nFirst para\ncontinues.\n\n1. one\n2. two\n")
        #expect(tree.children.count == 3)
        #expect(tree.children[0].kind == .heading(level: 1))
        #expect(tree.children[1].range == SourceRange(start: .init(line: 3, column: 1), end: .init(line: 4, column: 10)))
        #expect(tree.children[2].kind == .list(type: .ordered(start: 1, delimiter: "."), tight: true))
        #expect(tree.children[2].children.count == 2)
    }

    @Test func inlineRawHTMLStaysInTheTreeWithItsColumns() {
        let tree = parser.parse("слово<sup>12</sup>.")
        let inlines = tree.children[0].children
        #expect(inlines.map(\.kind) == [.text("слово"), .htmlInline("<sup>"), .text("12"), .htmlInline("</sup>"), .text(".")])
        // Columns are UTF-8 bytes: five Cyrillic letters take ten.
        #expect(inlines[1].range?.start.column == 11)
    }

    @Test func orderedListsKeepTheirStartNumber() {
        let tree = parser.parse("para\n\n23. note\n\n24. next\n")
        #expect(tree.children[1].kind == .list(type: .ordered(start: 23, delimiter: "."), tight: false))
    }

    @Test func invalidUTF8AndNULAreReplacedNotPassedThrough() {
        let tree = parser.parse("a\u{0}b")
        #expect(tree.plainText == "a\u{FFFD}b")
    }

    @Test func plainTextDropsMarkupButKeepsWords() {
        let tree = parser.parse("*Аннотация:* see [the `code`](http://x) and **more**")
        #expect(tree.plainText == "Аннотация: see the code and more")
    }
}
