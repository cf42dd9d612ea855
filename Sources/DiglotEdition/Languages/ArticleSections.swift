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

    /// Splits the healed blocks. The title is the first heading; the bibliography is the first heading named by
    /// a bibliography label; the translated part starts at the next heading of the title's level after it.
    public static func split(_ blocks: [Block], profile: JournalProfile) -> ArticleSections {
        let titleIndex = blocks.firstIndex { if case .heading = $0.kind { true } else { false } } ?? 0
        let titleLevel: Int = if case .heading(let level, _) = blocks[safe: titleIndex]?.kind { level } else { 1 }
        let bibliographyIndex = firstHeading(in: blocks, after: titleIndex, named: profile.primary.bibliography)
        let translationIndex = blocks.indices.first { index in
            index > (bibliographyIndex ?? titleIndex) && {
                if case .heading(let level, _) = blocks[index].kind { return level <= titleLevel }
                return false
            }()
        }
        let translationBibliographyIndex = translationIndex.flatMap {
            firstHeading(in: blocks, after: $0, named: profile.translation.bibliography)
        }

        let primaryEnd = bibliographyIndex ?? translationIndex ?? blocks.count
        let primaryBlocks = Array(blocks[titleIndex..<max(titleIndex, primaryEnd)])
        let (primary, consumed) = FrontMatterExtractor(labels: profile.primary).extract(primaryBlocks)
        var sections = ArticleSections(
            primary: primary, body: Array(blocks[..<titleIndex]) + Array(primaryBlocks.dropFirst(consumed)),
            primaryBibliography: nil, translation: nil, translationBibliography: nil, trailing: [], titleLevel: titleLevel)

        if let bibliographyIndex {
            let end = translationIndex ?? blocks.count
            let following = Array(blocks[(bibliographyIndex + 1)..<end])
            let listEnd = entriesEnd(following)
            sections.primaryBibliography = Bibliography.read(
                heading: blocks[bibliographyIndex], following: Array(following[..<listEnd]), language: profile.primary.language)
            sections.trailing = Array(following[listEnd...])
        }
        if let translationIndex {
            let end = translationBibliographyIndex ?? blocks.count
            let translationBlocks = Array(blocks[translationIndex..<end])
            var (translation, used) = FrontMatterExtractor(labels: profile.translation).extract(translationBlocks)
            translation.unrecognised += translationBlocks.dropFirst(used)
            sections.translation = translation
        }
        if let translationBibliographyIndex {
            let following = Array(blocks[(translationBibliographyIndex + 1)...])
            let listEnd = entriesEnd(following)
            sections.translationBibliography = Bibliography.read(
                heading: blocks[translationBibliographyIndex], following: Array(following[..<listEnd]),
                language: profile.translation.language)
            sections.trailing += following[listEnd...]
        }
        return sections
    }

    /// Where a reference list's entries end: at the first block that is neither a list nor a paragraph.
    private static func entriesEnd(_ blocks: [Block]) -> Int {
        blocks.firstIndex { if case .list = $0.kind { false } else { !$0.isParagraph } } ?? blocks.count
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
