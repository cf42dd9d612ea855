import Foundation
import Markdown

/// Joins the paragraphs that a page end split: a word hyphenated at the break (`перего-` + `воры`), and a
/// sentence that ran on without a hyphen (`вместе с` / notes / `партнёрами …`).
///
/// Two neighbouring paragraphs are one when the first ends in a hyphen after a letter (no paragraph of the
/// author's does), when the second begins in lower case (none does), or when notes stood between them and the
/// first did not end its sentence; a label (`*Ключевые слова:*`, or one of the journal's labels standing alone
/// in plain type) is never joined to what follows it. A figure that print set between the two parts
/// (`Рис. 1. …`, its translation, its source line) is never joined to; the sentence is joined across it and the
/// figure put after the paragraph.
///
/// A hyphen at the break is dropped only before a lower-case letter, and then kept when the left part is an
/// abbreviation (`ИКТ-` + `политики`) or when the hyphenated form occurs elsewhere in the article and the joined
/// form does not; before a capital (`Юго-` + `Восточной`) or a digit (`COVID-` + `19`), and after a digit
/// (`1990-` + `х`), it is the word's own.
public struct ParagraphJoiner {
    static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{00AD}"]
    static let sentenceEnds: Set<Character> = [".", "!", "?", "…", ":", ";"]
    static let closers: Set<Character> = ["»", "\"", "”", "’", ")", "]", "'"]

    /// The whole article's words, searched to decide whether a hyphen at a break is the word's own.
    let words: WordStarts
    /// The figures print may set inside a split sentence; they are never joined to, only joined across.
    let figures: FigureRecognizer
    /// The journal's field labels (`Ключевые слова`, `Keywords`), lower-cased: a paragraph that is only a label
    /// introduces the next one, in whatever type it is set.
    let labels: Set<String>
    /// A paragraph this long (UTF-8 bytes) is longer than any label.
    let labelLimit: Int

    public init(words: WordStarts, profile: JournalProfile) {
        self.words = words
        figures = FigureRecognizer(profile: profile)
        let spellings = [profile.primary, profile.translation].flatMap { $0.fields.flatMap(\.labels) + $0.bibliography }
        labels = Set(spellings.map { $0.lowercased() })
        labelLimit = (labels.map(\.utf8.count).max() ?? 0) + 8
    }

    enum Decision: Equatable {
        case word(keepHyphen: Bool)
        case sentence
    }

    public func join(_ kept: [NotesBlockLifter.Kept], counter: inout InterventionCounter) -> (blocks: [Block], interventions: [Intervention]) {
        let plain = kept.map(\.block)
        var blocks: [Block] = []
        var interventions: [Intervention] = []
        // Whether the last block is part of a figure, which nothing is joined to.
        var afterFigure = false
        // Whether the last block is a list whose last item print carried on past notes: a list after it is the
        // same list, though no notes stand between the two.
        var listRanOnAfterNotes = false
        var index = 0
        while index < kept.count {
            let ranOn = listRanOnAfterNotes
            listRanOnAfterNotes = false
            let extent = figures.extent(of: plain, at: index)
            guard extent == 0 else {
                let after = index + extent
                let figure = Array(plain[index..<after])
                let notes = kept[index..<min(after + 1, kept.count)].flatMap(\.notesBefore)
                if !afterFigure, after < kept.count, let previous = blocks.last, joinable(previous, plain[after]),
                   let decision = decide(previous.inlines, plain[after].inlines, notesBetween: !notes.isEmpty) {
                    let (merged, join) = merge(previous, plain[after], decision: decision, id: counter.nextID(), notes: notes)
                    blocks[blocks.count - 1] = merged
                    interventions += [join, Intervention(
                        id: counter.nextID(), kind: .figureMoved,
                        range: SourceRange(start: figure[0].range.start, end: figure[figure.count - 1].range.end),
                        original: [Intervention.Excerpt(figure[0].plainText, line: figure[0].range.start.line)], result: "", notes: [])]
                    index = after + 1
                } else {
                    index = after
                }
                blocks += figure
                afterFigure = true
                continue
            }
            let item = kept[index]
            if !afterFigure, let previous = blocks.last, joinable(previous, item.block),
               let decision = decide(previous.inlines, item.block.inlines, notesBetween: !item.notesBefore.isEmpty) {
                let (merged, intervention) = merge(previous, item.block, decision: decision, id: counter.nextID(), notes: item.notesBefore)
                blocks[blocks.count - 1] = merged
                interventions.append(intervention)
            } else if !afterFigure, let previous = blocks.last,
                      let (merged, intervention) = continuing(previous, with: item, counter: &counter) {
                blocks[blocks.count - 1] = merged
                interventions.append(intervention)
                listRanOnAfterNotes = !item.notesBefore.isEmpty && merged.isList
            } else if !afterFigure, let previous = blocks.last,
                      let (merged, intervention) = ListJoiner.join(previous, item.block, notes: item.notesBefore,
                                                                  firstRanOnAfterNotes: ranOn, counter: &counter) {
                blocks[blocks.count - 1] = merged
                interventions.append(intervention)
            } else {
                blocks.append(item.block)
            }
            afterFigure = false
            index += 1
        }
        return (blocks, interventions)
    }

    /// `container` with `item` joined to the paragraph it ends in, where a page end split that paragraph: a
    /// quotation's last, or a list's last item's.
    private func continuing(_ container: Block, with item: NotesBlockLifter.Kept, counter: inout InterventionCounter)
        -> (Block, Intervention)? {
        let notesBetween = !item.notesBefore.isEmpty
        let last: Block
        let accepts: (Decision) -> Bool
        switch container.kind {
        case .quote(let quoted):
            guard let paragraph = quoted.last else { return nil }
            last = paragraph
            // Only a split word or the notes between vouch that the paragraph goes on quoting, since the author's
            // own sentence often resumes in lower case after a quotation.
            accepts = { notesBetween || $0 != .sentence }
        case .list(_, _, let items):
            guard let paragraph = items.last?.last else { return nil }
            last = paragraph
            // An item often ends without a stop (`- первое`), so only a split word, or a lower-case start after
            // notes, shows that the item goes on.
            accepts = { $0 != .sentence || (notesBetween && item.block.inlines.leadingPlainText(atLeast: 1).trimmedWhitespace.first?.isLowercase == true) }
        default:
            return nil
        }
        guard joinable(last, item.block),
              let decision = decide(last.inlines, item.block.inlines, notesBetween: notesBetween), accepts(decision) else { return nil }
        let (merged, intervention) = merge(last, item.block, decision: decision, id: counter.nextID(), notes: item.notesBefore)
        let range = SourceRange(start: container.range.start, end: merged.range.end)
        switch container.kind {
        case .quote(var quoted):
            quoted[quoted.count - 1] = merged
            return (Block(.quote(quoted), range: range), intervention)
        case .list(let start, let tight, var items):
            items[items.count - 1][items[items.count - 1].count - 1] = merged
            return (Block(.list(start: start, tight: tight, items: items), range: range), intervention)
        default:
            return nil
        }
    }

    /// Two paragraphs, the first no label: only such a pair can be one paragraph that a page end split.
    func joinable(_ first: Block, _ second: Block) -> Bool {
        guard first.isParagraph, second.isParagraph, !Self.isLabel(first.inlines) else { return false }
        // Only a short paragraph can be a label; the rest are not read whole.
        let head = first.inlines.leadingPlainText(atLeast: labelLimit)
        guard head.utf8.count < labelLimit else { return true }
        var text = Substring(head.trimmedWhitespace)
        if text.last == ":" || text.last == "." { text = text.dropLast() }
        return !labels.contains(text.trimmedWhitespace.lowercased())
    }

    func decide(_ first: [Inline], _ second: [Inline], notesBetween: Bool) -> Decision? {
        // The decision needs only the edges of the two paragraphs, not their whole text.
        let end = first.trailingPlainText(atLeast: 80).trimmedWhitespace
        let start = second.leadingPlainText(atLeast: 80).trimmedWhitespace
        guard let last = end.last, let next = start.first else { return nil }
        // Indices, not `dropLast()`, which counts the whole text first.
        let beforeLast = end[..<end.index(before: end.endIndex)]
        // After a number the hyphen joins an ending or a second number: `1990-` + `х гг.`, `2018-` + `2023`.
        if Self.hyphens.contains(last), beforeLast.last?.isNumber == true, next.isLetter || next.isNumber {
            return .word(keepHyphen: true)
        }
        if Self.hyphens.contains(last), beforeLast.last?.isLetter == true, next.isLetter || next.isNumber {
            guard next.isLowercase else { return .word(keepHyphen: true) }
            let left = Self.trailingWord(of: String(beforeLast))
            if left.count > 1, left.allSatisfy(\.isUppercase) { return .word(keepHyphen: true) }
            let right = Self.leadingWord(of: start).lowercased()
            return .word(keepHyphen: isHyphenatedElsewhere(left.lowercased(), right))
        }
        let ended = Self.endsSentence(end)
        // A name in camel case (`eBay`, `iPhone`) may open the author's next paragraph.
        if next.isLowercase, !ended || !Self.leadingWord(of: start).dropFirst().contains(where: \.isUppercase) { return .sentence }
        if notesBetween, !ended { return .sentence }
        return nil
    }

    /// Whether the article writes this word with a hyphen elsewhere and never without: `научно-техническое`
    /// vouches for `научно-` + `технического`. Forms are compared by stem, since Russian inflects. Failing that,
    /// a compound adjective's first part (`военно-`, `северо-`: four letters or more, ending in «о» or «е») before
    /// a word the article uses on its own (`промышленн…`) and never joined to it keeps its hyphen too.
    func isHyphenatedElsewhere(_ left: String, _ right: String) -> Bool {
        let stem = String(right.prefix(min(right.count, max(4, right.count - 3))))
        // The word may open a sentence or stand in capitals: look for it in lower case, capitalised and in capitals.
        func occurs(_ word: String) -> Bool {
            [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()].contains(where: words.containsWord(beginningWith:))
        }
        if occurs(left + stem) { return false }
        if occurs(left + "-" + stem) { return true }
        // Once more than at the break itself, where the right part begins a paragraph.
        return left.count >= 4 && ["о", "е"].contains(left.last) && stem.count >= 5
            && [stem, stem.prefix(1).uppercased() + stem.dropFirst()].map(words.countWords(beginningWith:)).reduce(0, +) > 1
    }

    static func endsSentence(_ text: String) -> Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, closers.contains(last) || last.isWhitespace { trimmed = trimmed.dropLast() }
        return trimmed.last.map { sentenceEnds.contains($0) } ?? true
    }

    static func trailingWord(of text: String) -> String {
        String(text.trailingRun { $0.isLetter || $0.isNumber })
    }

    static func leadingWord(of text: String) -> String {
        String(text.prefix { $0.isLetter || $0.isNumber })
    }

    /// A paragraph that is one run of italics or bold ending in a colon, as the journal sets its labels.
    static func isLabel(_ inlines: [Inline]) -> Bool {
        let content = inlines.trimmingTrailingWhitespace()
        guard content.count == 1, content[0].plainText.trimmedWhitespace.hasSuffix(":") else { return false }
        switch content[0] {
        case .emphasis, .strong: return true
        default: return false
        }
    }

    private func merge(_ first: Block, _ second: Block, decision: Decision, id: String, notes: [String])
        -> (Block, Intervention) {
        let left = first.inlines.trimmingTrailingWhitespace()
        let right = second.inlines
        var merged: [Inline]
        var result: String
        var excerptLeft: String
        var excerptRight: String
        switch decision {
        case .word(let keepHyphen):
            if case .text(let leftText)? = left.last, case .text(let rightText)? = right.first {
                let withoutHyphen = leftText[..<leftText.index(before: leftText.endIndex)]
                let leftFragment = Self.trailingWord(of: String(withoutHyphen))
                let rightFragment = Self.leadingWord(of: rightText)
                let word = leftFragment + (keepHyphen ? String(leftText.last!) : "") + rightFragment
                let beforeFragment = withoutHyphen[..<withoutHyphen.index(withoutHyphen.endIndex, offsetBy: -leftFragment.count)]
                merged = Array(left.dropLast()) + [.text(String(beforeFragment))]
                    + [.healed(id: id, [.text(word)])] + [.text(String(rightText.dropFirst(rightFragment.count)))] + right.dropFirst()
                excerptLeft = leftFragment + String(leftText.last!)
                excerptRight = rightFragment
                result = word
            } else {
                merged = (keepHyphen ? left : left.droppingTrailingCharacter()) + [.anchor(id: id)] + right
                excerptLeft = Self.tail(of: left.plainText, words: 1)
                excerptRight = Self.head(of: right.plainText, words: 1)
                result = (keepHyphen ? excerptLeft : String(excerptLeft.dropLast())) + excerptRight
            }
        case .sentence:
            merged = left + [.text(" "), .anchor(id: id)] + right
            excerptLeft = Self.tail(of: left.plainText, words: 4)
            excerptRight = Self.head(of: right.plainText, words: 4)
            result = excerptLeft + " " + excerptRight
        }
        let kind: Intervention.Kind = switch decision {
        case .word(keepHyphen: true): .wordJoinedKeepingHyphen
        case .word(keepHyphen: false): .wordJoined
        case .sentence: .sentenceJoined
        }
        let range = SourceRange(start: first.range.start, end: second.range.end)
        let intervention = Intervention(
            id: id, kind: kind, range: range,
            original: [.init(excerptLeft, line: first.range.end.line), .init(excerptRight, line: second.range.start.line)],
            result: result, notes: notes)
        return (Block(.paragraph(BlockConverter.mergingText(merged)), range: range), intervention)
    }

    static func tail(of text: String, words: Int) -> String {
        text.split(separator: " ").suffix(words).joined(separator: " ")
    }

    static func head(of text: String, words: Int) -> String {
        text.split(separator: " ").prefix(words).joined(separator: " ")
    }
}
