/// What an editor should hear about the article's structure: a missing title, no body, front matter the
/// extractor could not place, a paragraph that an underline made a heading.
public enum StructureChecks {
    public static func check(_ sections: ArticleSections, file: SourceFile) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if sections.primary.title == nil {
            diagnostics.append(.error("the article has no title: its first heading is taken as the title",
                                      at: file.location(line: 1), stage: .languages))
        }
        if sections.body.isEmpty {
            diagnostics.append(.warning("the article has no body text after its front matter",
                                        at: file.location(line: sections.primary.title?.range.start.line ?? 1), stage: .languages))
        }
        for block in sections.primary.unrecognised + (sections.translation?.unrecognised ?? []) {
            diagnostics.append(.warning("this paragraph of the front matter has no label the journal profile knows; it is shown as printed",
                                        at: file.location(block.range.start), stage: .languages))
        }
        for block in sections.body where isUnderlined(block, in: file) {
            diagnostics.append(.warning("this heading is a line underlined by the line after it (`---` or `===`), which Markdown reads as a heading; the journal sets its headings with `#`: if the line ends a page above the notes' rule, put a blank line before the rule",
                                        at: file.location(block.range.start), stage: .languages))
        }
        if let first = sections.trailing.first {
            diagnostics.append(.warning("this block follows a reference list and belongs to no part of the article the journal prints; it is shown after the body text",
                                        at: file.location(first.range.start), stage: .languages))
        }
        return diagnostics
    }

    /// A heading written as its text with a line of `-` or `=` under it, not opened with `#`.
    private static func isUnderlined(_ block: Block, in file: SourceFile) -> Bool {
        guard case .heading = block.kind else { return false }
        return !file.lineText(block.range.start.line).trimmedWhitespace.hasPrefix("#")
    }
}
