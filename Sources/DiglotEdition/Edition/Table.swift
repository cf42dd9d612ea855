/// A table the article prints as a Markdown pipe table (`| Год | … |` over a `|---|` row). Debian's cmark has
/// no table extension and reads one as a paragraph of pipes; the converter reads it from that paragraph.
public struct Table: Sendable, Equatable {
    public enum Alignment: String, Sendable, Equatable {
        case left, center, right
    }

    public var header: [[Inline]]
    /// One per column; nil where the delimiter row sets none.
    public var alignments: [Alignment?]
    public var rows: [[[Inline]]]

    public var cells: [[Inline]] { header + rows.flatMap { $0 } }
}
