import Foundation
import Markdown

/// Turns the cmark tree into edition blocks: recognises note calls (`<sup>12</sup>`, `[^label]`), the
/// `* * *` section break, and turns any other raw HTML into visible text so that nothing in the source can
/// inject markup into the edition.
public struct BlockConverter {
    public private(set) var diagnostics: [Diagnostic] = []
    private let source: SourceFile
    private var nextCallIndex = 0

    init(source: SourceFile) {
        self.source = source
    }

    /// The blocks of a node: its block, if it makes one; for a list numbered from a year, its items as paragraphs.
    mutating func blocks(_ node: MarkdownNode) -> [Block] {
        if case .list(.ordered(let start, _), _) = node.kind, start >= Self.firstYear {
            return node.children.flatMap { yearParagraphs($0) }
        }
        return block(node).map { [$0] } ?? []
    }

    /// Note and list numbers never reach this; a line that begins with a number this large begins with a year.
    static let firstYear = 1000

    /// A line that begins with a year and a full stop («2020. № 4. С. 88–104.», where a page end split a
    /// reference): Markdown reads it as a list numbered from the year, which would print the year as a list
    /// number (and the next year as the first plus one). It is a paragraph, with its year as printed.
    private mutating func yearParagraphs(_ item: MarkdownNode) -> [Block] {
        var blocks = item.children.flatMap { self.blocks($0) }
        guard let line = item.range?.start.line else { return blocks }
        let text = source.lineText(line).drop { $0 == " " || $0 == "\t" }
        let number = text.prefix { $0.isASCII && $0.isNumber }
        let marker = String(number) + String(text.dropFirst(number.count).prefix(1)) + " "
        if let first = blocks.first, case .paragraph(let inlines) = first.kind {
            blocks[0].kind = .paragraph(Self.mergingText([.text(marker)] + inlines))
            blocks[0].range.start = SourcePoint(line: line, column: 1)
        } else {
            let range = item.range ?? SourceRange(start: SourcePoint(line: line, column: 1), end: SourcePoint(line: line, column: 1))
            blocks.insert(Block(.paragraph([.text(marker.trimmedWhitespace)]), range: range), at: 0)
        }
        return blocks
    }

    mutating func block(_ node: MarkdownNode) -> Block? {
        let range = node.range ?? SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
        switch node.kind {
        case .paragraph:
            if let table = table(node, range: range) { return Block(.table(table), range: range) }
            let inlines = self.inlines(node.children)
            // A line of no-break spaces: blank in print, though Markdown takes only ordinary spaces for blank.
            if inlines.allSatisfy({ if case .text(let text) = $0 { text.unicodeScalars.allSatisfy(\.isSpace) } else { false } }) {
                return nil
            }
            if inlines.count == 1, case .text(let text) = inlines[0], Self.isSectionBreak(text) { return Block(.sectionBreak, range: range) }
            return Block(.paragraph(inlines), range: range)
        case .heading(let level):
            return Block(.heading(level: level, inlines(node.children)), range: range)
        case .list(let type, let tight):
            let start: Int? = if case .ordered(let s, _) = type { s } else { nil }
            let items = node.children.map { item in item.children.flatMap { blocks($0) } }
            return Block(.list(start: start, tight: tight, items: items), range: range)
        case .blockQuote:
            return Block(.quote(node.children.flatMap { blocks($0) }), range: range)
        case .codeBlock(let info, let literal):
            return Block(.code(info: info, literal: literal), range: range)
        case .htmlBlock(let html):
            warnAboutHTML(html, at: range.start)
            return Block(.literalHTML(html), range: range)
        case .thematicBreak:
            return Block(.thematicBreak, range: range)
        case .customBlock, .item, .document:
            return nil
        default:
            return nil
        }
    }

    private mutating func table(_ paragraph: MarkdownNode, range: SourceRange) -> Table? {
        // A row's text begins with its pipe; most paragraphs are spared reading their lines.
        guard case .text(let first)? = paragraph.children.first?.kind, first.utf8.first == UInt8(ascii: "|") else { return nil }
        let lines = (range.start.line...range.end.line).map { source.lineText($0).trimmedWhitespace }
        guard let (alignments, rows) = PipeTableReader.rows(of: paragraph, lines: lines) else { return nil }
        let cells = rows.map { row in
            (0..<alignments.count).map { column in
                column < row.count ? inlines(row[column]).trimmingWhitespace() : []
            }
        }
        return Table(header: cells[0], alignments: alignments, rows: Array(cells.dropFirst()))
    }

    mutating func inlines(_ nodes: [MarkdownNode]) -> [Inline] {
        var out: [Inline] = []
        var index = 0
        while index < nodes.count {
            let node = nodes[index]
            switch node.kind {
            case .text(let text):
                out.append(contentsOf: textWithCalls(text, range: node.range))
            case .htmlInline(let html):
                if let (tag, close) = Self.pairedTag(html, in: nodes, from: index) {
                    let inner = Array(nodes[(index + 1)..<close])
                    out.append(contentsOf: tagged(tag, inner, after: out.last, at: node.range?.start))
                    index = close
                } else if Self.isLineBreakTag(html) {
                    out.append(.lineBreak)
                } else {
                    warnAboutHTML(html, at: node.range?.start)
                    out.append(.literalHTML(html))
                }
            case .emphasis: out.append(.emphasis(inlines(node.children)))
            case .strong: out.append(.strong(inlines(node.children)))
            case .code(let code): out.append(.code(code))
            case .link(let destination, let title): out.append(.link(destination: destination, title: title, inlines(node.children)))
            case .image(let src, let title): out.append(.image(source: src, title: title, alt: node.plainText))
            case .softBreak: out.append(.softBreak)
            case .lineBreak: out.append(.lineBreak)
            default: out.append(contentsOf: inlines(node.children))
            }
            index += 1
        }
        return Self.mergingText(out)
    }

    /// `<sup>` holding only note numbers is a call (or several: `<sup>3, 4</sup>`), unless it is the power of a
    /// unit (`км<sup>2</sup>`); other `<sup>`/`<sub>` is typography.
    private mutating func tagged(_ tag: String, _ inner: [MarkdownNode], after preceding: Inline?, at point: SourcePoint?) -> [Inline] {
        if tag == "sup", inner.count == 1, case .text(let text) = inner[0].kind {
            let labels = text.split(separator: ",").map { $0.trimmedWhitespace }
            if !labels.isEmpty, labels.allSatisfy(Self.isNoteNumber), !Self.isUnitPower(labels, after: preceding) {
                let location = point.map(source.location) ?? source.location(line: 1)
                return labels.enumerated().flatMap { offset, label -> [Inline] in
                    let call = Inline.noteCall(makeCall(label, at: location))
                    return offset == 0 ? [call] : [.superscript([.text(",")]), call]
                }
            }
            if let (first, dash, second) = Self.noteRange(text) {
                // `<sup>2–3</sup>`: two neighbouring notes, each called, the dash kept as printed, raised like the calls.
                let location = point.map(source.location) ?? source.location(line: 1)
                guard Int(second)! == Int(first)! + 1 else {
                    diagnostics.append(.warning(
                        "«\(text)» reads as a range of note calls; only neighbouring notes are called this way, so write each call (\(first), …, \(second))",
                        at: location, stage: .parse))
                    return [.superscript(inlines(inner))]
                }
                return [.noteCall(makeCall(first, at: location)), .superscript([.text(dash)]), .noteCall(makeCall(second, at: location))]
            }
        }
        let content = inlines(inner)
        return [tag == "sup" ? .superscript(content) : .subscript(content)]
    }

    /// Splits `[^label]` calls out of text; cmark leaves them as text once their definitions are taken out.
    private mutating func textWithCalls(_ text: String, range: SourceRange?) -> [Inline] {
        guard text.containsByte(UInt8(ascii: "^")), text.containsLiteral("[^") else { return [.text(text)] }
        var out: [Inline] = []
        var rest = Substring(text)
        while let open = rest.firstRange(ofLiteral: "[^") {
            guard let close = rest[open.upperBound...].firstIndex(of: "]") else { break }
            let label = String(rest[open.upperBound..<close])
            guard Self.isFootnoteLabel(label) else {
                out.append(.text(String(rest[..<rest.index(after: open.lowerBound)])))
                rest = rest[rest.index(after: open.lowerBound)...]
                continue
            }
            if open.lowerBound > rest.startIndex { out.append(.text(String(rest[..<open.lowerBound]))) }
            let location = range.map { source.location(of: "[^\(label)]", onLine: $0.start.line, fromByteColumn: $0.start.column) }
                ?? source.location(line: 1)
            out.append(.noteCall(makeCall(label, at: location)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { out.append(.text(String(rest))) }
        return out
    }

    private mutating func makeCall(_ label: String, at location: SourceLocation) -> NoteCall {
        defer { nextCallIndex += 1 }
        return NoteCall(label: label, index: nextCallIndex, location: location)
    }

    private mutating func warnAboutHTML(_ html: String, at point: SourcePoint?) {
        let location = point.map(source.location) ?? source.location(line: 1)
        let shown = html.count > 40 ? String(html.prefix(40)) + "…" : html
        diagnostics.append(.warning("raw HTML \(shown.debugDescription) is shown as text, not interpreted",
                                    at: location, stage: .parse))
    }

    static func isNoteNumber(_ label: String) -> Bool {
        !label.isEmpty && label.count <= 4 && label.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `2–3`: two note numbers with a dash between them, the second the larger.
    static func noteRange(_ text: String) -> (first: String, dash: String, second: String)? {
        guard let dash = text.firstIndex(where: { "–—-".contains($0) }) else { return nil }
        let first = text[..<dash].trimmedWhitespace
        let second = text[text.index(after: dash)...].trimmedWhitespace
        guard isNoteNumber(first), isNoteNumber(second), Int(first)! < Int(second)! else { return nil }
        return (first, String(text[dash]), second)
    }

    static func isFootnoteLabel(_ label: String) -> Bool {
        !label.isEmpty && label.count <= 40 && !label.contains(where: { $0.isWhitespace || $0 == "[" || $0 == "^" })
    }

    static func isSectionBreak(_ text: String) -> Bool {
        // A break is a handful of marks and spaces: a longer paragraph never is one.
        guard text.utf8.count < 200 else { return false }
        let marks = text.filter { !$0.isWhitespace }
        return marks == "⁂" || (marks.count >= 3 && marks.allSatisfy { $0 == "*" || $0 == "•" || $0 == "⁎" })
    }

    private static func isLineBreakTag(_ html: String) -> Bool {
        let compact = html.lowercased().filter { !$0.isWhitespace }
        return compact == "<br>" || compact == "<br/>"
    }

    /// Symbols of length, area and volume units, whose squares and cubes print as superscripts.
    static let unitSymbols: Set<String> = ["м", "км", "см", "мм", "дм", "m", "km", "cm", "mm", "dm", "ft"]

    /// A `2` or `3` right after a unit symbol standing alone (`5 км<sup>2</sup>`, `м<sup>3</sup>`): a note call
    /// after a one- or two-letter unit is not how this journal prints.
    static func isUnitPower(_ labels: [String], after preceding: Inline?) -> Bool {
        guard labels == ["2"] || labels == ["3"], case .text(let text)? = preceding else { return false }
        let symbol = String(text.trailingRun { $0.isLetter })
        guard unitSymbols.contains(symbol) else { return false }
        let before = text.dropLast(symbol.count).last
        return before.map { $0.isWhitespace || $0.isNumber || $0 == "(" || $0 == "/" } ?? true
    }

    /// For an opening `<sup>` or `<sub>`, its tag and the index of the matching closing tag among the siblings.
    private static func pairedTag(_ html: String, in nodes: [MarkdownNode], from index: Int) -> (String, Int)? {
        let lower = html.lowercased()
        guard let tag = ["sup", "sub"].first(where: { lower == "<\($0)>" }) else { return nil }
        var depth = 0
        for candidate in (index + 1)..<nodes.count {
            guard case .htmlInline(let other) = nodes[candidate].kind else { continue }
            let otherLower = other.lowercased()
            if otherLower == "<\(tag)>" { depth += 1 }
            if otherLower == "</\(tag)>" {
                if depth == 0 { return (tag, candidate) }
                depth -= 1
            }
        }
        return nil
    }

    /// cmark may leave neighbouring text nodes (around a `[` that opened no link); one node per run reads simpler.
    static func mergingText(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(inlines.count)
        for inline in inlines {
            if case .text(let next) = inline, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + next)
            } else {
                out.append(inline)
            }
        }
        return out
    }
}
