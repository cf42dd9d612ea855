import Markdown

/// A note as the source defines it: a numbered paragraph of a notes block, or a `[^label]:` definition.
public struct NoteDefinition: Sendable, Equatable {
    public var label: String
    public var blocks: [Block]
    public var location: SourceLocation
    public var range: SourceRange

    public init(label: String, blocks: [Block], location: SourceLocation, range: SourceRange) {
        self.label = label
        self.blocks = blocks
        self.location = location
        self.range = range
    }

    public var plainText: String { blocks.plainText }
}
