/// What an editor should hear about the article's structure: a missing title, no body, front matter the
/// extractor could not place.
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
        if let first = sections.trailing.first {
            diagnostics.append(.warning("this block follows a reference list and belongs to no part of the article the journal prints; it is shown after the body text",
                                        at: file.location(first.range.start), stage: .languages))
        }
        return diagnostics
    }
}
