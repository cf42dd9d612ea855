import Markdown

/// Checks the promise of the edition where the text is changed, in healing: nothing of the author's text is
/// lost or altered without a record. (The later stages only sort whole blocks into parts, and keep in
/// `ArticleSections.trailing` what no part takes.)
///
/// The letters and digits of the source, in order, must be those of the edition, in two streams: the running
/// text (notes blocks taken out) and the notes (in order). Hyphens and backslashes are compared by count
/// instead: the ones that disappeared must be exactly those the interventions say were removed.
public enum TextLedger {
    public struct Discrepancy: Sendable, Equatable {
        public var stream: String
        /// What the source has and the edition does not, around the first difference.
        public var source: String
        public var edition: String
    }

    public static func verify(source: [Block], healed: HealedText) -> [Discrepancy] {
        // Whether a block lies inside a change of one of these kinds.
        func inside(_ kinds: Set<Intervention.Kind>) -> (Block) -> Bool {
            let ranges = healed.interventions.filter { kinds.contains($0.kind) }.map(\.range)
            return { block in ranges.contains { $0.start <= block.range.start && block.range.end <= $0.end } }
        }
        // A note's tail carried to the next page is lifted with its own record, not inside a notes block.
        let lifted = inside([.notesMoved, .noteContinuationJoined])
        // Figures put after the paragraph they interrupted are their own stream, in their own order.
        let moved = inside([.figureMoved])
        let sourceText = source.filter { !lifted($0) && !moved($0) }.map(\.plainText).joined(separator: " ")
        let sourceNotes = source.filter(lifted).map(\.plainText).joined(separator: " ")
        let sourceFigures = source.filter(moved).map(\.plainText).joined(separator: " ")
        let editionText = healed.blocks.filter { !moved($0) }.map(\.plainText).joined(separator: " ")
        let editionNotes = healed.notes.map(\.plainText).joined(separator: " ")
        let editionFigures = healed.blocks.filter(moved).map(\.plainText).joined(separator: " ")

        var problems: [Discrepancy] = []
        if let problem = compare("text", sourceText, editionText) { problems.append(problem) }
        if let problem = compare("notes", sourceNotes, editionNotes) { problems.append(problem) }
        if let problem = compare("figures", sourceFigures, editionFigures) { problems.append(problem) }

        let droppedHyphens = healed.interventions.filter { $0.kind == .wordJoined }.count
        let droppedBackslashes = healed.interventions.filter { $0.kind == .linkTextUnescaped }
            .map { count(backslash, in: $0.original.map(\.text).joined()) - count(backslash, in: $0.result) }
            .reduce(0, +)
        let all = (sourceText + sourceNotes + sourceFigures, editionText + " " + editionNotes + " " + editionFigures)
        let hyphens = count(isHyphen, in: all.0) - count(isHyphen, in: all.1)
        if hyphens != droppedHyphens {
            problems.append(Discrepancy(stream: "hyphens", source: "\(hyphens) removed", edition: "\(droppedHyphens) recorded"))
        }
        let backslashes = count(backslash, in: all.0) - count(backslash, in: all.1)
        if backslashes != droppedBackslashes {
            problems.append(Discrepancy(stream: "backslashes", source: "\(backslashes) removed", edition: "\(droppedBackslashes) recorded"))
        }
        return problems
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{00AD}"
    }

    static func backslash(_ scalar: Unicode.Scalar) -> Bool { scalar == "\\" }

    /// The scalars that carry the text: all but white space, hyphens and backslashes.
    static func significant(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !isHyphen(scalar) && scalar != "\\" {
            if scalar.isSpace { continue }
            out.append(scalar)
        }
        return out
    }

    static func count(_ matches: (Unicode.Scalar) -> Bool, in text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (matches($1) ? 1 : 0) }
    }

    private static func compare(_ stream: String, _ source: String, _ edition: String) -> Discrepancy? {
        let a = significant(source)
        let b = significant(edition)
        guard a != b else { return nil }
        let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        func around(_ scalars: [Unicode.Scalar]) -> String {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[max(0, first - 20)..<min(scalars.count, first + 20)])
            return text
        }
        return Discrepancy(stream: stream, source: around(a), edition: around(b))
    }
}
