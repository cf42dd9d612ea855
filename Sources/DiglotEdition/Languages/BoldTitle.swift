import Markdown

/// A title that the conversion from PDF set as a paragraph in bold (`**TITLE**`) rather than as a heading.
/// It is told from the bold author name below it by its place: the title comes before the front matter's
/// labels, so where the first heading comes after them, that heading is the body's and the title is the first
/// bold paragraph. The translation's title is then the first bold paragraph after the primary part in the
/// translation's script.
enum BoldTitle {
    /// The primary title's block, when it is a bold paragraph.
    static func primary(in blocks: [Block], fields: FrontMatterExtractor) -> Int? {
        let firstHeading = blocks.firstIndex { if case .heading = $0.kind { true } else { false } } ?? blocks.count
        guard let firstLabel = blocks[..<firstHeading].firstIndex(where: {
            if case .paragraph(let inlines) = $0.kind { fields.labelled(inlines) != nil } else { false }
        }) else { return nil }
        return blocks[..<firstLabel].firstIndex(where: isBold)
    }

    /// The translation's title between `start` and `end` (exclusive), when it is a bold paragraph; a bold
    /// «References» is its reference list's heading, not its title.
    static func translation(in blocks: [Block], after start: Int, before end: Int, labels: JournalProfile.Labels) -> Int? {
        guard start + 1 < end else { return nil }
        let headings = Set(labels.bibliography.map { $0.lowercased() })
        return blocks[(start + 1)..<end].firstIndex {
            isBold($0) && ReferenceLanguageDetector.language(ofScript: $0.plainText) == labels.language
                && !headings.contains($0.plainText.trimming { $0.isHorizontalSpace || $0.isPunctuation }.lowercased())
        }
    }

    /// The block as a heading of `level`, its words as printed without the bold.
    static func heading(_ block: Block, level: Int) -> Block {
        let words = block.inlines.flatMap { inline -> [Inline] in
            if case .strong(let children) = inline { children } else { [] }
        }
        return Block(.heading(level: level, words), range: block.range)
    }

    /// One level above the highest heading of the text (up to its reference list), so that its sections stay
    /// below the title and a translated title set as a heading of that level is found.
    static func level(in blocks: ArraySlice<Block>) -> Int {
        let highest = blocks.compactMap { if case .heading(let level, _) = $0.kind { level } else { nil } }.min() ?? 2
        return max(1, highest - 1)
    }

    private static func isBold(_ block: Block) -> Bool {
        if case .paragraph(let inlines) = block.kind { inlines.isAllStrong } else { false }
    }
}
