import Markdown

/// The article as parsed: its blocks in source order, and the `[^label]:` definitions taken out before cmark.
public struct ParsedArticle: Sendable {
    public var blocks: [Block]
    public var footnotes: [NoteDefinition]
    public var diagnostics: [Diagnostic]
}

/// Parses `article.md` with cmark into edition blocks with source positions.
public enum ArticleParser {
    public static func parse(_ source: SourceFile) -> ParsedArticle {
        let (remaining, definitions) = FootnoteDefinitionExtractor.extract(from: source.text)
        let parser = MarkdownParser()
        var converter = BlockConverter(source: source)
        let blocks = parser.parse(remaining).children.flatMap { converter.blocks($0) }
        let footnotes = definitions.map { definition -> NoteDefinition in
            let tree = parser.parse(definition.text).shifted(lines: definition.line - 1, columns: definition.textColumn - 1)
            let noteBlocks = tree.children.flatMap { converter.blocks($0) }
            let start = SourcePoint(line: definition.line, column: 1)
            return NoteDefinition(
                label: definition.label, blocks: noteBlocks, location: source.location(line: definition.line),
                range: SourceRange(start: start, end: noteBlocks.last?.range.end ?? start))
        }
        return ParsedArticle(blocks: blocks, footnotes: footnotes, diagnostics: converter.diagnostics)
    }
}
