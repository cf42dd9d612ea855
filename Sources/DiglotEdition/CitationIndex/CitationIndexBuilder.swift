import Markdown

/// The «cite» stage: groups the printed references (`CitationCollector`) into sources, and checks their consistency.
public struct CitationIndexBuilder {
    let file: SourceFile

    public init(file: SourceFile) {
        self.file = file
    }

    public func build(strings printed: [CitedString], sections: ArticleSections, pairs: [Pair]) -> (CitationIndex, [Diagnostic]) {
        let strings = printed.filter { !Self.isRemark($0) }
        let twins = pairs.filter { $0.kind == .bibliographyEntry && $0.isComplete }.compactMap { pair -> (Int, Int)? in
            let a = sections.primaryBibliography?.entries.first { $0.range == pair.primary?.range }?.number
            let b = sections.translationBibliography?.entries.first { $0.range == pair.translation?.range }?.number
            return a.flatMap { a in b.map { (a, $0) } }
        }
        let sources = SourceMerger(twins: twins).merge(strings)
        var report = report(sources, strings: strings)
        report.remarks = printed.filter(Self.isRemark).map(\.place)
        return (CitationIndex(sources: sources, report: report), diagnostics(report, sources: sources, strings: strings))
    }

    private func report(_ sources: [CitedSource], strings: [CitedString]) -> ConsistencyReport {
        var report = ConsistencyReport()
        for source in sources {
            for variant in source.variants where variant.field != "accessed" {
                report.discrepancies.append(ConsistencyReport.Discrepancy(
                    source: source.number, field: variant.field, values: variant.values.map(\.value),
                    places: variant.values.map(\.places)))
            }
        }
        // Each note's sources, in the sources' order, gathered once rather than searched for at every note.
        var sourcesOfNote: [String: [CitedSource]] = [:]
        for source in sources {
            for note in Set(source.citations.lazy.filter { $0.place.kind == .note }.map(\.place.number)) {
                sourcesOfNote[note, default: []].append(source)
            }
        }
        var firstNote: [Int: String] = [:]
        var seenNotes: Set<String> = []
        for string in strings where string.place.kind == .note && seenNotes.insert(string.place.number).inserted {
            let cited = sourcesOfNote[string.place.number] ?? []
            let earlier = cited.compactMap { firstNote[$0.number] }
            if !cited.isEmpty, earlier.count == cited.count, let first = earlier.first {
                report.repeatedNotes.append((string.place.number, first))
            }
            for source in cited where firstNote[source.number] == nil { firstNote[source.number] = string.place.number }
            if cited.contains(where: { !$0.isInBibliography }) {
                report.notesOutsideBibliography.append(string.place.number)
            }
        }
        report.uncitedBibliographyEntries = sources.filter { !$0.isInNotes }
            .flatMap { $0.places.filter { $0.kind == .bibliography }.compactMap { Int($0.number) } }.sorted()
        report.unparsed = strings.filter { $0.backReference == nil && Self.isUnreadable($0.parsed) }.map(\.place)
        return report
    }

    /// A string the parser could not make a reference of: no title, or nothing but a title.
    static func isUnreadable(_ reference: ParsedReference) -> Bool {
        reference.title == nil || (reference.url == nil && reference.doi == nil && reference.containerTitle == nil
            && reference.issued == nil && reference.authors.isEmpty)
    }

    /// A note that is the author's remark («Здесь и далее перевод автора»): nothing in it reads as a reference
    /// — no source after «//», no URL, DOI or year — and the parser made none of it. It is no source.
    static func isRemark(_ string: CitedString) -> Bool {
        string.place.kind == .note && string.backReference == nil && isUnreadable(string.parsed)
            && !ReferenceSplitter.hasEvidence(string.printed)
    }

    /// Unreadable strings and remarks; discrepancies are reported after the editorial layer, which may settle them.
    private func diagnostics(_ report: ConsistencyReport, sources: [CitedSource], strings: [CitedString]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for place in report.unparsed {
            diagnostics.append(.warning("\(Self.describe(place)) cannot be read as a reference; it is kept as printed",
                                        at: file.location(place.range.start), stage: .citations))
        }
        for place in report.remarks {
            diagnostics.append(.note("\(Self.describe(place)) reads as a remark, with no source, URL, DOI or year in it; it is not in the citation index",
                                     at: file.location(place.range.start), stage: .citations))
        }
        for index in strings.indices where strings[index].backReference != nil && SourceMerger.target(of: index, in: strings) == nil {
            let place = strings[index].place
            diagnostics.append(.warning("\(Self.describe(place)) points back («\(strings[index].printed)») to no source cited before it",
                                        at: file.location(place.range.start), stage: .citations))
        }
        return diagnostics
    }

    public static func describe(_ place: CitationPlace) -> String {
        switch place.kind {
        case .note: "note \(place.number)"
        case .bibliography: "bibliography entry \(place.number)"
        case .translatedBibliography: "reference \(place.number)"
        case .figure: "the source of figure \(place.number)"
        case .table: "the source of table \(place.number)"
        }
    }
}
