import Foundation
import DiglotEdition

extension EditionPages {
    /// The orders the citation index can be read in, one static page each, so sorting needs no script.
    enum SourceOrder: String, CaseIterable {
        case cited, title, year

        var page: String {
            switch self {
            case .cited: SitePaths.sources
            case .title: "sources-by-title.html"
            case .year: "sources-by-year.html"
            }
        }
    }

    func sourcesPages() -> [OutputFile] {
        SourceOrder.allCases.map(sourcesPage)
    }

    private func sourcesPage(_ order: SourceOrder) -> OutputFile {
        let s = strings(primary)
        var frame = frame(page: order.page, language: primary, title: s["sources_title"] + " — " + edition.title,
                          bodyClass: "page-sources")
        if order != .cited { frame.canonical = SitePaths.absolute(path(SitePaths.sources), base: site.baseURL) }
        let entries = EditionPages.sorted(edition.citations.sources, by: order).map(SourceEntryContext(edition: edition, strings: s).context)
        let sources = edition.citations.sources
        let filters: [(String, String, [String])] = [
            ("type", s["filter_type"], ReferenceType.allCases.map(\.rawValue).filter { type in sources.contains { $0.reference.type.rawValue == type } }),
            ("language", s["filter_language"], Array(Set(sources.map { $0.reference.language ?? "und" })).sorted()),
            ("where", s["filter_where"], ["notes", "bibliography", "both"].filter { value in sources.contains { SourceEntryContext.whereCited($0) == value } }),
        ]
        let groups = filters.map { name, legend, values -> [String: Any] in
            let options = [["input_id": "f-\(name)-all", "value": "all", "label": s["filter_all"], "checked": true, "name": name]]
                + values.map { value -> [String: Any] in
                    let key = name == "type" ? "type_\(value)" : name == "language" ? "language_\(value)" : "where_\(value)"
                    return ["input_id": "f-\(name)-\(value)", "value": value, "label": s[key], "checked": false, "name": name]
                }
            return ["name": name, "legend": legend, "options": options]
        }
        let rules = filters.flatMap { name, _, values in
            values.map { ["input_id": "f-\(name)-\($0)", "attribute": name, "value": $0] }
        }
        let orders = SourceOrder.allCases.map { other -> [String: Any] in
            ["href": other.page, "label": s["order_\(other.rawValue)"], "current": other == order]
        }
        return output(order.page, template: "sources", frame: frame, [
            "entries": entries, "filter_groups": groups, "filter_rules": rules, "orders": orders,
            "source_count": sources.count, "report": consistency(s),
        ])
    }

    static func sorted(_ sources: [CitedSource], by order: SourceOrder) -> [CitedSource] {
        switch order {
        case .cited:
            return sources
        case .title:
            return sources.sorted { sortKey($0) == sortKey($1) ? $0.number < $1.number : sortKey($0) < sortKey($1) }
        case .year:
            return sources.sorted { a, b in
                let ya = a.reference.issued?.year ?? Int.max
                let yb = b.reference.issued?.year ?? Int.max
                return ya == yb ? a.number < b.number : ya < yb
            }
        }
    }

    /// Authors' family name, else the title: how a reference list is alphabetised.
    private static func sortKey(_ source: CitedSource) -> String {
        (source.reference.authors.first?.family ?? source.reference.title ?? "").lowercased()
            .trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
    }

    /// The consistency report of the sources, as the citation index and the apparatus show it.
    func consistency(_ s: UIStrings.Language) -> [String: Any] {
        let report = edition.citations.report
        let labels = SourceEntryContext(edition: edition, strings: s)
        let discrepancies = report.discrepancies.map { discrepancy -> [String: Any] in
            [
                "source_href": SitePaths.sources + "#" + Anchors.source(discrepancy.source), "source": discrepancy.source,
                "field": discrepancy.field,
                "values": zip(discrepancy.values, discrepancy.places).map { value, places -> [String: Any] in
                    ["value": value, "places": places.map(labels.label).joined(separator: ", ")]
                },
            ]
        }
        return [
            "discrepancies": discrepancies, "has_discrepancies": !discrepancies.isEmpty,
            "repeated": report.repeatedNotes.map { ["note": $0.note, "repeats": $0.repeats,
                                                    "note_href": SitePaths.text + "#" + Anchors.note($0.note),
                                                    "repeats_href": SitePaths.text + "#" + Anchors.note($0.repeats)] },
            "uncited": report.uncitedBibliographyEntries.map { ["number": $0, "href": SitePaths.text + "#" + Anchors.bibliographyEntry($0)] },
            "outside": report.notesOutsideBibliography.map { ["label": $0, "href": SitePaths.text + "#" + Anchors.note($0)] },
            "unparsed": report.unparsed.map { ["label": labels.label($0), "href": labels.href($0)] },
        ]
    }
}
