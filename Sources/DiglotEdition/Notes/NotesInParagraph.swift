/// Notes Markdown read as lines of a paragraph. A numbered list that starts at a number other than 1 cannot
/// interrupt a paragraph (CommonMark), so a page's notes set directly under its last line, with no blank line or
/// rule between them, become part of that paragraph, and the notes they define are reported as never defined.
/// Where a line inside a paragraph begins with the number of such a note, the editor is told which line it is
/// and what to add, beside the errors at the calls.
public enum NotesInParagraph {
    public static func diagnostics(_ blocks: [Block], undefined: Set<String>, file: SourceFile) -> [Diagnostic] {
        guard !undefined.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for block in blocks where block.isParagraph && block.range.end.line > block.range.start.line {
            let found = (block.range.start.line + 1...block.range.end.line).compactMap { line -> (line: Int, label: String, column: Int)? in
                guard let (label, column) = noteNumber(startingLine: file.lineText(line)), undefined.contains(label) else { return nil }
                return (line, label, column)
            }
            // One blank line before the first of them makes the whole run a list, so that is where the note goes.
            guard let first = found.first else { continue }
            let labels = found.map(\.label)
            let what = labels.count == 1 ? "note \(first.label) seems" : "notes \(labels.joined(separator: ", ")) seem"
            diagnostics.append(.note(
                "\(what) to be printed from here on, inside the paragraph above: Markdown joins a numbered list that does not start at 1 to the paragraph it follows; put a blank line (or the notes rule `---`) before «\(first.label).»",
                at: file.location(line: first.line, column: first.column), stage: .notes))
        }
        return diagnostics
    }

    /// The number a line begins with as a list item would («12. …»), and its column.
    private static func noteNumber(startingLine text: String) -> (String, Int)? {
        let indentation = text.prefix { $0 == " " || $0 == "\t" }
        let rest = text.dropFirst(indentation.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        let after = rest.dropFirst(digits.count)
        guard !digits.isEmpty, after.first == ".", after.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true else { return nil }
        return (String(digits), indentation.count + 1)
    }
}
