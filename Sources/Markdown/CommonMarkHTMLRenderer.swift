/// Renders a copied-out tree back to HTML with the rules of cmark's own `html.c`, so the Swift tree can be
/// checked against the CommonMark spec examples: a tree that renders like cmark lost nothing in the copy.
public struct CommonMarkHTMLRenderer: Sendable {
    /// With `unsafe`, raw HTML and dangerous URLs pass through, as `cmark --unsafe`.
    public var unsafe: Bool

    public init(unsafe: Bool = false) {
        self.unsafe = unsafe
    }

    public func render(_ node: MarkdownNode) -> String {
        var out = ""
        render(node, tight: false, into: &out)
        return out
    }

    private func render(_ node: MarkdownNode, tight: Bool, into out: inout String) {
        switch node.kind {
        case .document:
            renderChildren(node, tight: tight, into: &out)
        case .blockQuote:
            newline(&out); out += "<blockquote>\n"
            renderChildren(node, tight: false, into: &out)
            newline(&out); out += "</blockquote>\n"
        case .list(let type, let isTight):
            newline(&out)
            switch type {
            case .bullet: out += "<ul>\n"
            case .ordered(let start, _): out += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
            }
            renderChildren(node, tight: isTight, into: &out)
            if case .bullet = type { out += "</ul>\n" } else { out += "</ol>\n" }
        case .item:
            newline(&out); out += "<li>"
            renderChildren(node, tight: tight, into: &out)
            out += "</li>\n"
        case .heading(let level):
            newline(&out); out += "<h\(level)>"
            renderChildren(node, tight: tight, into: &out)
            out += "</h\(level)>\n"
        case .codeBlock(let info, let literal):
            newline(&out)
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            out += language.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(HTMLEscaping.escape(language))\">"
            out += HTMLEscaping.escape(literal)
            out += "</code></pre>\n"
        case .htmlBlock(let literal):
            newline(&out)
            out += unsafe ? literal : "<!-- raw HTML omitted -->"
            newline(&out)
        case .customBlock(let onEnter, let onExit):
            newline(&out); out += onEnter
            renderChildren(node, tight: tight, into: &out)
            out += onExit; newline(&out)
        case .paragraph:
            if tight {
                renderChildren(node, tight: tight, into: &out)
            } else {
                newline(&out); out += "<p>"
                renderChildren(node, tight: tight, into: &out)
                out += "</p>\n"
            }
        case .thematicBreak:
            newline(&out); out += "<hr />\n"
        case .text(let literal):
            out += HTMLEscaping.escape(literal)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br />\n"
        case .code(let literal):
            out += "<code>" + HTMLEscaping.escape(literal) + "</code>"
        case .htmlInline(let literal):
            out += unsafe ? literal : "<!-- raw HTML omitted -->"
        case .customInline(let onEnter, let onExit):
            out += onEnter
            renderChildren(node, tight: tight, into: &out)
            out += onExit
        case .emphasis:
            out += "<em>"; renderChildren(node, tight: tight, into: &out); out += "</em>"
        case .strong:
            out += "<strong>"; renderChildren(node, tight: tight, into: &out); out += "</strong>"
        case .link(let destination, let title):
            out += "<a href=\"" + href(destination) + "\""
            if !title.isEmpty { out += " title=\"" + HTMLEscaping.escape(title) + "\"" }
            out += ">"
            renderChildren(node, tight: tight, into: &out)
            out += "</a>"
        case .image(let source, let title):
            out += "<img src=\"" + href(source) + "\" alt=\""
            for child in node.children { renderAltText(child, into: &out) }
            out += "\""
            if !title.isEmpty { out += " title=\"" + HTMLEscaping.escape(title) + "\"" }
            out += " />"
        }
    }

    private func renderChildren(_ node: MarkdownNode, tight: Bool, into out: inout String) {
        for child in node.children { render(child, tight: tight, into: &out) }
    }

    /// Inside an image only the text survives, as the `alt` attribute.
    private func renderAltText(_ node: MarkdownNode, into out: inout String) {
        switch node.kind {
        case .text(let literal), .code(let literal), .htmlInline(let literal): out += HTMLEscaping.escape(literal)
        case .softBreak, .lineBreak: out += " "
        default: for child in node.children { renderAltText(child, into: &out) }
        }
    }

    private func href(_ url: String) -> String {
        if !unsafe && HTMLEscaping.isDangerousURL(url) { return "" }
        return HTMLEscaping.escapeHref(url)
    }

    private func newline(_ out: inout String) {
        if let last = out.utf8.last, last != UInt8(ascii: "\n") { out += "\n" }
    }
}
