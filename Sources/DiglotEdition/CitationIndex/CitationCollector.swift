import Foundation
import Markdown

/// Gathers every printed reference of an edition, in text order: each note (split where it cites several
/// sources), each entry of both bibliographies, and the source line of each figure.
public struct CitationCollector {
    let parse: @Sendable (String) -> (ParsedReference, SourceKeys)

    public init(cache: EditionCache? = nil) {
        if let cache {
            parse = { cache.reference($0) }
        } else {
            parse = { text in
                let parsed = ReferenceParser.parse(text)
                return (parsed, SourceKeys(parsed))
            }
        }
    }

    /// A printed reference and its place, before it is parsed.
    private struct Printed {
        var place: CitationPlace
        var text: String
        var listLanguage: String
    }

    /// The strings in text order, each parsed. Parsing is most of the work and each string's is independent of
    /// the others', so the strings are gathered first and parsed on every core.
    public func collect(notes: [Note], sections: ArticleSections, primaryLanguage: String, translationLanguage: String) -> [CitedString] {
        let strings = gather(notes: notes, sections: sections, primaryLanguage: primaryLanguage,
                             translationLanguage: translationLanguage)
        let parsed = ParallelMap.map(strings.map(\.text), parse)
        return zip(strings, parsed).map { string, parsed in
            CitedString(place: string.place, printed: string.text, parsed: parsed.0, keys: parsed.1,
                        listLanguage: string.listLanguage,
                        backReference: string.place.kind == .note ? parsed.0.pointsBack : nil)
        }.sorted { CitationPlace.inTextOrder($0.place, $1.place) }
    }

    /// Every printed reference with its place, not yet parsed.
    private func gather(notes: [Note], sections: ArticleSections, primaryLanguage: String, translationLanguage: String) -> [Printed] {
        var strings: [Printed] = []
        for note in notes {
            let text = ReferenceSplitter.referencePart(of: ReferenceText.printed(note.blocks))
            let end = SourcePoint(line: note.location.line, column: 1)
            let range = SourceRange(start: SourcePoint(line: note.location.line, column: 1), end: end)
            for (index, part) in ReferenceSplitter.split(text).enumerated() {
                strings.append(Printed(
                    place: CitationPlace(kind: .note, number: note.label, part: index + 1, range: range),
                    text: part, listLanguage: primaryLanguage))
            }
        }
        for (bibliography, kind) in [(sections.primaryBibliography, CitationPlace.Kind.bibliography),
                                     (sections.translationBibliography, .translatedBibliography)] {
            for entry in bibliography?.entries ?? [] {
                let text = ReferenceText.printed(entry.blocks)
                strings.append(Printed(
                    place: CitationPlace(kind: kind, number: String(entry.number), part: 1, range: entry.range),
                    text: text, listLanguage: kind == .bibliography ? primaryLanguage : translationLanguage))
            }
        }
        for block in sections.body {
            guard case .figure(let figure) = block.kind, let source = figure.source else { continue }
            let text = ReferenceText.printed(source.inlines)
            strings.append(Printed(
                place: CitationPlace(kind: figure.kind == .table ? .table : .figure, number: figure.number, part: 1, range: source.range),
                text: text, listLanguage: primaryLanguage))
        }
        return strings
    }
}
