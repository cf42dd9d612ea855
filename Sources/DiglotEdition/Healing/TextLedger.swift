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
        // Item by item: healing may split a list where the notes Markdown ran into the author's list end.
        let source = source.flatMap(items)
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

        let sources = [sourceText, sourceNotes, sourceFigures].map(Letters.init)
        let editions = [editionText, editionNotes, editionFigures].map(Letters.init)
        var problems: [Discrepancy] = []
        for (stream, (source, edition)) in zip(["text", "notes", "figures"], zip(sources, editions)) {
            if let problem = compare(stream, source, edition) { problems.append(problem) }
        }

        let droppedHyphens = healed.interventions.filter { $0.kind == .wordJoined }.count
        let droppedBackslashes = healed.interventions.filter { $0.kind == .linkTextUnescaped }
            .map { Letters($0.original.map(\.text).joined()).backslashes - Letters($0.result).backslashes }
            .reduce(0, +)
        let hyphens = sources.map(\.hyphens).reduce(0, +) - editions.map(\.hyphens).reduce(0, +)
        if hyphens != droppedHyphens {
            problems.append(Discrepancy(stream: "hyphens", source: "\(hyphens) removed", edition: "\(droppedHyphens) recorded"))
        }
        let backslashes = sources.map(\.backslashes).reduce(0, +) - editions.map(\.backslashes).reduce(0, +)
        if backslashes != droppedBackslashes {
            problems.append(Discrepancy(stream: "backslashes", source: "\(backslashes) removed", edition: "\(droppedBackslashes) recorded"))
        }
        return problems
    }

    /// A list as one block per item, each with the item's lines; any other block as it is.
    private static func items(_ block: Block) -> [Block] {
        guard case .list(let start, let tight, let items) = block.kind, items.count > 1 else { return [block] }
        return items.map { item in
            let range = SourceRange(start: item.first?.range.start ?? block.range.start, end: item.last?.range.end ?? block.range.end)
            return Block(.list(start: start, tight: tight, items: [item]), range: range)
        }
    }

    /// A stream read once: the UTF-8 of the scalars that carry the text (all but white space, hyphens and
    /// backslashes), and how many hyphens and backslashes it has.
    struct Letters {
        var bytes: [UInt8]
        var hyphens: Int
        var backslashes: Int

        init(_ text: String) {
            var text = text
            var (hyphens, backslashes) = (0, 0)
            bytes = text.withUTF8 { utf8 in
                [UInt8](unsafeUninitializedCapacity: utf8.count) { out, written in
                    var index = 0
                    while index < utf8.count {
                        let lead = utf8[index]
                        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                        let end = min(index + length, utf8.count)
                        // Cyrillic, most of this journal's text, is never a hyphen or white space; ASCII needs no decoding.
                        var kept = lead == 0xD0 || lead == 0xD1
                        if lead < 0x80 {
                            switch lead {
                            case UInt8(ascii: "-"): hyphens += 1
                            case UInt8(ascii: "\\"): backslashes += 1
                            default: kept = !Unicode.Scalar(lead).isSpace
                            }
                        } else if !kept {
                            let scalar = Self.scalar(utf8[index..<end])
                            if isHyphen(scalar) { hyphens += 1 } else { kept = !scalar.isSpace }
                        }
                        if kept {
                            for offset in index..<end {
                                out[written] = utf8[offset]
                                written += 1
                            }
                        }
                        index = end
                    }
                }
            }
            self.hyphens = hyphens
            self.backslashes = backslashes
        }

        private static func scalar(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar {
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
            return "\u{FFFD}"
        }
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{00AD}"
    }

    private static func compare(_ stream: String, _ source: Letters, _ edition: Letters) -> Discrepancy? {
        guard source.bytes != edition.bytes else { return nil }
        let a = Array(String(decoding: source.bytes, as: UTF8.self).unicodeScalars)
        let b = Array(String(decoding: edition.bytes, as: UTF8.self).unicodeScalars)
        let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        func around(_ scalars: [Unicode.Scalar]) -> String {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[max(0, first - 20)..<min(scalars.count, first + 20)])
            return text
        }
        return Discrepancy(stream: stream, source: around(a), edition: around(b))
    }
}
