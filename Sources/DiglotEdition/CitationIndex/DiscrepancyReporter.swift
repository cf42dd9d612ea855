/// Reports a source printed with different URLs or DOIs as a warning at the place that departs from what most
/// places print (the likely slip), with the other places as notes — unless the editor has settled it with a
/// correction of that very value at that place, recorded in `annotations.yaml`.
public struct DiscrepancyReporter {
    let file: SourceFile

    public init(file: SourceFile) {
        self.file = file
    }

    /// Which of the discrepancy's values departs from the one the index keeps for the source.
    public static func oddValue(_ discrepancy: ConsistencyReport.Discrepancy, source: CitedSource) -> Int {
        let normalise = discrepancy.field == "DOI" ? SourceIdentity.doi : SourceIdentity.url
        let kept = normalise(discrepancy.field == "DOI" ? source.reference.doi : source.reference.url)
        return discrepancy.values.indices.first { normalise(discrepancy.values[$0]) != kept } ?? 0
    }

    /// The correction that settles a discrepancy: one placed at the odd value's place, quoting part of it.
    public static func resolution(of discrepancy: ConsistencyReport.Discrepancy, source: CitedSource,
                                  corrections: [Annotations.Correction], uses: AnnotationUses) -> Annotations.Correction? {
        let odd = oddValue(discrepancy, source: source)
        let anchors = Set(discrepancy.places[odd].map(\.anchor))
        return corrections.first { correction in
            guard let place = uses.correctionPlaces[correction.id], anchors.contains(place.anchor) else { return false }
            return discrepancy.values[odd].contains(correction.quote)
        }
    }

    public func diagnostics(_ report: ConsistencyReport, sources: [CitedSource], corrections: [Annotations.Correction],
                            uses: AnnotationUses) -> [Diagnostic] {
        report.discrepancies.compactMap { discrepancy -> Diagnostic? in
            guard let source = sources.first(where: { $0.number == discrepancy.source }),
                  Self.resolution(of: discrepancy, source: source, corrections: corrections, uses: uses) == nil else { return nil }
            let odd = Self.oddValue(discrepancy, source: source)
            let places = discrepancy.places[odd]
            let others = discrepancy.values.indices.filter { $0 != odd }
            func printed(_ index: Int) -> String {
                let places = discrepancy.places[index]
                return "\(places.map(CitationIndexBuilder.describe).joined(separator: ", ")) print\(places.count == 1 ? "s" : "") \(discrepancy.values[index])"
            }
            var warning = Diagnostic.warning(
                "one source is printed with different \(discrepancy.field)s: \(printed(odd)); " + others.map(printed).joined(separator: "; ")
                    + " (settle it with a correction in annotations.yaml)",
                at: locate(discrepancy.values[odd], near: places[0]), stage: .citations)
            warning.related = others.map { .note(printed($0), at: locate(discrepancy.values[$0], near: discrepancy.places[$0][0]), stage: .citations) }
            return warning
        }
    }

    /// Where a value stands on the lines of a place (a URL may sit on the line after the note's first).
    private func locate(_ value: String, near place: CitationPlace) -> SourceLocation {
        let lastLine = max(place.range.end.line, place.range.start.line + 3)
        for line in place.range.start.line...min(lastLine, file.lineCount) where file.lineText(line).contains(value) {
            return file.location(of: value, onLine: line)
        }
        return file.location(place.range.start)
    }
}
