import Markdown

/// Finds the blocks of notes that print left wherever a page ended and lifts them out of the running text.
///
/// A notes block is a run of numbered lists whose numbers continue the article's note numbering, optionally
/// after a `---` rule, with the paragraphs print set apart after a note (`URL: …`) rejoined to it. A numbered
/// list counts as notes when most of its numbers are called in the text before it (notes print below their
/// calls), when it follows the rule, or when it continues a run of notes or the numbering of the last notes
/// block; numbering must rise. An author's own numbered list in the text is called from nowhere before it, so
/// it stays in the text.
public struct NotesBlockLifter {
    /// A block that stays in the running text, and the notes lifted from just before it, if any.
    public struct Kept: Sendable, Equatable {
        public var block: Block
        public var notesBefore: [String]
    }

    public struct Result: Sendable {
        public var kept: [Kept]
        public var notes: [NoteDefinition]
        public var interventions: [Intervention]
    }

    /// For each note label, the index of the first block that calls it.
    let firstCalls: [String: Int]
    let profile: JournalProfile
    let source: SourceFile
    /// Joins a note's carried-over tail to it as the text's paragraphs are joined.
    let joiner: ParagraphJoiner

    public init(firstCalls: [String: Int], profile: JournalProfile, source: SourceFile, joiner: ParagraphJoiner) {
        self.firstCalls = firstCalls
        self.profile = profile
        self.source = source
        self.joiner = joiner
    }

    public func lift(_ blocks: [Block], counter: inout InterventionCounter) -> Result {
        // A list that runs on from a notes block into the author's own list is split where the notes end.
        var blocks = blocks
        var result = Result(kept: [], notes: [], interventions: [])
        var lastNumber = 0
        var pending: [String] = []
        var index = 0
        while index < blocks.count {
            if let last = result.notes.indices.last,
               let rule = noteTail(blocks, at: index, after: lastNumber, of: result.notes[last]) {
                let tail = blocks[rule ? index + 1 : index]
                result.interventions += joinTail(tail, rule: rule ? blocks[index] : nil, to: &result.notes[last], counter: &counter)
                index += rule ? 2 : 1
                continue
            }
            let hasRule = blocks[index].kind == .thematicBreak
            let listIndex = hasRule ? index + 1 : index
            guard listIndex < blocks.count,
                  isNotesList(blocks[listIndex], at: listIndex, after: lastNumber, insideRun: hasRule),
                  hasRule || !Self.printedLaterUnderARule(blocks[listIndex], after: listIndex, in: blocks) else {
                result.kept.append(Kept(block: blocks[index], notesBefore: pending))
                pending = []
                index += 1
                continue
            }
            var run: [NoteDefinition] = []
            var cursor = listIndex
            var splitList = false
            runLoop: while cursor < blocks.count {
                let block = blocks[cursor]
                if isNotesList(block, at: cursor, after: lastNumber, insideRun: true),
                   case .list(let start?, let tight, let items) = block.kind {
                    var expected = start
                    var inner: [[Block]] = []
                    for (position, item) in items.enumerated() {
                        let printed = printedNumber(of: item)
                        // Numbered below the notes' numbering, which only rises (a repeated number is a misprint of
                        // the next): a list of the last note's own, numbered afresh («направления: 1. …; 2. …»),
                        // or else the author's list that print set right after the notes, which Markdown ran on
                        // into their list.
                        if let printed, printed < expected, !run.isEmpty {
                            let ownList = inner.isEmpty ? printed == 1 && Self.introducesList(run[run.count - 1])
                                : printed == inner.count + 1
                            if ownList {
                                inner.append(item)
                                continue
                            }
                            if printed < expected - 1 {
                                blocks[cursor] = Self.list(Array(items[position...]), start: printed, tight: tight)
                                splitList = true
                                break runLoop
                            }
                        }
                        if !inner.isEmpty { Self.append(Self.list(inner, start: 1, tight: tight), to: &run[run.count - 1]) }
                        inner = []
                        // The number as printed: Markdown renumbers a list from its first item, so a gap in the
                        // printed numbering («5.», «7.») would otherwise give note 7 the label 6.
                        let number = printed.flatMap { $0 >= expected ? $0 : nil } ?? expected
                        run.append(note(number: number, item: item, listRange: block.range))
                        if let printed, printed != number {
                            result.interventions.append(renumbered(run[run.count - 1], printed: printed, counter: &counter))
                        }
                        lastNumber = max(lastNumber, number)
                        expected = number + 1
                    }
                    if !inner.isEmpty { Self.append(Self.list(inner, start: 1, tight: tight), to: &run[run.count - 1]) }
                } else if !run.isEmpty, case .list(let start?, _, _) = block.kind, start == 1,
                          printedNumber(of: Self.firstItem(of: block)) == 1, Self.introducesList(run[run.count - 1]) {
                    // The same, printed with another delimiter («1)»), which Markdown makes a list of its own.
                    Self.append(block, to: &run[run.count - 1])
                } else if !run.isEmpty, isContinuation(block) {
                    run[run.count - 1].blocks.append(block)
                    run[run.count - 1].range.end = block.range.end
                    result.interventions.append(Intervention(
                        id: counter.nextID(), kind: .noteContinuationJoined, range: block.range,
                        original: [Intervention.Excerpt(block.plainText, line: block.range.start.line)],
                        result: block.plainText, notes: [run[run.count - 1].label]))
                } else {
                    break
                }
                cursor += 1
            }
            let labels = run.map(\.label)
            let end = splitList ? run[run.count - 1].range.end : blocks[cursor - 1].range.end
            let range = SourceRange(start: blocks[index].range.start, end: end)
            result.interventions.append(Intervention(
                id: counter.nextID(), kind: .notesMoved, range: range,
                original: hasRule ? [Intervention.Excerpt("---", line: blocks[index].range.start.line)] : [],
                result: "", notes: labels))
            result.notes.append(contentsOf: run)
            pending.append(contentsOf: labels)
            index = cursor
        }
        return result
    }

    private func isNotesList(_ block: Block, at index: Int, after lastNumber: Int, insideRun: Bool) -> Bool {
        guard case .list(let start?, _, let items) = block.kind, start > lastNumber, !items.isEmpty else { return false }
        // A list that takes the numbering up exactly where the last notes block left it is the next notes block,
        // even if a note of it is never called (which is then reported, not hidden in the text).
        if insideRun || (lastNumber > 0 && start == lastNumber + 1) { return true }
        let called = (start..<(start + items.count)).filter { firstCalls[String($0)].map { $0 < index } ?? false }.count
        return called * 2 >= items.count
    }

    /// Whether the first list print set under a rule after this one starts at the same number: those are the
    /// notes, and this list, though its numbers are called before it, is the author's own.
    static func printedLaterUnderARule(_ list: Block, after index: Int, in blocks: [Block]) -> Bool {
        guard case .list(let start?, _, _) = list.kind else { return false }
        for cursor in (index + 1)..<max(index + 1, blocks.count - 1) where blocks[cursor].kind == .thematicBreak {
            if case .list(let later?, _, _) = blocks[cursor + 1].kind { return later == start }
        }
        return false
    }

    /// A rule, one paragraph, then the notes that continue the numbering, where the last note stopped short of
    /// its sentence's end or the paragraph goes on in lower case: the paragraph is the end of the last note,
    /// which print carried over to the foot of the next page. Without the rule, both must hold. The answer is
    /// whether the tail stands after a rule; nil where there is no tail.
    private func noteTail(_ blocks: [Block], at index: Int, after lastNumber: Int, of note: NoteDefinition) -> Bool? {
        let rule = blocks[index].kind == .thematicBreak
        let tail = rule ? index + 1 : index
        guard note.label == String(lastNumber), tail + 1 < blocks.count,
              blocks[tail].isParagraph, blocks[tail].noteCalls.isEmpty,
              case .list(let start?, _, _) = blocks[tail + 1].kind, start == lastNumber + 1 else { return nil }
        let noteEnd = note.blocks.last?.plainText.trimmedWhitespace ?? ""
        let tailStart = blocks[tail].plainText.trimmedWhitespace
        let unfinished = !ParagraphJoiner.endsSentence(noteEnd)
        let continues = tailStart.first?.isLowercase == true
        return (rule ? unfinished || continues : unfinished && continues) ? rule : nil
    }

    /// Moves a carried-over tail into its note, joining a word or sentence the page end split as in the text.
    private func joinTail(_ tail: Block, rule: Block?, to note: inout NoteDefinition, counter: inout InterventionCounter) -> [Intervention] {
        let moved = Intervention(
            id: counter.nextID(), kind: .noteContinuationJoined,
            range: SourceRange(start: (rule ?? tail).range.start, end: tail.range.end),
            original: (rule.map { [Intervention.Excerpt("---", line: $0.range.start.line)] } ?? [])
                + [Intervention.Excerpt(tail.plainText, line: tail.range.start.line)],
            result: tail.plainText, notes: [note.label])
        let joined = joiner.join((note.blocks + [tail]).map { Kept(block: $0, notesBefore: []) }, counter: &counter)
        note.blocks = joined.blocks
        note.range.end = tail.range.end
        return [moved] + joined.interventions.map { join in
            var join = join
            join.notes = [note.label]
            return join
        }
    }

    private func renumbered(_ note: NoteDefinition, printed: Int, counter: inout InterventionCounter) -> Intervention {
        let line = note.range.start.line
        let text = source.lineText(line)
        let indent = text.prefix { $0 == " " || $0 == "\t" }.utf8.count
        let mark = String(text.dropFirst(indent).prefix { $0 != " " && $0 != "\t" })
        return Intervention(
            id: counter.nextID(), kind: .noteRenumbered,
            range: SourceRange(start: SourcePoint(line: line, column: indent + 1),
                               end: SourcePoint(line: line, column: indent + max(1, mark.utf8.count))),
            original: [Intervention.Excerpt(mark, line: line)],
            result: note.label + String(mark.dropFirst(String(printed).count)), notes: [note.label])
    }

    /// A note whose text ends in a colon, as one that introduces a list of its own does.
    static func introducesList(_ note: NoteDefinition) -> Bool {
        note.blocks.last?.plainText.trimmedWhitespace.last == ":"
    }

    static func list(_ items: [[Block]], start number: Int, tight: Bool) -> Block {
        let start = items.first?.first?.range.start ?? SourcePoint(line: 1, column: 1)
        let end = items.last?.last?.range.end ?? start
        return Block(.list(start: number, tight: tight, items: items), range: SourceRange(start: start, end: end))
    }

    static func firstItem(of list: Block) -> [Block] {
        guard case .list(_, _, let items) = list.kind else { return [] }
        return items.first ?? []
    }

    static func append(_ block: Block, to note: inout NoteDefinition) {
        note.blocks.append(block)
        note.range.end = block.range.end
    }

    private func isContinuation(_ block: Block) -> Bool {
        guard block.isParagraph else { return false }
        let text = block.plainText
        return profile.noteContinuationPrefixes.contains { text.hasPrefix($0) }
    }

    /// The number printed before a list item's first line (`7.` or `7)`).
    private func printedNumber(of item: [Block]) -> Int? {
        guard let line = item.first?.range.start.line else { return nil }
        let text = source.lineText(line).drop { $0 == " " || $0 == "\t" }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count), [".", ")"].contains(text.dropFirst(digits.count).first) else { return nil }
        return Int(digits)
    }

    private func note(number: Int, item: [Block], listRange: SourceRange) -> NoteDefinition {
        let line = item.first?.range.start.line ?? listRange.start.line
        let start = SourcePoint(line: line, column: 1)
        let end = item.last?.range.end ?? listRange.end
        return NoteDefinition(label: String(number), blocks: item, location: source.location(line: line, column: 1),
                              range: SourceRange(start: start, end: end))
    }
}
