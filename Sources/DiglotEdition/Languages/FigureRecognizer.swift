import Foundation
import Markdown

/// Finds the figures of the body: a caption paragraph in the primary language (`Рис. 1. …`) and its translation
/// (`Figure 1. …`), in either order or one alone, and a source line (`Источники: …`) whose `URL: …` print may have set apart.
/// A table's captions (`Таблица 1.`, `Table 1.`) take the table right under them, and its source line after it.
public struct FigureRecognizer {
    let profile: JournalProfile
    /// Each language's labels, figures' first.
    let primaryLabels: [(kind: Figure.Kind, label: String)]
    let translationLabels: [(kind: Figure.Kind, label: String)]
    /// The first bytes of the labels: most paragraphs begin otherwise.
    let labelInitials: Set<UInt8>

    public init(profile: JournalProfile) {
        self.profile = profile
        func spellings(_ labels: JournalProfile.Labels) -> [(Figure.Kind, String)] {
            labels.figure.map { (.figure, $0) } + labels.table.map { (.table, $0) }
        }
        primaryLabels = spellings(profile.primary)
        translationLabels = spellings(profile.translation)
        labelInitials = Set((primaryLabels + translationLabels).compactMap(\.label.utf8.first))
    }

    public func recognize(_ blocks: [Block], counter: inout InterventionCounter) -> (blocks: [Block], interventions: [Intervention]) {
        var out: [Block] = []
        var interventions: [Intervention] = []
        var index = 0
        while index < blocks.count {
            guard let (figure, next, continuations) = self.figure(in: blocks, at: index) else {
                out.append(blocks[index])
                index += 1
                continue
            }
            interventions += continuations.map { continuation in
                Intervention(
                    id: counter.nextID(), kind: .figureSourceJoined, range: continuation.range,
                    original: [.init(continuation.plainText, line: continuation.range.start.line)],
                    result: continuation.plainText, notes: [])
            }
            out.append(Block(.figure(figure), range: SourceRange(start: blocks[index].range.start, end: blocks[next - 1].range.end)))
            index = next
        }
        return (out, interventions)
    }

    /// How many blocks the figure whose caption is `blocks[index]` takes, 0 where no figure begins.
    public func extent(of blocks: [Block], at index: Int) -> Int {
        figure(in: blocks, at: index).map { $0.next - index } ?? 0
    }

    /// The figure whose caption is `blocks[index]`, the index after its last block, and the lines of its
    /// source line that print set apart.
    /// The captions may come in either language's order; they are kept as printed.
    private func figure(in blocks: [Block], at index: Int) -> (figure: Figure, next: Int, continuations: [Block])? {
        guard let (kind, number, caption, afterCaption) = self.caption(in: blocks, at: index, labels: profile.primary)
                ?? self.caption(in: blocks, at: index, labels: profile.translation) else { return nil }
        var figure = Figure(kind: kind, number: number, captions: [caption], source: nil)
        var next = afterCaption
        var continuations: [Block] = []
        let other = caption.language == profile.primary.language ? profile.translation : profile.primary
        if let (otherKind, otherNumber, counterpart, afterCounterpart) = self.caption(in: blocks, at: next, labels: other),
           otherKind == kind, otherNumber == number {
            figure.captions.append(counterpart)
            next = afterCounterpart
        }
        if kind == .table, next < blocks.count, case .table(let table) = blocks[next].kind {
            figure.table = table
            next += 1
        }
        if next < blocks.count, let source = sourceLine(blocks[next]) {
            figure.source = source
            next += 1
            while next < blocks.count, isContinuation(blocks[next]) {
                let continuation = blocks[next]
                figure.source!.inlines += [.text(" ")] + continuation.inlines
                figure.source!.range.end = continuation.range.end
                continuations.append(continuation)
                next += 1
            }
        }
        return (figure, next, continuations)
    }

    /// The caption at `blocks[index]` and the index after it. A label print set on a line of its own
    /// (`Рис. 1.`) takes the next paragraph as its words.
    private func caption(in blocks: [Block], at index: Int, labels: JournalProfile.Labels) -> (Figure.Kind, String, Figure.Caption, Int)? {
        guard index < blocks.count, let (kind, number, found) = caption(blocks[index], labels: labels) else { return nil }
        var caption = found
        let next = index + 1
        guard caption.inlines.isEmpty, next < blocks.count, blocks[next].isParagraph,
              self.caption(blocks[next], labels: profile.primary) == nil, self.caption(blocks[next], labels: profile.translation) == nil,
              sourceLine(blocks[next]) == nil else { return (kind, number, caption, next) }
        caption.inlines = blocks[next].inlines
        caption.range.end = blocks[next].range.end
        return (kind, number, caption, next + 1)
    }

    private func caption(_ block: Block, labels: JournalProfile.Labels) -> (Figure.Kind, String, Figure.Caption)? {
        // A label and its number fit in the paragraph's first bytes; the rest need not be read.
        guard block.isParagraph, case let text = block.inlines.leadingPlainText(atLeast: 64),
              let first = text.utf8.first, labelInitials.contains(first) else { return nil }
        let spellings = labels.language == profile.primary.language ? primaryLabels : translationLabels
        for (kind, label) in spellings where text.utf8.starts(with: label.utf8) {
            let rest = text.dropFirst(label.count).drop { $0 == " " || $0 == "\u{00A0}" }
            let number = String(rest.prefix { $0.isNumber })
            guard !number.isEmpty else { continue }
            let afterNumber = rest.dropFirst(number.count)
            // `Таблица 1 показывает …` is the author's sentence: a table's caption is set off from its number.
            if kind == .table, let next = afterNumber.drop(while: { $0 == " " || $0 == "\u{00A0}" }).first,
               !Self.tableSeparators.contains(next), !next.isUppercase { continue }
            let labelLength = text.count - afterNumber.count + (afterNumber.first == "." ? 1 : 0)
            let printed = String(text.prefix(labelLength))
            let inlines = block.inlines.droppingPrefix(labelLength).trimmingLeading()
            return (kind, number, Figure.Caption(language: labels.language, label: printed, inlines: inlines, range: block.range))
        }
        return nil
    }

    static let tableSeparators: Set<Character> = [".", ":", "–", "—", "-"]

    private func sourceLine(_ block: Block) -> Figure.SourceLine? {
        guard block.isParagraph else { return nil }
        let text = block.plainText
        let spellings = profile.primary.figureSource + profile.translation.figureSource
        guard let label = spellings.first(where: { text.hasPrefix($0 + ":") }) else { return nil }
        let inlines = block.inlines.droppingPrefix(label.count + 1).trimmingLeading()
        return Figure.SourceLine(label: label + ":", inlines: inlines, range: block.range)
    }

    private func isContinuation(_ block: Block) -> Bool {
        block.isParagraph && profile.noteContinuationPrefixes.contains { block.plainText.hasPrefix($0) }
    }
}
