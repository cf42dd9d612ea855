import Markdown

/// A block of the edition with the lines of `article.md` it came from.
public struct Block: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case paragraph([Inline])
        case heading(level: Int, [Inline])
        /// `start` is nil for a bullet list.
        case list(start: Int?, tight: Bool, items: [[Block]])
        case quote([Block])
        case code(info: String, literal: String)
        /// A raw HTML block; shown as text, never passed through.
        case literalHTML(String)
        case thematicBreak
        /// The `* * *` between sections of the text.
        case sectionBreak
        case figure(Figure)
        case table(Table)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    public var inlines: [Inline] {
        switch kind {
        case .paragraph(let i), .heading(_, let i): i
        default: []
        }
    }

    public var isParagraph: Bool {
        if case .paragraph = kind { return true }
        return false
    }

    public var isList: Bool {
        if case .list = kind { return true }
        return false
    }

    public var plainText: String {
        switch kind {
        case .paragraph(let i), .heading(_, let i): i.plainText
        case .list(_, _, let items): items.map { $0.plainText }.joined(separator: " ")
        case .quote(let blocks): blocks.plainText
        case .code(_, let literal), .literalHTML(let literal): literal
        case .thematicBreak, .sectionBreak: ""
        case .figure(let figure): figure.plainText
        case .table(let table): table.cells.map(\.plainText).joined(separator: " ")
        }
    }

    public var noteCalls: [NoteCall] {
        switch kind {
        case .paragraph(let i), .heading(_, let i): i.noteCalls
        case .list(_, _, let items): items.flatMap { $0.flatMap(\.noteCalls) }
        case .quote(let blocks): blocks.flatMap(\.noteCalls)
        case .figure(let figure): figure.captions.flatMap(\.inlines.noteCalls) + (figure.source?.inlines.noteCalls ?? [])
        case .table(let table): table.cells.flatMap(\.noteCalls)
        default: []
        }
    }
}

extension Array where Element == Block {
    public var plainText: String { map(\.plainText).joined(separator: " ") }
}

/// A figure of the article as print gave it: no image, only captions (one per language) and its source line;
/// or a table, with the table itself where the Markdown gave one under its captions.
public struct Figure: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case figure, table
    }

    public struct Caption: Sendable, Equatable {
        public var language: String
        /// The label as printed ("Рис. 1.", "Figure 1.").
        public var label: String
        public var inlines: [Inline]
        public var range: SourceRange
    }

    public struct SourceLine: Sendable, Equatable {
        public var label: String
        public var inlines: [Inline]
        public var range: SourceRange
    }

    public var kind: Kind = .figure
    /// The figure's number as printed, the key that pairs its captions (with its kind: table 1 is not figure 1).
    public var number: String
    public var captions: [Caption]
    /// A table's cells, where Markdown gave them as a table right under the captions.
    public var table: Table?
    public var source: SourceLine?

    /// The id of the figure or table on the text page.
    public var anchor: String {
        switch kind {
        case .figure: Anchors.figure(number)
        case .table: Anchors.table(number)
        }
    }

    public var plainText: String {
        (captions.map { $0.label + " " + $0.inlines.plainText } + [table.map { $0.cells.map(\.plainText).joined(separator: " ") } ?? "",
                                                                     source.map { $0.label + " " + $0.inlines.plainText } ?? ""])
            .joined(separator: " ")
    }
}
