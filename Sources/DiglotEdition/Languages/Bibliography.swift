import Markdown

/// A reference list as printed («Литература», «References»): its heading and its entries in order.
public struct Bibliography: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// Position in the list, from 1.
        public var number: Int
        public var blocks: [Block]
        public var range: SourceRange

        public var text: String { blocks.plainText }
        public var inlines: [Inline] {
            blocks.enumerated().flatMap { index, block in index == 0 ? block.inlines : [.lineBreak] + block.inlines }
        }
    }

    public var language: String
    public var heading: Field
    public var entries: [Entry]

    /// The entries of the blocks after a bibliography heading: a list's items, or one paragraph each; other
    /// blocks are not entries, and the caller keeps them elsewhere.
    public static func read(heading: Block, following blocks: [Block], language: String) -> Bibliography {
        var entries: [Entry] = []
        for block in blocks {
            switch block.kind {
            case .list(_, _, let items):
                for item in items where !item.isEmpty {
                    let range = SourceRange(start: item.first!.range.start, end: item.last!.range.end)
                    entries.append(Entry(number: entries.count + 1, blocks: item, range: range))
                }
            case .paragraph:
                if let last = entries.indices.last, continuesEntry(block) {
                    entries[last].blocks.append(block)
                    entries[last].range.end = block.range.end
                } else {
                    entries.append(Entry(number: entries.count + 1, blocks: [block], range: block.range))
                }
            default:
                break
            }
        }
        return Bibliography(language: language, heading: Field(inlines: heading.inlines, range: heading.range), entries: entries)
    }

    /// A paragraph that begins with a year and a full stop («2020. № 4. С. 88–104.»): the rest of the entry
    /// before it, which a page end split; no entry begins so.
    private static func continuesEntry(_ block: Block) -> Bool {
        let text = block.plainText.trimmedWhitespace
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        return digits.count == 4 && text.dropFirst(4).hasPrefix(". ")
    }
}
