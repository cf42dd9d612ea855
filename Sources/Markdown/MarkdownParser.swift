import CCmark

/// Parses CommonMark with Debian's libcmark and copies the tree out into Swift values.
///
/// The C tree is freed before `parse` returns, so callers never hold a cmark pointer. Strings read with
/// `cmark_node_get_*` are borrowed from the tree and copied here, never freed.
public struct MarkdownParser: Sendable {
    public init() {}

    public func parse(_ text: String) -> MarkdownNode {
        var text = text
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        let root: OpaquePointer = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
        defer { cmark_node_free(root) }
        return Self.copyTree(root)
    }

    private static func copyTree(_ root: OpaquePointer) -> MarkdownNode {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        var stack: [MarkdownNode] = []
        while true {
            let event = cmark_iter_next(iterator)
            guard event != CMARK_EVENT_DONE, let node = cmark_iter_get_node(iterator) else { break }
            if event == CMARK_EVENT_ENTER {
                let copy = copyNode(node)
                if isLeaf(node) {
                    stack[stack.count - 1].children.append(copy)
                } else {
                    stack.append(copy)
                }
            } else {
                let finished = stack.removeLast()
                if stack.isEmpty { return finished }
                stack[stack.count - 1].children.append(finished)
            }
        }
        return stack.first ?? MarkdownNode(kind: .document)
    }

    /// Nodes that cmark's iterator enters but never exits.
    private static func isLeaf(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
             CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            true
        default:
            false
        }
    }

    private static func copyNode(_ node: OpaquePointer) -> MarkdownNode {
        MarkdownNode(kind: kind(of: node), range: range(of: node))
    }

    private static func range(of node: OpaquePointer) -> SourceRange? {
        let startLine = Int(cmark_node_get_start_line(node))
        guard startLine > 0 else { return nil }
        return SourceRange(
            start: SourcePoint(line: startLine, column: Int(cmark_node_get_start_column(node))),
            end: SourcePoint(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node))))
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list(type: listType(of: node), tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal(node))
        case CMARK_NODE_CUSTOM_BLOCK:
            return .customBlock(onEnter: string(cmark_node_get_on_enter(node)), onExit: string(cmark_node_get_on_exit(node)))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(node))
        case CMARK_NODE_CUSTOM_INLINE:
            return .customInline(onEnter: string(cmark_node_get_on_enter(node)), onExit: string(cmark_node_get_on_exit(node)))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE: return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default: return .text("")
        }
    }

    private static func listType(of node: OpaquePointer) -> MarkdownNode.ListType {
        guard cmark_node_get_list_type(node) == CMARK_ORDERED_LIST else { return .bullet }
        let delimiter: Character = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : "."
        return .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter)
    }

    private static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
