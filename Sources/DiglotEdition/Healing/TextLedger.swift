import Markdown

/// Checks the promise of the edition: nothing of the author's text is lost or altered without a record.
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
        let liftedRanges = healed.interventions.filter { $0.kind == .notesMoved }.map(\.range)
        func lifted(_ block: Block) -> Bool {
            liftedRanges.contains { $0.start <= block.range.start && block.range.end <= $0.end }
        }
        let sourceText = source.filter { !lifted($0) }.map(\.plainText).joined(separator: " ")
        let sourceNotes = source.filter(lifted).map(\.plainText).joined(separator: " ")
        let editionText = healed.blocks.map(\.plainText).joined(separator: " ")
        let editionNotes = healed.notes.map(\.plainText).joined(separator: " ")

        var problems: [Discrepancy] = []
        if let problem = compare("text", sourceText, editionText) { problems.append(problem) }
        if let problem = compare("notes", sourceNotes, editionNotes) { problems.append(problem) }

        let droppedHyphens = healed.interventions.filter { $0.kind == .wordJoined }.count
        let droppedBackslashes = healed.interventions.filter { $0.kind == .linkTextUnescaped }
            .map { $0.original.map(\.text).joined().filter { $0 == "\\" }.count - $0.result.filter { $0 == "\\" }.count }
            .reduce(0, +)
        let all = (sourceText + sourceNotes, editionText + " " + editionNotes)
        let hyphens = count(ParagraphJoiner.hyphens, in: all.0) - count(ParagraphJoiner.hyphens, in: all.1)
        if hyphens != droppedHyphens {
            problems.append(Discrepancy(stream: "hyphens", source: "\(hyphens) removed", edition: "\(droppedHyphens) recorded"))
        }
        let backslashes = count(["\\"], in: all.0) - count(["\\"], in: all.1)
        if backslashes != droppedBackslashes {
            problems.append(Discrepancy(stream: "backslashes", source: "\(backslashes) removed", edition: "\(droppedBackslashes) recorded"))
        }
        return problems
    }

    static func significant(_ text: String) -> [Character] {
        text.filter { !$0.isWhitespace && !ParagraphJoiner.hyphens.contains($0) && $0 != "\\" }.map { $0 }
    }

    static func count(_ characters: Set<Character>, in text: String) -> Int {
        text.filter { characters.contains($0) }.count
    }

    private static func compare(_ stream: String, _ source: String, _ edition: String) -> Discrepancy? {
        let a = significant(source)
        let b = significant(edition)
        guard a != b else { return nil }
        let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        func around(_ characters: [Character]) -> String {
            String(characters[max(0, first - 20)..<min(characters.count, first + 20)])
        }
        return Discrepancy(stream: stream, source: around(a), edition: around(b))
    }
}
