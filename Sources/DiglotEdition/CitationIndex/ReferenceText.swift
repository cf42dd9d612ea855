import Foundation
/// The printed form of a reference as the parser reads it: plain text with italic spans in single asterisks,
/// links as the URL they show (already cleaned of conversion escapes), line breaks as spaces.
public enum ReferenceText {
    public static func printed(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .emphasis(let children): out += "*" + printed(children).trimmedWhitespace + "*"
            case .lineBreak, .softBreak: out += " "
            case .noteCall, .anchor: break
            case .strong(let c), .superscript(let c), .subscript(let c), .link(_, _, let c), .healed(_, let c):
                out += printed(c)
            default: out += inline.plainText
            }
        }
        // Runs of spaces as one, none at the ends; other white space, such as a no-break space, is the printer's.
        return out.collapsingRuns { $0 == " " }
    }

    public static func printed(_ blocks: [Block]) -> String {
        blocks.map(printed).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A note's own list or quotation is read on with its text.
    private static func printed(_ block: Block) -> String {
        switch block.kind {
        case .list(_, _, let items): items.map { printed($0) }.filter { !$0.isEmpty }.joined(separator: " ")
        case .quote(let blocks): printed(blocks)
        default: printed(block.inlines)
        }
    }
}
