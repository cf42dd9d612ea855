import Foundation
import Markdown

/// The parts of an article of this journal, in print order: the primary language's front matter, the body,
/// its bibliography, then the translated front matter and its reference list.
public struct ArticleSections: Sendable {
    public var primary: FrontMatter
    public var body: [Block]
    public var primaryBibliography: Bibliography?
    public var translation: FrontMatter?
    public var translationBibliography: Bibliography?
    /// Blocks that belong to no recognised part (after the last one, or after a reference list's entries);
    /// kept and shown after the body, never dropped, and reported.
    public var trailing: [Block]
    /// The heading level of the title in the source: body headings are shown relative to it.
    public var titleLevel: Int

    /// Splits the healed blocks. The title is the first heading (or a bold paragraph set as one, `BoldTitle`);
    /// the bibliography is the first heading named by a bibliography label; the translated part starts at the
    /// next heading of the title's level after it.
    public static func split(_ healed: [Block], profile: JournalProfile) -> ArticleSections {
        var blocks = healed
        let primaryFields = FrontMatterExtractor(labels: profile.primary)
        let boldTitle = BoldTitle.primary(in: blocks, fields: primaryFields)
        if let boldTitle {
            let text = blocks[..<(firstHeading(in: blocks, after: boldTitle, named: profile.primary.bibliography) ?? blocks.count)]
            blocks[boldTitle] = BoldTitle.heading(blocks[boldTitle], level: BoldTitle.level(in: text))
        }
        let titleIndex = blocks.firstIndex { if case .heading = $0.kind { true } else { false } } ?? 0
        let titleLevel: Int = if case .heading(let level, _) = blocks[safe: titleIndex]?.kind { level } else { 1 }
        let bibliographyIndex = firstHeading(in: blocks, after: titleIndex, named: profile.primary.bibliography)
        var translationIndex = blocks.indices.first { index in
            index > (bibliographyIndex ?? titleIndex) && {
                if case .heading(let level, _) = blocks[index].kind { return level <= titleLevel }
                return false
            }()
        }
        if boldTitle != nil, let bold = BoldTitle.translation(
            in: blocks, after: bibliographyIndex ?? titleIndex, before: translationIndex ?? blocks.count,
            labels: profile.translation) {
            blocks[bold] = BoldTitle.heading(blocks[bold], level: titleLevel)
            translationIndex = bold
        }
        let translationBibliographyIndex = translationIndex.flatMap {
            firstHeading(in: blocks, after: $0, named: profile.translation.bibliography)
        }

        let primaryEnd = bibliographyIndex ?? translationIndex ?? blocks.count
        let primaryBlocks = Array(blocks[titleIndex..<max(titleIndex, primaryEnd)])
        let (primary, consumed) = primaryFields.extract(primaryBlocks)
        var sections = ArticleSections(
            primary: primary, body: Array(blocks[..<titleIndex]) + Array(primaryBlocks.dropFirst(consumed)),
            primaryBibliography: nil, translation: nil, translationBibliography: nil, trailing: [], titleLevel: titleLevel)

        if let bibliographyIndex {
            let end = translationIndex ?? blocks.count
            let following = Array(blocks[(bibliographyIndex + 1)..<end])
            let listEnd = entriesEnd(following, fields: primaryFields)
            sections.primaryBibliography = Bibliography.read(
                heading: blocks[bibliographyIndex], following: Array(following[..<listEnd]), language: profile.primary.language)
            sections.trailing = lateFields(Array(following[listEnd...]), into: &sections.primary, fields: primaryFields)
        }
        if let translationIndex {
            let end = translationBibliographyIndex ?? blocks.count
            let translationBlocks = Array(blocks[translationIndex..<end])
            var (translation, used) = FrontMatterExtractor(labels: profile.translation).extract(translationBlocks)
            translation.unrecognised += translationBlocks.dropFirst(used)
            sections.translation = translation
        }
        if let translationBibliographyIndex, var translation = sections.translation {
            let translationFields = FrontMatterExtractor(labels: profile.translation)
            let following = Array(blocks[(translationBibliographyIndex + 1)...])
            let listEnd = entriesEnd(following, fields: translationFields)
            sections.translationBibliography = Bibliography.read(
                heading: blocks[translationBibliographyIndex], following: Array(following[..<listEnd]),
                language: profile.translation.language)
            sections.trailing += lateFields(Array(following[listEnd...]), into: &translation, fields: translationFields)
            sections.translation = translation
        }
        return sections
    }

    /// Where a reference list's entries end: at the first block that is neither a list nor a paragraph, or at a
    /// label of the front matter (funding printed after the list).
    private static func entriesEnd(_ blocks: [Block], fields: FrontMatterExtractor) -> Int {
        blocks.firstIndex { block in
            switch block.kind {
            case .list: false
            case .paragraph(let inlines): fields.labelled(inlines, strictly: true) != nil
            default: true
            }
        } ?? blocks.count
    }

    /// The front matter's fields printed after its reference list, taken into `matter` where it has none of
    /// them; the blocks left over, which belong to no part.
    private static func lateFields(_ blocks: [Block], into matter: inout FrontMatter, fields: FrontMatterExtractor) -> [Block] {
        let (late, used) = fields.extract(blocks, labelledOnly: true)
        guard used > 0, let merged = matter.adding(late: late) else { return blocks }
        matter = merged
        return Array(blocks[used...])
    }

    /// A heading named by one of the labels, or a paragraph in bold that is nothing but one (`**Литература**`),
    /// as some conversions set the heading.
    private static func firstHeading(in blocks: [Block], after index: Int, named labels: [String]) -> Int? {
        let wanted = Set(labels.map { $0.lowercased() })
        return blocks.indices.first { candidate in
            guard candidate > index else { return false }
            let inlines: [Inline]
            switch blocks[candidate].kind {
            case .heading(_, let heading): inlines = heading
            case .paragraph(let paragraph) where paragraph.isAllStrong: inlines = paragraph
            default: return false
            }
            let text = inlines.plainText.trimming { $0.isHorizontalSpace || $0.isPunctuation }.lowercased()
            return wanted.contains(text)
        }
    }
}

extension Array {
    public subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
