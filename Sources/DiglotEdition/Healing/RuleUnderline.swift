import Markdown

/// The last line of a page set directly above the rule of its notes (`…сотрудни-` / `---` / `1. …`): Markdown
/// reads the line and the rule as a heading underlined (setext), and the paragraph would show as a heading. Where
/// the heading is underlined by a rule and an ordered list follows (after, at most, a carried-over note's tail)
/// whose first number a call before it names, the heading is given back as the paragraph and the underline as
/// the rule, which the lifter then takes with the notes. The journal sets its headings with `#`, never underlined.
enum RuleUnderline {
    static func split(_ blocks: [Block], source: SourceFile) -> [Block] {
        var out: [Block] = []
        var called = Set<String>()
        for (index, block) in blocks.enumerated() {
            called.formUnion(block.noteCalls.map(\.label))
            guard case .heading(2, let inlines) = block.kind, let underline = underline(of: block, in: source),
                  let start = notesStart(after: index, in: blocks), called.contains(String(start)) else {
                out.append(block)
                continue
            }
            let lastLine = underline - 1
            let paragraphEnd = SourcePoint(line: lastLine, column: max(1, source.lineText(lastLine).utf8.count))
            out.append(Block(.paragraph(inlines), range: SourceRange(start: block.range.start, end: paragraphEnd)))
            out.append(Block(.thematicBreak, range: SourceRange(
                start: SourcePoint(line: underline, column: 1),
                end: SourcePoint(line: underline, column: max(1, source.lineText(underline).utf8.count)))))
        }
        return out
    }

    /// The first number of the ordered list after the block at `index`, or after the one paragraph between them
    /// that calls no note: the tail of the last note, which print carried over to the top of this page's notes.
    private static func notesStart(after index: Int, in blocks: [Block]) -> Int? {
        var next = index + 1
        if next < blocks.count, blocks[next].isParagraph, blocks[next].noteCalls.isEmpty { next += 1 }
        guard next < blocks.count, case .list(let start?, _, _) = blocks[next].kind else { return nil }
        return start
    }

    /// The line of a heading's underline, where it is a rule: the last line of the heading that is not blank
    /// (libcmark 0.30 ends a setext heading at column 0 of the line after its underline).
    private static func underline(of heading: Block, in source: SourceFile) -> Int? {
        guard !source.lineText(heading.range.start.line).trimmedWhitespace.hasPrefix("#") else { return nil }
        let lines = (heading.range.start.line + 1...max(heading.range.start.line + 1, heading.range.end.line)).reversed()
        guard let last = lines.first(where: { !source.lineText($0).trimmedWhitespace.isEmpty }),
              isRule(source.lineText(last)) else { return nil }
        return last
    }

    /// A setext underline that is also a rule: three or more hyphens, nothing else.
    private static func isRule(_ line: String) -> Bool {
        let text = line.trimmedWhitespace
        return text.count >= 3 && text.allSatisfy { $0 == "-" }
    }
}
