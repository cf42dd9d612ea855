/// One node of a CommonMark tree, copied out of cmark so that no C pointer outlives the parse.
public struct MarkdownNode: Sendable, Equatable {
    public enum ListType: Sendable, Equatable {
        case bullet
        case ordered(start: Int, delimiter: Character)
    }

    public enum Kind: Sendable, Equatable {
        case document
        case blockQuote
        case list(type: ListType, tight: Bool)
        case item
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case customBlock(onEnter: String, onExit: String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case customInline(onEnter: String, onExit: String)
        case emphasis
        case strong
        case link(destination: String, title: String)
        case image(source: String, title: String)
    }

    public var kind: Kind
    /// Where the node stands in the parsed text; cmark gives every block one and most inlines.
    public var range: SourceRange?
    public var children: [MarkdownNode]

    public init(kind: Kind, range: SourceRange? = nil, children: [MarkdownNode] = []) {
        self.kind = kind
        self.range = range
        self.children = children
    }

    /// The text a reader sees, without markup: what search, comparison and word counts work on.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        switch kind {
        case .text(let s), .code(let s): out += s
        case .softBreak, .lineBreak: out += " "
        case .codeBlock(_, let literal): out += literal
        default: for child in children { child.appendPlainText(to: &out) }
        }
    }
}

extension MarkdownNode {
    /// The same tree with positions moved, for text parsed on its own after being cut out of a larger file.
    public func shifted(lines: Int, columns: Int) -> MarkdownNode {
        MarkdownNode(kind: kind, range: range?.shifted(lines: lines, columns: columns),
                     children: children.map { $0.shifted(lines: lines, columns: columns) })
    }
}
