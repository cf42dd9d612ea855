import Markdown

/// Reads a Markdown pipe table from the paragraph Debian's cmark, which has no table extension, makes of it:
/// every line a row of pipes, the second a delimiter row (`|---|:---:|`). The cells are cut from the
/// paragraph's own inline nodes, so note calls and emphasis in a cell are read as anywhere else.
enum PipeTableReader {
    /// The rows of a table's paragraph as inline nodes, one array per cell; nil where the paragraph is no table.
    static func rows(of paragraph: MarkdownNode, lines: [String]) -> (alignments: [Table.Alignment?], rows: [[[MarkdownNode]]])? {
        guard lines.count >= 2, lines.allSatisfy({ $0.hasPrefix("|") }), let alignments = delimiterRow(lines[1]) else { return nil }
        var rows: [[MarkdownNode]] = [[]]
        for child in paragraph.children {
            switch child.kind {
            case .softBreak, .lineBreak: rows.append([])
            default: rows[rows.count - 1].append(child)
            }
        }
        guard rows.count == lines.count else { return nil }
        let cells = rows.enumerated().filter { $0.offset != 1 }.map { cut($0.element) }
        guard cells[0].count == alignments.count else { return nil }
        return (alignments, cells)
    }

    /// `| --- | :---: | ---: |`: the alignment of each column; nil where the line is no delimiter row.
    static func delimiterRow(_ line: String) -> [Table.Alignment?]? {
        var body = Substring(line.trimmedWhitespace)
        if body.first == "|" { body = body.dropFirst() }
        if body.last == "|" { body = body.dropLast() }
        let columns = body.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmedWhitespace }
        guard !columns.isEmpty, columns.allSatisfy(isDelimiter) else { return nil }
        return columns.map { column in
            switch (column.first == ":", column.last == ":") {
            case (true, true): .center
            case (false, true): .right
            case (true, false): .left
            case (false, false): nil
            }
        }
    }

    private static func isDelimiter(_ column: String) -> Bool {
        var dashes = Substring(column)
        if dashes.first == ":" { dashes = dashes.dropFirst() }
        if dashes.last == ":" { dashes = dashes.dropLast() }
        return !dashes.isEmpty && dashes.allSatisfy { $0 == "-" }
    }

    /// A row's nodes cut at the pipes of its text; the pipes that open and close the row leave nothing.
    private static func cut(_ nodes: [MarkdownNode]) -> [[MarkdownNode]] {
        var cells: [[MarkdownNode]] = [[]]
        for node in nodes {
            guard case .text(let text) = node.kind, text.containsByte(UInt8(ascii: "|")) else {
                cells[cells.count - 1].append(node)
                continue
            }
            for (offset, piece) in text.split(separator: "|", omittingEmptySubsequences: false).enumerated() {
                if offset > 0 { cells.append([]) }
                guard !piece.isEmpty else { continue }
                var part = node
                part.kind = .text(String(piece))
                cells[cells.count - 1].append(part)
            }
        }
        if cells.first.map(isBlank) == true { cells.removeFirst() }
        if cells.last.map(isBlank) == true { cells.removeLast() }
        return cells
    }

    private static func isBlank(_ nodes: [MarkdownNode]) -> Bool {
        nodes.allSatisfy { if case .text(let text) = $0.kind { text.allSatisfy(\.isWhitespace) } else { false } }
    }
}
