import DiglotEdition
import Markdown

/// Writes edition blocks and inlines as HTML: semantic elements, note calls with `doc-noteref`, the marks of
/// the edition's interventions, and every piece of source text escaped.
public struct BlockRenderer {
    /// How each note call is resolved; the notes are on the page the calls are on.
    public var notes: ResolvedNotes
    /// Heading levels move so that the article's title is `h1`.
    public var headingShift: Int
    public var strings: UIStrings.Language

    public init(notes: ResolvedNotes, headingShift: Int = 0, strings: UIStrings.Language) {
        self.notes = notes
        self.headingShift = headingShift
        self.strings = strings
    }

    public func render(_ blocks: [Block]) -> String {
        var out = HTMLBuffer(capacity: 4096)
        for block in blocks { render(block, tight: false, into: &out) }
        return out.html
    }

    /// The article's body: like `render`, but each top-level paragraph gets the id `p-N` the glossary and
    /// other pages point to, numbered as the annotate stage numbers them.
    public func renderBody(_ blocks: [Block]) -> String {
        var out = HTMLBuffer(capacity: 65536)
        var paragraph = 0
        for block in blocks {
            if case .paragraph(let inlines) = block.kind {
                paragraph += 1
                out.raw("<p"); out.attribute("id", ParagraphAnchors.paragraph(paragraph)); out.raw(">")
                render(inlines, into: &out)
                out.raw("</p>\n")
            } else {
                render(block, tight: false, into: &out)
            }
        }
        return out.html
    }

    public func render(_ inlines: [Inline]) -> String {
        var out = HTMLBuffer(capacity: 256)
        render(inlines, into: &out)
        return out.html
    }

    func render(_ block: Block, tight: Bool, into out: inout HTMLBuffer) {
        switch block.kind {
        case .paragraph(let inlines):
            if tight { render(inlines, into: &out) } else { out.raw("<p>"); render(inlines, into: &out); out.raw("</p>\n") }
        case .heading(let level, let inlines):
            let shown = min(6, max(2, level - headingShift))
            out.raw("<h\(shown)>"); render(inlines, into: &out); out.raw("</h\(shown)>\n")
        case .list(let start, let tight, let items):
            if let start {
                out.raw(start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n")
            } else {
                out.raw("<ul>\n")
            }
            for item in items {
                out.raw("<li>")
                for child in item { render(child, tight: tight, into: &out) }
                out.raw("</li>\n")
            }
            out.raw(start == nil ? "</ul>\n" : "</ol>\n")
        case .quote(let blocks):
            out.raw("<blockquote>\n")
            for child in blocks { render(child, tight: false, into: &out) }
            out.raw("</blockquote>\n")
        case .code(_, let literal):
            out.raw("<pre><code>"); out.text(literal); out.raw("</code></pre>\n")
        case .literalHTML(let literal):
            out.raw("<pre class=\"literal-html\">"); out.text(literal); out.raw("</pre>\n")
        case .thematicBreak:
            out.raw("<hr>\n")
        case .sectionBreak:
            out.raw("<div class=\"section-break\" role=\"separator\">*&#8195;*&#8195;*</div>\n")
        case .figure(let figure):
            renderFigure(figure, into: &out)
        case .table(let table):
            renderTable(table, into: &out)
        }
    }

    private func renderTable(_ table: Table, into out: inout HTMLBuffer) {
        func row(_ cells: [[Inline]], tag: String) {
            out.raw("<tr>")
            for (cell, alignment) in zip(cells, table.alignments) {
                out.raw("<\(tag)")
                if let alignment { out.attribute("class", "align-\(alignment.rawValue)") }
                out.raw(">"); render(cell, into: &out); out.raw("</\(tag)>")
            }
            out.raw("</tr>\n")
        }
        out.raw("<div class=\"table-scroll\">\n<table>\n<thead>\n")
        row(table.header, tag: "th")
        out.raw("</thead>\n<tbody>\n")
        for cells in table.rows { row(cells, tag: "td") }
        out.raw("</tbody>\n</table>\n</div>\n")
    }

    /// A figure: the note that print's image is missing, then its captions and source. A table: its captions
    /// above it, as printed, and its source below.
    private func renderFigure(_ figure: Figure, into out: inout HTMLBuffer) {
        out.raw(figure.kind == .table ? "<figure class=\"figure table-figure\"" : "<figure class=\"figure\"")
        out.attribute("id", figure.anchor); out.raw(">\n")
        if figure.kind == .figure {
            out.raw("<div class=\"figure-missing\">"); out.text(strings["figure_not_delivered"]); out.raw("</div>\n")
        }
        out.raw("<figcaption>\n")
        // The captions are a pair only where print gave both languages; a lone caption is no half of one.
        let paired = Set(figure.captions.map(\.language)).count > 1
        for caption in figure.captions {
            out.raw("<p class=\"figure-caption\""); out.attribute("lang", caption.language)
            if paired { out.attribute("data-pair", figure.anchor) }
            out.raw("><span class=\"figure-label\">")
            out.text(caption.label); out.raw("</span> "); render(caption.inlines, into: &out); out.raw("</p>\n")
        }
        if figure.kind == .figure { renderSource(of: figure, into: &out) }
        out.raw("</figcaption>\n")
        if figure.kind == .table {
            if let table = figure.table { renderTable(table, into: &out) }
            renderSource(of: figure, into: &out)
        }
        out.raw("</figure>\n")
    }

    private func renderSource(of figure: Figure, into out: inout HTMLBuffer) {
        guard let source = figure.source else { return }
        out.raw("<p class=\"figure-source\"><span class=\"figure-label\">"); out.text(source.label); out.raw("</span> ")
        render(source.inlines, into: &out)
        out.raw("</p>\n")
    }

    func render(_ inlines: [Inline], into out: inout HTMLBuffer) {
        for inline in inlines { render(inline, into: &out) }
    }

    func render(_ inline: Inline, into out: inout HTMLBuffer) {
        switch inline {
        case .text(let text):
            if strings.code == "ru" { out.russianText(text) } else { out.text(text) }
        case .emphasis(let children):
            out.raw("<em>"); render(children, into: &out); out.raw("</em>")
        case .strong(let children):
            out.raw("<strong>"); render(children, into: &out); out.raw("</strong>")
        case .superscript(let children):
            out.raw("<sup>"); render(children, into: &out); out.raw("</sup>")
        case .subscript(let children):
            out.raw("<sub>"); render(children, into: &out); out.raw("</sub>")
        case .code(let code):
            out.raw("<code>"); out.text(code); out.raw("</code>")
        case .link(let destination, let title, let children):
            guard HTML.isSafeLink(destination) else { render(children, into: &out); return }
            out.raw("<a"); out.attribute("href", destination)
            if !title.isEmpty { out.attribute("title", title) }
            // Print spells out a link's address unless its text already is the address.
            if children.plainText == destination { out.raw(" class=\"url\"") }
            out.raw(">"); render(children, into: &out); out.raw("</a>")
        case .image(let source, let title, let alt):
            guard HTML.isSafeLink(source) else { out.text(alt); return }
            out.raw("<img"); out.attribute("src", source); out.attribute("alt", alt)
            if !title.isEmpty { out.attribute("title", title) }
            out.raw(">")
        case .lineBreak:
            out.raw("<br>\n")
        case .softBreak:
            out.raw("\n")
        case .noteCall(let call):
            renderCall(call, into: &out)
        case .literalHTML(let html):
            out.raw("<code class=\"literal-html\">"); out.text(html); out.raw("</code>")
        case .healed(let id, let children):
            out.raw("<span class=\"healed\""); out.attribute("id", id); out.raw(">"); render(children, into: &out); out.raw("</span>")
        case .anchor(let id):
            out.raw("<span class=\"join\""); out.attribute("id", id); out.raw("></span>")
        case .gloss(let glossID, let occurrenceID, let children):
            out.raw("<a class=\"gloss\""); out.attribute("id", occurrenceID)
            out.attribute("href", SitePaths.glossary + "#" + glossID); out.attribute("data-gloss", glossID); out.raw(">")
            render(children, into: &out); out.raw("</a>")
        case .editorialNote(let noteID, let children):
            out.raw("<mark class=\"ed-anchor\""); out.attribute("id", noteID + "-anchor"); out.raw(">")
            render(children, into: &out)
            out.raw("</mark><sup class=\"ed-ref\"><a"); out.attribute("href", SitePaths.text + "#" + noteID)
            out.attribute("data-ed-note", noteID); out.attribute("aria-label", strings["editorial_note"]); out.raw(">")
            out.text(strings["editorial_mark"]); out.raw("</a></sup>")
        case .correction(let id, let original, let corrected):
            out.raw("<span class=\"correction\""); out.attribute("id", id); out.raw("><span class=\"correction-original\">")
            // Not a link: a correction may stand inside the link whose printed URL it corrects.
            out.text(original); out.raw("</span> <ins class=\"correction-reading\"><span class=\"visually-hidden\">")
            out.text(strings["correction_hidden"]); out.raw(" </span>["); out.text(corrected); out.raw("]</ins></span>")
        }
    }

    private func renderCall(_ call: NoteCall, into out: inout HTMLBuffer) {
        guard let resolved = notes.calls[call.index], let target = resolved.target else {
            out.raw("<sup class=\"noteref noteref-missing\">"); out.text(call.label); out.raw("</sup>")
            return
        }
        out.raw("<sup class=\"noteref\"><a role=\"doc-noteref\""); out.attribute("id", resolved.anchor)
        out.attribute("href", "#" + target)
        out.attribute("aria-label", strings.format("note_call", call.label))
        out.raw(">"); out.text(call.label); out.raw("</a></sup>")
    }
}
