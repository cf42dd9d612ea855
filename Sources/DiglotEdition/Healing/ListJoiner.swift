import Markdown

/// Joins the author's list that a notes block split in two: print set the notes at the page end inside the
/// list, and Markdown made a list of each side.
///
/// Two lists are one when notes stood between them and nothing else (or only the end of the first's last item,
/// which print carried past the notes), and they are of one kind: two bullet lists, or numbered lists whose
/// second part goes on with the first's numbering (`1. 2.` + `3.`). An author's second list always has words of
/// its own before it, and a fresh numbered list starts again at one.
enum ListJoiner {
    static func join(_ first: Block, _ second: Block, notes: [String], firstRanOnAfterNotes: Bool,
                     counter: inout InterventionCounter) -> (Block, Intervention)? {
        guard !notes.isEmpty || firstRanOnAfterNotes, case .list(let start, let firstTight, let firstItems) = first.kind,
              case .list(let secondStart, let secondTight, var secondItems) = second.kind,
              let lastItem = firstItems.last, let nextItem = secondItems.first,
              case .paragraph(let opening)? = nextItem.first?.kind else { return nil }
        switch (start, secondStart) {
        case (nil, nil): break
        case (let start?, let secondStart?) where secondStart == start + firstItems.count: break
        default: return nil
        }
        let id = counter.nextID()
        // The mark a reader follows from the apparatus, at the first item after the break.
        secondItems[0][0].kind = .paragraph([.anchor(id: id)] + opening)
        let range = SourceRange(start: first.range.start, end: second.range.end)
        let joined = Block(.list(start: start, tight: firstTight && secondTight, items: firstItems + secondItems), range: range)
        let intervention = Intervention(
            id: id, kind: .listJoined, range: range,
            original: [
                .init(ParagraphJoiner.tail(of: lastItem.plainText, words: 4), line: lastItem.last?.range.end.line ?? first.range.end.line),
                .init(ParagraphJoiner.head(of: nextItem.plainText, words: 4), line: second.range.start.line),
            ],
            result: "", notes: notes)
        return (joined, intervention)
    }
}
